import type { Graph } from '../graph/index.js';
import { describeDifference, firstDifference, type Difference } from './firstDifference.js';
import { projectSelection, sdlSchema } from './projectSelection.js';
import type { Input, Question } from './questions.js';

export interface Mismatch {
  question: string;
  input: Input;
  message: string;
  difference?: Difference;
  /** Set when a call failed rather than answered differently: the question cannot be timed. */
  error?: string;
}

export interface EqualityReport {
  passed: boolean;
  /** Inputs compared, per question. */
  compared: Record<string, number>;
  /** The first mismatch of each question that has one. */
  mismatches: Mismatch[];
}

type Post = (body: { query: string; variables: Record<string, unknown> }) => Promise<Record<string, unknown>>;

/**
 * For each question and its first `perQuestion` inputs, the API's answer must equal the query
 * module's answer for the same input, projected onto the operation's selection. A question stops
 * at its first mismatch (one clear diff beats a wall of them); the others are still checked.
 */
export async function checkEquality(
  questions: Question[],
  { post, graph, perQuestion, onProgress }: { post: Post; graph: Graph; perQuestion: number; onProgress?: (done: number, name: string) => void },
): Promise<EqualityReport> {
  const schema = sdlSchema();
  const compared: Record<string, number> = {};
  const mismatches: Mismatch[] = [];
  for (const [i, q] of questions.entries()) {
    onProgress?.(i, q.name);
    let n = 0;
    for (const input of q.inputs.slice(0, perQuestion)) {
      const found = await compare(q, input);
      compared[q.name] = ++n;
      if (found) {
        mismatches.push(found);
        break;
      }
    }
  }
  onProgress?.(questions.length, 'done');
  return { passed: mismatches.length === 0, compared, mismatches };

  async function compare(q: Question, input: Input): Promise<Mismatch | null> {
    const call = `${q.name}(${JSON.stringify(input)})`;
    const body = q.gql(input);
    let api: unknown;
    let raw: unknown;
    try {
      api = await post(body);
      raw = await q.raw(graph, input);
    } catch (e) {
      const error = (e as Error).message;
      return { question: q.name, input, error, message: `${call} failed: ${error}` };
    }
    for (const key of q.answer) api = (api as Record<string, unknown> | null)?.[key] ?? null;
    const expected = projectSelection(schema, body.query, q.answer, q.fromRaw ? q.fromRaw(raw) : raw);
    const difference = firstDifference(api, expected);
    return difference ? { question: q.name, input, difference, message: `${call} differs ${describeDifference(difference)}` } : null;
  }
}

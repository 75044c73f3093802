import type { ProfiledPlan } from 'neo4j-driver';
import type { Graph } from '../graph/index.js';
import type { Input, Question } from './questions.js';

export interface ProfileRow {
  question: string;
  input: Input;
  /** Cypher statements the question ran. */
  statements: number;
  dbHits: number;
  operators: string[];
  /** What to look at: Cartesian products, whole-store or large-label scans, a db-hit budget overrun. */
  flags: string[];
}

/** Issue 6: no question may cost more than this on its heaviest input. */
export const DB_HITS_TARGET = 100_000;

/** Labels with thousands of nodes at scale: scanning one means a missing index or anchor. */
const LARGE_LABELS = new Set(['Evidence', 'Implementation', 'Risk', 'AISystem', 'Model', 'Dataset', 'Person']);

/** Each question once on its heaviest input, PROFILEd through `Graph.profiled`: db hits and operators. */
export async function profileQuestions(graph: Graph, questions: Question[]): Promise<ProfileRow[]> {
  const rows: ProfileRow[] = [];
  for (const q of questions) {
    let profiled;
    try {
      profiled = await graph.profiled(() => q.raw(graph, q.heaviest));
    } catch (e) {
      const error = (e as Error).message.slice(0, 300);
      rows.push({ question: q.name, input: q.heaviest, statements: 0, dbHits: NaN, operators: [], flags: [`failed: ${error}`] });
      continue;
    }
    const { dbHits, operators, plans } = profiled;
    const flags = new Set<string>();
    const walk = (plan: ProfiledPlan) => {
      const op = plan.operatorType.replace(/@.*$/, '');
      if (op === 'AllNodesScan') flags.add(op);
      // Rows in per side tell a harmless product of two index seeks (1×1) from a real one.
      if (op.startsWith('CartesianProduct')) flags.add(`${op}(${plan.children.map((c) => c.rows).join('×')})`);
      if (/NodeByLabels?Scan$/.test(op)) {
        const details = String(plan.arguments?.Details ?? plan.arguments?.details ?? '');
        for (const [, label] of details.matchAll(/:\s*`?(\w+)/g)) if (LARGE_LABELS.has(label!)) flags.add(`${op}(${label})`);
      }
      plan.children.forEach(walk);
    };
    plans.forEach(walk);
    if (dbHits > DB_HITS_TARGET) flags.add(`over ${DB_HITS_TARGET.toLocaleString('en')} db hits`);
    rows.push({ question: q.name, input: q.heaviest, statements: plans.length, dbHits, operators: operators.sort(), flags: [...flags] });
  }
  return rows;
}

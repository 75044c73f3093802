import { InputError } from '../errors.js';

/** What is wrong with one row (or with the file, at line 1 for a CSV header). */
export interface Problem {
  /** Line of the file where the row starts (1 is a CSV header). */
  line: number;
  /** The row's id, when it has one. */
  id?: string;
  /** The column at fault, or `file` for the file as a whole. */
  field: string;
  message: string;
}

/** Problems kept in a report: a file wrong on every row still answers in a readable size. */
export const MAX_PROBLEMS = 1000;

/** An inventory file that cannot be imported: every problem found, nothing written. */
export class InventoryRejectedError extends InputError {
  /** The first MAX_PROBLEMS problems, by line. */
  readonly problems: Problem[];
  readonly problemCount: number;

  constructor(kind: string, problems: Problem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    const first = sorted[0]!;
    super(
      first.field,
      `The ${kind} file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written. ` +
        `First: ${describeProblem(first)}`,
    );
    this.problems = sorted.slice(0, MAX_PROBLEMS);
    this.problemCount = problems.length;
  }

  /** What the HTTP route adds to the error's extensions (api/routes/route.ts). */
  get details(): { problems: Problem[]; problemCount: number } {
    return { problems: this.problems, problemCount: this.problemCount };
  }
}

/** One problem as a line of text: `line 4 (SYS-X), name: name is required.` */
export function describeProblem(p: Problem): string {
  return `line ${p.line}${p.id ? ` (${p.id})` : ''}, ${p.field}: ${p.message}`;
}

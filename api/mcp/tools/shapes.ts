import { z } from 'zod';
import { decodeCursor, encodeCursor, implementationStatuses, InputError, type WhyPath } from '../../../graph/index.js';

/*
 * The pieces tool answers are made of, as zod schemas (the tools' output schemas) and the few
 * helpers that shape and read them. Values are the graph's own strings ("implemented", "stale").
 */

export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar day written YYYY-MM-DD');

export const asOfArg = day.optional().describe('The day to answer for, YYYY-MM-DD (UTC); today when left out. A past day is answered from the graph as it was then.');
export const expiringDaysArg = z.number().int().min(0).max(3650).optional()
  .describe('Evidence expiring within this many days of asOf counts as expiring, not current (default 30).');

/** A page of at most 100, 25 by default: enough to reason about, small enough for a context window. */
export const firstArg = (byDefault = 25) =>
  z.number().int().min(1).max(100).default(byDefault).describe(`How many rows to return (1–100, default ${byDefault}).`);
export const afterArg = z.string().optional().describe('The endCursor of the previous page, to read the next one.');

export const nodeRef = z.object({ id: z.string(), label: z.string(), name: z.string() });
export const controlRef = z.object({ id: z.string(), title: z.string() });
export const status = z.enum(implementationStatuses);
export const freshness = z.enum(['current', 'expiring', 'stale', 'superseded']);

/** The route through the graph behind a claim: nodes in order, and each relationship with its direction. */
export const whyPath = z.object({
  nodes: z.array(nodeRef),
  relationships: z.array(z.object({ type: z.string(), from: z.string(), to: z.string() })),
});

export const evidenceSummary = z.object({
  total: z.number(),
  current: z.number(),
  expiring: z.number(),
  stale: z.number(),
  superseded: z.number(),
  rejected: z.number(),
  best: z.enum(['current', 'expiring', 'stale', 'superseded', 'none']),
});

export const pageInfo = { totalCount: z.number(), hasNextPage: z.boolean(), endCursor: z.string().nullable() };

/** A path as text, by ids and relationship types: `SYS-A -RUNS-> MDL-B <-APPLIES_TO- IMP-C`. */
export function pathText(why: WhyPath | null): string {
  if (!why || why.nodes.length === 0) return '(no path)';
  let text = why.nodes[0]!.id;
  for (let i = 1; i < why.nodes.length; i++) {
    const [a, b] = [why.nodes[i - 1]!.id, why.nodes[i]!.id];
    const step = why.relationships.find((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
    const type = step?.type ?? '?';
    text += step?.from === b ? ` <-${type}- ${b}` : ` -${type}-> ${b}`;
  }
  return text;
}

/** Where a page of a list answered whole starts: the position its cursor holds, 0 without one. */
export function offsetOf(list: string, after: string | undefined): number {
  const offset = (decodeCursor(list, after, ['number'])?.[0] ?? 0) as number;
  if (!Number.isInteger(offset) || offset < 0) throw new InputError('after', 'after is not a cursor this list gave out.');
  return offset;
}

/**
 * A page of a list the question answers whole (coverage rows, gap lists, SoA rows), so that an
 * assistant reads a busy answer in parts; the cursor holds the position and the list's name.
 * `rows` may stop one past the page: that is enough to know another follows.
 */
export function pageOfList<T>(list: string, rows: readonly T[], first: number, after: string | undefined) {
  const offset = offsetOf(list, after);
  const page = rows.slice(offset, offset + first);
  const end = offset + page.length;
  return {
    rows: page,
    totalCount: rows.length,
    hasNextPage: end < rows.length,
    endCursor: page.length ? encodeCursor(list, [end]) : null,
  };
}

/** "25 of 80; the next page with after: …" */
export function pageText(page: { rows: readonly unknown[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }): string {
  const shown = `${page.rows.length} of ${page.totalCount}`;
  return page.hasNextPage ? `${shown}; the next page with after: "${page.endCursor}"` : shown;
}

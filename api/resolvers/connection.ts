import type { EdgePage } from '../../graph/index.js';
import { badInput } from '../errors.js';
import { PAGE_CAP } from '../limits.js';

/** `first` checked against the page cap: a clear refusal beats a silently shorter page. */
export function pageSize(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > PAGE_CAP) throw badInput('first', `first must be from 1 to ${PAGE_CAP}.`);
  return n;
}

export function toConnection<T>(page: EdgePage<T>) {
  return {
    edges: page.rows.map((node, i) => ({ cursor: page.cursors[i]!, node })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

/** Today in UTC, the default day of every `asOf`. */
export const today = () => new Date().toISOString().slice(0, 10);

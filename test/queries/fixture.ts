import { afterAll, beforeAll, expect } from 'vitest';
import type { Graph } from '../../graph/db.js';
import type { WhyPath } from '../../graph/queries/why.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';

/** The day the reference data is loaded as of; every date in it is an offset from this day. */
export const LOADED_ON = '2026-11-26';

/** The reference organisation loaded once for the file; call at the top of a test file. */
export function referenceGraph(): () => Graph {
  let graph: Graph | undefined;
  beforeAll(async () => {
    graph = await testGraph();
    await freshReferenceGraph(graph, LOADED_ON);
  });
  afterAll(() => graph?.close());
  return () => {
    if (!graph) throw new Error('the reference graph is not loaded yet');
    return graph;
  };
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const ids = (why: WhyPath | null | undefined): string[] => why?.nodes.map((n) => n.id) ?? [];

/** A why must be a real walk: each relationship joins the nodes on either side of it. */
export function expectWalk(why: WhyPath): void {
  expect(why.relationships).toHaveLength(Math.max(0, why.nodes.length - 1));
  why.relationships.forEach((r, k) => {
    const ends = [why.nodes[k]?.id, why.nodes[k + 1]?.id];
    expect([r.from, r.to].sort(), `step ${k} (${r.type})`).toEqual([...ends].sort());
  });
  for (const n of why.nodes) expect(n.label && n.name, n.id).toBeTruthy();
}

/** Every page of a cursor-paginated list, by following endCursor. */
export async function allPages<T>(
  fetch: (after: string | null) => Promise<{ rows: T[]; hasNextPage: boolean; endCursor: string | null; totalCount: number }>,
): Promise<{ pages: T[][]; totals: number[] }> {
  const pages: T[][] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page = await fetch(after);
    pages.push(page.rows);
    totals.push(page.totalCount);
    if (!page.hasNextPage) return { pages, totals };
    expect(page.endCursor).toBeTruthy();
    after = page.endCursor;
  }
  throw new Error('pagination did not end');
}

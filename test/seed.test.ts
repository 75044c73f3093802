import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../graph/db.js';
import { graphCounts } from '../graph/queries/graphCounts.js';
import { isGraphEmpty, seedReferenceData, wipeGraph } from '../seeds/seed.js';
import { testGraph } from './setup/testGraph.js';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
  await wipeGraph(graph);
});
afterAll(() => graph.close());

describe('seeding the reference data', () => {
  it('fills an empty graph, and loading again (even on another day) leaves node and relationship counts unchanged', async () => {
    expect(await isGraphEmpty(graph)).toBe(true);
    const progress: number[] = [];
    await seedReferenceData(graph, { today: '2026-11-26', onProgress: (p) => progress.push(p.done) });
    expect(await isGraphEmpty(graph)).toBe(false);
    expect(progress.at(-1)).toBeGreaterThan(1000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const first = await graphCounts(graph);
    await seedReferenceData(graph, { today: '2026-11-26' });
    expect(await graphCounts(graph)).toEqual(first);
    await seedReferenceData(graph, { today: '2027-03-01' });
    expect(await graphCounts(graph)).toEqual(first);
  });

  it('holds a realistic customer-service organisation', async () => {
    const { counts } = await graphCounts(graph);
    expect(counts.Organization).toBe(1);
    expect(counts.AISystem).toBeGreaterThanOrEqual(12);
    expect(counts.Implementation).toBeGreaterThanOrEqual(38);
    const channels = await graph.read('MATCH (s:AISystem) RETURN collect(DISTINCT s.channel) AS channels');
    expect(channels[0]?.channels).toEqual(expect.arrayContaining(['chat', 'voice', 'email', 'social']));
    const [impl] = await graph.read(`
      RETURN COUNT { MATCH (c:Control) WHERE NOT (c)<-[:IMPLEMENTS]-(:Implementation) } AS unimplemented,
             COUNT { MATCH (i:Implementation {status: 'excluded'}) WHERE coalesce(i.justification, '') = '' } AS unjustified,
             COUNT { MATCH (i:Implementation {status: 'excluded'}) } AS excluded`);
    expect(impl).toMatchObject({ unimplemented: 0, unjustified: 0 });
    expect(impl?.excluded).toBeGreaterThan(0);
  });

  it('stores dates and numbers with their Cypher types', async () => {
    const [row] = await graph.read(`
      MATCH (e:Evidence) WITH e LIMIT 1
      MATCH (r:Risk) WITH e, r LIMIT 1
      RETURN valueType(e.recordedAt) AS recordedAt, valueType(e.periodStart) AS periodStart, valueType(r.likelihood) AS likelihood`);
    expect(row).toEqual({ recordedAt: 'ZONED DATETIME NOT NULL', periodStart: 'DATE NOT NULL', likelihood: 'INTEGER NOT NULL' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../graph/db.js';
import { graphCounts } from '../graph/queries/graphCounts.js';
import { breachCypher } from '../graph/workflows/kpiBreach.js';
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
  }, 180_000); // three loads, the first into an empty database (every query planned afresh)

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

  it('holds the governance workflows\' examples, judged on the day it was loaded', async () => {
    const today = '2026-11-26';
    await seedReferenceData(graph, { today });
    const [row] = await graph.read(`
      WITH date($today) AS today
      RETURN
        COUNT { MATCH (cr:ChangeRequest {status: 'pending'}) WHERE cr.deployedOn IS NULL
          AND 0 < COUNT { (:Approval)-[:DECIDES]->(cr) } < cr.requiredApprovals } AS pending,
        COUNT { MATCH (:ChangeRequest {status: 'rejected'})<-[:DECIDES]-(:Approval {decision: 'rejected'})-[:GIVEN_BY]->(:Person) } AS rejected,
        COUNT { MATCH (ca:CorrectiveAction)-[:CORRECTS]->(:Finding) WHERE ca.dueOn < today AND ca.completedOn IS NULL } AS overdue,
        COUNT { MATCH (:Finding)-[:RAISED_IN]->(i:Incident {severity: 'SEV1'})-[:FAILED]->(:Control)
          WHERE EXISTS { (i)-[:MATERIALISED]->(:Risk) } AND EXISTS { (i)-[:AFFECTED]->(:AISystem) } } AS sev1Traced`,
      { today });
    expect(row).toEqual({ pending: expect.any(Number), rejected: expect.any(Number), overdue: expect.any(Number), sev1Traced: expect.any(Number) });
    for (const [example, n] of Object.entries(row ?? {})) expect(n, example).toBeGreaterThan(0);

    // The latest measurement of each KPI on the day, judged by the breach rule of graph/workflows.
    const breached = await graph.read(`
      MATCH (k:KPI)
      CALL (k) {
        MATCH (m:Measurement)-[:MEASUREMENT_OF]->(k) WHERE m.measuredOn <= date($today)
        RETURN m ORDER BY m.measuredOn DESC LIMIT 1
      }
      WITH k, m WHERE ${breachCypher('k', 'm.value')}
      RETURN k.id AS id, m.value = k.lastValue AND m.measuredOn = k.measuredOn AS latest, valueType(m.value) AS type`, { today });
    expect(breached).toEqual([{ id: 'KPI-CSAT-BILLING', latest: true, type: 'FLOAT NOT NULL' }]);
  });
});

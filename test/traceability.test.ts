import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../graph/db.js';
import { evidenceFreshness, evidenceRecordedBy } from '../graph/freshness.js';
import { cypherDate, int } from '../graph/plain.js';
import { freshReferenceGraph, testGraph } from './setup/testGraph.js';

const LOADED_ON = '2026-11-26';
let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, LOADED_ON);
});
afterAll(() => graph.close());

describe('plain Cypher over the reference organisation', () => {
  it('answers which controls are implemented for the main chatbot, some inherited through systems it depends on', async () => {
    const rows = await graph.read(`
      MATCH (s:AISystem {id: 'SYS-WEBCHAT'})
      CALL (s) {
        MATCH (i:Implementation)-[:APPLIES_TO]->(s) RETURN i, 'direct' AS how, s.id AS via
        UNION
        MATCH (s)-[:DEPENDS_ON*1..3]->(d:AISystem)<-[:APPLIES_TO]-(i:Implementation) RETURN i, 'dependency' AS how, d.id AS via
        UNION
        MATCH (o:Organization)-[:OPERATES]->(s) MATCH (i:Implementation)-[:APPLIES_TO]->(o) RETURN i, 'organisation' AS how, o.id AS via
      }
      MATCH (i)-[:IMPLEMENTS]->(c:Control)
      WHERE i.status IN ['implemented', 'partial']
      RETURN c.id AS control, how, via`);
    const direct = new Set(rows.filter((r) => r.how !== 'dependency').map((r) => r.control));
    const inheritedOnly = rows.filter((r) => r.how === 'dependency' && !direct.has(r.control));
    expect(rows.length).toBeGreaterThan(10);
    expect(inheritedOnly.length).toBeGreaterThan(0);
    const dependencies = await graph.read("MATCH (:AISystem {id: 'SYS-WEBCHAT'})-[:DEPENDS_ON*1..3]->(d) RETURN collect(d.id) AS ids");
    for (const r of inheritedOnly) expect(dependencies[0]?.ids).toContain(r.via);
  });

  it('answers which evidence is stale today, and what it backs', async () => {
    const rows = await graph.read(
      `MATCH (e:Evidence) WHERE ${evidenceRecordedBy('e')}
       WITH e, ${evidenceFreshness('e')} AS freshness WHERE freshness = 'stale'
       MATCH (e)-[:SUPPORTS]->(:Implementation)-[:IMPLEMENTS]->(c:Control)
       RETURN e.id AS evidence, collect(c.id) AS controls`,
      { asOf: cypherDate(LOADED_ON), expiringDays: int(30) },
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect((r.controls as string[]).length).toBeGreaterThan(0);
  });

  it('computes freshness for the day asked about, not the day of loading', async () => {
    const mix = async (asOf: string) => {
      const rows = await graph.read(
        `MATCH (e:Evidence) WHERE ${evidenceRecordedBy('e')}
         RETURN ${evidenceFreshness('e')} AS freshness, count(*) AS n`,
        { asOf: cypherDate(asOf), expiringDays: int(30) },
      );
      return Object.fromEntries(rows.map((r) => [r.freshness, r.n]));
    };
    const today = await mix(LOADED_ON);
    expect(Object.keys(today).sort()).toEqual(['current', 'expiring', 'stale', 'superseded']);
    const later = await mix('2031-01-01');
    expect(later.current ?? 0).toBe(0);
    expect(later.stale).toBeGreaterThan(today.stale);
  });
});

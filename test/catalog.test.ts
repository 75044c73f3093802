import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../graph/db.js';
import { readCatalogFiles } from '../seeds/catalog/catalogGraph.js';
import { freshReferenceGraph, testGraph } from './setup/testGraph.js';

const { iso, nist, euAiAct } = readCatalogFiles();
let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph);
});
afterAll(() => graph.close());

const ids = async (cypher: string) => (await graph.read(cypher)).map((r) => r.id).sort();
const sorted = (xs: string[]) => [...xs].sort();

describe('the ISO/IEC 42001 catalog in the graph', () => {
  it('holds every clause, area, objective, control and Annex C item of the reference file', async () => {
    expect(await ids('MATCH (n:Clause) RETURN n.id AS id')).toEqual(sorted(iso.clauses.map((c) => c.id)));
    expect(iso.clauses).toHaveLength(43);
    const areas = iso.annexA.objectives.filter((o) => o.kind === 'area');
    expect(await ids('MATCH (n:ControlArea) RETURN n.id AS id')).toEqual(sorted(areas.map((o) => o.id)));
    expect(areas).toHaveLength(9);
    const objectives = iso.annexA.objectives.flatMap((o) => (o.objectiveRef ? [o.objectiveRef] : []));
    expect(await ids('MATCH (n:ControlObjective) RETURN n.id AS id')).toEqual(sorted(objectives));
    expect(objectives).toHaveLength(10);
    expect(await ids('MATCH (n:Control) RETURN n.id AS id')).toEqual(sorted(iso.annexA.controls.map((c) => c.id)));
    expect(iso.annexA.controls).toHaveLength(38);
    expect(await ids('MATCH (n:OrganizationalObjective) RETURN n.id AS id')).toEqual(sorted(iso.annexC.objectives.map((o) => o.id)));
    expect(await ids('MATCH (n:RiskSource) RETURN n.id AS id')).toEqual(sorted(iso.annexC.riskSources.map((o) => o.id)));
  });

  it('keeps titles as the reference gives them', async () => {
    const rows = await graph.read('MATCH (c:Control) RETURN c.id AS id, c.title AS title');
    const titles = new Map(iso.annexA.controls.map((c) => [c.id, c.title]));
    for (const row of rows) expect(row.title).toBe(titles.get(String(row.id)));
  });

  it('nests clauses as a tree under the standard and every control under an objective and area', async () => {
    const [tree] = await graph.read(`
      RETURN COUNT { MATCH (c:Clause) WHERE NOT (c)-[:PART_OF*1..3]->(:Standard {id: 'ISO42001'}) } AS detachedClauses,
             COUNT { MATCH (c:Clause)-[:PART_OF]->(:Clause) } AS subclauses,
             COUNT { MATCH (c:Control)-[:PART_OF]->(:ControlObjective)-[:PART_OF]->(:ControlArea)-[:PART_OF]->(:Standard {id: 'ISO42001'}) } AS placedControls`);
    expect(tree).toEqual({ detachedClauses: 0, subclauses: 36, placedControls: 38 });
  });

  it('links every control to clause 6.1.3, where Annex A is used', async () => {
    const [row] = await graph.read("RETURN COUNT { MATCH (:Control)-[:ADDRESSES]->(:Clause {id: '6.1.3'}) } AS n");
    expect(row?.n).toBe(38);
  });

  it('holds the full NIST AI RMF and EU AI Act catalogs, nested', async () => {
    const count = async (framework: string, kind: string) => {
      const [row] = await graph.read('MATCH (r:Requirement {framework: $framework, kind: $kind}) RETURN count(r) AS n', { framework, kind });
      return row?.n;
    };
    expect(await count('NIST-AI-RMF', 'function')).toBe(nist.functions.length);
    expect(await count('NIST-AI-RMF', 'category')).toBe(nist.categories.length);
    expect(await count('NIST-AI-RMF', 'subcategory')).toBe(nist.subcategories.length);
    expect([nist.functions.length, nist.categories.length, nist.subcategories.length]).toEqual([4, 19, 72]);
    expect(await count('EU-AI-Act', 'chapter')).toBe(13);
    expect(await count('EU-AI-Act', 'section')).toBe(euAiAct.sections.length);
    expect(await count('EU-AI-Act', 'article')).toBe(113);
    expect(await count('EU-AI-Act', 'annex')).toBe(13);
    const [orphans] = await graph.read(
      'RETURN COUNT { MATCH (r:Requirement) WHERE NOT (r)-[:PART_OF*1..3]->(:Standard {id: r.framework}) } AS n',
    );
    expect(orphans?.n).toBe(0);
  });

  it('holds every crosswalk row with its source and confidence', async () => {
    const rows = await graph.read(
      'MATCH (a)-[m:MAPS_TO]->(r:Requirement) RETURN a.id AS from, r.id AS to, m.source AS source, m.confidence AS confidence',
    );
    const key = (r: { from: unknown; to: unknown; source: unknown; confidence: unknown }) =>
      `${r.from}|${r.to}|${r.source}|${r.confidence}`;
    expect(rows.map((r) => key(r as never)).sort()).toEqual(iso.crosswalks.map(key).sort());
    expect(rows).toHaveLength(305);
  });
});

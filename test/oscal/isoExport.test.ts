import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/db.js';
import { exportIsoCatalog, importOscalCatalog, type CatalogDocument } from '../../graph/oscal/index.js';
import { uuidV5 } from '../../graph/oscal/uuid.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';

const actor = { keyId: 'key_oscaltest', name: 'oscal test' };
let graph: Graph;

interface Item {
  id: string;
  title: string;
  class: string;
  props: { name: string; value: string }[];
  parts?: { name: string; prose: string }[];
  groups?: Item[];
  controls?: Item[];
}

/** Every group and control of an exported catalog with the label of its parent (or null at the top). */
function flatten(document: CatalogDocument) {
  const out: { label: string; parent: string | null; item: Item }[] = [];
  const walk = (items: Item[] | undefined, parent: string | null) => {
    for (const item of items ?? []) {
      const label = item.props.find((p) => p.name === 'label')!.value;
      out.push({ label, parent, item });
      walk(item.groups, label);
      walk(item.controls, label);
    }
  };
  walk(document.catalog.groups as Item[], null);
  return out;
}

/** The ISO tree as the graph holds it: id, title, summary and parent of every clause, area, objective and control. */
const isoTree = () =>
  graph.read(`
    MATCH (n)-[:PART_OF]->(p) WHERE n:Clause OR n:ControlArea OR n:ControlObjective OR n:Control
    RETURN n.id AS id, n.title AS title, n.summary AS summary, p.id AS parent ORDER BY id`);

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, '2026-11-26');
});
afterAll(() => graph.close());

describe('our ISO/IEC 42001 catalog as OSCAL', () => {
  it('uuids are RFC 9562 version 5', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('holds every clause and Annex A area, objective and control in its place, the same at every export', async () => {
    const document = await exportIsoCatalog(graph);
    expect(await exportIsoCatalog(graph)).toEqual(document);
    expect(document.catalog.uuid).toBe(uuidV5('catalog:ISO42001'));
    expect(document.catalog.metadata).toMatchObject({ 'oscal-version': '1.1.2', version: '2023' });
    const items = flatten(document);
    const tree = await isoTree();
    expect(items).toHaveLength(tree.length);
    expect(items.filter((i) => i.parent === null).map((i) => i.label)).toEqual([
      '4', '5', '6', '7', '8', '9', '10', 'A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9', 'A.10',
    ]);
    expect(items.filter((i) => i.item.class === 'control')).toHaveLength(38);
    const byLabel = new Map(items.map((i) => [i.label, i]));
    expect(byLabel.get('A.6.2.4')).toMatchObject({ parent: 'B.6.2.1', item: { id: 'A.6.2.4', title: 'AI system verification and validation' } });
    expect(byLabel.get('B.6.2.1')).toMatchObject({ parent: 'A.6' });
    expect(byLabel.get('6.1.2')).toMatchObject({ parent: '6.1', item: { id: 'clause-6.1.2', class: 'clause' } });
    expect(byLabel.get('6.1.2')!.item.parts).toEqual([{ id: 'clause-6.1.2_smt', name: 'statement', prose: tree.find((n) => n.id === '6.1.2')!.summary }]);
  });

  it('imported back under another framework id gives the same tree: ids, titles, summaries, parents', async () => {
    const document = await exportIsoCatalog(graph);
    const summary = await importOscalCatalog(graph, actor, JSON.parse(JSON.stringify(document)), { id: 'ISO-COPY', source: 'iso42001.json' });
    const tree = await isoTree();
    expect(summary.requirements.created).toBe(tree.length);
    const copy = await graph.read(`
      MATCH (r:Requirement {framework: 'ISO-COPY'})-[:PART_OF]->(p)
      RETURN r.ref AS id, r.title AS title, r.text AS summary, CASE p.id WHEN 'ISO-COPY' THEN 'ISO42001' ELSE substring(p.id, 9) END AS parent
      ORDER BY id`);
    expect(copy).toEqual(tree);
  });
});

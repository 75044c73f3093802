import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphDigest } from '../../graph/digest.js';
import {
  importInventory,
  InventoryRejectedError,
  inventoryKindNames,
  templateFor,
  type Graph,
  type InventoryKind,
} from '../../graph/index.js';
import type { InventoryFormat } from '../../graph/inventory/index.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';

let graph: Graph;
const actor = { keyId: 'key_test', name: 'inventory test' };

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, '2026-11-26');
});
afterAll(async () => {
  await graph.close();
});

const run = (kind: InventoryKind, text: string, format: InventoryFormat = 'csv', dryRun = false) =>
  importInventory(graph, actor, kind, text, format, { dryRun });

/** The import's refusal, with the graph's digest checked unchanged by it. */
async function refused(kind: InventoryKind, text: string, format: InventoryFormat = 'csv'): Promise<InventoryRejectedError> {
  const before = await graphDigest(graph);
  const error = await run(kind, text, format).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InventoryRejectedError);
  expect(await graphDigest(graph)).toEqual(before);
  return error as InventoryRejectedError;
}

const linked = async (cypher: string, params: Record<string, unknown>) =>
  (await graph.read(`${cypher} RETURN m.id AS id ORDER BY id`, params)).map((r) => r.id);

const systems = `id,name,kind,riskTier,customerFacing,vendorId,ownerIds,modelIds,dependsOnIds
SYS-IMP-A,Import A,chatbot,high,true,VND-NIMBUS,PER-CX-HEAD;TEAM-CX-AI-OPS,MDL-INTENT-3.2,SYS-IMP-B;SYS-RESPGEN
SYS-IMP-B,Import B,retrieval,low,false,,PER-PLATFORM-ENG,,
SYS-IMP-C,"Import C, with a comma",routing-engine,medium,false,VND-STRATUS,,,SYS-IMP-A
`;

describe('importing an inventory', () => {
  it('creates the rows with their links, change events and derived values', async () => {
    const summary = await run('ai-systems', systems);
    expect(summary).toMatchObject({ kind: 'ai-systems', rows: 3, created: 3, updated: 0, unchanged: 0, dryRun: false });
    const [a] = await graph.read("MATCH (s:AISystem {id: 'SYS-IMP-A'}) RETURN s.name AS name, s.customerFacing AS facing, s.ownerCount AS owners");
    expect(a).toEqual({ name: 'Import A', facing: true, owners: 2 });
    expect(await linked("MATCH (:AISystem {id: 'SYS-IMP-A'})-[:DEPENDS_ON]->(m)", {})).toEqual(['SYS-IMP-B', 'SYS-RESPGEN']);
    expect(await linked("MATCH (:AISystem {id: 'SYS-IMP-A'})<-[:OWNS]-(m)", {})).toEqual(['PER-CX-HEAD', 'TEAM-CX-AI-OPS']);
    expect(await linked("MATCH (:AISystem {id: 'SYS-IMP-A'})-[:PROVIDED_BY]->(m)", {})).toEqual(['VND-NIMBUS']);
    expect(await linked("MATCH (:AISystem {id: 'SYS-IMP-A'})-[:RUNS]->(m)", {})).toEqual(['MDL-INTENT-3.2']);
    // In the organisation's scope, as a system created through the API is.
    expect(await linked("MATCH (m:Organization)-[:OPERATES]->(:AISystem {id: 'SYS-IMP-C'})", {})).toEqual(['ORG-BRIGHTWATER']);
    const [events] = await graph.read(
      "MATCH (c:ChangeEvent) WHERE c.targetId STARTS WITH 'SYS-IMP-' RETURN collect(DISTINCT c.operation) AS ops, collect(c.actor)[0] AS actor",
    );
    // Links made with a node go with its create event, as createAISystem's do.
    expect(events!.ops).toEqual(['create']);
    expect(events!.actor).toBe('inventory test (key_test)');
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await graphDigest(graph);
    const summary = await run('ai-systems', systems);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, linksAdded: 0, linksRemoved: 0 });
    expect(await graphDigest(graph)).toEqual(before);
  });

  it('updates changed rows and sets each relationship column to exactly the ids listed', async () => {
    const changed = systems
      .replace('SYS-IMP-A,Import A,chatbot,high', 'SYS-IMP-A,Import A,chatbot,medium')
      .replace('PER-CX-HEAD;TEAM-CX-AI-OPS', 'TEAM-CX-AI-OPS')
      .replace('SYS-IMP-B;SYS-RESPGEN', '');
    const summary = await run('ai-systems', changed);
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 2, linksAdded: 0, linksRemoved: 3 });
    const [a] = await graph.read("MATCH (s:AISystem {id: 'SYS-IMP-A'}) RETURN s.riskTier AS tier, s.ownerCount AS owners");
    expect(a).toEqual({ tier: 'medium', owners: 1 });
    expect(await linked("MATCH (:AISystem {id: 'SYS-IMP-A'})-[:DEPENDS_ON]->(m)", {})).toEqual([]);
    const history = await graph.read(
      "MATCH (c:ChangeEvent {targetId: 'SYS-IMP-A', operation: 'update'}) RETURN c.before AS before, c.after AS after",
    );
    expect(history).toHaveLength(1);
    expect(JSON.parse(String(history[0]!.before))).toMatchObject({ riskTier: 'high' });
    expect(JSON.parse(String(history[0]!.after))).toMatchObject({ riskTier: 'medium' });
    const [unlinked] = await graph.read("MATCH (c:ChangeEvent {operation: 'unlink', otherId: 'SYS-IMP-A', relationship: 'OWNS'}) RETURN c.targetId AS owner");
    expect(unlinked).toEqual({ owner: 'PER-CX-HEAD' });
  });

  it('leaves properties and links of columns the file does not have as they are', async () => {
    const summary = await run('ai-systems', 'id,description\nSYS-IMP-A,Now described\n');
    expect(summary).toMatchObject({ updated: 1 });
    const [a] = await graph.read("MATCH (s:AISystem {id: 'SYS-IMP-A'}) RETURN s.name AS name, s.description AS description, s.ownerCount AS owners");
    expect(a).toEqual({ name: 'Import A', description: 'Now described', owners: 1 });
  });

  it('refuses a file with bad rows, writing nothing, and names each line and column', async () => {
    const error = await refused(
      'risks',
      `id,title,likelihood,impact,treatment,threatensIds
RSK-IMP-OK,Fine,2,3,mitigate,SYS-WEBCHAT
RSK-IMP-BAD,Bad,high,3,ignore,SYS-WEBCHAT
RSK-IMP-NOTITLE,,2,2,,

RSK-IMP-HIGH,Too high,2,9,,
`,
    );
    expect(error.problems).toEqual([
      { line: 3, id: 'RSK-IMP-BAD', field: 'likelihood', message: 'likelihood must be a whole number.' },
      { line: 3, id: 'RSK-IMP-BAD', field: 'treatment', message: 'treatment must be one of mitigate, accept, transfer, avoid.' },
      { line: 4, id: 'RSK-IMP-NOTITLE', field: 'title', message: 'title is required.' },
      { line: 6, id: 'RSK-IMP-HIGH', field: 'impact', message: 'impact must be from 1 to 5.' },
    ]);
    expect(error.details.problemCount).toBe(4);
  });

  it('refuses a reference to an id in neither the graph nor the file, naming the row', async () => {
    const error = await refused('models', 'id,name,version,vendorId,trainedOnIds\nMDL-IMP-1,One,1,VND-NOPE,DS-CHAT-TRANSCRIPTS;DS-GONE\n');
    expect(error.problems).toEqual([
      { line: 2, id: 'MDL-IMP-1', field: 'vendorId', message: 'No Vendor with id "VND-NOPE", in the graph or in this file.' },
      { line: 2, id: 'MDL-IMP-1', field: 'trainedOnIds', message: 'No Dataset with id "DS-GONE", in the graph or in this file.' },
    ]);
  });

  it('refuses ids of the wrong kind, twice in a file, or outside the scheme, and links the model forbids', async () => {
    const error = await refused(
      'ai-systems',
      `id,name,kind,vendorId,dependsOnIds
SYS-IMP-X,X,chatbot,PER-DPO,SYS-IMP-X
VND-NOT-A-SYSTEM,Y,chatbot,,
SYS-IMP-X,Again,chatbot,,
`,
    );
    expect(error.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'vendorId'],
      [2, 'dependsOnIds'],
      [3, 'id'],
      [4, 'id'],
    ]);
    expect(error.problems[0]!.message).toBe('"PER-DPO" is not the id of a Vendor.');
    expect(error.problems[1]!.message).toBe('A system cannot depend on itself.');
    expect(error.problems[3]!.message).toContain('also on line 2');
  });

  it('refuses unknown columns and a file without ids', async () => {
    const unknown = await refused('vendors', 'id,name,colour\nVND-IMP-1,One,blue\n');
    expect(unknown.problems).toEqual([{ line: 1, field: 'colour', message: expect.stringContaining('Unknown column "colour"') }]);
    const derived = await refused('ai-systems', 'id,name,kind,ownerCount\nSYS-IMP-Z,Z,chatbot,3\n');
    expect(derived.problems[0]).toMatchObject({ line: 1, field: 'ownerCount' });
    const noId = await refused('vendors', 'name\nOne\n');
    expect(noId.problems).toEqual([{ line: 1, field: 'id', message: expect.stringContaining('needs an id column') }]);
  });

  it('checks a dry run completely and writes nothing', async () => {
    const before = await graphDigest(graph);
    const summary = await run('vendors', 'id,name,slaUptime\nVND-IMP-DRY,Dry,99.5\nVND-NIMBUS,Nimbus renamed,\n', 'csv', true);
    expect(summary).toMatchObject({ dryRun: true, created: 1, updated: 1 });
    expect(await graphDigest(graph)).toEqual(before);
    const error = await refused('vendors', 'id,name,slaUptime\nVND-IMP-DRY,Dry,120\n');
    expect(error.problems[0]).toMatchObject({ line: 2, field: 'slaUptime', message: 'slaUptime must be from 0 to 100.' });
  });

  it('reads JSON files, naming the line each row starts on', async () => {
    const json = `[
  { "id": "PER-IMP-1", "name": "Ada Import", "email": "ada@brightwater.example", "teamIds": ["TEAM-GOV-COMMITTEE"] },
  {
    "id": "PER-IMP-2",
    "name": "No Email",
    "email": "not an address"
  }
]`;
    const error = await refused('people', json, 'json');
    expect(error.problems).toEqual([{ line: 3, id: 'PER-IMP-2', field: 'email', message: 'email must be an email address.' }]);
    const summary = await run('people', json.replace('not an address', 'no.email@brightwater.example'), 'json');
    expect(summary).toMatchObject({ created: 2, linksAdded: 1 });
    expect(await linked("MATCH (:Person {id: 'PER-IMP-1'})-[:MEMBER_OF]->(m)", {})).toEqual(['TEAM-GOV-COMMITTEE']);
  });

  it('keeps evidence, implementations and controls derived as the API does', async () => {
    const implementations = 'id,status,controlId,scopeId,ownerIds\nIMP-A.7.4-SYS-IMP-B,partial,A.7.4,SYS-IMP-B,PER-DATA-STEWARD\n';
    expect(await run('implementations', implementations)).toMatchObject({ created: 1 });
    const evidence = `id,title,kind,validUntil,supportsIds,supersedesId
EVD-IMP-OLD,Old check,test-result,2026-12-31,IMP-A.7.4-SYS-IMP-B,
EVD-IMP-NEW,New check,test-result,2027-06-30,IMP-A.7.4-SYS-IMP-B,EVD-IMP-OLD
`;
    expect(await run('evidence', evidence)).toMatchObject({ created: 2 });
    const [row] = await graph.read(`
      MATCH (i:Implementation {id: 'IMP-A.7.4-SYS-IMP-B'}), (old:Evidence {id: 'EVD-IMP-OLD'}), (c:Control {id: 'A.7.4'})
      RETURN toString(i.evidencedUntil) AS until, i.linked AS linked, old.supersededOn IS NOT NULL AS superseded,
        'IMP-A.7.4-SYS-IMP-B' IN c.firstImplementationIds AS listed, old.recordedAt IS NOT NULL AS stamped`);
    expect(row).toEqual({ until: '2027-06-30', linked: true, superseded: true, listed: true, stamped: true });
    // Evidence must back an implementation, as through the API.
    const loose = await refused('evidence', 'id,title,validUntil,supportsIds\nEVD-IMP-LOOSE,Loose,2027-01-01,\n');
    expect(loose.problems[0]).toMatchObject({ line: 2, field: 'supportsIds' });
    // And a file re-imported without recordedAt keeps the stamp.
    expect(await run('evidence', evidence)).toMatchObject({ unchanged: 2 });
  });

  it('imports every template as it is, in CSV and then unchanged in JSON', async () => {
    for (const kind of inventoryKindNames) {
      const csv = await run(kind, templateFor(kind, 'csv'));
      expect(csv, kind).toMatchObject({ rows: 1, created: 1 });
      const json = await run(kind, templateFor(kind, 'json'), 'json');
      expect(json, kind).toMatchObject({ rows: 1, unchanged: 1 });
    }
  });

  it('imports thousands of rows in one transaction, over several batches', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `DS-IMP-${i},Dataset ${i},true,en;es,PER-DATA-STEWARD`);
    const file = `id,name,personalData,languages,ownerIds\n${rows.join('\n')}\n`;
    expect(await run('datasets', file)).toMatchObject({ created: 2500, linksAdded: 2500 });
    const [row] = await graph.read("MATCH (d:Dataset) WHERE d.id STARTS WITH 'DS-IMP-' RETURN count(d) AS n, sum(d.ownerCount) AS owners");
    expect(row).toEqual({ n: 2500, owners: 2500 });
    expect(await run('datasets', file)).toMatchObject({ unchanged: 2500 });
  });
});

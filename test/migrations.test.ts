import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../graph/db.js';
import { migrate } from '../graph/migrate.js';
import { migrations, type Migration } from '../graph/migrations/index.js';
import { labelNames } from '../graph/model.js';
import { wipeGraph } from '../seeds/seed.js';
import { testGraph } from './setup/testGraph.js';

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
  await wipeGraph(graph);
});
afterAll(() => graph.close());

describe('migrations', () => {
  it('are recorded in the graph and not applied twice', async () => {
    const again = await migrate(graph);
    expect(again.applied).toEqual([]);
    expect(again.skipped).toEqual(migrations.map((m) => m.id));
    const recorded = await graph.read('MATCH (m:Migration) RETURN m.id AS id, m.appliedAt IS NOT NULL AS dated ORDER BY id');
    expect(recorded).toEqual(migrations.map((m) => ({ id: m.id, dated: true })));
  });

  it('apply again when their statements change, and stay idempotent', async () => {
    let version = 1;
    const backfill: Migration = {
      id: '999-test-backfill',
      description: 'test',
      kind: 'data',
      statements: () => [`MERGE (s:Standard {id: 'TEST-STD'}) SET s.title = 'v${version}'`],
    };
    expect((await migrate(graph, [backfill])).applied).toEqual(['999-test-backfill']);
    expect((await migrate(graph, [backfill])).applied).toEqual([]);
    version = 2;
    expect((await migrate(graph, [backfill])).applied).toEqual(['999-test-backfill']);
    const rows = await graph.read("MATCH (s:Standard {id: 'TEST-STD'}) RETURN s.title AS title");
    expect(rows).toEqual([{ title: 'v2' }]);
    await graph.write("MATCH (n) WHERE n.id IN ['TEST-STD', '999-test-backfill'] DETACH DELETE n");
  });

  it('put a uniqueness constraint on the key of every label', async () => {
    const rows = await graph.read(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    const constrained = new Map(rows.map((r) => [r.label, r.properties]));
    for (const label of labelNames) expect(constrained.get(label), label).toEqual(['id']);
  });

  it('make the database reject a duplicate key', async () => {
    await graph.write("CREATE (:Control {id: 'DUP-1', title: 'first'})");
    await expect(graph.write("CREATE (:Control {id: 'DUP-1', title: 'second'})")).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    expect(await graph.read("MATCH (c:Control {id: 'DUP-1'}) RETURN c.title AS title")).toEqual([{ title: 'first' }]);
    await graph.write("MATCH (c:Control {id: 'DUP-1'}) DELETE c");
  });

  it('create the full-text search index, online', async () => {
    const rows = await graph.read("SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'search' RETURN state");
    expect(rows).toEqual([{ state: 'ONLINE' }]);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Graph } from '../../graph/index.js';
import { startTestApi, type TestApi } from '../setup/api.js';
import { testGraph } from '../setup/testGraph.js';

/** What AIMS_TX_TIMEOUT_MS would set: short, so the test waits for Neo4j about as long. */
const TX_TIMEOUT_MS = 1_000;

let graph: Graph;
let slowGraph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await testGraph();
  await graph.write("MERGE (p:Person {id: 'PER-LOCKED'}) SET p.name = 'Locked'");
  // The API's own driver, with the server's transaction timeout; `graph` keeps the default.
  slowGraph = Graph.connect(inject('neo4jUri'), undefined, { txTimeoutMs: TX_TIMEOUT_MS });
  api = await startTestApi(slowGraph);
});

afterAll(async () => {
  await api.close();
  await slowGraph.close();
  await graph.write("MATCH (p:Person {id: 'PER-LOCKED'}) DETACH DELETE p");
  await graph.close();
});

describe('the transaction timeout', () => {
  it('has Neo4j stop a transaction of the API that runs past it, answered TIMEOUT', async () => {
    // Another client holds the node's write lock for longer than the API's timeout: the API's
    // transaction waits on it, which is real time in Neo4j that only the timeout ends.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = graph.writeTx(async (tx) => {
      await tx.run("MATCH (p:Person {id: 'PER-LOCKED'}) SET p.name = 'Held'");
      locked();
      await released;
    });
    await lockTaken;
    const started = Date.now();
    const res = await api.gql(
      'mutation($p: PersonPatch!) { updatePerson(id: "PER-LOCKED", patch: $p) { id name } }',
      { p: { name: 'Waited' } },
      'editor',
    );
    const waited = Date.now() - started;
    release();
    await holder;
    expect(res.errors?.map((e) => e.extensions?.code), JSON.stringify(res.errors)).toEqual(['TIMEOUT']);
    expect(res.errors?.[0]?.message).toMatch(/took too long/);
    expect(res.data?.updatePerson ?? null).toBeNull();
    expect(waited).toBeGreaterThanOrEqual(TX_TIMEOUT_MS);
    expect(waited).toBeLessThan(20_000);
    // Stopped means rolled back: the held write is what stands.
    expect(await graph.read("MATCH (p:Person {id: 'PER-LOCKED'}) RETURN p.name AS name")).toEqual([{ name: 'Held' }]);
  });
});

import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../api/app.js';
import { Graph } from '../graph/db.js';
import { domainLabels } from '../graph/model.js';
import { graphCounts } from '../graph/queries/graphCounts.js';
import { freePort } from '../graph/server/freePort.js';
import { getHealth } from './setup/health.js';
import { freshReferenceGraph, testGraph } from './setup/testGraph.js';

async function listen(graph: Graph): Promise<{ server: Server; url: string }> {
  const port = await freePort();
  const server = (await createApp({ graph })).listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${port}` };
}

let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph);
});
afterAll(() => graph.close());

describe('GET /health', () => {
  it('answers 200 with the Neo4j version and the count of every label when Neo4j answers', async () => {
    const { server, url } = await listen(graph);
    try {
      const { status, body } = await getHealth(url);
      expect(status).toBe(200);
      expect(body.status).toBe('ok');
      expect(body.neo4j).toMatchObject({ reachable: true, version: '5.26.30' });
      expect(Object.keys(body.counts).sort()).toEqual([...domainLabels].sort());
      expect(body.counts.Control).toBe(38);
      expect(body.counts.Clause).toBe(43);
      const expected = await graphCounts(graph);
      expect(body.counts).toEqual(expected.counts);
      expect(body.relationships).toBe(expected.relationships);
    } finally {
      server.close();
    }
  });

  it('answers 503 degraded, quickly, when Neo4j does not answer', async () => {
    const nowhere = Graph.connect(`bolt://127.0.0.1:${await freePort()}`);
    const { server, url } = await listen(nowhere);
    try {
      const started = Date.now();
      const { status, body } = await getHealth(url);
      expect(status).toBe(503);
      expect(body).toEqual({ status: 'degraded', neo4j: { reachable: false } });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      server.close();
      await nowhere.close();
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Graph } from '../graph/index.js';

let graph: Graph;
beforeAll(() => {
  graph = Graph.connect(inject('neo4jUri'), undefined, { txTimeoutMs: 500 });
});
afterAll(() => graph.close());

describe('the driver owner', () => {
  it('has Neo4j stop a transaction that runs past the timeout', async () => {
    const started = Date.now();
    await expect(graph.read('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)')).rejects.toMatchObject({
      code: expect.stringMatching(/TransactionTimedOut|Terminated/),
    });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('turns driver values into plain JS', async () => {
    const [row] = await graph.read(
      "RETURN 42 AS n, date('2026-11-26') AS d, datetime('2026-11-26T09:30:00Z') AS t, [1, 2] AS list, {a: 1} AS map, 9007199254740993 AS big",
    );
    expect(row).toEqual({ n: 42, d: '2026-11-26', t: '2026-11-26T09:30:00.000Z', list: [1, 2], map: { a: 1 }, big: '9007199254740993' });
  });

  it('counts the statements it sends', async () => {
    const before = graph.stats.queries;
    await graph.readTx(async (tx) => {
      await tx.run('RETURN 1');
      await tx.run('RETURN 2');
    });
    expect(graph.stats.queries - before).toBe(2);
  });
});

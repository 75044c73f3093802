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

  it('checks a guard inside every transaction: sent along, and when it fails no answer and no write', async () => {
    let open = true;
    const guarded = graph.guarded({
      cypher: 'RETURN $open AS open',
      get params() {
        return { open };
      },
      check(rows) {
        if (rows[0]?.open !== true) throw new Error('closed');
      },
    });
    const before = { ...graph.stats };
    expect(await guarded.read('RETURN 7 AS n')).toEqual([{ n: 7 }]);
    expect(graph.stats.queries - before.queries).toBe(1);
    expect(graph.stats.guards - before.guards).toBe(1);
    open = false;
    await expect(guarded.read('RETURN 7 AS n')).rejects.toThrow('closed');
    await expect(guarded.write("CREATE (:GuardProbe {id: 'refused'})")).rejects.toThrow('closed');
    // Work that fails its transaction leaves the guard unrun: the failure stands, and no answer.
    await expect(guarded.read('RETURN 1/0 AS n')).rejects.toThrow('/ by zero');
    expect(await graph.read("MATCH (p:GuardProbe {id: 'refused'}) RETURN p")).toEqual([]);
    await expect(guarded.checkGuard()).rejects.toThrow('closed');
  });
});

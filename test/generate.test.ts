import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, loadGraphData, markChunkDone, type Graph, type GraphData, type Params } from '../graph/index.js';
import { catalogGraph } from '../seeds/catalog/catalogGraph.js';
import { generateChunk } from '../seeds/generator/generate.js';
import { loadGenerated, loadIdOf, type ChunkProgress } from '../seeds/loadGenerated.js';
import { seedReferenceData, wipeGraph } from '../seeds/seed.js';
import { testGraph } from './setup/testGraph.js';

// Scale 3: the reference organisation, the group platforms and two generated business units.
const options = { scale: 3, seed: 7, today: '2026-11-26' };
let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});
afterAll(() => graph.close());

const clearCheckpoints = () => graph.write('MATCH (c:LoadCheckpoint) DELETE c');

/** Every node and relationship with all its properties (values as Cypher prints them, types included). */
async function content(): Promise<{ nodes: unknown[]; relationships: unknown[] }> {
  // Lists as sorted sets: the order of a derived list (markers.ts) follows the order things were written in.
  const value = (v: string) =>
    `CASE WHEN valueType(${v}) STARTS WITH 'LIST' THEN reduce(s = '', i IN COLLECT { UNWIND ${v} AS i RETURN toString(i) AS i ORDER BY i } | s + i + ',') ELSE toString(${v}) END`;
  const props = (x: string) => `[k IN keys(${x}) | k + '=' + valueType(${x}[k]) + ':' + ${value(`${x}[k]`)}]`;
  const nodes = await graph.read(`
    MATCH (n) WHERE NOT n:Migration AND NOT n:LoadCheckpoint
    WITH n, labels(n) AS labels, ${props('n')} AS props
    RETURN n.id AS id, labels, COLLECT { UNWIND props AS p RETURN p ORDER BY p } AS props ORDER BY id`);
  const relationships = await graph.read(`
    MATCH (a)-[r]->(b)
    WITH a.id AS from, type(r) AS type, b.id AS to, ${props('r')} AS props
    RETURN from, type, to, COLLECT { UNWIND props AS p RETURN p ORDER BY p } AS props`);
  return { nodes, relationships: relationships.map((r) => JSON.stringify(r)).sort() };
}

/** A graph whose writes fail from the `after`-th on, as if the process died there (batches in flight may still land). */
function dyingAfter(after: number): Graph {
  let writes = 0;
  return new Proxy(graph, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      if (key !== 'write' && key !== 'writeTx') return value.bind(target);
      return (...args: unknown[]) => {
        if (++writes > after) return Promise.reject(new Error('killed'));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

describe('loading a generated organisation', () => {
  let whole: Awaited<ReturnType<typeof content>>;

  it('creates every chunk, and loading again (merged, without the checkpoint) changes nothing', async () => {
    await wipeGraph(graph);
    await clearCheckpoints();
    const progress: ChunkProgress[] = [];
    await loadGenerated(graph, { ...options, chunksPerLoad: 1, onChunk: (p) => progress.push(p) });
    expect(progress.map((p) => [p.chunk, p.mode])).toEqual([[1, 'create'], [2, 'create'], [3, 'create'], [4, 'create']]);
    const first = await graphCounts(graph);
    // 16 reference systems, 16 group platforms, and the two units' own.
    expect(first.counts.AISystem).toBeGreaterThan(50);
    whole = await content();
    // Again without the checkpoint, merged into one group: every node is there, so it is merged, to the same graph.
    await clearCheckpoints();
    const again: ChunkProgress[] = [];
    await loadGenerated(graph, { ...options, chunksPerLoad: 10, onChunk: (p) => again.push(p) });
    expect(again.map((p) => p.mode)).toEqual(['merge']);
    expect(await graphCounts(graph)).toEqual(first);
    expect(await content()).toEqual(whole);
    // With the checkpoint: nothing left to do.
    const third: ChunkProgress[] = [];
    await loadGenerated(graph, { ...options, onChunk: (p) => third.push(p) });
    expect(third).toEqual([]);
    expect(await content()).toEqual(whole);
  }, 300_000);

  it('resumes after an interruption and ends with the same graph, without duplicates', async () => {
    await wipeGraph(graph);
    await clearCheckpoints();
    // A load killed in chunk 2: the catalog and chunks 0-1 done and recorded, part of chunk 2 written.
    await loadGraphData(graph, catalogGraph());
    for (let i = 0; i < 2; i++) await loadGraphData(graph, generateChunk(i, options.seed, options.today));
    await markChunkDone(graph, loadIdOf(options), 2, 4);
    const cut = generateChunk(2, options.seed, options.today);
    await loadGraphData(graph, { nodes: cut.nodes.slice(0, 2), relationships: [] });
    const resumed: ChunkProgress[] = [];
    await loadGenerated(graph, { ...options, chunksPerLoad: 1, onChunk: (p) => resumed.push(p) });
    expect(resumed.map((p) => [p.chunk, p.mode])).toEqual([[3, 'merge'], [4, 'create']]);
    expect(await content()).toEqual(whole);
  }, 300_000);

  it('on a seeded graph, merges the reference organisation and creates the rest', async () => {
    await wipeGraph(graph);
    await clearCheckpoints();
    await seedReferenceData(graph, { today: options.today });
    const statements: string[] = [];
    const watched = new Proxy(graph, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return value;
        if (key === 'write') return (cypher: string, params?: Params) => (statements.push(cypher), target.write(cypher, params));
        return value.bind(target);
      },
    });
    const progress: ChunkProgress[] = [];
    await loadGenerated(watched, { ...options, onChunk: (p) => progress.push(p) });
    expect(progress.map((p) => [p.chunk, p.mode])).toEqual([[4, 'merge']]);
    // The units' evidence was created, not merged: only the reference organisation was there.
    expect(statements.filter((c) => c.startsWith('UNWIND $rows AS row CREATE (:Evidence')).length).toBeGreaterThan(1);
    expect(await content()).toEqual(whole);
  }, 300_000);

  it('resumes a CREATE load killed anywhere, concurrent batches and all, to the same graph', async () => {
    // Count the writes of a whole load, then kill loads at points spread over it: in the catalog,
    // among nodes and among relationships of a group, between groups.
    await wipeGraph(graph);
    await clearCheckpoints();
    let writes = 0;
    const counting = new Proxy(graph, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return value;
        if (key === 'write' || key === 'writeTx') writes++;
        return value.bind(target);
      },
    });
    const small = { ...options, chunksPerLoad: 2, batchSize: 500, concurrency: 3 };
    await loadGenerated(counting, small);
    expect(await content()).toEqual(whole);
    for (const at of [3, Math.round(writes * 0.3), Math.round(writes * 0.55), Math.round(writes * 0.8)]) {
      await wipeGraph(graph);
      await clearCheckpoints();
      await expect(loadGenerated(dyingAfter(at), small)).rejects.toThrow('killed');
      const resumed: ChunkProgress[] = [];
      await loadGenerated(graph, { ...small, onChunk: (p) => resumed.push(p) });
      expect(resumed.at(-1)?.chunk, `killed after ${at} of ${writes} writes`).toBe(4);
      expect(await content(), `killed after ${at} of ${writes} writes`).toEqual(whole);
    }
  }, 600_000);
});

describe('loading graph data', () => {
  it('refuses relationships to nodes that do not exist, naming them, and writes none of the batch', async () => {
    await wipeGraph(graph);
    for (const mode of ['merge', 'create'] as const) {
      // In a create load the relationship is created (its Person is new), in a merge load merged.
      const person = `PER-LOAD-${mode.toUpperCase()}`;
      const data: GraphData = {
        nodes: [{ label: 'Person', rows: [{ id: person, name: mode }] }],
        relationships: [{ type: 'OWNS', from: 'Person', to: 'AISystem', rows: [{ from: person, to: 'SYS-LOAD-NOPE' }] }],
      };
      await expect(loadGraphData(graph, data, { mode, markers: false })).rejects.toThrow(
        'OWNS: 1 row(s) name nodes that do not exist: AISystem SYS-LOAD-NOPE',
      );
    }
    expect(await graph.read('MATCH ()-[r:OWNS]->() RETURN r')).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, loadGraphData, markChunkDone, type Graph } from '../graph/index.js';
import { catalogGraph } from '../seeds/catalog/catalogGraph.js';
import { generateChunk } from '../seeds/generator/generate.js';
import { loadGenerated, loadIdOf } from '../seeds/loadGenerated.js';
import { wipeGraph } from '../seeds/seed.js';
import { testGraph } from './setup/testGraph.js';

// Scale 3: the reference organisation, the group platforms and two generated business units.
const options = { scale: 3, seed: 7, today: '2026-11-26' };
let graph: Graph;
beforeAll(async () => {
  graph = await testGraph();
});
afterAll(() => graph.close());

const clearCheckpoints = () => graph.write('MATCH (c:LoadCheckpoint) DELETE c');

describe('loading a generated organisation', () => {
  it('loads every chunk, and loading again changes nothing', async () => {
    await wipeGraph(graph);
    await clearCheckpoints();
    const progress: number[] = [];
    await loadGenerated(graph, { ...options, chunksPerLoad: 1, onChunk: (p) => progress.push(p.chunk) });
    expect(progress).toEqual([1, 2, 3, 4]);
    const first = await graphCounts(graph);
    // 16 reference systems, 16 group platforms, and the two units' own.
    expect(first.counts.AISystem).toBeGreaterThan(50);
    await clearCheckpoints();
    // Again, merged into one load this time: the same graph.
    await loadGenerated(graph, { ...options, chunksPerLoad: 10 });
    expect(await graphCounts(graph)).toEqual(first);
  });

  it('resumes after an interruption and ends with the same graph, without duplicates', async () => {
    const whole = await graphCounts(graph);
    await wipeGraph(graph);
    await clearCheckpoints();
    // A load killed in chunk 2: the catalog and chunks 0-1 done and recorded, part of chunk 2 written.
    await loadGraphData(graph, catalogGraph());
    for (let i = 0; i < 2; i++) await loadGraphData(graph, generateChunk(i, options.seed, options.today));
    await markChunkDone(graph, loadIdOf(options), 2, 4);
    const cut = generateChunk(2, options.seed, options.today);
    await loadGraphData(graph, { nodes: cut.nodes.slice(0, 2), relationships: [] });
    const resumed: number[] = [];
    await loadGenerated(graph, { ...options, chunksPerLoad: 1, onChunk: (p) => resumed.push(p.chunk) });
    expect(resumed).toEqual([3, 4]);
    expect(await graphCounts(graph)).toEqual(whole);
  });
});

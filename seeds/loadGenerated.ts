import { setImmediate as yieldToIo } from 'node:timers/promises';
import { chunksDone, markChunkDone, type Graph, type GraphData } from '../graph/index.js';
import { refreshControlRollups } from '../graph/markers.js';
import { loadGraphData, NodesExistError, refreshLoadedMarkers, type LoadMode } from '../graph/load.js';
import { catalogGraph } from './catalog/catalogGraph.js';
import { chunkCount, chunkName, DEFAULT_SEED, generateChunk } from './generator/generate.js';

export interface ChunkProgress {
  /** Chunks done, of `total`, counting those a previous run did. */
  chunk: number;
  total: number;
  /** Name of the last chunk done. */
  name: string;
  /** Rows (nodes and relationships) and relationships written by this run so far. */
  rows: number;
  relationships: number;
  /** Seconds since this run started, and chunks it has done in them (for a rate and an ETA). */
  seconds: number;
  chunksThisRun: number;
  /** How the last group was written: `create`, or `merge` when part of it was in the graph already. */
  mode: LoadMode;
}

export interface LoadGeneratedOptions {
  scale: number;
  seed?: string | number;
  today: string;
  /** Chunks written as one group (fewer, fuller transactions; a group is the unit of resumption); 10 by default. */
  chunksPerLoad?: number;
  /** Rows per write transaction; 10,000 by default. */
  batchSize?: number;
  /** Write transactions in flight at once; 2 by default. */
  concurrency?: number;
  /** Called after each group with what has been loaded so far. */
  onChunk?: (p: ChunkProgress) => void;
}

/** The checkpoint a load of this organisation keeps in the graph. */
export const loadIdOf = ({ scale, seed = DEFAULT_SEED, today }: LoadGeneratedOptions) => `generate:scale-${scale}:seed-${seed}:${today}`;

/**
 * Loads a generated organisation in groups of chunks (catalog first), recording each finished
 * group: run again after an interruption, it starts at the first chunk not done.
 *
 * A group is written with CREATE, the fast way, when none of its nodes exists yet. When some do
 * (the group a killed run had begun, the reference organisation of a seeded graph, a load run
 * again without its checkpoint), the uniqueness constraints stop the CREATE with `NodesExistError`
 * and the group is written again chunk by chunk: CREATE again where none of the chunk's nodes
 * exists, MERGE where some do, which finishes it without duplicates. A run writes every node of a
 * group before any of its relationships, so a chunk none of whose nodes exists has none of its
 * relationships either.
 *
 * Each group goes through three steps: write (nodes, then relationships), derive (markers.ts),
 * record (the checkpoint). They overlap across groups so that both cores stay busy: group n + 1
 * is generated while group n is written, and written while group n is derived and recorded. A
 * group is recorded only once derived, and after the group before it, so the checkpoint never
 * covers a chunk whose derived values are missing.
 */
export async function loadGenerated(graph: Graph, options: LoadGeneratedOptions): Promise<{ rows: number; relationships: number; seconds: number }> {
  const started = Date.now();
  const loadId = loadIdOf(options);
  const total = chunkCount(options.scale);
  const perGroup = Math.max(1, options.chunksPerLoad ?? 10);
  const write = { batchSize: options.batchSize ?? 10_000, concurrency: options.concurrency ?? 2, markers: false };
  // The control rollups are done once, at the end, for the catalog too.
  const catalog = catalogGraph();
  await loadGraphData(graph, catalog, { markers: false });
  await refreshLoadedMarkers(graph, catalog, { controlRollups: false });
  const done = await chunksDone(graph, loadId);
  let rows = 0;
  let relationships = 0;

  /** Derives a written group's values, records it, reports progress. */
  const finish = async (data: GraphData, end: number, mode: LoadMode) => {
    await refreshLoadedMarkers(graph, data, { controlRollups: false });
    await markChunkDone(graph, loadId, end, total);
    rows += data.nodes.reduce((n, b) => n + b.rows.length, 0);
    const rels = data.relationships.reduce((n, b) => n + b.rows.length, 0);
    rows += rels;
    relationships += rels;
    const seconds = (Date.now() - started) / 1000;
    options.onChunk?.({ chunk: end, total, name: chunkName(end - 1), rows, relationships, seconds, chunksThisRun: end - done, mode });
  };

  /** CREATEs the data; false, having written nothing that a merge would not finish, when some of its nodes exist. */
  const create = async (data: GraphData): Promise<boolean> => {
    try {
      await loadGraphData(graph, data, { ...write, mode: 'create' });
      return true;
    } catch (e) {
      if (e instanceof NodesExistError) return false;
      throw e;
    }
  };

  const groupFrom = (first: number) => (first < total ? background(generateGroup(options, first, Math.min(total, first + perGroup))) : null);
  let next = groupFrom(done);
  let finishing: Promise<void> | null = null;
  try {
    for (let first = done; next; ) {
      const chunks = await next;
      const end = first + chunks.length;
      next = groupFrom(end);
      const data = mergeChunks(chunks);
      let mode: LoadMode = 'create';
      if (!(await create(data))) {
        // Some of it was there already: chunk by chunk (a chunk reaches only itself and earlier
        // ones), so that only the chunks begun before are merged.
        mode = 'merge';
        for (const chunk of chunks.length > 1 ? chunks : [data]) {
          if (chunks.length === 1 || !(await create(chunk))) await loadGraphData(graph, chunk, { ...write, mode: 'merge' });
        }
      }
      // The group before is derived while this one was written; record it before this one.
      if (finishing) await finishing;
      finishing = background(finish(data, end, mode));
      first = end;
    }
    if (finishing) await finishing;
    await refreshControlRollups(graph);
  } catch (e) {
    // Let the step still running end before reporting, so nothing writes after we return.
    await finishing?.catch(() => {});
    throw e;
  }
  return { rows, relationships, seconds: (Date.now() - started) / 1000 };
}

/**
 * Chunks [first, end), one at a time, letting the driver's I/O run between them: the group being
 * written keeps its transactions going while this one is generated.
 */
async function generateGroup(options: LoadGeneratedOptions, first: number, end: number): Promise<GraphData[]> {
  const chunks: GraphData[] = [];
  for (let i = first; i < end; i++) {
    await yieldToIo();
    chunks.push(generateChunk(i, options.seed ?? DEFAULT_SEED, options.today));
  }
  return chunks;
}

/** A promise awaited later: its rejection must not count as unhandled in the meantime. */
function background<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/**
 * Consecutive chunks as one body of data: all their nodes before all their relationships, rows of
 * one label or type together. Valid because a chunk only reaches nodes of itself or earlier ones.
 */
export function mergeChunks(chunks: GraphData[]): GraphData {
  const nodes = new Map<string, GraphData['nodes'][number]>();
  const relationships = new Map<string, GraphData['relationships'][number]>();
  for (const chunk of chunks) {
    for (const batch of chunk.nodes) {
      const merged = nodes.get(batch.label) ?? { label: batch.label, rows: [] };
      for (const row of batch.rows) merged.rows.push(row);
      nodes.set(batch.label, merged);
    }
    for (const batch of chunk.relationships) {
      const key = `${batch.type}|${batch.from}|${batch.to}|${(batch.mergeOn ?? []).join(',')}`;
      const merged = relationships.get(key) ?? { ...batch, rows: [] };
      for (const row of batch.rows) merged.rows.push(row);
      relationships.set(key, merged);
    }
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

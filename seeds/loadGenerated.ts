import { chunksDone, loadGraphData, markChunkDone, type Graph, type GraphData } from '../graph/index.js';
import { catalogGraph } from './catalog/catalogGraph.js';
import { chunkCount, chunkName, DEFAULT_SEED, generateOrganization } from './generator/generate.js';

export interface LoadGeneratedOptions {
  scale: number;
  seed?: string | number;
  today: string;
  /** Chunks merged into one load (fewer, fuller transactions); 10 by default. */
  chunksPerLoad?: number;
  /** Called after each load with what has been loaded so far. */
  onChunk?: (p: { chunk: number; total: number; name: string; rows: number; seconds: number }) => void;
}

/** The checkpoint a load of this organisation keeps in the graph. */
export const loadIdOf = ({ scale, seed = DEFAULT_SEED, today }: LoadGeneratedOptions) => `generate:scale-${scale}:seed-${seed}:${today}`;

/**
 * Loads a generated organisation chunk by chunk (catalog first), recording each finished chunk:
 * run again after an interruption, it starts at the first chunk not done. Every row is merged, so
 * the chunk that was cut off is simply loaded again, without duplicates.
 */
export async function loadGenerated(graph: Graph, options: LoadGeneratedOptions): Promise<{ rows: number; seconds: number }> {
  const loadId = loadIdOf(options);
  const total = chunkCount(options.scale);
  await loadGraphData(graph, catalogGraph());
  const done = await chunksDone(graph, loadId);
  const started = Date.now();
  let rows = 0;
  let chunk = done;
  let pending: GraphData[] = [];
  const flush = async () => {
    if (!pending.length) return;
    const data = mergeChunks(pending);
    await loadGraphData(graph, data, { batchSize: 10_000 });
    rows += data.nodes.reduce((n, b) => n + b.rows.length, 0) + data.relationships.reduce((n, b) => n + b.rows.length, 0);
    chunk += pending.length;
    pending = [];
    await markChunkDone(graph, loadId, chunk, total);
    options.onChunk?.({ chunk, total, name: chunkName(chunk - 1), rows, seconds: (Date.now() - started) / 1000 });
  };
  for (const data of generateOrganization({ ...options, fromChunk: done })) {
    pending.push(data);
    if (pending.length >= (options.chunksPerLoad ?? 10)) await flush();
  }
  await flush();
  return { rows, seconds: (Date.now() - started) / 1000 };
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
      merged.rows.push(...batch.rows);
      nodes.set(batch.label, merged);
    }
    for (const batch of chunk.relationships) {
      const key = `${batch.type}|${batch.from}|${batch.to}|${(batch.mergeOn ?? []).join(',')}`;
      const merged = relationships.get(key) ?? { ...batch, rows: [] };
      merged.rows.push(...batch.rows);
      relationships.set(key, merged);
    }
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

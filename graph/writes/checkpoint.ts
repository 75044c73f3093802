import type { Graph } from '../db.js';
import { int } from '../plain.js';

/** Chunks of a resumable load already done (0 for a load never started). */
export async function chunksDone(graph: Graph, loadId: string): Promise<number> {
  const [row] = await graph.read('MATCH (c:LoadCheckpoint {id: $id}) RETURN c.chunksDone AS done', { id: loadId });
  return Number(row?.done ?? 0);
}

/**
 * Records that chunks up to `done` finished (written and derived); a crash before this only makes
 * the next run write them again, and it finishes them without duplicates (see seeds/loadGenerated.ts).
 */
export async function markChunkDone(graph: Graph, loadId: string, done: number, total: number): Promise<void> {
  await graph.write(
    'MERGE (c:LoadCheckpoint {id: $id}) SET c.chunksDone = $done, c.chunksTotal = $total, c.updatedAt = datetime()',
    { id: loadId, done: int(done), total: int(total) },
  );
}

import type { Graph } from '../db.js';
import { graphDigest } from '../digest.js';
import type { LoadProgress } from '../load.js';
import { migrate } from '../migrate.js';
import { UserFacingError } from '../server/errors.js';
import { parseDataLine, type DataLine } from './dataLine.js';
import { BackupRefusedError } from './errors.js';
import { graphTotals } from './graphTotals.js';
import { HashedLines } from './lines.js';
import type { VerifiedBackup } from './verifyBackup.js';
import { writeChunk } from './writeChunk.js';

export interface ImportOptions {
  onProgress?: (p: LoadProgress) => void;
}

export interface ImportReport {
  nodes: number;
  relationships: number;
  /** graphDigest of the database after the import: the manifest's, or the import throws. */
  graphDigest: string;
  /** Lines skipped because an interrupted import of the same file had written them. */
  resumedAfter: number;
}

/** Lines per write transaction. Fixed: an interrupted import resumes by counting chunks. */
const CHUNK = 2000;

/**
 * Restores a backup into an empty database. It takes the file as verifyBackup accepted it (every
 * check made before anything is written) and refuses a database holding anything but migration
 * records, so a refusal writes nothing. Then it writes chunks of batched UNWINDs (writeChunk.ts),
 * one transaction each, every chunk recording itself in a LoadCheckpoint `import:<sha256>` in the
 * same transaction. Interrupted, the same command with the same file goes on after the last chunk
 * that landed (a database holding that checkpoint counts as this import's, not as non-empty). At
 * the end the migration records are the file's (those the target had and the file lacks are
 * deleted, so a later `migrate` applies them to the imported data), the checkpoint goes, and the
 * graph's digest must equal the manifest's.
 */
export async function importBackup(graph: Graph, backup: VerifiedBackup, options: ImportOptions = {}): Promise<ImportReport> {
  const checkpointId = `import:${backup.manifest.sha256}`;
  const chunks = Math.ceil(backup.dataLines / CHUNK);
  const resumeFrom = await startingChunk(graph, checkpointId);
  if (resumeFrom === 0) {
    // The uniqueness constraints MERGE by id seeks on; an empty database may never have had them.
    await migrate(graph);
    await graph.write('MERGE (c:LoadCheckpoint {id: $id}) SET c.chunksDone = 0', { id: checkpointId });
  }
  await writeLines(graph, backup, { id: checkpointId, chunks, resumeFrom }, options.onProgress);
  await graph.writeTx(async (tx) => {
    await tx.run('MATCH (m:Migration) WHERE NOT m.id IN $ids DETACH DELETE m', { ids: backup.migrationIds });
    await tx.run('MATCH (c:LoadCheckpoint {id: $id}) DELETE c', { id: checkpointId });
  });
  const digest = await graphDigest(graph);
  if (digest.sha256 !== backup.manifest.graphDigest) {
    throw new UserFacingError(
      `The imported graph differs from the exported one (digest ${digest.sha256.slice(0, 12)}…, ` +
        `the manifest says ${backup.manifest.graphDigest.slice(0, 12)}…, ${digest.nodes} nodes and ${digest.relationships} relationships).`,
    );
  }
  return { nodes: digest.nodes, relationships: digest.relationships, graphDigest: digest.sha256, resumedAfter: resumeFrom * CHUNK };
}

/** 0 for an empty database, the chunks done for one this file's import was interrupted in; else refuses. */
async function startingChunk(graph: Graph, checkpointId: string): Promise<number> {
  const [checkpoint] = await graph.read('MATCH (c:LoadCheckpoint {id: $id}) RETURN c.chunksDone AS done', { id: checkpointId });
  if (checkpoint) return Number(checkpoint.done ?? 0);
  const totals = await graphTotals(graph);
  const others = totals.nodes - totals.migrations;
  if (others > 0 || totals.relationships > 0) {
    throw new BackupRefusedError(
      `The database is not empty (${others} nodes besides migration records, ${totals.relationships} relationships): ` +
        'a backup goes into an empty one only. Point AIMS_DATA_DIR (or NEO4J_URI) at a new database; nothing was written.',
    );
  }
  return 0;
}

async function writeLines(
  graph: Graph,
  backup: VerifiedBackup,
  checkpoint: { id: string; chunks: number; resumeFrom: number },
  onProgress?: (p: LoadProgress) => void,
): Promise<void> {
  const lines = new HashedLines(backup.file);
  const total = backup.dataLines;
  let chunk: DataLine[] = [];
  let inChunk = 0;
  let index = 0;
  let number = 0;
  const flush = async () => {
    if (index >= checkpoint.resumeFrom) {
      const done = index + 1;
      await graph.writeTx((tx) => writeChunk(tx, chunk, { id: checkpoint.id, done, total: checkpoint.chunks }));
    }
    index += 1;
    chunk = [];
    inChunk = 0;
    onProgress?.({ phase: 'write', done: Math.min(index * CHUNK, total), total });
  };
  for await (const text of lines) {
    number += 1;
    if (number === 1) continue;
    // Lines of chunks an interrupted import wrote are only counted, not parsed again.
    if (index >= checkpoint.resumeFrom) chunk.push(parseDataLine(text, `${backup.file} line ${number}`));
    inChunk += 1;
    if (inChunk === CHUNK) await flush();
  }
  if (inChunk) await flush();
  // The file was verified before; one changed since could have written something else.
  if (lines.sha256 !== backup.manifest.sha256) {
    throw new UserFacingError(`${backup.file} changed while it was imported: import it again into a new database.`);
  }
}

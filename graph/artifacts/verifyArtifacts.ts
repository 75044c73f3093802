import type { Graph } from '../db.js';
import { InputError, NotFoundError } from '../errors.js';
import { labelOfId } from '../ids.js';
import type { LoadProgress } from '../load.js';
import { int } from '../plain.js';
import type { ArtifactStore } from './artifactStore.js';

export interface ArtifactProblem {
  evidenceId: string;
  /** The hash the evidence records: what the stored content should hash to. */
  sha256: string;
  status: 'modified' | 'missing';
}

export interface ArtifactVerification {
  /** Artifacts re-hashed. */
  checked: number;
  /** No problem found. */
  ok: boolean;
  /** By evidence id. */
  problems: ArtifactProblem[];
}

export interface VerifyOptions {
  /** Only these evidence items (each must have a stored artifact); every one that has one when absent. */
  ids?: readonly string[];
  onProgress?: (p: LoadProgress) => void;
  /** Evidence items read per query. */
  pageSize?: number;
}

interface Stored {
  id: string;
  sha256: string;
}

const COUNT = 'MATCH (e:Evidence) WHERE e.artifactSize IS NOT NULL RETURN count(e) AS total';
// Keyset pages in id order (the key's index), so the walk costs the same at any depth.
const PAGE = `
  MATCH (e:Evidence) WHERE e.id > $after AND e.artifactSize IS NOT NULL
  RETURN e.id AS id, e.sha256 AS sha256 ORDER BY e.id LIMIT $limit`;
const LISTED = `
  UNWIND $ids AS id
  OPTIONAL MATCH (e:Evidence {id: id})
  RETURN id, e IS NOT NULL AS found, e.artifactSize IS NOT NULL AS stored, e.sha256 AS sha256`;

/**
 * Re-hashes stored artifacts against the sha256 their evidence records: every evidence item with
 * one (paged by id), or the ones named. Nothing is written.
 */
export async function verifyArtifacts(graph: Graph, store: ArtifactStore, options: VerifyOptions = {}): Promise<ArtifactVerification> {
  const { ids, onProgress, pageSize = 500 } = options;
  const problems: ArtifactProblem[] = [];
  let checked = 0;
  const listed = ids ? await listedArtifacts(graph, ids) : null;
  const total = listed ? listed.length : Number((await graph.read(COUNT))[0]!.total);
  onProgress?.({ phase: 'verifying', done: 0, total });
  const verify = async (rows: Stored[]) => {
    for (const { id, sha256 } of rows) {
      const status = await store.check(sha256);
      if (status !== 'ok') problems.push({ evidenceId: id, sha256, status });
      checked += 1;
      onProgress?.({ phase: 'verifying', done: checked, total });
    }
  };
  if (listed) {
    await verify(listed);
  } else {
    for (let after = ''; ;) {
      const rows = (await graph.read(PAGE, { after, limit: int(pageSize) })) as unknown as Stored[];
      if (rows.length === 0) break;
      await verify(rows);
      after = rows[rows.length - 1]!.id;
    }
  }
  problems.sort((a, b) => (a.evidenceId < b.evidenceId ? -1 : a.evidenceId > b.evidenceId ? 1 : 0));
  return { checked, ok: problems.length === 0, problems };
}

/** The named evidence items' hashes, in the order given (each once); an unknown id or one with nothing stored is refused. */
async function listedArtifacts(graph: Graph, ids: readonly string[]): Promise<Stored[]> {
  const unique = [...new Set(ids)];
  ids.forEach((id, i) => {
    if (labelOfId(id) !== 'Evidence') throw new NotFoundError(`ids[${i}]`, id, 'Evidence');
  });
  const rows = unique.length ? await graph.read(LISTED, { ids: unique }) : [];
  return rows.map((row) => {
    const field = `ids[${ids.indexOf(String(row.id))}]`;
    if (!row.found) throw new NotFoundError(field, String(row.id), 'Evidence');
    if (!row.stored) throw new InputError(field, `Evidence ${String(row.id)} has no stored artifact to verify: upload one first, or leave it out.`);
    return { id: String(row.id), sha256: String(row.sha256) };
  });
}

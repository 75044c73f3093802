import type { Graph, Tx } from '../db.js';
import { ConflictError, InputError, NotFoundError } from '../errors.js';
import { labelOfId } from '../ids.js';
import { refreshMarkers } from '../markers.js';
import { int } from '../plain.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';
import { plainProps } from '../writes/nodeWrites.js';
import { actorName, recordChange, type Actor } from '../writes/recordChange.js';
import { artifactOf, type EvidenceArtifact } from './evidenceArtifact.js';

/** What the store made of an upload, and what the uploader said it is. */
export interface ArtifactUpload {
  sha256: string;
  size: number;
  mediaType: string;
  /** The file name given with it, if any. */
  name?: string | null;
}

// A media type as RFC 9110 writes it (type/subtype, then parameters), short enough for a header.
const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;\s*[\w!#$&^.+-]+=("[^"\\\p{Cc}]*"|[\w!#$&^.+-]+))*$/u;

/**
 * Records a stored artifact on its Evidence node, with its change event, in one write
 * transaction. An artifact is never replaced: evidence that has one refuses another, and evidence
 * that declared a sha256 accepts only the file with that hash.
 */
export async function attachArtifact(graph: Graph, actor: Actor, evidenceId: string, upload: ArtifactUpload): Promise<EvidenceArtifact> {
  const { mediaType, name } = checkedMetadata(upload);
  const props = {
    sha256: upload.sha256,
    artifactSize: int(upload.size),
    artifactMediaType: mediaType,
    artifactName: name,
    artifactUploadedBy: actorName(actor),
  };
  return graph.writeTx(async (tx) => {
    const before = await lockedEvidence(tx, evidenceId);
    refuseUpload(before, upload.sha256);
    const [row] = await tx.run(
      `MATCH (e:Evidence {id: $id}) SET e += $props, e.artifactUploadedAt = datetime() RETURN ${nodeRecord('e')} AS node`,
      { id: evidenceId, props },
    );
    const after = row!.node as NodeRecord;
    await refreshMarkers(tx, [evidenceId]);
    await recordChange(tx, actor, { operation: 'update', targetId: evidenceId, targetLabel: 'Evidence', before: plainProps(before), after: plainProps(after) });
    return artifactOf(after)!;
  });
}

/**
 * The refusals of attachArtifact that do not depend on the file, checked before an upload is
 * read, so that one bound to fail stores nothing and costs no transfer; returns the sha256 the
 * evidence declares, if any, for the store to hold the file to (see `hashMismatch`).
 * attachArtifact checks again in its transaction: another upload may land in between.
 */
export async function checkArtifactUploadable(graph: Graph, evidenceId: string): Promise<string | null> {
  const [row] = labelOfId(evidenceId) === 'Evidence'
    ? await graph.read(`MATCH (e:Evidence {id: $id}) RETURN ${nodeRecord('e')} AS node`, { id: evidenceId })
    : [];
  if (!row) throw new NotFoundError('id', evidenceId, 'Evidence');
  const evidence = row.node as NodeRecord;
  refuseUpload(evidence);
  return typeof evidence.sha256 === 'string' ? evidence.sha256 : null;
}

/**
 * The evidence node, write-locked first: two uploads racing for it are serialised, so the second
 * reads what the first committed and is refused, rather than both passing the check.
 */
async function lockedEvidence(tx: Tx, evidenceId: string): Promise<NodeRecord> {
  if (labelOfId(evidenceId) !== 'Evidence') throw new NotFoundError('id', evidenceId, 'Evidence');
  const [locked] = await tx.run('MATCH (e:Evidence {id: $id}) SET e.artifactLock = true REMOVE e.artifactLock RETURN e.id AS id', { id: evidenceId });
  if (!locked) throw new NotFoundError('id', evidenceId, 'Evidence');
  const [row] = await tx.run(`MATCH (e:Evidence {id: $id}) RETURN ${nodeRecord('e')} AS node`, { id: evidenceId });
  return row!.node as NodeRecord;
}

function refuseUpload(evidence: NodeRecord, sha256?: string): void {
  const stored = artifactOf(evidence);
  if (stored) {
    throw new ConflictError(
      'file',
      `Evidence ${evidence.id} already has an artifact (sha256 ${stored.sha256}), and an artifact is never replaced. ` +
        `A new version is a new evidence item that supersedes the old: create one with supersedes: ["${evidence.id}"] and upload the file to it.`,
    );
  }
  const declared = typeof evidence.sha256 === 'string' ? evidence.sha256 : null;
  if (sha256 && declared && declared !== sha256) throw hashMismatch(evidence.id, declared, sha256);
}

/** The refusal of a file whose hash is not the one its evidence declares. */
export function hashMismatch(evidenceId: string, declared: string, actual: string): InputError {
  return new InputError(
    'file',
    `The file's sha256 is ${actual}, but evidence ${evidenceId} declares ${declared}: upload the file it declares, or record this one as new evidence.`,
  );
}

/**
 * The media type and file name as they will be served back (Content-Type, Content-Disposition):
 * refused on `file` when a header could not carry them. The API checks them before it stores the file.
 */
export function checkedMetadata({ mediaType, name }: Pick<ArtifactUpload, 'mediaType' | 'name'>): { mediaType: string; name: string | null } {
  if (mediaType.length > 255 || !MEDIA_TYPE.test(mediaType)) {
    throw new InputError('file', 'The file part\'s Content-Type must be a media type such as application/pdf or text/csv; charset=utf-8.');
  }
  const trimmed = name?.trim() || null;
  if (trimmed && (trimmed.length > 255 || /[\p{Cc}\p{Surrogate}]/u.test(trimmed))) {
    throw new InputError('file', 'The file name must be at most 255 characters of text, without control characters.');
  }
  return { mediaType, name: trimmed };
}

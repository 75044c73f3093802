import type { NodeRecord } from '../reads/nodeRecord.js';

/** The artifact stored for an evidence item, as its node records it. */
export interface EvidenceArtifact {
  evidenceId: string;
  sha256: string;
  size: number;
  mediaType: string;
  /** The file name it was uploaded under, when one was given. */
  name: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

/** The artifact an Evidence node records, or null while none is stored (artifactSize unset). */
export function artifactOf(evidence: NodeRecord): EvidenceArtifact | null {
  if (evidence.artifactSize === undefined || evidence.artifactSize === null) return null;
  return {
    evidenceId: evidence.id,
    sha256: String(evidence.sha256),
    size: Number(evidence.artifactSize),
    mediaType: String(evidence.artifactMediaType ?? 'application/octet-stream'),
    name: typeof evidence.artifactName === 'string' ? evidence.artifactName : null,
    uploadedBy: String(evidence.artifactUploadedBy ?? ''),
    uploadedAt: String(evidence.artifactUploadedAt ?? ''),
  };
}

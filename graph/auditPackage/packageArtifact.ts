import type { ArtifactStore } from '../artifacts/artifactStore.js';
import type { EvidenceArtifact } from '../artifacts/evidenceArtifact.js';
import { safeSegment } from './bagit.js';
import type { BagWriter } from './bagWriter.js';

/** An artifact the package does not hold as recorded, listed in data/problems.json. */
export interface PackageProblem {
  evidenceId: string;
  /** The sha256 the evidence records. */
  sha256: string;
  artifactName: string | null;
  /**
   * missing: the store has nothing under that hash; modified: its content no longer hashes to
   * it (neither is packaged); changed-while-packaging: it was intact when checked, but the bytes
   * packaged at `path` are not the recorded ones.
   */
  problem: 'missing' | 'modified' | 'changed-while-packaging';
  detail: string;
  path?: string;
}

/** Where an artifact goes in the package: `artifacts/<evidence id>/<name it was uploaded under>`. */
export const artifactPath = (a: EvidenceArtifact) => `artifacts/${safeSegment(a.evidenceId)}/${safeSegment(a.name ?? 'artifact')}`;

/**
 * Packages one artifact, or says why not. The store checks the content against its hash first, so
 * a damaged file never enters the package; the bytes written are hashed again on the way in, so
 * the manifest is that of the bytes the package holds.
 */
export async function packageArtifact(bag: BagWriter, store: ArtifactStore, artifact: EvidenceArtifact): Promise<PackageProblem | null> {
  const problem = (kind: PackageProblem['problem'], detail: string, path?: string): PackageProblem => ({
    evidenceId: artifact.evidenceId, sha256: artifact.sha256, artifactName: artifact.name, problem: kind, detail, ...(path ? { path } : {}),
  });
  const state = await store.check(artifact.sha256);
  if (state === 'missing') return problem('missing', 'The artifact store holds no file under this sha256; upload it again to the evidence, or record why it is gone.');
  if (state === 'modified') return problem('modified', 'The stored file no longer hashes to the recorded sha256; it was left out. Restore it from a backup.');
  const content = await store.get(artifact.sha256);
  if (!content) return problem('missing', 'The artifact store holds no file under this sha256 (it went while packaging).');
  const path = artifactPath(artifact);
  const written = await bag.addPayload(path, content, { compress: compressible(artifact.mediaType) });
  if (written.sha256 !== artifact.sha256 || written.size !== artifact.size) {
    return problem(
      'changed-while-packaging',
      `The bytes packaged (sha256 ${written.sha256}, ${written.size} bytes) are not the recorded artifact (${artifact.size} bytes); do not rely on data/${path}.`,
      `data/${path}`,
    );
  }
  return null;
}

/** Text compresses; most other evidence (PDF, images, archives) is compressed already. */
function compressible(mediaType: string): boolean {
  return /^text\/|[/+](json|xml|csv|x-ndjson|yaml)\b|^application\/(javascript|x-yaml|sql)\b/i.test(mediaType);
}

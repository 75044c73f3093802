import type { Readable } from 'node:stream';

/** What a stored artifact is known by: its content's sha256 (lowercase hex) and size in bytes. */
export interface StoredArtifact {
  sha256: string;
  size: number;
}

/**
 * Where evidence artifacts live, content-addressed: stored once by their sha256, never
 * overwritten. The file system implementation sits under the data directory; an object store can
 * replace it behind this interface.
 */
export interface ArtifactStore {
  /**
   * Streams `content` in, hashing on the way; at most `maxBytes` (beyond, it rejects with
   * ArtifactTooLargeError and keeps nothing). Given `sha256`, content that hashes otherwise is
   * refused with ArtifactHashMismatchError and not kept either.
   */
  put(content: Readable, maxBytes: number, sha256?: string): Promise<StoredArtifact>;
  /** The content, or null when nothing is stored under that hash. */
  get(sha256: string): Promise<Readable | null>;
  /** Bytes stored under that hash, or null when none. */
  size(sha256: string): Promise<number | null>;
  /** Re-reads the content and hashes it: 'ok', 'modified' (content no longer matches) or 'missing'. */
  check(sha256: string): Promise<'ok' | 'modified' | 'missing'>;
}

/** An upload went past the size allowed; nothing of it was kept. */
export class ArtifactTooLargeError extends Error {
  override readonly name = 'ArtifactTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`The artifact is larger than the ${maxBytes} bytes allowed.`);
  }
}

/** An upload did not hash to the sha256 it was expected to have; it was not kept. */
export class ArtifactHashMismatchError extends Error {
  override readonly name = 'ArtifactHashMismatchError';
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`The artifact's sha256 is ${actual}, not the expected ${expected}.`);
  }
}

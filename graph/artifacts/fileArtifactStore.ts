import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dataDir } from '../config.js';
import { ArtifactHashMismatchError, ArtifactTooLargeError, type ArtifactStore, type StoredArtifact } from './artifactStore.js';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Artifacts as files under `<root>/sha256/<first 2 hex>/<other 62>`, each stored once. A file
 * lands under its name only once complete and hashed, and is never replaced: it is linked into
 * place (which fails when the name exists) rather than renamed (which would overwrite), and made
 * read-only. Temporary files live in `<root>/tmp`, on the same file system, so the link is atomic.
 */
export class FileArtifactStore implements ArtifactStore {
  constructor(
    /** The store's own directory, e.g. `<data dir>/artifacts`. */
    readonly root: string,
  ) {}

  /** Where the content of `sha256` lives (whether or not it is there). */
  pathOf(sha256: string): string {
    // Only 64 hex digits become a path: nothing a caller passes can leave the store.
    if (!SHA256.test(sha256)) throw new Error(`not a sha256 in lowercase hex: ${JSON.stringify(sha256)}`);
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2));
  }

  async put(content: Readable, maxBytes: number, expected?: string): Promise<StoredArtifact> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new ArtifactTooLargeError(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    // Opened before anything streams, so that the file exists by the time a failure removes it.
    const file = await open(tmp, 'wx', 0o444);
    try {
      // Flushed to disk before it is linked: the graph will say it is stored once put returns.
      await pipeline(content, meter, file.createWriteStream({ flush: true }));
      const sha256 = hash.digest('hex');
      if (expected !== undefined && sha256 !== expected) throw new ArtifactHashMismatchError(expected, sha256);
      const path = this.pathOf(sha256);
      await mkdir(dirname(path), { recursive: true });
      await link(tmp, path).catch((e: NodeJS.ErrnoException) => {
        // Already stored (by an earlier upload of the same bytes): the existing file stays.
        if (e.code !== 'EEXIST') throw e;
      });
      return { sha256, size };
    } finally {
      await rm(tmp, { force: true });
    }
  }

  async get(sha256: string): Promise<Readable | null> {
    const handle = await open(this.pathOf(sha256), 'r').catch(absentAsNull);
    return handle ? handle.createReadStream() : null;
  }

  async size(sha256: string): Promise<number | null> {
    const stats = await stat(this.pathOf(sha256)).catch(absentAsNull);
    return stats ? stats.size : null;
  }

  async check(sha256: string): Promise<'ok' | 'modified' | 'missing'> {
    const hash = createHash('sha256');
    try {
      for await (const chunk of createReadStream(this.pathOf(sha256))) hash.update(chunk as Buffer);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
      throw e;
    }
    return hash.digest('hex') === sha256 ? 'ok' : 'modified';
  }
}

function absentAsNull(e: NodeJS.ErrnoException): null {
  if (e.code === 'ENOENT') return null;
  throw e;
}

/** The store of a data directory: `<dataDir>/artifacts`. */
export function artifactStoreFor(directory: string): FileArtifactStore {
  return new FileArtifactStore(join(directory, 'artifacts'));
}

/** The store of the configured data directory (AIMS_DATA_DIR, see graph/config.ts). */
export function defaultArtifactStore(env: NodeJS.ProcessEnv = process.env): FileArtifactStore {
  return artifactStoreFor(dataDir(env));
}

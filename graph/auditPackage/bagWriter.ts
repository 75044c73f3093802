import { createHash } from 'node:crypto';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import {
  BAG_INFO, BAGIT, BAGIT_TXT, bagInfoText, MANIFEST, manifestText, payloadOxum, TAG_MANIFEST, type ManifestEntry,
} from './bagit.js';

/** A file written into the bag: where, its sha256 and its size, from the bytes that went into the zip. */
export interface WrittenFile extends ManifestEntry {
  size: number;
}

/** Content for one file: a stream, or text and buffers produced piece by piece. */
export type FileContent = Readable | Iterable<string | Buffer> | AsyncIterable<string | Buffer>;

/**
 * A BagIt bag streamed into a zip (yazl), under one base directory as RFC 8493 §4.2 asks of a
 * serialised bag. Files go in one at a time, each hashed as the zip reads it, so nothing is held
 * in memory but the manifest's lines; the tag files, which need every payload hash, come last.
 */
export class BagWriter {
  private readonly zip = new ZipFile();
  private readonly payload: WrittenFile[] = [];
  private readonly done: Promise<void>;
  private readonly failed: Promise<never>;
  private fail!: (error: unknown) => void;
  /** Bytes of zip written to the output so far. */
  bytes = 0;

  constructor(
    out: Writable,
    /** The bag's base directory inside the zip, e.g. `aims-audit-SYS-WEBCHAT-2026-11-27`. */
    private readonly base: string,
    private readonly mtime = new Date(),
  ) {
    this.failed = new Promise<never>((_, reject) => (this.fail = reject));
    this.failed.catch(() => {});
    const meter = new Transform({
      transform: (chunk: Buffer, _encoding, next) => {
        this.bytes += chunk.length;
        next(null, chunk);
      },
    });
    this.done = pipeline(this.zip.outputStream, meter, out);
    // A closed output (a client gone) or a broken input ends every file still waiting.
    this.done.catch((e: unknown) => this.fail(e));
    this.zip.on('error', (e: unknown) => this.abort(e));
  }

  /** Adds `data/<path>`; resolves once all of it has gone through the hash. */
  async addPayload(path: string, content: FileContent, options: { compress: boolean }): Promise<WrittenFile> {
    const file = await this.add(`data/${path}`, content, options.compress);
    this.payload.push(file);
    return file;
  }

  /** Payload written so far: files and bytes. */
  get payloadTotals(): { files: number; octets: number } {
    return { files: this.payload.length, octets: this.payload.reduce((n, f) => n + f.size, 0) };
  }

  /**
   * The tag files (bagit.txt, bag-info.txt with Payload-Oxum, the payload manifest, then the tag
   * manifest), and the end of the zip; resolves once the output has all of it.
   */
  async finish(bagInfo: readonly (readonly [string, string])[]): Promise<void> {
    const { files, octets } = this.payloadTotals;
    const tags: WrittenFile[] = [];
    tags.push(await this.add(BAGIT, [BAGIT_TXT], false));
    tags.push(await this.add(BAG_INFO, [bagInfoText([...bagInfo, ['Payload-Oxum', payloadOxum(octets, files)]])], false));
    tags.push(await this.add(MANIFEST, [manifestText(this.payload)], true));
    await this.add(TAG_MANIFEST, [manifestText(tags)], false);
    this.zip.end();
    await Promise.race([this.done, this.failed]);
  }

  /** Stops the bag: the output is cut, so a reader sees it incomplete rather than short. */
  abort(error: unknown): void {
    this.fail(error);
    (this.zip.outputStream as Readable).destroy(error instanceof Error ? error : new Error(String(error)));
  }

  private async add(path: string, content: FileContent, compress: boolean): Promise<WrittenFile> {
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer | string, _encoding, next) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        hash.update(bytes);
        size += bytes.length;
        next(null, bytes);
      },
    });
    // Lazy: the zip asks for the stream when it reaches the entry, one file open at a time.
    this.zip.addReadStreamLazy(`${this.base}/${path}`, { compress, mtime: this.mtime }, (ready) => ready(null, meter));
    const source = content instanceof Readable ? content : Readable.from(content);
    try {
      await Promise.race([pipeline(source, meter), this.failed]);
    } catch (error) {
      source.destroy();
      this.abort(error);
      throw error;
    }
    return { path, sha256: hash.digest('hex'), size };
  }
}

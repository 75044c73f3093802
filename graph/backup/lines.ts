import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a file, read in chunks (never the whole file at once), with the sha256 and size of
 * every byte read. `sha256`, `bytes` and `endsWithNewline` are known once the lines are exhausted.
 */
export class HashedLines implements AsyncIterable<string> {
  sha256 = '';
  bytes = 0;
  /** False when the last line has no "\n": a file cut short. */
  endsWithNewline = true;

  constructor(private readonly file: string) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    const hash = createHash('sha256');
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for await (const chunk of createReadStream(this.file, { highWaterMark: 1 << 20 })) {
      const buffer = chunk as Buffer;
      hash.update(buffer);
      this.bytes += buffer.length;
      const text = rest + decoder.write(buffer);
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
    rest += decoder.end();
    this.endsWithNewline = rest === '';
    if (rest !== '') yield rest;
    this.sha256 = hash.digest('hex');
  }
}

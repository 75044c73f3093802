import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import busboy from 'busboy';
import { InputError } from '../../graph/index.js';

export interface FilePartInfo {
  /** The file name the client gave, without any directories; undefined when none. */
  filename: string | undefined;
  /** The part's Content-Type (busboy says application/octet-stream when none was given). */
  mimeType: string;
}

/**
 * Streams the file part named `field` of a multipart/form-data request into `consume`, never
 * holding the whole file; other parts are skipped. Resolves with what `consume` gave once the
 * whole body is read. A body that is not multipart, is cut short or lacks the part is bad input
 * on `field`; when `consume` fails, the rest of the body is read and discarded (so the connection
 * can carry the refusal) and its error stands.
 */
export function receiveFilePart<T>(
  req: IncomingMessage,
  field: string,
  consume: (file: Readable, info: FilePartInfo) => Promise<T>,
): Promise<T> {
  const malformed = (why: string) =>
    new InputError(field, `${why}: send the file as multipart/form-data, in one file part named "${field}".`);
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers and fetch send a file name's UTF-8 bytes as they are; busboy would read them as Latin-1.
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8' });
    } catch {
      reject(malformed('The request is not multipart/form-data with a boundary'));
      return;
    }
    let consumed: Promise<T> | null = null;
    const fail = (error: unknown) => {
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    parser.on('file', (name, file, info) => {
      if (name !== field || consumed) return void file.resume();
      // `consume` reads a stream of our own: when it gives up (too large), its pipeline destroys
      // that one, not the parser's, and an error of the parser's (a body cut short) reaches it as bad input.
      const content = new PassThrough();
      // The consumer learns of an error through its own pipeline, which may not be attached yet.
      content.on('error', () => undefined);
      file.on('error', () => content.destroy(malformed('The file part is incomplete')));
      file.pipe(content);
      consumed = consume(content, { filename: info.filename, mimeType: info.mimeType });
      consumed.catch((error: unknown) => {
        file.unpipe(content);
        file.resume();
        fail(error);
      });
    });
    parser.on('error', () => fail(malformed('The multipart body could not be read')));
    parser.on('close', () => (consumed ? consumed.then(resolve, fail) : fail(malformed(`The body has no file part named "${field}"`))));
    req.on('error', fail);
    req.pipe(parser);
  });
}

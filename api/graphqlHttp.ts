import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { MAX_BATCH } from './limits.js';

/**
 * /graphql on plain node:http. Express's routing, body parser and ETag hashing of every answer
 * cost more than the rest of a small request (a node by id), so Apollo gets the request directly.
 */
export function graphqlHttpHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  /** Gets the parsed body too: a batch's operations are known before any of them runs. */
  context: (req: IncomingMessage, body: unknown) => Promise<C>,
  bodyLimit: number,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const text = await readBody(req, bodyLimit);
      if (text === null) return plain(res, 413, 'The request body is larger than the limit.');
      if (/^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '') && text.length) {
        try {
          body = JSON.parse(text);
        } catch {
          return plain(res, 400, 'The request body is not valid JSON.');
        }
      }
      // Apollo runs a batch's operations all at once; a larger one is refused before any runs.
      if (Array.isArray(body) && body.length > MAX_BATCH) return batchTooLarge(res, body.length);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: query < 0 ? '' : url.slice(query), body },
      context: () => context(req, body),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** The body as text, or null as soon as it passes `limit` bytes (the rest is read and dropped). */
export function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number(req.headers['content-length']) > limit;
    if (over) resolve(null);
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      over = true;
      chunks.length = 0;
      resolve(null);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** As the API's other refusals look: a GraphQL error with a stable code (see errors.ts). */
function batchTooLarge(res: ServerResponse, size: number): void {
  const message = `The batch holds ${size} operations; the limit is ${MAX_BATCH}. Send them in smaller batches.`;
  res.statusCode = 400;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'QUERY_TOO_COMPLEX' } }] }));
}

function plain(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  // The unread rest of a refused body would otherwise be taken for the next request.
  res.shouldKeepAlive = false;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(message);
}

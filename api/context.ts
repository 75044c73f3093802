import type { IncomingMessage } from 'node:http';
import { keyIdOf, type ApiKeyRecord, type ArtifactStore, type Graph } from '../graph/index.js';
import type { Authentication, Authenticator } from './authenticator.js';
import { apiError, isUnavailable, rateLimited, UNAVAILABLE_RETRY_AFTER, unauthenticated, unavailable } from './errors.js';
import { IDEMPOTENCY_HEADER } from './idempotency.js';
import { createLoaders, type Loaders } from './loaders.js';
import { retryAfterSeconds, type RateLimit } from './rateLimit.js';
import { clientAddress, operationName, serverLog, type Denial } from './serverLog.js';

/** What every resolver gets: the graph (guarded by the caller's key), the key, this request's loaders. */
export interface Context {
  graph: Graph;
  key: ApiKeyRecord;
  auth: Authentication;
  loaders: Loaders;
  /** The request's Idempotency-Key header, if sent (see idempotency.ts). */
  idempotencyKey?: string;
  /** The client's address, for the log of denied requests. */
  client: string;
  /** Where evidence artifacts are stored. */
  artifacts: ArtifactStore;
}

/** What createContext enforces before anything runs (see rateLimit.ts); null: no limit. */
export interface ContextLimits {
  perKey: RateLimit | null;
  failedAuth: RateLimit | null;
}

/**
 * Builds the context from `Authorization: Bearer <key>`; no valid key, no context (401). Then the
 * key's rate limit, charged one per operation of a batch (`body` as parsed). Every refusal is
 * logged with the key's id, never the token.
 */
export async function createContext(
  graph: Graph,
  artifacts: ArtifactStore,
  authenticator: Authenticator,
  req: IncomingMessage,
  limits: ContextLimits = { perKey: null, failedAuth: null },
  body?: unknown,
): Promise<Context> {
  const client = clientAddress(req);
  const deny = (denial: Omit<Denial, 'client' | 'operation'>) => serverLog.denied({ ...denial, operation: operationOf(req, body), client });
  const header = req.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const keyId = token ? keyIdOf(token) : null;
  if (!token || !keyId) {
    deny({ status: 401, code: 'UNAUTHENTICATED', reason: token ? 'malformed key' : 'no key', keyId: null });
    throw unauthenticated();
  }
  const { failedAuth, perKey } = limits;
  const auth = await authenticator.authenticate(token, () => !failedAuth || failedAuth.wait(client) === 0).catch(unavailableAsRefusal);
  if (auth === 'throttled') {
    const repeated = failedAuth!.logRefusal(client);
    if (repeated !== null) deny({ status: 429, code: 'RATE_LIMITED', reason: 'too many failed authentications from this address', keyId, repeated });
    throw rateLimited(retryAfterSeconds(failedAuth!.wait(client)), 'Too many failed authentications from this address.');
  }
  if (typeof auth === 'string') {
    failedAuth?.take(client);
    deny({ status: 401, code: 'UNAUTHENTICATED', reason: auth, keyId });
    throw unauthenticated();
  }
  const wait = perKey?.take(keyId, Array.isArray(body) ? body.length : 1) ?? 0;
  if (wait > 0) {
    const repeated = perKey!.logRefusal(keyId);
    if (repeated !== null) deny({ status: 429, code: 'RATE_LIMITED', reason: 'rate limit of the key', keyId, repeated });
    throw rateLimited(retryAfterSeconds(wait));
  }
  const guarded = graph.guarded(auth.guard);
  const idempotencyKey = req.headers[IDEMPOTENCY_HEADER];
  return {
    graph: guarded,
    key: auth.verified.key,
    auth,
    loaders: createLoaders(guarded),
    idempotencyKey: Array.isArray(idempotencyKey) ? idempotencyKey.join(',') : idempotencyKey,
    client,
    artifacts,
  };
}

/** The operation name(s) the client gave, in the body or (GET) the query string, or its document's first. */
function operationOf(req: IncomingMessage, body: unknown): string | null {
  const name = (b: unknown) => {
    const { operationName: given, query } = (b ?? {}) as { operationName?: unknown; query?: unknown };
    // Before parsing, the document's name is read by eye: only for the log, so a miss costs nothing.
    return operationName(given) ?? operationName(typeof query === 'string' ? /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] : null);
  };
  if (Array.isArray(body)) return body.map(name).filter(Boolean).join(',') || null;
  if (body !== undefined) return name(body);
  const query = (req.url ?? '').indexOf('?');
  return query < 0 ? null : name(Object.fromEntries(new URLSearchParams((req.url ?? '').slice(query))));
}

/** A key that cannot be checked because Neo4j is unreachable: 503 to retry, not a 500. */
function unavailableAsRefusal(error: unknown): never {
  if (!isUnavailable(error)) throw error;
  throw apiError('SERVICE_UNAVAILABLE', unavailable.message, {
    http: { status: 503, headers: new Map([['retry-after', String(UNAVAILABLE_RETRY_AFTER)]]) },
  });
}

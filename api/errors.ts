import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ConflictError, InputError, KeyRefusedError, NotFoundError } from '../graph/index.js';
import { serverLog } from './serverLog.js';

/**
 * The API's small error vocabulary. Each code is stable for integrators; messages say what to
 * change. Nothing else leaves the server: internals become INTERNAL_SERVER_ERROR without detail.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (field: string, message: string) => apiError('BAD_USER_INPUT', message, { field });
export const unauthenticated = () =>
  apiError('UNAUTHENTICATED', 'Send an API key as `Authorization: Bearer <key>`.', { http: { status: 401 } });
/** "A viewer key", "An editor key": how refusals name the caller's role. */
export const aRoleKey = (role: string) => `${/^[aeiou]/i.test(role) ? 'An' : 'A'} ${role} key`;
export const forbidden = (role: string, action: string) =>
  apiError('FORBIDDEN', `${aRoleKey(role)} may not ${action}.`, { http: { status: 403 } });
/** 429 with Retry-After (and `retryAfter` for clients that read the body): the key's or address's limit is spent. */
export const rateLimited = (seconds: number, message = 'Too many requests with this API key.') =>
  apiError('RATE_LIMITED', `${message} Try again in ${seconds} s.`, {
    retryAfter: seconds,
    http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
  });

const passThrough = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'TIMEOUT', 'SERVICE_UNAVAILABLE', 'RATE_LIMITED']);

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Whether the driver gave up because Neo4j cannot be reached (stopped, restarting, network). */
export const isUnavailable = (error: unknown) => unavailableCodes.has((error as { code?: string } | null)?.code ?? '');

/**
 * A transaction stopped by its timeout: while running (TransactionTimedOut…, or Terminated when
 * the timeout lands mid-statement) or waiting on a lock (LockClientStopped, which driver 6 files
 * under ClientError, 5.x under TransientError).
 */
export const isTimeout = (error: unknown) =>
  /^Neo\.(ClientError|TransientError)\.Transaction\.(TransactionTimedOut|LockClientStopped$|Terminated$)/.test((error as { code?: string } | null)?.code ?? '');

/** Seconds a client is asked to wait before trying again when the database is unavailable. */
export const UNAVAILABLE_RETRY_AFTER = 5;

/** The refusal when Neo4j cannot be reached, as a client sees it (HTTP 503, Retry-After). */
export const unavailable = {
  message: 'The graph database is unavailable; try again shortly.',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
} as const;

/**
 * A failure the vocabulary names without hiding it: the domain's refusals (bad input, not found,
 * conflict), a key refused mid-request, the database out of reach, a query stopped by its timeout.
 * Null for anything else, which every surface hides as an internal error. GraphQL (formatError)
 * and MCP (mcp/errors.ts) answer from this one table.
 */
export function knownError(error: unknown): { code: ErrorCode; message: string; field?: string; id?: string } | null {
  if (error instanceof InputError) return { code: 'BAD_USER_INPUT', message: error.message, field: error.field };
  if (error instanceof ConflictError) return { code: 'CONFLICT', message: error.message, field: error.field };
  if (error instanceof NotFoundError) return { code: 'NOT_FOUND', message: error.message, field: error.field, id: error.id };
  if (error instanceof KeyRefusedError) return { code: 'UNAUTHENTICATED', message: 'This API key is no longer valid.' };
  if (isUnavailable(error)) return { code: 'SERVICE_UNAVAILABLE', message: unavailable.message };
  if (isTimeout(error)) return { code: 'TIMEOUT', message: 'The query took too long and was stopped.' };
  return null;
}

/** Apollo's formatError: domain errors get their code, driver outages SERVICE_UNAVAILABLE, the rest is hidden. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  // A key refused mid-request: keyGuardPlugin answers 401 for the whole request; this only keeps the refusal out of the log.
  const known = knownError(original);
  if (known) {
    const { code, message, ...where } = known;
    return { ...base, message, extensions: { code, ...where } };
  }
  // Apollo files our validation rules' refusals under GRAPHQL_VALIDATION_FAILED; keep their own code.
  const ownCode = error instanceof GraphQLError && error.originalError instanceof GraphQLError ? error.originalError.extensions?.code : undefined;
  if (ownCode === 'QUERY_TOO_COMPLEX') return { ...base, message: formatted.message, extensions: { code: ownCode } };
  const code = String(formatted.extensions?.code ?? '');
  if (passThrough.has(code)) {
    const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  serverLog.internalError(original, { path: formatted.path });
  return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

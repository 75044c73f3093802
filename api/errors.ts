import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { InputError, KeyRefusedError, NotFoundError } from '../graph/index.js';

/**
 * The API's small error vocabulary. Each code is stable for integrators; messages say what to
 * change. Nothing else leaves the server: internals become INTERNAL_SERVER_ERROR without detail.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (field: string, message: string) => apiError('BAD_USER_INPUT', message, { field });
export const unauthenticated = () =>
  apiError('UNAUTHENTICATED', 'Send an API key as `Authorization: Bearer <key>`.', { http: { status: 401 } });
export const forbidden = (role: string, action: string) =>
  apiError('FORBIDDEN', `A ${role} key may not ${action}.`, { http: { status: 403 } });

const passThrough = new Set<string>(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'TIMEOUT', 'SERVICE_UNAVAILABLE']);

const unavailable = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Apollo's formatError: domain errors get their code, driver outages SERVICE_UNAVAILABLE, the rest is hidden. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof InputError) {
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT', field: original.field } };
  }
  if (original instanceof NotFoundError) {
    return { ...base, message: original.message, extensions: { code: 'NOT_FOUND', field: original.field, id: original.id } };
  }
  // keyGuardPlugin answers 401 for the whole request; this only keeps the refusal out of the log.
  if (original instanceof KeyRefusedError) {
    return { ...base, message: 'This API key is no longer valid.', extensions: { code: 'UNAUTHENTICATED' } };
  }
  const neo4jCode = (original as { code?: string } | null)?.code ?? '';
  if (unavailable.has(neo4jCode)) {
    return { ...base, message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (neo4jCode.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || neo4jCode === 'Neo.TransientError.Transaction.LockClientStopped') {
    return { ...base, message: 'The query took too long and was stopped.', extensions: { code: 'TIMEOUT' } };
  }
  // Apollo files our validation rules' refusals under GRAPHQL_VALIDATION_FAILED; keep their own code.
  const ownCode = error instanceof GraphQLError && error.originalError instanceof GraphQLError ? error.originalError.extensions?.code : undefined;
  if (ownCode === 'QUERY_TOO_COMPLEX') return { ...base, message: formatted.message, extensions: { code: ownCode } };
  const code = String(formatted.extensions?.code ?? '');
  if (passThrough.has(code)) {
    const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('Internal error:', original);
  return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

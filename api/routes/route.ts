import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { ConflictError, InputError, NotFoundError } from '../../graph/index.js';
import type { Context } from '../context.js';
import { aRoleKey, isUnavailable, UNAVAILABLE_RETRY_AFTER, type ErrorCode } from '../errors.js';
import { can, type Capability } from '../permissions.js';
import { serverLog } from '../serverLog.js';

/**
 * An HTTP route beside /graphql (files in and out: artifacts, packages, OSCAL, inventory
 * imports). Same keys, roles, rate limits and error codes as GraphQL; errors leave as
 * `{ "errors": [{ "message", "extensions": { "code", "field"? } }] }`.
 */
export interface Route {
  method: 'GET' | 'POST';
  /** Matched against the path (no query string); capture groups become `params`. */
  path: RegExp;
  /** What the caller's role must grant (see permissions.ts). */
  needs: Capability;
  /** What a refusal says the caller may not do, e.g. "upload evidence artifacts". */
  action: string;
  handle(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void>;
}

export interface RouteContext extends Context {
  params: string[];
  query: URLSearchParams;
}

/** A refusal a route throws on purpose: its status, code and message go to the client as they are. */
export class RouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'PAYLOAD_TOO_LARGE' | 'ARTIFACT_INTEGRITY_FAILED',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The first route whose method and path match, with its captures. */
export function matchRoute(routes: readonly Route[], method: string, path: string): { route: Route; params: string[] } | null {
  for (const route of routes) {
    if (route.method !== method && !(route.method === 'GET' && method === 'HEAD')) continue;
    const match = route.path.exec(path);
    if (match) return { route, params: match.slice(1).map((p) => decodeURIComponent(p)) };
  }
  return null;
}

/**
 * Runs a matched route: the key is checked as for GraphQL (`contextFor`), then the role, then the
 * handler; whatever it throws is answered in the API's vocabulary, internals hidden.
 */
export async function runRoute(
  route: Route,
  params: string[],
  req: IncomingMessage,
  res: ServerResponse,
  contextFor: (req: IncomingMessage) => Promise<Context>,
): Promise<void> {
  try {
    const context = await contextFor(req);
    if (!can(context.key.role, route.needs)) {
      throw new RouteError(403, 'FORBIDDEN', `${aRoleKey(context.key.role)} may not ${route.action}.`);
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    await route.handle(req, res, { ...context, params, query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)) });
  } catch (error) {
    sendError(res, error);
  }
}

/** Answers an error thrown by a route (or by authentication) as JSON with its status. */
export function sendError(res: ServerResponse, error: unknown): void {
  const { status, code, message, field, headers, details } = describe(error);
  if (res.headersSent) {
    // A stream already under way cannot change its status: cut it, so the client sees it incomplete.
    res.destroy();
    return;
  }
  for (const [name, value] of headers) res.setHeader(name, value);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...(field ? { field } : {}), ...details } }] }));
}

function describe(error: unknown): {
  status: number; code: string; message: string; field?: string; headers: [string, string][];
  /** More for the client beside code and field, e.g. an import's problems by line (InputError.details). */
  details?: Record<string, unknown>;
} {
  if (error instanceof RouteError) return { status: error.status, code: error.code, message: error.message, field: error.field, headers: [] };
  if (error instanceof InputError) {
    const { details } = error as InputError & { details?: Record<string, unknown> };
    return { status: 400, code: 'BAD_USER_INPUT', message: error.message, field: error.field, headers: [], details };
  }
  if (error instanceof NotFoundError) return { status: 404, code: 'NOT_FOUND', message: error.message, field: error.field, headers: [] };
  if (error instanceof ConflictError) return { status: 409, code: 'CONFLICT', message: error.message, field: error.field, headers: [] };
  if (error instanceof GraphQLError) {
    // Authentication and rate limits (context.ts) throw these with their HTTP status and headers.
    const http = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
    return {
      status: http?.status ?? 400,
      code: String(error.extensions.code ?? 'BAD_USER_INPUT'),
      message: error.message,
      headers: [...(http?.headers ?? new Map<string, string>())],
    };
  }
  if (isUnavailable(error)) {
    return {
      status: 503, code: 'SERVICE_UNAVAILABLE', message: 'The graph database is unavailable; try again shortly.',
      headers: [['retry-after', String(UNAVAILABLE_RETRY_AFTER)]],
    };
  }
  serverLog.internalError(error);
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.', headers: [] };
}

import { expect } from 'vitest';
import type { Role } from '../../graph/index.js';
import type { TestApi } from '../setup/api.js';

export interface ReplyError {
  message: string;
  locations?: { line: number; column: number }[];
  path?: (string | number)[];
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

/** An HTTP answer as a client sees it: JSON when the server sent JSON, the text otherwise. */
export interface Reply {
  status: number;
  json: boolean;
  text: string;
  data: Record<string, unknown> | null;
  errors: ReplyError[];
}

/**
 * An input the API must refuse: `field` as the domain names it (`extensions.field`), `path` as
 * GraphQL names the variable path when coercion refuses it first (`input.from` for link's `from`).
 */
export interface Bad {
  field: string;
  path?: string;
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';
}

/**
 * Codes a fuzzed request may get: the API's vocabulary (api/errors.ts) and the ones Apollo's own
 * layers pass through. INTERNAL_SERVER_ERROR is never acceptable, and neither are TIMEOUT and
 * SERVICE_UNAVAILABLE: no input should keep a transaction running for 30 s or take Neo4j down.
 */
const ACCEPTABLE_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);

export async function send(api: TestApi, query: string, variables: Record<string, unknown> = {}, role: Role | null = 'admin'): Promise<Reply> {
  return sendRaw(api, JSON.stringify({ query, variables }), role);
}

/** POSTs a body as is: for documents a well-behaved client would never send. */
export async function sendRaw(api: TestApi, body: string, role: Role | null = 'admin', contentType = 'application/json'): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (role) headers.authorization = `Bearer ${api.tokens[role]}`;
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  const json = /json/.test(res.headers.get('content-type') ?? '');
  const parsed = (json ? JSON.parse(text) : {}) as { data?: Record<string, unknown> | null; errors?: ReplyError[] };
  return { status: res.status, json, text, data: parsed.data ?? null, errors: parsed.errors ?? [] };
}

const show = (reply: Reply) => `HTTP ${reply.status} ${reply.text.slice(0, 600)}`;

/** What every answer to every input must be: no 5xx, no internal error, only codes of the vocabulary. */
export function expectSound(reply: Reply): void {
  expect(reply.status, show(reply)).toBeLessThan(500);
  if (!reply.json) {
    // Only the HTTP layer answers without JSON (body too large, not JSON): always a refusal.
    expect(reply.status, show(reply)).toBeGreaterThanOrEqual(400);
    return;
  }
  for (const error of reply.errors) {
    expect(ACCEPTABLE_CODES.has(String(error.extensions?.code)), `unexpected code in ${show(reply)}`).toBe(true);
  }
  expect(reply.errors.length > 0 || reply.data !== null, show(reply)).toBe(true);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether an error names `bad`'s field: by `extensions.field` (domain refusals; NOT_FOUND adds the
 * list index), or in the message the way graphql-js does for variables it cannot coerce
 * (`Variable "$first"`, `at "input.name"`, `Field "name" of required type`).
 */
function namesField(error: ReplyError, bad: Bad): boolean {
  const field = error.extensions?.field;
  if (typeof field === 'string' && (field === bad.field || field.startsWith(`${bad.field}[`) || field.startsWith(`${bad.field}.`))) return true;
  const path = bad.path ?? bad.field;
  const [variable] = path.split(/[.[]/);
  const message = error.message;
  if (!message.startsWith(`Variable "$${variable}"`)) return false;
  if (path === variable) return true;
  if (new RegExp(`at "${escape(path)}["[.]`).test(message)) return true;
  const last = path.split('.').pop()!;
  // A required input field left out, or one the type does not define, is named without a path.
  return new RegExp(`; Field "${escape(last)}" (of required type|is not defined)`).test(message);
}

/** The input was bad: the API refuses it, each error naming one of the bad fields with its code. */
export function expectRefused(reply: Reply, bads: readonly Bad[]): void {
  expectSound(reply);
  expect(reply.errors.length, `expected a refusal naming ${bads.map((b) => b.field).join(' or ')}: ${show(reply)}`).toBeGreaterThan(0);
  for (const error of reply.errors) {
    const coerced = error.message.startsWith('Variable "$');
    const matches = bads.some((bad) => namesField(error, bad) && (coerced ? error.extensions?.code === 'BAD_USER_INPUT' : error.extensions?.code === bad.code));
    expect(matches, `an error that names none of ${JSON.stringify(bads)}: ${show(reply)}`).toBe(true);
  }
}

/** The input was good: an answer without errors. */
export function expectAnswered(reply: Reply): Record<string, unknown> {
  expectSound(reply);
  expect(reply.errors, show(reply)).toEqual([]);
  expect(reply.data, show(reply)).not.toBeNull();
  return reply.data!;
}

/** Either of the two, for inputs whose fate depends on what the graph holds. */
export function expectAnsweredOrRefused(reply: Reply, bads: readonly Bad[]): void {
  if (reply.errors.length) expectRefused(reply, bads);
  else expectAnswered(reply);
}

/**
 * Documents that do not parse or type-check are refused by graphql-js at the spot it points to.
 * Two refusals have no spot: a parser that ran out of stack on absurd nesting, and a validation
 * stopped after too many errors.
 */
export function expectLocated(reply: Reply): void {
  const unlocated = ['Maximum call stack size exceeded', 'Validation aborted.', 'Too many validation errors, error limit reached. Validation aborted.'];
  for (const e of reply.errors) {
    if (!/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/.test(String(e.extensions?.code)) || unlocated.includes(e.message)) continue;
    expect(e.locations?.length ?? 0, `no location in ${JSON.stringify(e)}`).toBeGreaterThan(0);
  }
}

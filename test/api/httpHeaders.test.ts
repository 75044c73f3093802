import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerDir } from '../../api/app.js';
import { CONTENT_SECURITY_POLICY, corsOriginsFromEnv } from '../../api/httpHeaders.js';
import type { Graph } from '../../graph/index.js';
import { startTestApi, type TestApi } from '../setup/api.js';
import { testGraph } from '../setup/testGraph.js';

const ALLOWED = 'https://compliance.example.com';

let graph: Graph;
let closed: TestApi;
let open: TestApi;

beforeAll(async () => {
  graph = await testGraph();
  closed = await startTestApi(graph, { corsOrigins: [] });
  open = await startTestApi(graph, { corsOrigins: [ALLOWED, 'http://localhost:5173'] });
});
afterAll(async () => {
  await closed.close();
  await open.close();
  await graph.close();
});

const query = JSON.stringify({ query: '{ __typename }' });
const post = (api: TestApi, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.tokens.viewer}`, ...headers },
    body: query,
  });
const preflight = (api: TestApi, origin: string) =>
  fetch(`${api.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });

function expectSecurityHeaders(res: Response, what: string) {
  expect(res.headers.get('content-security-policy'), what).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
}

describe('security headers', () => {
  it('are on every response: explorer page and assets, /graphql, /health, refusals and errors', async () => {
    const url = closed.url;
    const responses: [string, Response][] = [
      ['explorer', await fetch(`${url}/`)],
      ['explorer route', await fetch(`${url}/systems/SYS-WEBCHAT`)],
      ['graphql', await post(closed)],
      ['graphql 401', await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query })],
      ['graphql 400 (not JSON)', await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
      ['health', await fetch(`${url}/health`)],
      ['404', await fetch(`${url}/auth/nothing-here`)],
      ['sign-in error', await fetch(`${url}/auth/exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
    ];
    const index = join(explorerDir(), 'index.html');
    if (existsSync(index)) {
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(index, 'utf8'))?.[1];
      expect(asset).toBeDefined();
      responses.push(['asset', await fetch(`${url}${asset}`)]);
    }
    for (const [what, res] of responses) {
      await res.arrayBuffer();
      expectSecurityHeaders(res, what);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});

describe('CORS', () => {
  it('is closed by default: no allow headers for any origin, preflight or not', async () => {
    const pre = await preflight(closed, ALLOWED);
    expect(pre.status).not.toBe(204);
    const res = await post(closed, { origin: ALLOWED });
    expect(res.status).toBe(200);
    for (const r of [pre, res]) {
      await r.arrayBuffer();
      expect([...r.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('opens /graphql to the configured origins only, and answers their preflight with 204', async () => {
    const pre = await preflight(open, ALLOWED);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(pre.headers.get('access-control-allow-headers')?.split(', ')).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'idempotency-key', 'apollo-require-preflight', 'x-apollo-operation-name']),
    );
    expect(pre.headers.get('vary')).toMatch(/Origin/);
    expectSecurityHeaders(pre, 'preflight');

    const res = await post(open, { origin: ALLOWED });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-expose-headers')).toBe('retry-after');
    expect(res.headers.get('vary')).toMatch(/Origin/);

    const other = await preflight(open, 'https://evil.example');
    await other.arrayBuffer();
    expect(other.status).not.toBe(204);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-headers')).toBeNull();
    // Only /graphql is offered across origins.
    const health = await fetch(`${open.url}/health`, { headers: { origin: ALLOWED } });
    await health.arrayBuffer();
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reads exact origins from AIMS_CORS_ORIGINS and refuses patterns', () => {
    expect(corsOriginsFromEnv({})).toEqual([]);
    expect(corsOriginsFromEnv({ AIMS_CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` })).toEqual([ALLOWED, 'http://localhost:5173']);
    expect(() => corsOriginsFromEnv({ AIMS_CORS_ORIGINS: '*' })).toThrow(/exact origins/);
    expect(() => corsOriginsFromEnv({ AIMS_CORS_ORIGINS: 'https://*.example.com' })).toThrow(/exact origins/);
    expect(() => corsOriginsFromEnv({ AIMS_CORS_ORIGINS: 'https://example.com/app' })).toThrow(/exact origins/);
  });
});

import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverLog } from '../../api/serverLog.js';
import { createApiKey, keyIdOf, type Graph } from '../../graph/index.js';
import { startTestApi, type TestApi } from '../setup/api.js';
import { testGraph } from '../setup/testGraph.js';

let graph: Graph;
let api: TestApi;
let logged: string[] = [];

beforeAll(async () => {
  graph = await testGraph();
  // Small enough to reach in a few requests: 3 at once, then one a second; two failed look-ups.
  api = await startTestApi(graph, { rateLimits: { perKey: { rate: 1, burst: 3 }, failedAuth: { rate: 1, burst: 2 } } });
});
afterAll(async () => {
  await api.close();
  await graph.close();
});
beforeAll(() => {
  vi.spyOn(serverLog, 'sink').mockImplementation((line) => void logged.push(line));
});
afterEach(() => {
  logged = [];
});

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[] };
}

async function post(token: string, body: unknown): Promise<Answer> {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}

const me = { query: 'query Me { me { id } }' };

describe('the per-key rate limit', () => {
  it('answers a key over its limit 429 with Retry-After while another key is still answered, and again after the wait', async () => {
    const viewer = api.tokens.viewer;
    for (let i = 0; i < 3; i++) expect((await post(viewer, me)).status).toBe(200);
    const refused = await post(viewer, me);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe('1');
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 1 });

    expect((await post(api.tokens.editor, me)).status).toBe(200);

    await sleep(Number(refused.retryAfter) * 1000);
    const again = await post(viewer, me);
    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();

    const lines = logged.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.status === 429);
    expect(lines).toEqual([
      expect.objectContaining({ event: 'denied', code: 'RATE_LIMITED', keyId: keyIdOf(viewer), operation: 'Me', client: expect.stringMatching(/127\.0\.0\.1/) }),
    ]);
    expect(logged.join('\n')).not.toContain(viewer.split('.')[1]);
  });

  it('counts each operation of a batch', async () => {
    const { token } = await createApiKey(graph, { name: 'batcher', role: 'viewer' });
    const batch = await post(token, [me, me, me]);
    expect(batch.status).toBe(200);
    expect(batch.body).toHaveLength(3);
    const next = await post(token, me);
    expect(next.status).toBe(429);
    expect(next.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('the failed-authentication limit', () => {
  it('answers 429 from an address past its failures without looking the key up, and still serves a key it knows', async () => {
    const unknownKey = () => `key_${randomBytes(6).toString('hex')}.${randomBytes(32).toString('base64url')}`;
    // The editor key, seen above, is in the server's memory: it costs no look-up.
    expect((await post(api.tokens.editor, me)).status).toBe(200);
    expect((await post(unknownKey(), me)).status).toBe(401);
    expect((await post(unknownKey(), me)).status).toBe(401);
    const before = graph.stats.queries;
    const throttled = await post(unknownKey(), me);
    expect(throttled.status).toBe(429);
    expect(throttled.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(throttled.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(graph.stats.queries).toBe(before);
    expect((await post(api.tokens.editor, me)).status).toBe(200);

    const reasons = logged.map((l) => JSON.parse(l) as { status: number; reason: string });
    expect(reasons.map((r) => [r.status, r.reason])).toEqual([
      [401, 'unknown key'],
      [401, 'unknown key'],
      [429, 'too many failed authentications from this address'],
    ]);
  });
});

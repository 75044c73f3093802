import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdmissionLimits } from '../../api/admission.js';
import { createApp, type App } from '../../api/app.js';
import { freePort } from '../../graph/server/freePort.js';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

// Ten stale-evidence questions over wide windows in one operation: about a second of real work
// on the reference graph, long enough for the requests below to arrive while it holds the slot.
const SLOW = `{ ${Array.from(
  { length: 10 },
  (_, i) => `s${i}: staleEvidence(asOf: "2026-11-${10 + i}", first: 50, withinDays: ${300 + i}) { totalCount rows { id affectedSystems { id } } }`,
).join(' ')} }`;
const LIGHT = '{ node(id: "SYS-WEBCHAT") { id } }';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
  /** Order of arrival of the answers, to say what came back before what without timing anything. */
  seq: number;
}

let apps: { app: App; server: Server }[] = [];
let answered = 0;

afterEach(async () => {
  for (const { app, server } of apps) {
    await app.stop();
    await new Promise((resolve) => server.close(resolve));
  }
  apps = [];
});

async function limitedApi(admission: AdmissionLimits) {
  const app = await createApp({ graph: graph(), admission });
  const port = await freePort();
  const server = app.listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  apps.push({ app, server });
  const url = `http://127.0.0.1:${port}`;
  const post = async (query: string, signal?: AbortSignal): Promise<Answer> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api().tokens.viewer}` },
      body: JSON.stringify({ query }),
      signal,
    });
    const body = (await res.json()) as Answer['body'];
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body, seq: answered++ };
  };
  return { url, post, stats: () => app.admission.stats() };
}

/** Polls until the admission state says so: requests are sequenced by what the server saw, not by sleeps. */
async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the server never reached the expected admission state');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('admission control on /graphql', () => {
  it('answers 503 with Retry-After at once beyond the queue, and runs what it queued', async () => {
    const { post, stats } = await limitedApi({ maxInFlight: 1, maxQueue: 1, maxWaitMs: 60_000 });
    const first = post(SLOW);
    await until(() => stats().inFlight === 1);
    const second = post(LIGHT);
    await until(() => stats().queued === 1);
    const third = await post(LIGHT);
    expect(third.status).toBe(503);
    expect(Number(third.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(third.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(third.body.data).toBeUndefined();
    const [a, b] = await Promise.all([first, second]);
    // Refused while the slow one still ran: "at once" means before the work ahead of it ended.
    expect(third.seq).toBeLessThan(a.seq);
    expect(a.status).toBe(200);
    expect(a.body.errors).toBeUndefined();
    expect(b.status).toBe(200);
    expect(b.body.data).toEqual({ node: { id: 'SYS-WEBCHAT' } });
    expect(stats()).toMatchObject({ inFlight: 0, queued: 0, admitted: 2, refusedQueueFull: 1 });
  });

  it('answers 503 to a queued request once it has waited its longest', async () => {
    const { post, stats } = await limitedApi({ maxInFlight: 1, maxQueue: 4, maxWaitMs: 100 });
    const first = post(SLOW);
    await until(() => stats().inFlight === 1);
    const waited = await post(LIGHT);
    expect(waited.status).toBe(503);
    expect(waited.retryAfter).toBe('1');
    expect(waited.body.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(waited.body.errors?.[0]?.message).toContain('waited');
    const a = await first;
    expect(a.status).toBe(200);
    expect(waited.seq).toBeLessThan(a.seq);
    expect(stats()).toMatchObject({ queued: 0, refusedWaitedTooLong: 1 });
  });

  it('answers /health while the queue is full', async () => {
    const { url, post, stats } = await limitedApi({ maxInFlight: 1, maxQueue: 1, maxWaitMs: 60_000 });
    const first = post(SLOW);
    await until(() => stats().inFlight === 1);
    const second = post(LIGHT);
    await until(() => stats().queued === 1);
    expect(stats()).toMatchObject({ inFlight: 1, queued: 1 });
    const health = await fetch(`${url}/health`);
    // Through admission it would be refused at once, in GraphQL's error shape. Its own answer may
    // still say degraded when Neo4j, busy with the slow work, misses the health check's deadline.
    const body = (await health.json()) as { status?: string; errors?: unknown };
    expect(health.headers.get('retry-after')).toBeNull();
    expect(body.errors).toBeUndefined();
    expect(['ok', 'degraded']).toContain(body.status);
    expect(stats().refusedQueueFull).toBe(0);
    await Promise.all([first, second]);
  });

  it('drops a queued request whose client went away, and keeps its place for the next', async () => {
    const { post, stats } = await limitedApi({ maxInFlight: 1, maxQueue: 1, maxWaitMs: 60_000 });
    const first = post(SLOW);
    await until(() => stats().inFlight === 1);
    const abort = new AbortController();
    const gone = post(LIGHT, abort.signal).catch((e: unknown) => e);
    await until(() => stats().queued === 1);
    abort.abort();
    await until(() => stats().queued === 0);
    expect(await gone).toBeInstanceOf(Error);
    const next = post(LIGHT);
    await until(() => stats().queued === 1);
    const [a, b] = await Promise.all([first, next]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(stats()).toMatchObject({ admitted: 2, leftWhileQueued: 1, refusedQueueFull: 0 });
  });
});

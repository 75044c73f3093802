import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, migrate } from '../graph/index.js';
import { freePort } from '../graph/server/freePort.js';
import { startLocalNeo4j, type LocalNeo4j } from '../graph/server/localNeo4j.js';
import { startTestApi } from './setup/api.js';
import { getHealth } from './setup/health.js';

// Faults a running server meets: Neo4j missing at start, killed under it, and a stop mid-request.
// Every Neo4j here is a process of this file's own, killed by its pid.
const root = new URL('..', import.meta.url).pathname;
const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `aims-faults-${name}-`));
  dirs.push(dir);
  return dir;
};

beforeAll(() => {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Server {
  child: ChildProcess;
  output: string[];
  url: string;
  /** Resolves with the first output line matching `pattern` (already printed or still to come). */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

function spawnServer(env: Record<string, string>): Server {
  const child = spawn(process.execPath, ['dist/api/main.js'], { cwd: root, env: { ...process.env, ...env } });
  children.push(child);
  const output: string[] = [];
  const waiting = new Set<() => void>();
  const onLine = (line: string) => {
    output.push(line);
    for (const check of waiting) check();
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const line = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line like ${pattern} within ${timeoutMs} ms:\n${output.join('\n')}`)), timeoutMs);
      const check = () => {
        for (const l of output) {
          const match = pattern.exec(l);
          if (match) {
            clearTimeout(timer);
            waiting.delete(check);
            return resolve(match);
          }
        }
      };
      waiting.add(check);
      check();
    });
  return { child, output, url: `http://127.0.0.1:${env.PORT}`, line };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gql(url: string, token: string, query: string, variables: object = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ...body };
}

const ADD_EVIDENCE = `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`;
const EVIDENCE = `query($id: ID!) { node(id: $id) { id } }`;

describe('Neo4j faults', () => {
  it('unreachable at start: the server says which URI it tried, retries with backoff, then gives up with exit 1', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const server = spawnServer({ NEO4J_URI: uri, NEO4J_WAIT_SECONDS: '3', PORT: String(await freePort()) });
    expect(await exitOf(server.child)).toBe(1);
    const text = server.output.join('\n');
    expect(text).toContain(`Cannot reach Neo4j at NEO4J_URI=${uri}`);
    expect(server.output.filter((l) => l.includes(`Neo4j at ${uri} is not reachable yet`)).length).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
  });

  it('killed under a server that did not start it: 503 SERVICE_UNAVAILABLE and a degraded /health, then recovery with no restart', async () => {
    const home = tempDir('external');
    const boltPort = await freePort();
    let neo4j: LocalNeo4j = await startLocalNeo4j({ home, boltPort, heap: '384m', pageCache: '64m' });
    const graph = Graph.connect(neo4j.uri);
    await migrate(graph);
    const api = await startTestApi(graph);
    try {
      const before = await api.gql(EVIDENCE, { id: 'NOPE' }, 'viewer');
      expect(before.status).toBe(200);

      process.kill(neo4j.pid, 'SIGKILL');
      await neo4j.exited;
      const down = await gql(api.url, api.tokens.viewer, EVIDENCE, { id: 'NOPE' });
      expect(down.status).toBe(503);
      expect(down.retryAfter).toMatch(/^\d+$/);
      expect(down.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      const health = await getHealth(api.url);
      expect(health.status).toBe(503);
      expect(health.body.status).toBe('degraded');

      neo4j = await startLocalNeo4j({ home, boltPort, heap: '384m', pageCache: '64m' });
      let after = await gql(api.url, api.tokens.viewer, EVIDENCE, { id: 'NOPE' });
      for (let i = 0; i < 20 && after.status !== 200; i++) {
        await sleep(500);
        after = await gql(api.url, api.tokens.viewer, EVIDENCE, { id: 'NOPE' });
      }
      expect(after.status).toBe(200);
      expect((await getHealth(api.url)).body.status).toBe('ok');
    } finally {
      await api.close();
      await graph.close();
      await neo4j.stop();
    }
  }, 180_000);

  it('the project’s own Neo4j killed with -9: restarted and logged, no acknowledged write lost, the API back by itself; SIGTERM then drains', async () => {
    const token = `key_${randomBytes(6).toString('hex')}.${randomBytes(32).toString('base64url')}`;
    const env = {
      AIMS_DATA_DIR: tempDir('local'),
      NEO4J_BOLT_PORT: String(await freePort()),
      PORT: String(await freePort()),
      NEO4J_HEAP: '384m',
      NEO4J_PAGECACHE: '64m',
      AIMS_ADMIN_KEY: token,
    };
    const server = spawnServer(env);
    await server.line(/ready at/);
    const pid = Number((await server.line(/Neo4j is up \(pid (\d+)/))[1]);

    const input = { title: 'Acknowledged before the crash', reviewIntervalDays: 30, implementationIds: ['IMP-A.6.2.4-SYS-INTENT'] };
    const written = await gql(server.url, token, ADD_EVIDENCE, { input });
    expect(written.status).toBe(200);
    const id = (written.data?.createEvidence as { id: string }).id;

    process.kill(pid, 'SIGKILL');
    await server.line(new RegExp(`Neo4j \\(pid ${pid}\\) stopped unexpectedly`));
    const restarted = Number((await server.line(/Neo4j is running again \(pid (\d+)/))[1]);
    expect(restarted).not.toBe(pid);
    expect(isAlive(pid)).toBe(false);

    let read = await gql(server.url, token, EVIDENCE, { id });
    for (let i = 0; i < 20 && read.status !== 200; i++) {
      // Until the driver has reconnected, an answer may still be 503: never anything else.
      expect(read.status).toBe(503);
      await sleep(500);
      read = await gql(server.url, token, EVIDENCE, { id });
    }
    expect(read.data).toEqual({ node: { id } });
    expect(server.child.exitCode).toBeNull();

    // SIGTERM while a request is in flight (its body not yet sent): it is answered, then all stops.
    const inFlight = startSlowRequest(server.url, token, EVIDENCE, { id });
    await inFlight.started;
    const exited = exitOf(server.child);
    server.child.kill('SIGTERM');
    await server.line(/SIGTERM: stopping/);
    const answer = await inFlight.finish();
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { node: { id } } });
    expect(await exited).toBe(0);
    expect(isAlive(restarted)).toBe(false);
  }, 300_000);
});

/** A POST whose headers and first bytes are sent now and the rest only when `finish` is called. */
function startSlowRequest(url: string, token: string, query: string, variables: object) {
  const body = Buffer.from(JSON.stringify({ query, variables }));
  const { hostname, port } = new URL(url);
  let started!: () => void;
  const startedP = new Promise<void>((resolve) => (started = resolve));
  const req = request({
    host: hostname,
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${token}` },
  });
  const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(body.subarray(0, 10), () => started());
  return {
    started: startedP,
    finish: () => {
      req.end(body.subarray(10));
      return answered;
    },
  };
}

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { createApiKey, hasUsableAdminKey, revokeApiKey, UserFacingError, type Graph } from '../graph/index.js';
import { freePort } from '../graph/server/freePort.js';
import { repoRoot } from '../graph/server/paths.js';

export interface ApiProcess {
  url: string;
  pid: number;
  /** A viewer key, made for this run and revoked on stop. */
  token: string;
  /** Cypher statements the server has sent so far (see apiQueryCounter.ts). */
  queries(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Admission limits for the bench (api/admission.ts): as many in flight as the throughput runs'
 * 64 connections and the driver's pool, so the API runs what the raw side runs and neither queues
 * nor refuses; the server's own default of 8 would measure its queue instead.
 */
export const BENCH_ADMISSION_ENV = { AIMS_MAX_IN_FLIGHT: '64', AIMS_MAX_QUEUE: '64' };

/**
 * The built server (`node dist/api/main.js`) as its own process, pointed at the bench's Neo4j
 * with NEO4J_URI: its memory is then the server's alone (read from /proc), and the bench's own
 * driver, timers and HTTP client never share its event loop. `extraEnv` adds to or overrides its
 * environment (the load test passes the server's own admission limits).
 */
export async function startApiProcess(
  graph: Graph,
  log: (line: string) => void,
  extraEnv: NodeJS.ProcessEnv = BENCH_ADMISSION_ENV,
): Promise<ApiProcess> {
  const dist = join(repoRoot(), 'dist');
  const main = join(dist, 'api', 'main.js');
  const counter = join(dist, 'bench', 'apiQueryCounter.js');
  if (!existsSync(main) || !existsSync(counter)) throw new UserFacingError('The server is not built: run `npm run build` first.');
  // With an admin key in place the server makes none, so no secret lands in its output.
  if (!(await hasUsableAdminKey(graph))) await createApiKey(graph, { name: 'bench admin', role: 'admin', expiresAt: inADay() });
  const { key, token } = await createApiKey(graph, { name: 'bench', role: 'viewer', expiresAt: inADay() });
  const port = await freePort();
  // AIMS_RATE_LIMIT=0: the bench's one key asks 1,000–2,000 times a second; a limit would measure itself.
  const env: NodeJS.ProcessEnv = { ...process.env, AIMS_RATE_LIMIT: '0', ...extraEnv, NEO4J_URI: graph.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', PORT: String(port), HOST: '127.0.0.1' };
  delete env.AIMS_ADMIN_KEY;
  const child = spawn(process.execPath, ['--import', pathToFileURL(counter).href, main], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const tail: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (line.includes('AIMS Graph is ready at')) resolve();
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    void exited.then((code) => reject(new Error(`The API server exited with ${code}:\n${tail.join('\n')}`)));
  });
  log(`API server up at http://127.0.0.1:${port} (pid ${child.pid}).`);

  let asked: ((n: number) => void)[] = [];
  child.on('message', (m: { queries?: number }) => {
    const waiting = asked;
    asked = [];
    for (const answer of waiting) answer(Number(m.queries));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    token,
    queries: () =>
      new Promise<number>((resolve) => {
        asked.push(resolve);
        child.send('queries');
      }),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }
      await revokeApiKey(graph, key.id);
    },
  };
}

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

/**
 * One GraphQL call over a keep-alive connection; GraphQL errors throw, with the operation. Plain
 * node:http rather than fetch: undici's per-call overhead would be billed to the API.
 */
export function graphqlClient(url: string, token: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(url);
  return (body: { query: string; variables: Record<string, unknown> }): Promise<Record<string, unknown>> => {
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent, hostname, port, path: '/graphql', method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${token}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            try {
              const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: Record<string, unknown>; errors?: unknown[] };
              if (json.errors || !json.data) throw new Error(`${JSON.stringify(json.errors)} for ${body.query} ${JSON.stringify(body.variables)}`);
              resolve(json.data);
            } catch (e) {
              reject(e as Error);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  };
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createApp } from '../../api/app.js';
import { RATE_LIMITS_OFF } from '../../api/rateLimit.js';
import { SignIn } from '../../api/signIn.js';
import { createApiKey, Graph, migrate, revokeApiKey, UserFacingError } from '../../graph/index.js';
import { ensureLauncherBuilt } from '../../graph/server/build.js';
import { freePort } from '../../graph/server/freePort.js';
import { startLocalNeo4j } from '../../graph/server/localNeo4j.js';
import { isGraphEmpty, todayUtc } from '../../seeds/index.js';
import { loadGenerated } from '../../seeds/loadGenerated.js';

export interface GeneratedEnvironment {
  scale: number;
  /** The day the organisation was generated for (its evidence dates are relative to it). */
  asOf: string;
  /** Where the store is, and whether this run loaded it (false: reused). */
  home: string;
  loaded: boolean;
  loadSeconds: number;
  graph: Graph;
  url: string;
  viewerToken: string;
  close(): Promise<void>;
}

/** `--data <dir>` means what AIMS_DATA_DIR means (the store in `<dir>/neo4j`), or a Neo4j home itself. */
function homeOf(data: string): string {
  const dir = resolve(data);
  return existsSync(join(dir, 'neo4j')) || !existsSync(join(dir, 'data')) ? join(dir, 'neo4j') : dir;
}

/**
 * The canvas bench's world: Neo4j holding a generated organisation at `scale`, with the real app
 * on a free port and a viewer key. With `data`, the store there is reused when a load of that
 * scale finished in it (and loaded or resumed there otherwise, which it keeps); without, it is
 * loaded into a temporary directory that goes away at the end.
 */
export async function startGeneratedEnvironment(options: { scale: number; data?: string; log: (line: string) => void }): Promise<GeneratedEnvironment> {
  const { scale, log } = options;
  ensureLauncherBuilt(log);
  const temporary = !options.data;
  const home = options.data ? homeOf(options.data) : mkdtempSync(join(tmpdir(), 'aims-bench-explorer-'));
  const neo4j = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    heap: process.env.NEO4J_HEAP ?? '1g',
    pageCache: process.env.NEO4J_PAGECACHE ?? '1g',
    log,
  });
  const graph = Graph.connect(neo4j.uri);
  let keyId: string | null = null;
  let server: Server | null = null;
  let stop: () => Promise<void> = async () => {};
  const close = async () => {
    if (keyId && !temporary) await revokeApiKey(graph, keyId).catch(() => {});
    await stop();
    if (server) await new Promise((r) => server!.close(r));
    await graph.close();
    await neo4j.stop();
    if (temporary) rmSync(home, { recursive: true, force: true });
  };
  try {
    await migrate(graph);
    const prefix = `generate:scale-${scale}:`;
    const checkpoints = await graph.read(
      'MATCH (c:LoadCheckpoint) WHERE c.id STARTS WITH $prefix RETURN c.id AS id, c.chunksDone >= c.chunksTotal AS complete ORDER BY complete DESC, c.updatedAt DESC',
      { prefix },
    );
    const done = checkpoints.find((c) => c.complete === true);
    let asOf: string;
    let loaded = false;
    let loadSeconds = 0;
    if (done) {
      asOf = String(done.id).split(':').at(-1)!;
      log(`Reusing the scale-${scale} organisation in ${home} (generated for ${asOf}).`);
    } else {
      if (!checkpoints.length && !(await isGraphEmpty(graph))) {
        throw new UserFacingError(`${home} holds a graph without a scale-${scale} load: pass another --data directory, or none for a temporary one.`);
      }
      const partial = checkpoints[0] ? String(checkpoints[0].id).split(':').at(-1)! : null;
      asOf = partial ?? todayUtc();
      log(`Loading the scale-${scale} organisation into ${home}${partial ? ` (resuming the load for ${partial})` : ''}…`);
      ({ seconds: loadSeconds } = await loadGenerated(graph, {
        scale,
        today: asOf,
        onChunk: ({ chunk, total, rows, seconds }) => log(`  chunk ${chunk}/${total}: ${rows} rows in ${seconds.toFixed(0)} s`),
      }));
      loaded = true;
    }
    const signIn = new SignIn();
    // No rate limit: the walk expands thousands of nodes, 6 at a time (see bench/README.md).
    const app = await createApp({ graph, signIn, rateLimits: RATE_LIMITS_OFF });
    stop = app.stop;
    const port = await freePort();
    const listening = app.listen(port, '127.0.0.1');
    server = listening;
    await new Promise((r) => listening.once('listening', r));
    const { key, token } = await createApiKey(graph, { name: 'bench:explorer', role: 'viewer' });
    keyId = key.id;
    return { scale, asOf, home, loaded, loadSeconds, graph, url: `http://127.0.0.1:${port}`, viewerToken: token, close };
  } catch (e) {
    await close().catch(() => {});
    throw e;
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../api/app.js';
import { RATE_LIMITS_OFF } from '../api/rateLimit.js';
import { SignIn } from '../api/signIn.js';
import { createApiKey, Graph, migrate } from '../graph/index.js';
import { ensureLauncherBuilt } from '../graph/server/build.js';
import { freePort } from '../graph/server/freePort.js';
import { startLocalNeo4j } from '../graph/server/localNeo4j.js';
import { progressBar, seedReferenceData, todayUtc } from '../seeds/index.js';

export interface BenchEnvironment {
  asOf: string;
  /** The driver the API serves with (its stats count the API's round-trips). */
  apiGraph: Graph;
  /** A second driver for raw calls and look-ups. */
  rawGraph: Graph;
  url: string;
  viewerToken: string;
  signIn: SignIn;
  close(): Promise<void>;
}

/**
 * A benchmark's own world: Neo4j in a temporary directory on a free port, the reference data
 * loaded as of today, the real app on another free port. Nothing touches the user's data.
 */
export async function startBenchEnvironment(log: (line: string) => void): Promise<BenchEnvironment> {
  ensureLauncherBuilt(log);
  const home = mkdtempSync(join(tmpdir(), 'aims-bench-'));
  const neo4j = await startLocalNeo4j({ home, boltPort: await freePort(), heap: '1g', pageCache: '512m' });
  const apiGraph = Graph.connect(neo4j.uri);
  const rawGraph = Graph.connect(neo4j.uri);
  await migrate(apiGraph);
  const asOf = todayUtc();
  await seedReferenceData(apiGraph, { today: asOf, onProgress: progressBar('Seeding') });
  const signIn = new SignIn();
  // No rate limit: the bench asks with one key as fast as the API answers (see bench/README.md).
  const { listen, stop } = await createApp({ graph: apiGraph, signIn, rateLimits: RATE_LIMITS_OFF });
  const port = await freePort();
  const server: Server = listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { token } = await createApiKey(apiGraph, { name: 'bench', role: 'viewer' });
  return {
    asOf,
    apiGraph,
    rawGraph,
    url: `http://127.0.0.1:${port}`,
    viewerToken: token,
    signIn,
    async close() {
      await stop();
      await new Promise((resolve) => server.close(resolve));
      await apiGraph.close();
      await rawGraph.close();
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

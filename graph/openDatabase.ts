import { setTimeout as sleep } from 'node:timers/promises';
import { databaseConfig, type DatabaseConfig, type ExternalDatabaseConfig } from './config.js';
import { Graph } from './db.js';
import { ensureLauncherBuilt } from './server/build.js';
import { UserFacingError } from './server/errors.js';
import { superviseNeo4j, type SupervisedNeo4j } from './server/superviseNeo4j.js';

export interface OpenDatabase {
  graph: Graph;
  config: DatabaseConfig;
  /** The Neo4j process we started and watch, when we started one. */
  local?: SupervisedNeo4j;
  /** Closes the driver, then stops the Neo4j we started (if any). */
  close(): Promise<void>;
}

/** Connects to the configured Neo4j, starting the project's own when NEO4J_URI is not set. */
export async function openDatabase(
  config: DatabaseConfig = databaseConfig(),
  log: (line: string) => void = console.log,
): Promise<OpenDatabase> {
  if (config.kind === 'external') {
    const graph = Graph.connect(config.uri, { user: config.user, password: config.password }, { txTimeoutMs: config.txTimeoutMs });
    try {
      await waitForServer(graph, config, log);
    } catch (e) {
      await graph.close();
      throw e;
    }
    return { graph, config, close: () => graph.close() };
  }

  ensureLauncherBuilt(log);
  const started = Date.now();
  log(`Starting Neo4j on 127.0.0.1:${config.boltPort} with data in ${config.home}…`);
  const local = await superviseNeo4j({ ...config, log });
  log(`Neo4j is up (pid ${local.pid}, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  const graph = Graph.connect(local.uri, undefined, { txTimeoutMs: config.txTimeoutMs });
  return {
    graph,
    config,
    local,
    async close() {
      await graph.close();
      await local.stop();
    },
  };
}

/** Waits between attempts to reach a server that is not up yet (it may be starting beside us). */
const BACKOFF_MS = [500, 1000, 2000, 4000, 8000];

/**
 * A server someone else runs may still be starting (docker-compose starts both at once), so an
 * unreachable one is tried again with backoff for `waitSeconds`. Wrong credentials are not retried.
 */
async function waitForServer(graph: Graph, config: ExternalDatabaseConfig, log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + config.waitSeconds * 1000;
  for (let attempt = 0; ; attempt++) {
    try {
      await graph.verify();
      if (attempt > 0) log(`Reached Neo4j at ${config.uri}.`);
      return;
    } catch (e) {
      const reason = (e as Error).message.split('\n')[0];
      const code = (e as { code?: string }).code ?? '';
      const wait = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] as number;
      if (code.startsWith('Neo.ClientError.Security') || Date.now() + wait > deadline) {
        throw new UserFacingError(`Cannot reach Neo4j at NEO4J_URI=${config.uri}: ${reason}`);
      }
      log(`Neo4j at ${config.uri} is not reachable yet (${reason}); trying again in ${wait / 1000} s.`);
      await sleep(wait);
    }
  }
}

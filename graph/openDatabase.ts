import { databaseConfig, type DatabaseConfig } from './config.js';
import { Graph } from './db.js';
import { ensureLauncherBuilt } from './server/build.js';
import { UserFacingError } from './server/errors.js';
import { startLocalNeo4j, type LocalNeo4j } from './server/localNeo4j.js';

export interface OpenDatabase {
  graph: Graph;
  config: DatabaseConfig;
  /** The Neo4j process we started, when we started one. */
  local?: LocalNeo4j;
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
      await graph.verify();
    } catch (e) {
      await graph.close();
      throw new UserFacingError(`Cannot reach Neo4j at NEO4J_URI=${config.uri}: ${(e as Error).message}`);
    }
    return { graph, config, close: () => graph.close() };
  }

  ensureLauncherBuilt(log);
  const started = Date.now();
  log(`Starting Neo4j on 127.0.0.1:${config.boltPort} with data in ${config.home}…`);
  const local = await startLocalNeo4j({ ...config, log });
  log(`Neo4j is up (${((Date.now() - started) / 1000).toFixed(1)} s).`);
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

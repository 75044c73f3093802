import { join, resolve } from 'node:path';
import { UserFacingError } from './server/errors.js';
import { repoRoot } from './server/paths.js';

interface CommonConfig {
  /** Milliseconds before Neo4j stops one transaction of ours (AIMS_TX_TIMEOUT_MS). */
  txTimeoutMs: number;
}

export interface LocalDatabaseConfig extends CommonConfig {
  kind: 'local';
  /** Neo4j's home: store, logs and version marker, under AIMS_DATA_DIR. */
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  txTimeoutSeconds: number;
}

export interface ExternalDatabaseConfig extends CommonConfig {
  kind: 'external';
  uri: string;
  user: string;
  password: string;
  /** Seconds to keep trying an unreachable server at start before giving up (NEO4J_WAIT_SECONDS). */
  waitSeconds: number;
}

export type DatabaseConfig = LocalDatabaseConfig | ExternalDatabaseConfig;

/**
 * Reads where the graph lives from the environment. NEO4J_URI means a server someone else runs
 * (docker-compose, a cluster, Aura) and nothing is started; otherwise the project's own Neo4j.
 */
export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const txTimeoutMs = positiveIntFrom(env, 'AIMS_TX_TIMEOUT_MS', 30_000);
  if (env.NEO4J_URI) {
    return {
      kind: 'external',
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      waitSeconds: positiveIntFrom(env, 'NEO4J_WAIT_SECONDS', 60),
      txTimeoutMs,
    };
  }
  return {
    kind: 'local',
    home: join(dataDir(env), 'neo4j'),
    boltPort: portFrom(env, 'NEO4J_BOLT_PORT', 7687),
    heap: memoryFrom(env, 'NEO4J_HEAP', '512m'),
    pageCache: memoryFrom(env, 'NEO4J_PAGECACHE', '256m'),
    txTimeoutSeconds: positiveIntFrom(env, 'NEO4J_TX_TIMEOUT', 60),
    txTimeoutMs,
  };
}

/** The data directory (AIMS_DATA_DIR, else `.data/` in the repository): the local Neo4j's store and the evidence artifacts. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.AIMS_DATA_DIR ?? join(repoRoot(), '.data'));
}

export function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserFacingError(`${name} must be a port number from 1 to 65535, not "${raw}".`);
  }
  return port;
}

function positiveIntFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UserFacingError(`${name} must be a positive whole number, not "${raw}".`);
  return n;
}

function memoryFrom(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+[kmg]?$/i.test(raw)) throw new UserFacingError(`${name} must be a size such as 512m or 2g, not "${raw}".`);
  return raw;
}

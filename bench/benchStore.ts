import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Graph, migrate, UserFacingError } from '../graph/index.js';
import { ensureLauncherBuilt } from '../graph/server/build.js';
import { freePort } from '../graph/server/freePort.js';
import { startLocalNeo4j, type LocalNeo4j } from '../graph/server/localNeo4j.js';
import { DEFAULT_SEED } from '../seeds/generator/generate.js';
import { progressBar, seedReferenceData, todayUtc } from '../seeds/index.js';
import { loadGenerated } from '../seeds/loadGenerated.js';
import type { BenchOptions } from './options.js';

export interface LoadFigures {
  /** False when a kept store already held this organisation and nothing was loaded. */
  loaded: boolean;
  rows: number;
  seconds: number;
  nodesAdded: number;
  relationshipsAdded: number;
  rowsPerSecond: number;
  relationshipsPerSecond: number;
}

export interface BenchStore {
  neo4j: LocalNeo4j;
  graph: Graph;
  /** Neo4j's home: the store, its logs. */
  home: string;
  /** The day the data was generated for, and every question is asked about. */
  asOf: string;
  load?: LoadFigures;
  close(): Promise<void>;
}

const counts = async (graph: Graph) => {
  const [row] = await graph.read('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
};

/**
 * The bench's own Neo4j on a free port, migrated and holding the organisation asked for: the
 * reference one, or a generated one loaded through `loadGenerated` (resumable, so a kept store
 * from `--data` is only topped up). A temporary store is removed on close.
 */
export async function openBenchStore(options: BenchOptions, log: (line: string) => void): Promise<BenchStore> {
  ensureLauncherBuilt(log);
  const temporary = !options.data;
  const dataDir = options.data ?? mkdtempSync(join(tmpdir(), 'aims-bench-'));
  mkdirSync(dataDir, { recursive: true });
  const home = join(dataDir, 'neo4j');
  const reused = existsSync(home);
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ home, boltPort: await freePort(), heap: options.heap, pageCache: options.pageCache, log });
  log(`Neo4j is up (${((Date.now() - started) / 1000).toFixed(1)} s, heap ${options.heap}, page cache ${options.pageCache}, ${reused ? 'kept' : 'new'} store in ${home}).`);
  const graph = Graph.connect(neo4j.uri);
  const close = async () => {
    await graph.close();
    await neo4j.stop();
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await migrate(graph);
    if (options.scale === 'reference') {
      await refuseOtherScale(graph, null);
      const asOf = todayUtc();
      await seedReferenceData(graph, { today: asOf, onProgress: progressBar('Seeding') });
      return { neo4j, graph, home, asOf, close };
    }
    const scale = options.scale;
    await refuseOtherScale(graph, scale);
    // A kept store stays valid for the day it was generated for: asking about that day keeps
    // its evidence fresh, stale and expiring in the proportions it was built with (and an
    // interrupted load resumes with its own day).
    const asOf = (await loadDay(graph, scale)) ?? todayUtc();
    const before = await counts(graph);
    const bar = progressBar(`Loading scale ${options.scaleName}`);
    const { rows, seconds } = await loadGenerated(graph, {
      scale,
      seed: DEFAULT_SEED,
      today: asOf,
      onChunk: ({ chunk, total, rows, seconds }) => bar({ phase: `chunks, ${Math.round(rows / Math.max(seconds, 0.001))} rows/s`, done: chunk, total }),
    });
    const after = await counts(graph);
    const relationshipsAdded = after.relationships - before.relationships;
    const load: LoadFigures = {
      loaded: rows > 0,
      rows,
      seconds,
      nodesAdded: after.nodes - before.nodes,
      relationshipsAdded,
      rowsPerSecond: seconds > 0 ? rows / seconds : 0,
      relationshipsPerSecond: seconds > 0 ? relationshipsAdded / seconds : 0,
    };
    log(load.loaded ? `Loaded ${rows} rows in ${seconds.toFixed(1)} s.` : `The kept store already holds scale ${options.scaleName} as of ${asOf}.`);
    return { neo4j, graph, home, asOf, load, close };
  } catch (e) {
    await close();
    throw e;
  }
}

const checkpoints = async (graph: Graph) =>
  (await graph.read('MATCH (c:LoadCheckpoint) RETURN c.id AS id')).map((r) => ({ id: String(r.id) }));

/** The day of the latest load of this scale (seed 42) in the store, if any. */
async function loadDay(graph: Graph, scale: number): Promise<string | null> {
  const prefix = `generate:scale-${scale}:seed-${DEFAULT_SEED}:`;
  const days = (await checkpoints(graph)).filter((c) => c.id.startsWith(prefix)).map((c) => c.id.slice(prefix.length));
  return days.sort().at(-1) ?? null;
}

/** Figures from a store holding another organisation would be mislabelled: refuse them. */
async function refuseOtherScale(graph: Graph, scale: number | null): Promise<void> {
  const other = (await checkpoints(graph)).find((c) => !c.id.startsWith(`generate:scale-${scale}:`));
  if (other) {
    throw new UserFacingError(
      `The kept store holds another generated organisation (${other.id}); use another --data directory for this scale.`,
    );
  }
}

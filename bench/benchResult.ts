import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { LoadFigures } from './benchStore.js';
import type { EqualityReport } from './checkEquality.js';
import type { LatencyRow } from './measureLatency.js';
import type { ThroughputFigures } from './measureThroughput.js';
import type { ProfileRow } from './profileQuestions.js';

export interface ThroughputRow {
  question: string;
  connections: number;
  api: ThroughputFigures;
  raw: ThroughputFigures;
  /** API requests/s over raw requests/s. */
  ratio: number;
}

export interface BenchResult {
  at: string;
  scale: string;
  quick: boolean;
  asOf: string;
  machine: { cpus: number; cpu: string | undefined; memoryGiB: number; node: string; neo4j: string; neo4jEdition: string };
  graph: { nodes: number; relationships: number };
  /** Wall-clock seconds per phase of the run. */
  phaseSeconds: Record<string, number>;
  settings: { iterations: number; warmup: number; latencyBudgetSeconds: number; equalityInputs: number; throughputSeconds: number; throughputMaxRequests: number; jvmWarmupCalls: number };
  load?: LoadFigures;
  equality: EqualityReport;
  /** Times in milliseconds. */
  latency: LatencyRow[];
  throughput: ThroughputRow[];
  profile: ProfileRow[];
  memory: {
    /** Peak resident memory of the API process over the measured phases, MB. */
    apiRssPeakMb: number;
    apiRssPeakByPhaseMb: Record<string, number>;
    neo4jRssPeakMb: number;
    neo4jHeap: string;
    neo4jPageCache: string;
    storeBytes: number;
  };
}

export const machine = (neo4j: { version: string; edition: string }): BenchResult['machine'] => ({
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  neo4j: neo4j.version,
  neo4jEdition: neo4j.edition,
});

/** bench/results/<timestamp>-<scale>.json (or under --out); returns its path. */
export function writeResult(dir: string, result: BenchResult): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.at.replace(/[:.]/g, '-')}-${result.scale}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

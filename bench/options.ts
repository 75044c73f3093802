import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserFacingError } from '../graph/index.js';
import { repoRoot } from '../graph/server/paths.js';
import { parseScale } from '../seeds/generator/generate.js';

export const usage = `Usage: npm run bench -- [--quick] [--scale <n|small|medium|large>] [--data <dir>]
                        [--iterations <n>] [--warmup <n>] [--out <dir>]
  --quick        few iterations (CI: about a minute on the reference organisation)
  --scale        load a generated organisation (seeds/generator) instead of the reference one
  --data <dir>   keep the Neo4j store there and reuse it next time (default: a temporary directory)
  --out <dir>    where the result JSON goes (default: bench/results)`;

export interface BenchOptions {
  /** 'reference', or the generator's scale (business units). */
  scale: 'reference' | number;
  /** Name for the results file and report: reference, small, large, 12… */
  scaleName: string;
  quick: boolean;
  /** A directory whose store is kept between runs; temporary when absent. */
  data?: string;
  out: string;
  iterations: number;
  warmup: number;
  /** Seconds the latency phase may spend on one question before it takes fewer calls. */
  latencyBudgetSeconds: number;
  /** Inputs per question compared between the API and the query module. */
  equalityInputs: number;
  /** Seconds of each throughput run (also capped at `throughputMaxRequests`). */
  throughputSeconds: number;
  throughputMaxRequests: number;
  /** Calls per throughput question before timing: the JVM's first thousands are 3–5x slower. */
  jvmWarmupCalls: number;
  /** Neo4j memory: enough page cache for the large store to stay mostly in memory. */
  heap: string;
  pageCache: string;
}

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      scale: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      iterations: { type: 'string' },
      warmup: { type: 'string' },
    },
  });
  let scale: 'reference' | number = 'reference';
  if (values.scale !== undefined) {
    try {
      scale = parseScale(values.scale);
    } catch (e) {
      throw new UserFacingError(`${(e as Error).message}\n${usage}`);
    }
  }
  const quick = values.quick;
  const count = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new UserFacingError(`--${name} must be a whole number ≥ 1, not "${raw}".\n${usage}`);
    return n;
  };
  const big = typeof scale === 'number' && scale >= 50;
  return {
    scale,
    scaleName: scale === 'reference' ? 'reference' : (values.scale as string),
    quick,
    data: values.data ? resolve(values.data) : undefined,
    out: resolve(values.out ?? resolve(repoRoot(), 'bench', 'results')),
    iterations: count('iterations', values.iterations, quick ? 20 : 300),
    warmup: count('warmup', values.warmup, quick ? 10 : 300),
    latencyBudgetSeconds: quick ? 15 : 120,
    equalityInputs: quick ? 4 : 20,
    throughputSeconds: quick ? 1 : 10,
    throughputMaxRequests: quick ? 2_000 : 200_000,
    jvmWarmupCalls: quick ? 100 : 3_000,
    heap: big ? '2g' : typeof scale === 'number' ? '1g' : '512m',
    pageCache: big ? '1g' : typeof scale === 'number' ? '512m' : '256m',
  };
}

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ADMISSION, type AdmissionLimits } from '../../api/admission.js';
import { UserFacingError } from '../../graph/index.js';
import { repoRoot } from '../../graph/server/paths.js';

export const usage = `Usage: npm run load -- [--quick] [--connections <n>] [--duration <s>] [--overload-seconds <s>]
                       [--max-in-flight <n>] [--max-queue <n>] [--max-wait-ms <ms>] [--out <dir>]
  --quick              16 connections for 8 s, overload phases of 5 s (CI)
  --connections, --duration   the mixed phase (default 64 connections for 60 s)
  --overload-seconds   each overload phase (default 30)
  --max-in-flight, --max-queue, --max-wait-ms   the server's admission limits (default its own: ${DEFAULT_ADMISSION.maxInFlight}, ${DEFAULT_ADMISSION.maxQueue}, ${DEFAULT_ADMISSION.maxWaitMs})
  --out <dir>          where the result JSON goes (default: bench/results)`;

export interface LoadOptions {
  quick: boolean;
  /** The mixed phase. */
  connections: number;
  seconds: number;
  /** Each of the two overload phases. */
  overloadSeconds: number;
  /** Unmeasured load first: the JVM compiles its hot paths over the first thousands of calls. */
  warmupSeconds: number;
  /** Coverage at exactly the in-flight limit: the service time the overload bound is made of. */
  capacitySeconds: number;
  limits: AdmissionLimits;
  /** Where the result file goes; none is written when null. */
  out: string | null;
}

export function quickLoadOptions(limits: AdmissionLimits = DEFAULT_ADMISSION): LoadOptions {
  return { quick: true, connections: 16, seconds: 8, overloadSeconds: 5, warmupSeconds: 2, capacitySeconds: 3, limits, out: null };
}

export function parseLoadOptions(argv: string[]): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      connections: { type: 'string' },
      duration: { type: 'string' },
      'overload-seconds': { type: 'string' },
      'max-in-flight': { type: 'string' },
      'max-queue': { type: 'string' },
      'max-wait-ms': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const count = (name: keyof typeof values, fallback: number, min = 1) => {
    const raw = values[name] as string | undefined;
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new UserFacingError(`--${name} must be a whole number ≥ ${min}, not "${raw}".\n${usage}`);
    return n;
  };
  const quick = values.quick;
  const limits = {
    maxInFlight: count('max-in-flight', DEFAULT_ADMISSION.maxInFlight),
    maxQueue: count('max-queue', DEFAULT_ADMISSION.maxQueue, 0),
    maxWaitMs: count('max-wait-ms', DEFAULT_ADMISSION.maxWaitMs),
  };
  const base = quick ? quickLoadOptions(limits) : { warmupSeconds: 10, capacitySeconds: 10 };
  return {
    ...base,
    quick,
    connections: count('connections', quick ? 16 : 64),
    seconds: count('duration', quick ? 8 : 60),
    overloadSeconds: count('overload-seconds', quick ? 5 : 30),
    limits,
    out: resolve(values.out ?? resolve(repoRoot(), 'bench', 'results')),
  };
}

import type { AdmissionLimits } from '../../api/admission.js';
import { graphqlClient } from '../apiProcess.js';
import { machine, type BenchResult } from '../benchResult.js';
import { evaluate, overloadBound, type Check } from './checks.js';
import { MIXED, mixInputs, OVERLOAD } from './mix.js';
import type { LoadOptions } from './options.js';
import { runPhase, type PhaseResult, type PhaseSpec } from './phase.js';
import { prime, settle } from './prime.js';
import { rssSeries } from './rssSeries.js';
import type { LoadTarget } from './target.js';
import { WriteLedger, type WriteCheck } from './writeLedger.js';

export interface LoadResult {
  at: string;
  quick: boolean;
  asOf: string;
  machine: BenchResult['machine'];
  limits: AdmissionLimits;
  /** Where the memory figures come from: the API server alone, or this process too. */
  memoryOf: 'api process' | 'this process';
  settings: Omit<LoadOptions, 'limits' | 'out'>;
  /** Milliseconds: accepted requests' p99 under overload must stay under it. */
  overloadBoundMs: number;
  phases: PhaseResult[];
  writes: WriteCheck;
  checks: Check[];
  passed: boolean;
}

/**
 * The load test against a running target: warm-up; the heaviest question at exactly the
 * in-flight limit (capacity); the mixed phase of reads and writes; coverage-heavy traffic at
 * 4× capacity, then at twice what the server admits and queues together; then every
 * acknowledged write read back. Phases run one after another on one API, so memory is watched
 * across all of them.
 */
export async function runLoad(options: LoadOptions, target: LoadTarget, log: (line: string) => void): Promise<LoadResult> {
  const { limits } = target;
  const inputs = await mixInputs(target.graph, target.asOf);
  const ledger = new WriteLedger();
  const rss = rssSeries(target.pid);
  const phase = async (spec: Omit<PhaseSpec, 'seed'>, seed: number) => {
    await settle(target, inputs, limits.maxInFlight);
    log(`Phase ${spec.name}: ${spec.connections} connections for ${spec.seconds} s…`);
    return runPhase(target, inputs, ledger, rss, { ...spec, seed }, log);
  };
  let phases: PhaseResult[];
  try {
    log('Priming: one request of each kind…');
    await prime(target, inputs, ledger);
    const warmUp = await phase({ name: 'warm-up', connections: limits.maxInFlight, seconds: options.warmupSeconds, weights: MIXED }, 1);
    const capacity = await phase({ name: 'capacity', connections: limits.maxInFlight, seconds: options.capacitySeconds, weights: { coverage: 1 } }, 2);
    const mixed = await phase({ name: 'mixed', connections: options.connections, seconds: options.seconds, weights: MIXED }, 3);
    const fourTimes = await phase({ name: 'overload 4×', connections: 4 * limits.maxInFlight, seconds: options.overloadSeconds, weights: OVERLOAD }, 4);
    const beyond = await phase(
      { name: 'beyond the queue', connections: 2 * (limits.maxInFlight + limits.maxQueue), seconds: options.overloadSeconds, weights: OVERLOAD },
      5,
    );
    phases = [warmUp, capacity, mixed, fourTimes, beyond];
  } finally {
    rss.stop();
  }
  log('Reading every judged write back…');
  const writes = await ledger.verify(graphqlClient(target.url, target.tokens.editor[0]!));
  const [warmUp, capacity, mixed, ...overload] = phases as [PhaseResult, PhaseResult, PhaseResult, PhaseResult, PhaseResult];
  const checks = evaluate({ warmUp, capacity, mixed, overload }, limits, writes);
  const { limits: _limits, out: _out, ...settings } = options;
  return {
    at: new Date().toISOString(),
    quick: options.quick,
    asOf: target.asOf,
    machine: machine(await target.graph.serverInfo()),
    limits,
    memoryOf: target.pid === process.pid ? 'this process' : 'api process',
    settings,
    overloadBoundMs: overloadBound(limits, capacity),
    phases,
    writes,
    checks,
    passed: checks.every((c) => c.passed),
  };
}

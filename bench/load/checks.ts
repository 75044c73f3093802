import type { AdmissionLimits } from '../../api/admission.js';
import type { PhaseResult } from './phase.js';
import { FLAT } from './rssSeries.js';
import type { WriteCheck } from './writeLedger.js';

/** The API server's resident memory under any load stays below this (issue 6's target). */
export const MEMORY_CEILING_MB = 300;
/** Phases shorter than this (the quick run's) are not judged flat or not. */
export const FLAT_MIN_SECONDS = 20;

export interface Check {
  phase: string;
  check: string;
  passed: boolean;
  detail: string;
}

/** Service times of the heaviest question at capacity added to the longest queue wait. */
export const SERVICE_TIMES_IN_BOUND = 4;

/**
 * The accepted requests' p99 under overload must stay under the longest queue wait plus a few
 * service times at capacity (coverage's p99 with exactly maxInFlight connections): what waits
 * longer is refused, so a slower answer means work piling up somewhere the queue does not see.
 */
export function overloadBound(limits: AdmissionLimits, capacity: PhaseResult): number {
  return limits.maxWaitMs + SERVICE_TIMES_IN_BOUND * capacity.all.p99;
}

const fivexx = (p: PhaseResult) => Object.entries(p.all.statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0);
const ms = (n: number) => `${Math.round(n)} ms`;

/** Every criterion of the load test, each with the figures it was judged on. */
export function evaluate(
  phases: { warmUp: PhaseResult; capacity: PhaseResult; mixed: PhaseResult; overload: PhaseResult[] },
  limits: AdmissionLimits,
  writes: WriteCheck,
): Check[] {
  const checks: Check[] = [];
  const add = (phase: string, check: string, passed: boolean, detail: string) => checks.push({ phase, check, passed, detail });
  const common = (p: PhaseResult) => {
    add(p.name, 'no unexpected answer', p.all.unexpected === 0, `${p.all.unexpected} of ${p.requests}${p.unexpectedSamples.length ? `, e.g. ${p.unexpectedSamples[0]}` : ''}`);
    add(p.name, 'no timeout or connection error', p.timeouts + p.connectionErrors === 0, `${p.timeouts} timeouts, ${p.connectionErrors} connection errors`);
    const r = p.rss;
    const peakMb = Math.max(r.firstThirdPeakMb, r.middleThirdPeakMb, r.lastThirdPeakMb);
    add(p.name, 'memory bounded', peakMb <= MEMORY_CEILING_MB, `RSS peak ${peakMb.toFixed(0)} MB ≤ ${MEMORY_CEILING_MB} MB`);
    // A short phase is mostly the climb to its load's level: flatness is judged on long ones only.
    if (p.seconds >= FLAT_MIN_SECONDS) add(p.name, 'memory flat', r.samples >= 3 && r.flat,
      `RSS peak by third ${r.firstThirdPeakMb.toFixed(0)} / ${r.middleThirdPeakMb.toFixed(0)} / ${r.lastThirdPeakMb.toFixed(0)} MB (the last at most ×${FLAT.ratio} + ${FLAT.slackMb} MB over the higher of the others; ${r.samples} samples)`);
  };
  const noFivexx = (p: PhaseResult) => add(p.name, 'no 5xx', fivexx(p) === 0, `${fivexx(p)} of ${p.requests}`);
  // Warming up, memory grows by design (JIT, caches, pools); answers must be right all the same.
  add(phases.warmUp.name, 'no unexpected answer', phases.warmUp.all.unexpected === 0, `${phases.warmUp.all.unexpected} of ${phases.warmUp.requests}`);
  noFivexx(phases.warmUp);
  for (const p of [phases.capacity, phases.mixed]) {
    common(p);
    noFivexx(p);
  }
  const bound = overloadBound(limits, phases.capacity);
  for (const p of phases.overload) {
    common(p);
    add(p.name, 'no 5xx but well-formed 503 refusals', fivexx(p) === p.all.refused && p.all.refusedMalformed === 0, `${fivexx(p)} 5xx, ${p.all.refused} refusals with Retry-After and SERVICE_UNAVAILABLE, ${p.all.refusedMalformed} without`);
    add(p.name, 'accepted p99 bounded', Number.isFinite(bound) && p.all.p99 <= bound, `${ms(p.all.p99)} ≤ ${ms(bound)} (queue wait ${ms(limits.maxWaitMs)} + ${SERVICE_TIMES_IN_BOUND} × capacity p99 ${ms(phases.capacity.all.p99)})`);
  }
  const beyond = phases.overload.at(-1)!;
  add(beyond.name, 'refusals instead of timeouts', beyond.all.refusedQueueFull > 0 && beyond.timeouts === 0, `${beyond.all.refusedQueueFull} refused at once, ${beyond.all.refused - beyond.all.refusedQueueFull} after waiting, ${beyond.timeouts} timeouts`);
  add(beyond.name, 'refusals answered faster than work', beyond.all.refusedP50 < beyond.all.p50, `503 p50 ${ms(beyond.all.refusedP50)} < accepted p50 ${ms(beyond.all.p50)}`);
  // None acknowledged would pass vacuously: the mix sends both kinds in every mixed phase.
  const wrote = writes.evidenceAcknowledged > 0 && writes.statusAcknowledged > 0;
  add('all', 'every acknowledged write present', wrote && writes.evidenceMissing.length === 0 && writes.statusMismatches.length === 0,
    `${writes.evidenceAcknowledged} evidence records and ${writes.statusAcknowledged} status changes on ${writes.implementationsChecked} implementations acknowledged; ` +
      `${writes.evidenceMissing.length} records missing${writes.evidenceMissing.length ? ` (${writes.evidenceMissing.slice(0, 3).join(', ')})` : ''}, ` +
      `${writes.statusMismatches.length} statuses not as acknowledged${writes.statusMismatches.length ? ` (${JSON.stringify(writes.statusMismatches.slice(0, 2))})` : ''}`);
  add('all', 'no refused write present', writes.refusedButPresent.length === 0, `${writes.evidenceRefused} refused, ${writes.refusedButPresent.length} in the graph all the same`);
  return checks;
}

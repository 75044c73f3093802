import type { Graph } from '../graph/index.js';
import type { Question } from './questions.js';
import { percentiles, timed } from './stats.js';

export type Percentiles = ReturnType<typeof percentiles>;

export interface LatencyRow {
  question: string;
  inputs: number;
  /** Calls per side actually made: fewer than asked when the question would overrun its time budget. */
  warmup: number;
  iterations: number;
  api: Percentiles;
  raw: Percentiles;
  /** API p50 / raw p50. */
  ratio: number;
  target: { rule: string; pass: boolean };
  /** Cypher statements the server sent per API call, when it could be counted. */
  roundTrips: number | null;
  /** Timed calls that failed per side, left out of the times, and the first failure. */
  errors: { api: number; raw: number; first?: string };
}

type Post = (body: { query: string; variables: Record<string, unknown> }) => Promise<unknown>;

/**
 * Issue 6's bar: a slow question may cost at most 30% more through the API; a fast one (raw
 * p50 under 10 ms) at most 3 ms more, since HTTP and GraphQL have a fixed cost.
 */
export function latencyTarget(apiP50: number, rawP50: number): { rule: string; pass: boolean } {
  return rawP50 >= 10
    ? { rule: 'API/raw ≤ 1.3', pass: apiP50 / rawP50 <= 1.3 }
    : { rule: 'API ≤ raw + 3 ms', pass: apiP50 <= rawP50 + 3 };
}

/** Fewest timed calls per side, whatever the budget: below this p95 and p99 mean little. */
const MIN_ITERATIONS = 20;

interface LatencyOptions {
  post: Post;
  graph: Graph;
  warmup: number;
  iterations: number;
  /** Seconds one question may take; a question whose calls take seconds (gaps at scale) gets fewer. */
  budgetSeconds: number;
  queries?: () => Promise<number>;
}

/**
 * Warm-up, then `iterations` calls through the API and as many through the module alone,
 * alternating so that drift (GC, the JIT, page cache) hits both sides alike; input i is the
 * question's inputs cycled.
 */
export async function measureLatency(q: Question, options: LatencyOptions): Promise<LatencyRow> {
  const { post, graph, queries } = options;
  const input = (i: number) => q.inputs[i % q.inputs.length]!;
  // A call that fails (a timeout on one input at scale, say) is counted and left out of the
  // times, rather than ending a run that may have taken an hour to get here.
  const errors = { api: 0, raw: 0, first: undefined as string | undefined };
  const call = async (side: 'api' | 'raw', i: number): Promise<number | null> => {
    try {
      return await timed(() => (side === 'api' ? post(q.gql(input(i))) : q.raw(graph, input(i))));
    } catch (e) {
      errors[side] += 1;
      errors.first ??= `${side} ${JSON.stringify(input(i))}: ${(e as Error).message.slice(0, 300)}`;
      return null;
    }
  };
  // The third pair of warm-up calls (the first plan and compile) sizes the run to the budget.
  const PROBE = 3;
  let probe = 0;
  for (let i = 0; i < PROBE; i++) probe = ((await call('api', i)) ?? 0) + ((await call('raw', i)) ?? 0);
  const affordable = Math.floor((options.budgetSeconds * 1000) / Math.max(probe, 0.1));
  const iterations = Math.min(options.iterations, Math.max(MIN_ITERATIONS, Math.floor(affordable * 0.8)));
  const warmup = Math.max(PROBE, Math.min(options.warmup, affordable - iterations));
  for (let i = PROBE; i < warmup; i++) {
    await call('api', i);
    await call('raw', i);
  }
  errors.api = errors.raw = 0;
  errors.first = undefined;
  const api: number[] = [];
  const raw: number[] = [];
  // Only API calls reach the server between the two counts: raw calls use the bench's driver.
  const before = queries ? await queries() : 0;
  for (let i = 0; i < iterations; i++) {
    const a = await call('api', i);
    if (a !== null) api.push(a);
    const r = await call('raw', i);
    if (r !== null) raw.push(r);
  }
  const sent = queries ? (await queries()) - before : 0;
  const a = percentiles(api);
  const r = percentiles(raw);
  return {
    question: q.name,
    inputs: q.inputs.length,
    warmup,
    iterations,
    api: a,
    raw: r,
    ratio: a.p50 / r.p50,
    target: latencyTarget(a.p50, r.p50),
    roundTrips: queries ? sent / iterations : null,
    errors,
  };
}

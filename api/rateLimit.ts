import { UserFacingError } from '../graph/index.js';

/** A token bucket's shape: `rate` tokens a second sustained, up to `burst` saved up. */
export interface Bucket {
  rate: number;
  burst: number;
}

export interface RateLimits {
  /** GraphQL operations one API key may run (AIMS_RATE_LIMIT a second, AIMS_RATE_BURST at once); null: unlimited. */
  perKey: Bucket | null;
  /** Failed authentications with a well-formed key from one client address; null: unlimited. */
  failedAuth: Bucket | null;
}

/**
 * 100 operations a second per key, 200 at once. An explorer view asks a few dozen questions when it
 * opens and the canvas expands 6 neighbourhoods at a time, far inside the burst; an integrator's
 * pipeline pushing evidence one mutation at a time (~10 ms each) runs at about this rate, and one
 * that pushes harder waits Retry-After instead of taking the server: on 2 cores the API answers
 * 1,000–2,000 small reads a second, so one key keeps to a tenth of it or less.
 * Failed authentications: 20 at once, then one a second per address. A secret has 256 bits, so
 * this is not about guessing but about cost: each unknown key is a read in Neo4j, and a client
 * with a broken or revoked key should back off rather than retry in a loop.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { perKey: { rate: 100, burst: 200 }, failedAuth: { rate: 1, burst: 20 } };

/** For tests and benchmarks that drive the API with one key as fast as it answers. */
export const RATE_LIMITS_OFF: RateLimits = { perKey: null, failedAuth: null };

/** The per-key limit from AIMS_RATE_LIMIT (0: off) and AIMS_RATE_BURST; the failed-authentication limit stays. */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimits {
  const number = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new UserFacingError(`${name} must be a number ≥ 0, not "${raw}".`);
    return n;
  };
  const defaults = DEFAULT_RATE_LIMITS.perKey!;
  const rate = number('AIMS_RATE_LIMIT', defaults.rate);
  // Without its own burst, a changed rate keeps two seconds' worth, as the default does.
  const burst = number('AIMS_RATE_BURST', env.AIMS_RATE_LIMIT ? Math.max(1, rate * 2) : defaults.burst);
  if (rate > 0 && burst < 1) throw new UserFacingError('AIMS_RATE_BURST must be at least 1.');
  return { ...DEFAULT_RATE_LIMITS, perKey: rate > 0 ? { rate, burst } : null };
}

interface State {
  tokens: number;
  at: number;
  /** When a refusal of this bucket was last logged, and how many were not since. */
  loggedAt: number;
  unlogged: number;
}

/**
 * Token buckets by id (an API key's id, a client address). A bucket that has refilled is the same
 * as none, so idle ones are dropped on a sweep once per refill time, and past `capacity` ids the
 * oldest go too: memory stays bounded whatever ids callers invent.
 */
export class RateLimit {
  private readonly buckets = new Map<string, State>();
  private sweptAt: number;

  constructor(
    readonly limit: Bucket,
    private readonly capacity = 100_000,
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(limit.rate > 0 && limit.burst >= 1)) throw new RangeError(`invalid rate limit ${JSON.stringify(limit)}`);
    this.sweptAt = now();
  }

  /** Spends `cost` of `id`'s tokens: 0 when it may go, else the seconds until it could. */
  take(id: string, cost = 1): number {
    const now = this.now();
    this.sweep(now);
    // A batch larger than the burst could never pass; it spends the whole bucket instead.
    const need = Math.min(cost, this.limit.burst);
    const state = this.refilled(id, now);
    if (state.tokens >= need) {
      state.tokens -= need;
      if (state.tokens < this.limit.burst) this.buckets.set(id, state);
      return 0;
    }
    return (need - state.tokens) / this.limit.rate;
  }

  /** Seconds until `id` may spend one token, spending nothing (0: now). */
  wait(id: string): number {
    const state = this.buckets.get(id);
    return state ? Math.max(0, (1 - this.refilled(id, this.now()).tokens) / this.limit.rate) : 0;
  }

  /**
   * Whether to log this refusal of `id`: at most one line a second per bucket, so a client that
   * ignores Retry-After cannot flood the log. Returns how many were left out since, or null.
   */
  logRefusal(id: string): number | null {
    const state = this.buckets.get(id);
    if (!state) return 0;
    const now = this.now();
    if (now - state.loggedAt < 1000) {
      state.unlogged += 1;
      return null;
    }
    const repeated = state.unlogged;
    state.loggedAt = now;
    state.unlogged = 0;
    return repeated;
  }

  get size(): number {
    return this.buckets.size;
  }

  private refilled(id: string, now: number): State {
    const state = this.buckets.get(id) ?? { tokens: this.limit.burst, at: now, loggedAt: -Infinity, unlogged: 0 };
    state.tokens = Math.min(this.limit.burst, state.tokens + ((now - state.at) / 1000) * this.limit.rate);
    state.at = now;
    return state;
  }

  private sweep(now: number): void {
    const refillMs = Math.max(1000, (this.limit.burst / this.limit.rate) * 1000);
    if (now - this.sweptAt < refillMs && this.buckets.size <= this.capacity) return;
    this.sweptAt = now;
    for (const [id, state] of this.buckets) {
      if (state.tokens + ((now - state.at) / 1000) * this.limit.rate >= this.limit.burst) this.buckets.delete(id);
    }
    for (const id of this.buckets.keys()) {
      if (this.buckets.size <= this.capacity) break;
      this.buckets.delete(id);
    }
  }
}

/** Retry-After is whole seconds; never 0, or a client would retry at once. */
export const retryAfterSeconds = (wait: number): number => Math.max(1, Math.ceil(wait));

import { describe, expect, it } from 'vitest';
import { RateLimit, rateLimitsFromEnv, retryAfterSeconds } from './rateLimit.js';

/** A limiter on a clock the test moves. */
function limiter(rate: number, burst: number, capacity?: number) {
  let now = 0;
  const limit = new RateLimit({ rate, burst }, capacity, () => now);
  return { limit, advance: (ms: number) => (now += ms) };
}

describe('RateLimit', () => {
  it('grants the burst at once, then the rate, and says how long to wait', () => {
    const { limit, advance } = limiter(2, 3);
    expect([limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([0, 0, 0]);
    expect(limit.take('a')).toBeCloseTo(0.5);
    // Another id has its own bucket.
    expect(limit.take('b')).toBe(0);
    advance(500);
    expect(limit.take('a')).toBe(0);
    expect(limit.take('a')).toBeCloseTo(0.5);
  });

  it('charges a batch by its size, and a batch larger than the burst the whole bucket', () => {
    const { limit, advance } = limiter(1, 5);
    expect(limit.take('a', 4)).toBe(0);
    expect(limit.take('a', 2)).toBeCloseTo(1);
    advance(5_000);
    expect(limit.take('a', 50)).toBe(0);
    expect(limit.take('a')).toBeCloseTo(1);
  });

  it('peeks without spending', () => {
    const { limit } = limiter(1, 1);
    expect(limit.wait('a')).toBe(0);
    expect(limit.wait('a')).toBe(0);
    limit.take('a');
    expect(limit.wait('a')).toBeCloseTo(1);
  });

  it('forgets buckets that have refilled, and never holds more than its capacity', () => {
    const { limit, advance } = limiter(10, 10, 100);
    for (let i = 0; i < 50; i++) limit.take(`k${i}`);
    expect(limit.size).toBe(50);
    advance(1_000);
    limit.take('fresh');
    expect(limit.size).toBe(1);
    for (let i = 0; i < 1_000; i++) limit.take(`id${i}`);
    expect(limit.size).toBeLessThanOrEqual(101);
  });

  it('logs a refusal at most once a second per id, counting the ones left out', () => {
    const { limit, advance } = limiter(1, 2);
    limit.take('a', 2);
    expect(limit.take('a')).toBeGreaterThan(0);
    expect(limit.logRefusal('a')).toBe(0);
    expect(limit.logRefusal('a')).toBeNull();
    expect(limit.logRefusal('a')).toBeNull();
    advance(1_000);
    limit.take('a');
    limit.take('a');
    expect(limit.logRefusal('a')).toBe(2);
  });
});

describe('rate limit configuration', () => {
  it('reads AIMS_RATE_LIMIT and AIMS_RATE_BURST; 0 turns the per-key limit off', () => {
    expect(rateLimitsFromEnv({}).perKey).toEqual({ rate: 100, burst: 200 });
    expect(rateLimitsFromEnv({ AIMS_RATE_LIMIT: '20' }).perKey).toEqual({ rate: 20, burst: 40 });
    expect(rateLimitsFromEnv({ AIMS_RATE_LIMIT: '20', AIMS_RATE_BURST: '5' }).perKey).toEqual({ rate: 20, burst: 5 });
    expect(rateLimitsFromEnv({ AIMS_RATE_LIMIT: '0' }).perKey).toBeNull();
    expect(rateLimitsFromEnv({ AIMS_RATE_LIMIT: '0' }).failedAuth).not.toBeNull();
    expect(() => rateLimitsFromEnv({ AIMS_RATE_LIMIT: 'fast' })).toThrow(/AIMS_RATE_LIMIT/);
  });

  it('asks for whole seconds, never zero', () => {
    expect(retryAfterSeconds(0.01)).toBe(1);
    expect(retryAfterSeconds(1.2)).toBe(2);
  });
});

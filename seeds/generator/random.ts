/**
 * A tiny seeded PRNG and the draws the generator needs. Math.random is never used: a chunk must
 * come out byte-identical for the same (seed, chunk), on any machine, so a stopped load can be
 * resumed by regenerating only the chunks still missing.
 */

/** FNV-1a over a string: turns a seed and a unit number into an independent 32-bit stream seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** Up to n distinct items drawn by `draw` (gives up after a bounded number of tries). */
  distinct<T>(n: number, draw: () => T): T[];
}

/**
 * mulberry32: 32 bits of state, good enough statistical quality for synthetic data and fast
 * enough for millions of draws. Each unit gets its own stream (see `randomFor`), so units do not
 * depend on each other and can be generated in any order.
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(choices: readonly (readonly [T, number])[]): T {
      const total = choices.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of choices) {
        r -= w;
        if (r < 0) return value;
      }
      return pick(choices)[0];
    },
    distinct<T>(n: number, draw: () => T): T[] {
      const out = new Set<T>();
      for (let tries = 0; out.size < n && tries < n * 20; tries++) out.add(draw());
      return [...out];
    },
  };
}

/** The stream for one unit of one seed. */
export const randomFor = (seed: string | number, unit: string): Random => mulberry32(hash32(`${seed}:${unit}`));

/**
 * A Zipf (power-law) sampler over ranks 0..n-1: rank k is drawn with weight 1/(k+1)^s. With
 * s ≈ 1 the first few ranks take most draws, which is how real platform and vendor usage looks.
 */
export function zipf(n: number, s = 1): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) cumulative.push((total += 1 / (k + 1) ** s));
  return (random) => {
    const r = random.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

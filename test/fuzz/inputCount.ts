import { afterAll } from 'vitest';

/**
 * Counts the generated inputs a fuzz file sends, per property, and prints them when the file
 * ends: the folder promises at least 10,000 per run (see README.md).
 */
export function inputCount(file: string): { add(property: string): void; answered(property: string): void } {
  const counts = new Map<string, number>();
  const answered = new Map<string, number>();
  afterAll(() => {
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const lines = [...counts].map(([property, n]) => `  ${property.padEnd(28)} ${String(n).padStart(5)}  (${answered.get(property) ?? 0} answered)`);
    console.log(`fuzz ${file}: ${total.toLocaleString('en')} generated inputs\n${lines.join('\n')}`);
  });
  const bump = (map: Map<string, number>, property: string) => void map.set(property, (map.get(property) ?? 0) + 1);
  return { add: (property) => bump(counts, property), answered: (property) => bump(answered, property) };
}

/** The seed of every property: fixed, so a failure replays (fast-check prints it with the path). */
export const SEED = 42_001;

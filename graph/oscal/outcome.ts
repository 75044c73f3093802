/** What an import did with each thing it was given, counted. */
export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type Outcome = keyof OutcomeCounts;

export function countOutcomes(outcomes: Iterable<Outcome>): OutcomeCounts {
  const counts: OutcomeCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const o of outcomes) counts[o] += 1;
  return counts;
}

/**
 * Whether plain values `wanted` would change what is stored: only the keys of `wanted` count, an
 * absent value equals null (Neo4j stores no nulls), lists compare element by element.
 */
export function differs(stored: Record<string, unknown> | null, wanted: Record<string, unknown>): boolean {
  if (!stored) return true;
  return Object.entries(wanted).some(([key, value]) => JSON.stringify(stored[key] ?? null) !== JSON.stringify(value ?? null));
}

/** The non-null entries: what a change event shows of a node or relationship. */
export function present(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));
}

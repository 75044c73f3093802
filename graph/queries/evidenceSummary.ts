import { evidenceFreshness, evidenceRecordedBy, type Freshness } from '../freshness.js';

/** One piece of evidence as the summaries count it. */
export interface EvidenceItem {
  id: string;
  freshness: Freshness;
  rejected: boolean;
}

export type BestFreshness = Freshness | 'none';

export interface EvidenceSummary {
  /** Evidence recorded by the day asked about. */
  total: number;
  current: number;
  expiring: number;
  stale: number;
  superseded: number;
  /** Counted above by freshness too, but never backs anything: a reviewer refused it. */
  rejected: number;
  /** Best freshness among evidence that is not rejected: current > expiring > stale > superseded > none. */
  best: BestFreshness;
}

/**
 * Cypher expression: the evidence supporting implementation `i` that exists on `$asOf`, as
 * EvidenceItem maps. Uses `$asOf` and `$expiringDays`; `i` is a constant of the calling module.
 */
export function evidenceItems(i: string): string {
  return `COLLECT { MATCH (ev:Evidence)-[:SUPPORTS]->(${i}) WHERE ${evidenceRecordedBy('ev')}
      RETURN {id: ev.id, freshness: ${evidenceFreshness('ev')}, rejected: coalesce(ev.reviewState, '') = 'rejected'}
      ORDER BY ev.id }`;
}

const BEST_FIRST: Freshness[] = ['current', 'expiring', 'stale', 'superseded'];

/** Counts by freshness, each piece of evidence once even when it supports several implementations. */
export function summariseEvidence(items: readonly EvidenceItem[]): EvidenceSummary {
  const unique = [...new Map(items.map((e) => [e.id, e])).values()];
  const count = (f: Freshness) => unique.filter((e) => e.freshness === f).length;
  const backing = new Set(unique.filter((e) => !e.rejected).map((e) => e.freshness));
  return {
    total: unique.length,
    current: count('current'),
    expiring: count('expiring'),
    stale: count('stale'),
    superseded: count('superseded'),
    rejected: unique.filter((e) => e.rejected).length,
    best: BEST_FIRST.find((f) => backing.has(f)) ?? 'none',
  };
}

/** Evidence counted in Cypher, each piece once: how many of one freshness, rejected or not. */
export interface EvidenceCount {
  freshness: Freshness;
  rejected: boolean;
  n: number;
}

/** The same summary as summariseEvidence, from counts made in the database. */
export function summariseCounts(counts: readonly EvidenceCount[]): EvidenceSummary {
  const sum = (keep: (c: EvidenceCount) => boolean) => counts.filter(keep).reduce((n, c) => n + Number(c.n), 0);
  const backing = new Set(counts.filter((c) => !c.rejected && Number(c.n) > 0).map((c) => c.freshness));
  return {
    total: sum(() => true),
    current: sum((c) => c.freshness === 'current'),
    expiring: sum((c) => c.freshness === 'expiring'),
    stale: sum((c) => c.freshness === 'stale'),
    superseded: sum((c) => c.freshness === 'superseded'),
    rejected: sum((c) => c.rejected),
    best: BEST_FIRST.find((f) => backing.has(f)) ?? 'none',
  };
}

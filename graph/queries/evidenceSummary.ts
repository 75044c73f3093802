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

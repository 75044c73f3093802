/**
 * Evidence freshness, computed in Cypher for the day asked about (`$asOf`, a DATE parameter) from
 * the derived dates that graph/markers.ts keeps on every piece of evidence, so any past or future
 * day can be asked and the freshness itself is never stored. `$expiringDays` is the warning window.
 *
 *   superseded  a newer piece of evidence recorded on or before $asOf supersedes it
 *   stale       it expired before $asOf
 *   expiring    it expires within $expiringDays of $asOf
 *   current     otherwise (also when it never expires)
 *
 * It expires on validUntil, or reviewIntervalDays after the day it was recorded. The variable
 * name is always a constant of the calling query module, never input.
 */
export function evidenceExpiry(e: string): string {
  return `${e}.expiresOn`;
}

export function evidenceFreshness(e: string): string {
  return `CASE
    WHEN ${e}.supersededOn <= $asOf THEN 'superseded'
    WHEN ${e}.expiresOn < $asOf THEN 'stale'
    WHEN ${e}.expiresOn <= $asOf + duration({days: $expiringDays}) THEN 'expiring'
    ELSE 'current' END`;
}

/** Evidence exists on $asOf once it has been recorded. */
export function evidenceRecordedBy(e: string): string {
  return `date(${e}.recordedAt) <= $asOf`;
}

export type Freshness = 'current' | 'expiring' | 'stale' | 'superseded';
export const DEFAULT_EXPIRING_DAYS = 30;

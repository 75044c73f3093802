/**
 * Evidence freshness, computed in Cypher for the day asked about (`$asOf`, a DATE parameter) and
 * never stored, so any past or future day can be asked. `$expiringDays` is the warning window.
 *
 *   superseded  a newer piece of evidence recorded on or before $asOf supersedes it
 *   stale       it expired before $asOf
 *   expiring    it expires within $expiringDays of $asOf
 *   current     otherwise
 *
 * It expires on validUntil, or reviewIntervalDays after the day it was recorded. The variable
 * name is always a constant of the calling query module, never input.
 */
export function evidenceExpiry(e: string): string {
  return `coalesce(${e}.validUntil, date(${e}.recordedAt) + duration({days: ${e}.reviewIntervalDays}))`;
}

export function evidenceFreshness(e: string): string {
  return `CASE
    WHEN EXISTS { MATCH (${e})<-[:SUPERSEDES]-(newer:Evidence) WHERE date(newer.recordedAt) <= $asOf } THEN 'superseded'
    WHEN ${evidenceExpiry(e)} < $asOf THEN 'stale'
    WHEN ${evidenceExpiry(e)} <= $asOf + duration({days: $expiringDays}) THEN 'expiring'
    ELSE 'current' END`;
}

/** Evidence exists on $asOf once it has been recorded. */
export function evidenceRecordedBy(e: string): string {
  return `date(${e}.recordedAt) <= $asOf`;
}

export type Freshness = 'current' | 'expiring' | 'stale' | 'superseded';
export const DEFAULT_EXPIRING_DAYS = 30;

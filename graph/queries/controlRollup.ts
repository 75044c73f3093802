import { evidenceFreshness, evidenceRecordedBy } from '../freshness.js';

/*
 * Reading a control's rollup (graph/markers.ts keeps it on the Control node): the organisation's
 * statement of applicability and a clause's lineage summarise every implementation of a control,
 * some 8,000 on the large preset, and would otherwise read all of them and their evidence.
 */

/** The rollup describes `c` on $asOf when it exists and all its evidence was recorded by then. */
const CURRENT = (c: string) => `(${c}.evidenceTotal IS NOT NULL AND coalesce(${c}.evidenceRecordedOn <= $asOf, true))`;

const latest = (list: string, rejected: boolean) => `
      {freshness: 'stale', rejected: ${rejected}, n: size([d IN ${list} WHERE d < $asOf])},
      {freshness: 'expiring', rejected: ${rejected}, n: size([d IN ${list} WHERE $asOf <= d <= $asOf + duration({days: $expiringDays})])},
      {freshness: 'current', rejected: ${rejected}, n: size([d IN ${list} WHERE d > $asOf + duration({days: $expiringDays})])}`;

/**
 * Body of `CALL (c) { … }` yielding `evidence`: EvidenceCount maps (evidenceSummary.ts) for the
 * evidence of c's implementations that are not excluded, each piece once, as of $asOf — from the
 * rollup when it describes that day, otherwise (a past audit date) from the evidence itself.
 */
export const CONTROL_EVIDENCE = (c: string) => `
  CALL (${c}) {
    WITH ${c} WHERE ${CURRENT(c)}
    UNWIND [
      {freshness: 'superseded', rejected: false, n: ${c}.evidenceSupersededBacking},
      {freshness: 'superseded', rejected: true, n: ${c}.evidenceSuperseded - ${c}.evidenceSupersededBacking},${latest(`${c}.latestExpiries`, false)},${latest(`${c}.latestRejectedExpiries`, true)}
    ] AS x
    RETURN x
    UNION ALL
    WITH ${c} WHERE NOT ${CURRENT(c)}
    MATCH (${c})<-[:IMPLEMENTS]-(i:Implementation)<-[:SUPPORTS]-(e:Evidence)
    WHERE i.status <> 'excluded' AND ${evidenceRecordedBy('e')}
    WITH DISTINCT e
    WITH ${evidenceFreshness('e')} AS freshness, coalesce(e.reviewState, '') = 'rejected' AS rejected, count(*) AS n
    RETURN {freshness: freshness, rejected: rejected, n: n} AS x
  }
  RETURN collect(x) AS evidence`;

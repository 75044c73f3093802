import { labels } from '../model.js';

/*
 * The governance rules as Cypher, shared by the gaps (governanceGaps.ts) and the Statement of
 * Applicability's notes (soaNotes.ts) so the two never disagree. Each is judged on `$asOf` (a DATE
 * parameter); variable names are constants of the calling module, never input.
 */

/** The year up to $asOf, $asOf included: recurrence, severe failures, management review, incidents still worth flagging. */
export const YEAR_AGO = '($asOf - duration({days: 365}))';

export const NONCONFORMITY_KINDS = `['major-nonconformity', 'minor-nonconformity']`;

const otherLiveStages = (labels.AISystem.properties.lifecycleStage.values ?? []).filter((s) => s !== 'retired' && s !== 'production');

/**
 * CALL body yielding `s`: every system that must hold a current impact assessment (customer-facing
 * or in production, not retired) and is not in the list `current`. Two seeks on the
 * lifecycleStage index rather than a scan of every system; a system whose stage was never set is
 * not judged.
 */
export const systemsNeedingAssessment = (current: string) => `
    MATCH (s:AISystem) WHERE s.lifecycleStage = 'production' AND NOT s IN ${current} RETURN s
    UNION
    MATCH (s:AISystem) WHERE s.lifecycleStage IN ${JSON.stringify(otherLiveStages).replace(/"/g, "'")} AND s.customerFacing = true
      AND NOT s IN ${current} RETURN s`;

/** The day an assessment's review falls due (null for null). */
export const reviewDueOn = (ia: string) => `${ia}.assessedOn + duration({days: coalesce(${ia}.reviewIntervalDays, 365)})`;

/** CALL body over a bound system `s`: `ia`, its latest approved assessment by $asOf, or null. */
export const latestAssessment = (s: string) => `
  OPTIONAL MATCH (ia:ImpactAssessment)-[:ASSESSES]->(${s}) WHERE ia.status = 'approved' AND ia.assessedOn <= $asOf
  RETURN ia ORDER BY ia.assessedOn DESC, ia.id DESC LIMIT 1`;

/**
 * CALL body yielding `current`: the systems whose latest approved assessment by $asOf is not yet
 * due. Found from the assessments, which are few, so the many systems are only tested against it.
 */
export const CURRENTLY_ASSESSED = `
  MATCH (ia:ImpactAssessment)-[:ASSESSES]->(s:AISystem) WHERE ia.status = 'approved' AND ia.assessedOn <= $asOf
  WITH s, ia ORDER BY ia.assessedOn DESC, ia.id DESC
  WITH s, head(collect(ia)) AS latest WHERE ${reviewDueOn('latest')} >= $asOf
  RETURN collect(s) AS current`;

/** A finding still open at the end of $asOf: not closed by then (closed without a closedOn counts as closed). */
export const openOn = (f: string) => `NOT coalesce(${f}.closedOn <= $asOf, ${f}.status = 'closed', false)`;

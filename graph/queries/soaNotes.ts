import {
  CURRENTLY_ASSESSED, latestAssessment, NONCONFORMITY_KINDS, openOn, reviewDueOn, systemsNeedingAssessment, YEAR_AGO,
} from './governanceRules.js';
import type { NodeRef } from './refs.js';

/*
 * What the governance workflows say about a row of the Statement of Applicability, beside its
 * status: the impact assessment the A.5 controls ask for, severe incidents that showed the control
 * failing within the year, and nonconformities about it still open. The rules are
 * governanceGaps.ts's; the notes never change how a row's applicability or status is decided.
 */

/** The Annex A area whose controls are about AI system impact assessment. */
const ASSESSMENT_AREA = 'A.5';
/** Longest list of ids a note names; the count is always whole. */
const NAMED = 5;

const severe = (n: string) =>
  `${n}.severity IN ['SEV1', 'SEV2'] AND date(${n}.occurredAt) <= $asOf AND date(${n}.occurredAt) > ${YEAR_AGO}`;
const openNonconformity = (f: string) => `${f}.kind IN ${NONCONFORMITY_KINDS} AND ${f}.raisedOn <= $asOf AND ${openOn(f)}`;
const failure = `{control: c.id, id: n.id, severity: n.severity, on: date(n.occurredAt)}`;
const finding = `{control: c.id, id: f.id, kind: f.kind, raisedOn: f.raisedOn}`;

/**
 * CALL body over a bound system `s`, yielding `notes`: its latest approved assessment, and the
 * incidents that AFFECTED it and findings about it (or about no system in particular).
 */
export const SYSTEM_NOTES = `
  CALL (s) { ${latestAssessment('s')} }
  RETURN {
    retired: coalesce(s.lifecycleStage = 'retired', false),
    assessment: CASE WHEN ia IS NULL THEN null ELSE {id: ia.id, assessedOn: ia.assessedOn, dueOn: ${reviewDueOn('ia')}} END,
    failed: COLLECT { MATCH (n:Incident)-[:AFFECTED]->(s) WHERE ${severe('n')} MATCH (n)-[:FAILED]->(c:Control)
      RETURN ${failure} AS x ORDER BY x.on, x.id },
    nonconformities: COLLECT { MATCH (f:Finding)-[:CONCERNS]->(c:Control) WHERE ${openNonconformity('f')}
      AND (EXISTS { (f)-[:CONCERNS]->(s) } OR NOT EXISTS { (f)-[:CONCERNS]->(:AISystem) })
      RETURN ${finding} AS x ORDER BY x.raisedOn, x.id }
  } AS notes`;

/**
 * CALL body for the organisation, yielding `notes`: how many systems lack a current assessment (and
 * the first few), every severe failure and every open nonconformity.
 */
export const ORGANIZATION_NOTES = `
  CALL () { ${CURRENTLY_ASSESSED} }
  CALL (current) { ${systemsNeedingAssessment('current')} }
  WITH s ORDER BY s.id
  WITH collect(s) AS unassessed
  RETURN {
    unassessedCount: size(unassessed), unassessed: [s IN unassessed[0..${NAMED}] | s.id],
    failed: COLLECT { MATCH (n:Incident) WHERE ${severe('n')} MATCH (n)-[:FAILED]->(c:Control)
      RETURN ${failure} AS x ORDER BY x.on, x.id },
    nonconformities: COLLECT { MATCH (f:Finding) WHERE ${openNonconformity('f')} MATCH (f)-[:CONCERNS]->(c:Control)
      RETURN ${finding} AS x ORDER BY x.raisedOn, x.id }
  } AS notes`;

export interface SoaNotesData {
  retired?: boolean;
  assessment?: { id: string; assessedOn: string; dueOn: string } | null;
  /** For the organisation: how many systems lack a current assessment, and the first few. */
  unassessedCount?: number;
  unassessed?: string[];
  failed: { control: string; id: string; severity: string; on: string }[];
  nonconformities: { control: string; id: string; kind: string; raisedOn: string }[];
}

const named = (items: string[], count = items.length) =>
  items.slice(0, NAMED).join(', ') + (count > NAMED ? ` and ${count - NAMED} more` : '');

/** The notes of one row: sentences saying why it needs attention on `asOf`, or none. */
export function soaNotes(
  scope: NodeRef, data: SoaNotesData, row: { control: { id: string }; area: { id: string } | null; applicable: boolean }, asOf: string,
): string[] {
  const notes: string[] = [];
  if (row.applicable && row.area?.id === ASSESSMENT_AREA) {
    const n = Number(data.unassessedCount ?? 0);
    if (n > 0) {
      notes.push(`${n} customer-facing or production ${n === 1 ? 'system lacks' : 'systems lack'} a current approved impact ` +
        `assessment on ${asOf}: ${named(data.unassessed ?? [], n)}.`);
    } else if (scope.label === 'AISystem' && !data.retired) {
      const a = data.assessment;
      if (!a) notes.push(`${scope.id} has no approved impact assessment on ${asOf}.`);
      else if (a.dueOn < asOf) notes.push(`The impact assessment of ${scope.id}, ${a.id} of ${a.assessedOn}, was due for review on ${a.dueOn}.`);
    }
  }
  const failed = data.failed.filter((f) => f.control === row.control.id);
  if (failed.length) {
    notes.push(`Incidents that showed this control failing in the 365 days to ${asOf}: ` +
      `${named(failed.map((f) => `${f.id} (${f.severity}, ${f.on})`))}.`);
  }
  const open = data.nonconformities.filter((f) => f.control === row.control.id);
  if (open.length) {
    notes.push(`Open nonconformities about this control on ${asOf}: ` +
      `${named(open.map((f) => `${f.id} (${f.kind.replace('-nonconformity', '')}, raised ${f.raisedOn})`))}.`);
  }
  return notes;
}

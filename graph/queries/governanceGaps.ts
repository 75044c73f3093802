import type { Graph } from '../db.js';
import { evidenceRecordedBy } from '../freshness.js';
import { approvalsRequired } from '../workflows/approvalPolicy.js';
import { breachCypher } from '../workflows/kpiBreach.js';
import type { Gap } from './gaps.js';
import {
  actionReason, assessmentReason, deploymentReason, kpiReason, lateIncidents, reviewReason, recurrenceReason,
  unevidencedReason, type RawAction, type RawAssessment, type RawDeployment, type RawIncident, type RawKpi, type RawRecurrence,
  type RawReview,
} from './governanceReasons.js';
import {
  CURRENTLY_ASSESSED, latestAssessment, NONCONFORMITY_KINDS, reviewDueOn, systemsNeedingAssessment, YEAR_AGO,
} from './governanceRules.js';
import { dayParam, intParam } from './input.js';
import { whyPath } from './why.js';

/** How many of each governance gap there are on the day, listed or not. */
export interface GovernanceGapCounts {
  /** Change requests in production without the approvals their risk tier requires. */
  unapprovedDeployments: number;
  /** Customer-facing or production systems without a current approved impact assessment. */
  impactAssessmentsMissingOrDue: number;
  overdueCorrectiveActions: number;
  /** Corrective actions marked done that no evidence CLOSES. */
  unevidencedCorrectiveActions: number;
  /** Controls or clauses two or more nonconformities concerned within a year. */
  recurringNonconformities: number;
  kpisInBreach: number;
  /** Incidents whose response or resolution is later than their severity's protocol allows. */
  lateIncidents: number;
  /** 1 when no management review was held in the year up to the day. */
  managementReviewOverdue: number;
}

export type GovernanceGapLists = { [K in keyof GovernanceGapCounts]: Gap[] };

export interface GovernanceGaps extends GovernanceGapLists {
  asOf: string;
  counts: GovernanceGapCounts;
}

export interface GovernanceGapsParams {
  asOf: string;
  /** Most items listed of each kind (default 100); counts are whole. */
  first?: number;
}

// A request whose tier was never recorded is held to the strictest tier, as approvalPolicy.highestTier does.
const required = (cr: string) => `coalesce(${cr}.requiredApprovals, CASE ${cr}.riskTier
  ${Object.entries(approvalsRequired).map(([tier, n]) => `WHEN '${tier}' THEN ${n}`).join(' ')} ELSE ${approvalsRequired.high} END)`;

/** Cypher expression: the why of the first path matching `pattern` (a constant of this module), by `order`, or null. */
const firstWhy = (pattern: string, order = '[n IN nodes(p) | n.id]') =>
  `head(COLLECT { MATCH p = ${pattern} RETURN ${whyPath('p')} AS w ORDER BY ${order} LIMIT 1 })`;

const distinctApprovers = (cr: string, decidedBy: string) => `COLLECT {
    MATCH (a:Approval)-[:DECIDES]->(${cr}) WHERE a.decision = 'approved' AND date(a.decidedAt) <= ${decidedBy}
    OPTIONAL MATCH (a)-[:GIVEN_BY]->(p:Person)
    RETURN DISTINCT coalesce(p.id, a.id) }`;

const action = (ca: string) => `{id: ${ca}.id, label: 'CorrectiveAction', name: ${ca}.title, dueOn: ${ca}.dueOn, completedOn: ${ca}.completedOn,
  owners: COLLECT { MATCH (own:Person|Team)-[:OWNS]->(${ca}) RETURN own.name ORDER BY own.name },
  finding: head(COLLECT { MATCH (${ca})-[:CORRECTS]->(f:Finding) RETURN {id: f.id, title: f.title} AS finding ORDER BY finding.id }),
  rejected: COLLECT { MATCH (e:Evidence)-[:CLOSES]->(${ca}) WHERE ${evidenceRecordedBy('e')} AND e.reviewState = 'rejected' RETURN e.id ORDER BY e.id },
  why: coalesce(${firstWhy(`(${ca})-[:CORRECTS]->(:Finding)-[:CONCERNS]->()`)}, ${firstWhy(`(${ca})-[:CORRECTS]->(:Finding)`)})}`;

/**
 * A capped list: the rows `x`, in order, counted whole; the first $first each as `item`, with `bind`
 * naming the nodes in `x` so the item's patterns start from bound nodes.
 */
const listed = (name: string, bind: string, item: string) => `
  WITH collect(x) AS found
  CALL (found) {
    UNWIND found[0..$first] AS x
    WITH x, ${bind}
    RETURN collect(${item}) AS items
  }
  RETURN {count: size(found), items: items} AS ${name}`;

/*
 * One CALL per kind of gap, each aggregating to exactly one row; gaps.ts chains them after its own
 * lists (one round-trip), governanceGaps below runs them alone. Everything is judged on $asOf: only
 * what was recorded, decided, raised, measured or completed by then counts. Each kind is few
 * nodes in any organisation (requests, assessments, findings, KPIs, incidents), so each starts from
 * its label or an indexed property; the many systems only through the lifecycleStage index.
 */
const calls: (readonly [string, string])[] = [
  ['unapprovedDeployments', `
  MATCH (cr:ChangeRequest) WHERE cr.deployedOn <= $asOf
  WITH cr, ${required('cr')} AS required, ${distinctApprovers('cr', '$asOf')} AS approvedBy,
    ${distinctApprovers('cr', 'cr.deployedOn')} AS approvedAtDeployment,
    COLLECT { MATCH (a:Approval)-[:DECIDES]->(cr) WHERE a.decision = 'rejected' AND date(a.decidedAt) <= $asOf
      OPTIONAL MATCH (a)-[:GIVEN_BY]->(p:Person) RETURN coalesce(p.name, a.id) AS by ORDER BY by } AS rejectedBy
  WHERE size(approvedBy) < required OR size(rejectedBy) > 0
  WITH {cr: cr, required: required, approved: size(approvedBy), approvedAtDeployment: size(approvedAtDeployment), rejectedBy: rejectedBy} AS x
  ORDER BY cr.id
  ${listed('unapprovedDeployments', 'x.cr AS cr', `{id: cr.id, label: 'ChangeRequest', name: cr.title, deployedOn: cr.deployedOn,
    note: cr.deploymentNote, riskTier: cr.riskTier, required: x.required, approved: x.approved,
    approvedAtDeployment: x.approvedAtDeployment, rejectedBy: x.rejectedBy,
    why: ${firstWhy('(cr)-[:CHANGES]->(t)', 'CASE WHEN t:AISystem THEN 0 ELSE 1 END, t.id')}}`)}`],
  ['impactAssessmentsMissingOrDue', `
  CALL () { ${CURRENTLY_ASSESSED} }
  CALL (current) { ${systemsNeedingAssessment('current')} }
  WITH s ORDER BY s.id
  WITH s AS x
  ${listed('impactAssessmentsMissingOrDue', 'x AS s', `{id: s.id, label: 'AISystem', name: s.name,
    lifecycleStage: s.lifecycleStage, customerFacing: s.customerFacing,
    assessment: COLLECT { CALL (s) { ${latestAssessment('s')} } WITH ia WHERE ia IS NOT NULL
      RETURN {id: ia.id, assessedOn: ia.assessedOn, dueOn: ${reviewDueOn('ia')}} }[0],
    drafts: COLLECT { MATCH (d:ImpactAssessment)-[:ASSESSES]->(s) WHERE coalesce(d.status, 'draft') <> 'approved'
      AND d.assessedOn <= $asOf RETURN d.id ORDER BY d.id },
    why: coalesce(${firstWhy('(ia:ImpactAssessment)-[:ASSESSES]->(s) WHERE ia.status = \'approved\' AND ia.assessedOn <= $asOf',
      'ia.assessedOn DESC, ia.id DESC')}, ${firstWhy('(:Organization)-[:OPERATES]->(s)')})}`)}`],
  ['overdueCorrectiveActions', `
  MATCH (x:CorrectiveAction) WHERE x.dueOn < $asOf AND NOT coalesce(x.completedOn <= $asOf, false)
    AND NOT EXISTS { (x)-[:CORRECTS]->(f:Finding) WHERE f.raisedOn > $asOf }
  WITH x ORDER BY x.id
  ${listed('overdueCorrectiveActions', 'x AS ca', action('ca'))}`],
  ['unevidencedCorrectiveActions', `
  MATCH (x:CorrectiveAction) WHERE x.completedOn <= $asOf
    AND NOT EXISTS { (e:Evidence)-[:CLOSES]->(x) WHERE ${evidenceRecordedBy('e')} AND coalesce(e.reviewState, '') <> 'rejected' }
  WITH x ORDER BY x.id
  ${listed('unevidencedCorrectiveActions', 'x AS ca', action('ca'))}`],
  ['recurringNonconformities', `
  MATCH (f:Finding) WHERE f.kind IN ${NONCONFORMITY_KINDS} AND f.raisedOn <= $asOf AND f.raisedOn > ${YEAR_AGO}
  MATCH (f)-[:CONCERNS]->(t) WHERE t:Control OR t:Clause
  WITH t, f ORDER BY f.raisedOn DESC, f.id
  WITH t, collect(f) AS fs WHERE size(fs) >= 2
  WITH {t: t, fs: fs} AS x ORDER BY CASE WHEN t:Clause THEN 0 ELSE 1 END, t.sort, t.id
  ${listed('recurringNonconformities', 'x.t AS t, x.fs[0] AS a, x.fs[1] AS b', `{id: t.id, label: labels(t)[0], name: t.title,
    count: size(x.fs), findings: [f IN x.fs[0..5] | {id: f.id, kind: f.kind, raisedOn: f.raisedOn}],
    why: ${firstWhy('(a)-[:CONCERNS]->(t)<-[:CONCERNS]-(b)')}}`)}`],
  ['kpisInBreach', `
  MATCH (k:KPI) WHERE k.threshold IS NOT NULL
  CALL (k) {
    OPTIONAL MATCH (m:Measurement)-[:MEASUREMENT_OF]->(k) WHERE m.measuredOn <= $asOf
    RETURN m ORDER BY m.measuredOn DESC LIMIT 1
  }
  // Without a series by then, the KPI's own latest value, when it was measured by then (or is undated and has no series).
  WITH k, CASE WHEN m IS NOT NULL THEN {value: m.value, measuredOn: m.measuredOn}
    WHEN k.lastValue IS NOT NULL AND (k.measuredOn <= $asOf
      OR (k.measuredOn IS NULL AND NOT EXISTS { (:Measurement)-[:MEASUREMENT_OF]->(k) }))
    THEN {value: k.lastValue, measuredOn: k.measuredOn} END AS latest
  WHERE latest IS NOT NULL AND ${breachCypher('k', 'latest.value')}
  WITH {k: k, latest: latest} AS x ORDER BY k.id
  ${listed('kpisInBreach', 'x.k AS k', `{id: k.id, label: 'KPI', name: k.name, value: x.latest.value,
    measuredOn: x.latest.measuredOn, threshold: k.threshold, direction: k.direction, unit: k.unit,
    systems: COLLECT { MATCH (k)-[:MEASURES]->(s:AISystem) RETURN s.id ORDER BY s.id },
    risks: COLLECT { MATCH (k)-[:INDICATES]->(r:Risk) RETURN r.id ORDER BY r.id },
    why: coalesce(${firstWhy('(:AISystem)<-[:MEASURES]-(k)-[:INDICATES]->(:Risk)')}, ${firstWhy('(k)-[:MEASURES]->(:AISystem)')},
      ${firstWhy('(k)-[:INDICATES]->(:Risk)')})}`)}`],
  // Every incident that could be late is returned and judged in JS by responseProtocol.lateness, the one rule:
  // those still unresolved on $asOf, and those resolved within the year (a late one stays a gap that long).
  ['lateIncidentCandidates', `
  MATCH (inc:Incident) WHERE inc.occurredAt IS NOT NULL AND date(inc.occurredAt) <= $asOf
    AND (inc.resolvedAt IS NULL OR date(inc.resolvedAt) > ${YEAR_AGO})
  WITH inc ORDER BY inc.id
  RETURN collect({id: inc.id, label: 'Incident', name: inc.title, severity: inc.severity, occurredAt: inc.occurredAt,
    respondedAt: inc.respondedAt, resolvedAt: inc.resolvedAt,
    why: coalesce(${firstWhy('(inc)-[:AFFECTED]->(:AISystem)')}, ${firstWhy('(inc)-[:FAILED]->(:Control)')})}) AS lateIncidentCandidates`],
  ['managementReview', `
  CALL () {
    OPTIONAL MATCH (mr:ManagementReview) WHERE mr.heldOn <= $asOf
    RETURN mr ORDER BY mr.heldOn DESC, mr.id DESC LIMIT 1
  }
  // Importing mr (unused inside) makes this an Apply on its one row, not a Cartesian product.
  CALL (mr) { OPTIONAL MATCH (o:Organization) RETURN o ORDER BY o.id LIMIT 1 }
  RETURN CASE WHEN o IS NULL OR mr.heldOn > ${YEAR_AGO} THEN null
    ELSE {organization: {id: o.id, label: 'Organization', name: o.name},
      last: CASE WHEN mr IS NULL THEN null ELSE {id: mr.id, label: 'ManagementReview', name: mr.title, heldOn: mr.heldOn} END} END
    AS managementReview`],
];

/**
 * The governance CALLs, chained after the variable `after` (the last list of the enclosing query)
 * so the planner applies them in turn rather than as a Cartesian product; null to start a query.
 */
export function governanceCalls(after: string | null): string {
  let previous = after ?? '';
  return calls.map(([name, body]) => {
    const call = `CALL (${previous}) {${body}\n}`;
    previous = name;
    return call;
  }).join('\n');
}

/** The columns governanceCalls yields, for the enclosing RETURN. */
export const GOVERNANCE_COLUMNS = calls.map(([name]) => name).join(', ');

type List<T> = { count: number; items: (Gap & T)[] };

/** The governance lists and counts from a row holding GOVERNANCE_COLUMNS, judged on `asOf` with `first` listed. */
export function governanceGapsOf(row: Record<string, unknown>, asOf: string, first: number): { counts: GovernanceGapCounts } & GovernanceGapLists {
  const list = <T>(key: string) => row[key] as List<T>;
  const gap = ({ id, label, name, why }: Omit<Gap, 'reason'>, reason: string): Gap => ({ id, label, name, reason, why: why ?? null });
  const deployments = list<RawDeployment>('unapprovedDeployments');
  const assessments = list<RawAssessment>('impactAssessmentsMissingOrDue');
  const overdue = list<RawAction>('overdueCorrectiveActions');
  const unevidenced = list<RawAction>('unevidencedCorrectiveActions');
  const recurring = list<RawRecurrence>('recurringNonconformities');
  const kpis = list<RawKpi>('kpisInBreach');
  const late = lateIncidents(row.lateIncidentCandidates as (Gap & RawIncident)[], asOf);
  const review = row.managementReview as RawReview | null;
  return {
    counts: {
      unapprovedDeployments: Number(deployments.count),
      impactAssessmentsMissingOrDue: Number(assessments.count),
      overdueCorrectiveActions: Number(overdue.count),
      unevidencedCorrectiveActions: Number(unevidenced.count),
      recurringNonconformities: Number(recurring.count),
      kpisInBreach: Number(kpis.count),
      lateIncidents: late.length,
      managementReviewOverdue: review ? 1 : 0,
    },
    unapprovedDeployments: deployments.items.map((d) => gap(d, deploymentReason(d, asOf))),
    impactAssessmentsMissingOrDue: assessments.items.map((s) => gap(s, assessmentReason(s, asOf))),
    overdueCorrectiveActions: overdue.items.map((a) => gap(a, actionReason(a, asOf))),
    unevidencedCorrectiveActions: unevidenced.items.map((a) => gap(a, unevidencedReason(a))),
    recurringNonconformities: recurring.items.map((t) => gap(t, recurrenceReason(t, asOf))),
    kpisInBreach: kpis.items.map((k) => gap(k, kpiReason(k))),
    lateIncidents: late.slice(0, first).map(({ incident, reason }) => gap(incident, reason)),
    managementReviewOverdue: review && first > 0
      ? [gap({ ...(review.last ?? review.organization), why: null }, reviewReason(review, asOf))]
      : [],
  };
}

/**
 * The gaps in the loops around the controls on `asOf`: deployments without their approvals, missing
 * or overdue impact assessments, overdue or unevidenced corrective actions, recurring
 * nonconformities, KPIs in breach, incidents late against their protocol, no management review in a
 * year. `gaps` carries the same lists beside its own.
 */
export async function governanceGaps(graph: Graph, params: GovernanceGapsParams): Promise<GovernanceGaps> {
  // The same default and bound as gaps.ts's lists.
  const first = params.first ?? 100;
  const [row = {}] = await graph.read(`${governanceCalls(null)}\nRETURN ${GOVERNANCE_COLUMNS}`, {
    asOf: dayParam('asOf', params.asOf),
    first: intParam('first', first, 0, 1000),
  });
  return { asOf: params.asOf, ...governanceGapsOf(row, params.asOf, first) };
}

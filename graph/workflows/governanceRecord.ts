import type { Graph } from '../db.js';
import { cypherDate, cypherDateTime } from '../plain.js';
import { endOfDay } from '../queries/statusHistory.js';
import { actionState } from './correctiveActions.js';
import { kpiSignals, type KpiSignal } from './measurements.js';
import { lateness } from './responseProtocol.js';

/** The governance records of a scope as of a day, for the auditor's package (data/governance.json). */
export interface GovernanceRecord {
  scope: string;
  asOf: string;
  changeRequests: Record<string, unknown>[];
  impactAssessments: Record<string, unknown>[];
  incidents: Record<string, unknown>[];
  findings: Record<string, unknown>[];
  audits: Record<string, unknown>[];
  managementReviews: Record<string, unknown>[];
  kpiSignals: (Omit<KpiSignal, 'kpi'> & { kpi: string; name: unknown })[];
}

/*
 * What the scope's governance held by the end of $asOf: for a system, the change requests touching
 * it or what it runs and uses, its assessments, the incidents that affected it, the findings about
 * it, its implementations or those incidents, and the audits covering it; for the organisation, all.
 * Management reviews are the organisation's. Each list is small (tens), so it is read whole.
 */
const cypher = (label: 'Organization' | 'AISystem') => `
MATCH (scope:${label} {id: $scope})
WITH scope, scope:Organization AS all
CALL (scope, all) {
  MATCH (cr:ChangeRequest) WHERE cr.requestedAt < $end
    AND (all OR EXISTS { (cr)-[:CHANGES]->(x) WHERE x = scope OR (scope)-[:RUNS|USES]->(x) })
  RETURN collect(cr {.id, .title, .kind, .riskTier, .requiredApprovals, .status, requestedAt: toString(cr.requestedAt),
    deployedOn: toString(cr.deployedOn), .deploymentNote, .riskReview,
    changes: COLLECT { MATCH (cr)-[:CHANGES]->(x) RETURN x.id ORDER BY x.id },
    approvals: COLLECT { MATCH (cr)<-[:DECIDES]-(a:Approval)-[:GIVEN_BY]->(p:Person) WHERE a.decidedAt < $end
      RETURN {person: p.id, decision: a.decision, decidedAt: toString(a.decidedAt), comment: a.comment} ORDER BY a.decidedAt },
    approvers: COLLECT { MATCH (cr)-[:NEEDS_APPROVAL_OF]->(p:Person) RETURN p.id ORDER BY p.id }}) AS changeRequests
}
CALL (scope, all) {
  MATCH (ia:ImpactAssessment)-[:ASSESSES]->(s:AISystem) WHERE ia.assessedOn <= $asOf AND (all OR s = scope)
  WITH ia, s ORDER BY s.id, ia.assessedOn DESC
  RETURN collect(ia {.id, .title, system: s.id, assessedOn: toString(ia.assessedOn), .reviewIntervalDays, .status, .overallImpact,
    reviewDueOn: toString(ia.assessedOn + duration({days: coalesce(ia.reviewIntervalDays, 365)}))}) AS impactAssessments
}
CALL (scope, all) {
  MATCH (i:Incident) WHERE i.occurredAt < $end AND (all OR (i)-[:AFFECTED]->(scope))
  WITH i ORDER BY i.occurredAt DESC
  RETURN collect(i {.id, .title, .severity, .status, .rootCause, .customersAffected, occurredAt: toString(i.occurredAt),
    respondedAt: toString(i.respondedAt), resolvedAt: toString(i.resolvedAt),
    affected: COLLECT { MATCH (i)-[:AFFECTED]->(s) RETURN s.id ORDER BY s.id },
    failedControls: COLLECT { MATCH (i)-[:FAILED]->(c) RETURN c.id ORDER BY c.id },
    risks: COLLECT { MATCH (i)-[:MATERIALISED]->(r) RETURN r.id ORDER BY r.id }}) AS incidents
}
CALL (scope, all) {
  MATCH (f:Finding) WHERE f.raisedOn <= $asOf
    AND (all OR EXISTS { (f)-[:CONCERNS]->(x) WHERE x = scope OR (x)-[:APPLIES_TO]->(scope) }
         OR EXISTS { (f)-[:RAISED_IN]->(:Incident)-[:AFFECTED]->(scope) })
  WITH f ORDER BY f.raisedOn DESC, f.id
  RETURN collect(f {.id, .title, .kind, raisedOn: toString(f.raisedOn), closedOn: toString(f.closedOn),
    raisedIn: COLLECT { MATCH (f)-[:RAISED_IN]->(x) RETURN x.id }[0],
    concerns: COLLECT { MATCH (f)-[:CONCERNS]->(x) RETURN x.id ORDER BY x.id },
    actions: COLLECT { MATCH (a:CorrectiveAction)-[:CORRECTS]->(f)
      RETURN a {.id, .title, dueOn: toString(a.dueOn), completedOn: toString(a.completedOn),
        owners: COLLECT { MATCH (a)<-[:OWNS]-(o) RETURN o.id ORDER BY o.id },
        closedBy: COLLECT { MATCH (a)<-[:CLOSES]-(e:Evidence) RETURN e.id ORDER BY e.id }} ORDER BY a.dueOn }}) AS findings
}
CALL (scope, all) {
  MATCH (a:Audit) WHERE all OR (a)-[:COVERS]->(scope)
  WITH a ORDER BY a.startsOn
  RETURN collect(a {.id, .title, .kind, .status, startsOn: toString(a.startsOn), endsOn: toString(a.endsOn), .summary,
    covers: COLLECT { MATCH (a)-[:COVERS]->(x) RETURN x.id ORDER BY x.id },
    auditors: COLLECT { MATCH (a)<-[:AUDITOR_OF]-(p) RETURN p.id ORDER BY p.id },
    findings: COLLECT { MATCH (a)<-[:RAISED_IN]-(f:Finding) WHERE f.raisedOn <= $asOf RETURN f.id ORDER BY f.id }}) AS audits
}
CALL () {
  MATCH (m:ManagementReview) WHERE m.heldOn <= $asOf
  WITH m ORDER BY m.heldOn DESC
  RETURN collect(m {.id, .title, heldOn: toString(m.heldOn), .summary, .decisions,
    reviewed: COLLECT { MATCH (m)-[:REVIEWED]->(x) RETURN x.id ORDER BY x.id }}) AS managementReviews
}
RETURN changeRequests, impactAssessments, incidents, findings, audits, managementReviews,
  COLLECT { MATCH (k:KPI) WHERE all OR (k)-[:MEASURES]->(scope) RETURN k.id } AS kpis`;

/** A scope's governance as of a day, with each incident's missed deadlines and each action's state on that day. */
export async function governanceRecord(
  graph: Graph, scope: { id: string; label: 'Organization' | 'AISystem' }, asOf: string,
): Promise<GovernanceRecord> {
  const scopeId = scope.id;
  const end = endOfDay(asOf);
  const [row] = await graph.read(cypher(scope.label), { scope: scopeId, asOf: cypherDate(asOf), end: cypherDateTime(end) });
  const incidents = ((row?.incidents ?? []) as Record<string, unknown>[]).map((i) => ({ ...i, late: lateness(i as Parameters<typeof lateness>[0], end) }));
  const findings = ((row?.findings ?? []) as (Record<string, unknown> & { actions: Record<string, unknown>[] })[]).map((f) => ({
    ...f,
    actions: f.actions.map((a) => ({ ...a, state: actionState(a, (a.closedBy as string[]).length > 0, asOf) })),
  }));
  const kpis = (row?.kpis ?? []) as string[];
  const signals = kpis.length ? await kpiSignals(graph, asOf, kpis) : [];
  return {
    scope: scopeId,
    asOf,
    changeRequests: (row?.changeRequests ?? []) as Record<string, unknown>[],
    impactAssessments: (row?.impactAssessments ?? []) as Record<string, unknown>[],
    incidents,
    findings,
    audits: (row?.audits ?? []) as Record<string, unknown>[],
    managementReviews: (row?.managementReviews ?? []) as Record<string, unknown>[],
    kpiSignals: signals.map(({ kpi, ...s }) => ({ ...s, kpi: kpi.id, name: kpi.name })),
  };
}

import type { Graph } from '../db.js';
import { DEFAULT_EXPIRING_DAYS, evidenceExpiry, evidenceFreshness, evidenceRecordedBy, type Freshness } from '../freshness.js';
import { dayParam, intParam } from './input.js';
import { nodeRef, type NodeRef } from './refs.js';
import { whyPath, type WhyPath } from './why.js';

export interface GapsParams {
  asOf: string;
  expiringDays?: number;
}

export interface Gap extends NodeRef {
  /** One sentence saying what is missing. */
  reason: string;
  /** The path that shows why it matters, where one exists. */
  why: WhyPath | null;
}

export interface Gaps {
  asOf: string;
  uncoveredControls: Gap[];
  implementationsWithoutCurrentEvidence: Gap[];
  risksAboveAppetite: Gap[];
  unownedSystems: Gap[];
  unownedDatasets: Gap[];
  orphans: Gap[];
}

const COUNTING = `['implemented', 'partial']`;

/*
 * One round-trip: each list is a CALL that aggregates, so each yields exactly one row even when
 * empty. Evidence a reviewer rejected never counts as backing, whatever its dates say. The model
 * has one organisation; were there several, a risk without its own appetite gets the strictest.
 */
const cypher = `
CALL () {
  MATCH (c:Control)
  WHERE NOT EXISTS { (c)<-[:IMPLEMENTS]-(i:Implementation) WHERE i.status IN ${COUNTING} }
    AND (NOT EXISTS { (c)<-[:IMPLEMENTS]-(:Implementation) }
         OR EXISTS { (c)<-[:IMPLEMENTS]-(i:Implementation) WHERE i.status <> 'excluded' })
  OPTIONAL MATCH p = (c)<-[:IMPLEMENTS]-(i:Implementation)-[:APPLIES_TO]->()
  WHERE i.status <> 'excluded'
  WITH c, p, i ORDER BY i.id
  WITH c, collect(i.status) AS statuses, head(collect(p)) AS p ORDER BY c.sort
  RETURN collect({id: c.id, label: 'Control', name: c.title, statuses: statuses,
    why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS uncoveredControls
}
CALL () {
  MATCH (i:Implementation) WHERE i.status IN ${COUNTING}
  WITH i, COLLECT {
    MATCH (e:Evidence)-[:SUPPORTS]->(i) WHERE ${evidenceRecordedBy('e')}
    RETURN {id: e.id, freshness: ${evidenceFreshness('e')}, expiresOn: ${evidenceExpiry('e')},
      rejected: coalesce(e.reviewState, '') = 'rejected'} ORDER BY e.id
  } AS evidence
  WHERE none(e IN evidence WHERE NOT e.rejected AND e.freshness IN ['current', 'expiring'])
  OPTIONAL MATCH p = (c:Control)<-[:IMPLEMENTS]-(i)-[:APPLIES_TO]->(x)
  WITH i, evidence, p, c, x ORDER BY coalesce(c.sort, ''), i.id
  RETURN collect({id: i.id, label: 'Implementation', name: i.id, status: i.status, evidence: evidence,
    control: c.id, scope: ${nodeRef('x')},
    why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS withoutEvidence
}
CALL () {
  OPTIONAL MATCH (o:Organization)
  WITH min(o.riskAppetite) AS orgAppetite
  MATCH (r:Risk)
  WITH r, r.residualLikelihood * r.residualImpact AS score, coalesce(r.appetite, orgAppetite) AS appetite
  WHERE score > appetite
    AND NOT EXISTS {
      (r)<-[:MITIGATES]-(:Control)<-[:IMPLEMENTS]-(i:Implementation) WHERE i.status IN ${COUNTING}
    }
  OPTIONAL MATCH p = (r)-[:THREATENS]->(t)
  WITH r, score, appetite, p ORDER BY length(p), [n IN nodes(p) | n.id]
  WITH r, score, appetite, head(collect(p)) AS p ORDER BY r.id
  RETURN collect({id: r.id, label: 'Risk', name: r.title, score: score, appetite: appetite,
    mitigatedBy: COLLECT { MATCH (r)<-[:MITIGATES]-(c:Control) RETURN c.id ORDER BY c.sort },
    threatens: COLLECT { MATCH (r)-[:THREATENS]->(t) RETURN t.id ORDER BY t.id },
    why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS risks
}
CALL () {
  MATCH (s:AISystem) WHERE NOT EXISTS { ()-[:OWNS]->(s) }
  OPTIONAL MATCH p = (:Organization)-[:OPERATES]->(s)
  WITH s, head(collect(p)) AS p ORDER BY s.id
  RETURN collect({id: s.id, label: 'AISystem', name: s.name, lifecycleStage: s.lifecycleStage,
    why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS unownedSystems
}
CALL () {
  MATCH (d:Dataset) WHERE NOT EXISTS { ()-[:OWNS]->(d) }
  OPTIONAL MATCH p = (d)<-[:USES|TRAINED_ON]-(user)
  WITH d, p ORDER BY user.id
  WITH d, head(collect(p)) AS p ORDER BY d.id
  RETURN collect({id: d.id, label: 'Dataset', name: d.name, personalData: d.personalData,
    why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS unownedDatasets
}
CALL () {
  CALL () {
    MATCH (e:Evidence) WHERE NOT EXISTS { (e)-[:SUPPORTS]->(:Implementation) }
    RETURN e AS n, ['SUPPORTS'] AS missing
    UNION ALL
    MATCH (i:Implementation)
    WITH i, [t IN ['IMPLEMENTS', 'APPLIES_TO'] WHERE
      (t = 'IMPLEMENTS' AND NOT EXISTS { (i)-[:IMPLEMENTS]->(:Control) }) OR
      (t = 'APPLIES_TO' AND NOT EXISTS { (i)-[:APPLIES_TO]->() })] AS missing
    WHERE size(missing) > 0
    RETURN i AS n, missing
    UNION ALL
    MATCH (r:Risk) WHERE NOT EXISTS { (r)-[:THREATENS]->() }
    RETURN r AS n, ['THREATENS'] AS missing
  }
  WITH n, missing ORDER BY labels(n)[0], n.id
  RETURN collect({id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.id), missing: missing}) AS orphans
}
RETURN uncoveredControls, withoutEvidence, risks, unownedSystems, unownedDatasets, orphans`;

type Raw<T> = Gap & T;
type Evidence = { id: string; freshness: Freshness; expiresOn: string | null; rejected: boolean };

const list = (ids: string[]) => ids.join(', ');

function evidenceReason(status: string, scope: NodeRef | null, evidence: Evidence[]): string {
  const where = scope ? ` on ${scope.id}` : '';
  if (evidence.length === 0) return `It is ${status}${where} but no evidence supports it.`;
  const rejected = evidence.filter((e) => e.rejected);
  const rest = evidence.filter((e) => !e.rejected);
  const parts = [
    ...(['stale', 'superseded'] as const)
      .map((f) => [f, rest.filter((e) => e.freshness === f).map((e) => e.id)] as const)
      .filter(([, ids]) => ids.length > 0)
      .map(([f, ids]) => `${f}: ${list(ids)}`),
    ...(rejected.length ? [`rejected in review: ${list(rejected.map((e) => e.id))}`] : []),
  ];
  return `It is ${status}${where} but none of its evidence is current (${parts.join('; ')}).`;
}

const orphanReason: Record<string, string> = {
  SUPPORTS: 'supports no implementation',
  IMPLEMENTS: 'implements no control',
  APPLIES_TO: 'applies to no scope',
  THREATENS: 'threatens nothing',
};

/** Everything an auditor would flag on `asOf`, each item with a reason and, where one exists, a path. */
export async function gaps(graph: Graph, params: GapsParams): Promise<Gaps> {
  const [row = {}] = await graph.read(cypher, {
    asOf: dayParam('asOf', params.asOf),
    expiringDays: intParam('expiringDays', params.expiringDays ?? DEFAULT_EXPIRING_DAYS, 0, 3650),
  });
  const gap = ({ id, label, name, why }: Gap, reason: string): Gap => ({ id, label, name, reason, why });
  return {
    asOf: params.asOf,
    uncoveredControls: (row.uncoveredControls as Raw<{ statuses: string[] }>[]).map((c) =>
      gap(c, c.statuses.length
        ? `No implementation of ${c.id} is implemented or partial (only ${list([...new Set(c.statuses)])}).`
        : `${c.id} has no implementation anywhere and is not excluded.`)),
    implementationsWithoutCurrentEvidence: (row.withoutEvidence as Raw<{ status: string; scope: NodeRef | null; evidence: Evidence[] }>[])
      .map((i) => gap(i, evidenceReason(i.status, i.scope, i.evidence))),
    risksAboveAppetite: (row.risks as Raw<{ score: number; appetite: number; mitigatedBy: string[] }>[]).map((r) =>
      gap(r, `Residual score ${r.score} is above the appetite of ${r.appetite} and ` +
        (r.mitigatedBy.length
          ? `none of its mitigating controls (${list(r.mitigatedBy)}) is implemented or partial anywhere.`
          : 'no control MITIGATES it.'))),
    unownedSystems: (row.unownedSystems as Raw<{ lifecycleStage: string | null }>[]).map((s) =>
      gap(s, `No person or team OWNS ${s.id}${s.lifecycleStage ? ` (${s.lifecycleStage})` : ''}.`)),
    unownedDatasets: (row.unownedDatasets as Raw<{ personalData: boolean | null }>[]).map((d) =>
      gap(d, `No person or team OWNS ${d.id}${d.personalData ? ', which holds personal data' : ''}.`)),
    orphans: (row.orphans as Raw<{ missing: string[] }>[]).map((o) =>
      gap({ ...o, why: null }, `This ${o.label} ${o.missing.map((m) => orphanReason[m] ?? `has no ${m}`).join(' and ')}.`)),
  };
}

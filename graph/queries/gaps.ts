import type { Graph } from '../db.js';
import { DEFAULT_EXPIRING_DAYS, evidenceExpiry, evidenceFreshness, evidenceRecordedBy, type Freshness } from '../freshness.js';
import {
  GOVERNANCE_COLUMNS, governanceCalls, governanceGapsOf, type GovernanceGapCounts, type GovernanceGapLists,
} from './governanceGaps.js';
import { dayParam, intParam } from './input.js';
import { nodeRef, type NodeRef } from './refs.js';
import { whyPath, type WhyPath } from './why.js';

export interface GapsParams {
  asOf: string;
  /** Most items listed of each kind; DEFAULT_GAPS_SHOWN when absent. Counts are whole. */
  first?: number;
  expiringDays?: number;
}

export interface Gap extends NodeRef {
  /** One sentence saying what is missing. */
  reason: string;
  /** The path that shows why it matters, where one exists. */
  why: WhyPath | null;
}

/** How many of each kind of gap there are, listed or not (the governance workflows' in governanceGaps.ts). */
export interface GapCounts extends GovernanceGapCounts {
  uncoveredControls: number;
  implementationsWithoutCurrentEvidence: number;
  risksAboveAppetite: number;
  unownedSystems: number;
  unownedDatasets: number;
  orphans: number;
}

export interface Gaps extends GovernanceGapLists {
  asOf: string;
  counts: GapCounts;
  uncoveredControls: Gap[];
  implementationsWithoutCurrentEvidence: Gap[];
  risksAboveAppetite: Gap[];
  unownedSystems: Gap[];
  unownedDatasets: Gap[];
  orphans: Gap[];
}

const COUNTING = `['implemented', 'partial']`;

/** Longest list each kind of gap carries by default; the counts are always whole. */
export const DEFAULT_GAPS_SHOWN = 100;
const MAX_GAPS_SHOWN = 1000;

/*
 * One round-trip: each list is a CALL that aggregates, so each yields exactly one row even when
 * empty, with its whole count and its first $first items. The long lists start from the derived
 * values of markers.ts through their indexes: implementations whose evidence ran out
 * (evidencedUntil; those with evidence recorded after $asOf are judged from the evidence itself),
 * risks by residualScore, loose evidence, implementations and risks by supportCount, linked and
 * threatCount, unowned systems and datasets by ownerCount. Evidence a reviewer rejected never
 * counts as backing, whatever its dates say. The model has one organisation; were there several,
 * a risk without its own appetite gets the strictest. Each CALL imports the previous list only so
 * the planner chains them with Apply instead of a Cartesian product.
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
  WITH collect({id: c.id, label: 'Control', name: c.title, statuses: statuses,
    why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS found
  RETURN {count: size(found), items: found[0..$first]} AS uncoveredControls
}
CALL (uncoveredControls) {
  CALL () {
    MATCH (i:Implementation) WHERE i.status IN ${COUNTING} AND i.evidencedUntil < $asOf
      AND coalesce(i.evidenceRecordedOn <= $asOf, true)
    RETURN i
    UNION
    MATCH (i:Implementation) WHERE i.evidenceRecordedOn > $asOf AND i.status IN ${COUNTING}
      AND NOT EXISTS {
        MATCH (e:Evidence)-[:SUPPORTS]->(i)
        WHERE ${evidenceRecordedBy('e')} AND coalesce(e.reviewState, '') <> 'rejected'
          AND ${evidenceFreshness('e')} IN ['current', 'expiring']
      }
    RETURN i
  }
  WITH i ORDER BY i.id
  WITH collect(i) AS found
  CALL (found) {
    UNWIND found[0..$first] AS i
    WITH i, COLLECT {
      MATCH (e:Evidence)-[:SUPPORTS]->(i) WHERE ${evidenceRecordedBy('e')}
      RETURN {id: e.id, freshness: ${evidenceFreshness('e')}, expiresOn: ${evidenceExpiry('e')},
        rejected: coalesce(e.reviewState, '') = 'rejected'} ORDER BY e.id
    } AS evidence
    OPTIONAL MATCH p = (c:Control)<-[:IMPLEMENTS]-(i)-[:APPLIES_TO]->(x)
    WITH i, evidence, p, c, x ORDER BY i.id, c.sort
    WITH i, evidence, head(collect({p: p, c: c, x: x})) AS first ORDER BY i.id
    RETURN collect({id: i.id, label: 'Implementation', name: i.id, status: i.status, evidence: evidence,
      control: first.c.id, scope: ${nodeRef('first.x')},
      why: CASE WHEN first.p IS NULL THEN null ELSE ${whyPath('first.p')} END}) AS items
  }
  RETURN {count: size(found), items: items} AS withoutEvidence
}
CALL (withoutEvidence) {
  // Unmitigated risks are those no control MITIGATES, and those whose every mitigating control is
  // implemented nowhere: both small sets, found from the few controls and the mitigatorCount index.
  OPTIONAL MATCH (o:Organization)
  WITH min(o.riskAppetite) AS orgAppetite
  // Importing the appetite (unused inside) makes this an Apply on its one row, not a Cartesian product.
  CALL (orgAppetite) {
    MATCH (r:Risk) WHERE r.mitigatorCount = 0
    RETURN r
    UNION
    MATCH (c:Control) WHERE NOT EXISTS { (c)<-[:IMPLEMENTS]-(i:Implementation) WHERE i.status IN ${COUNTING} }
    MATCH (c)-[:MITIGATES]->(r:Risk)
    WHERE NOT EXISTS {
      (r)<-[:MITIGATES]-(m:Control) WHERE EXISTS { (m)<-[:IMPLEMENTS]-(i:Implementation) WHERE i.status IN ${COUNTING} }
    }
    RETURN r
  }
  WITH r, r.residualScore AS score, coalesce(r.appetite, orgAppetite) AS appetite
  WHERE score > appetite
  WITH r, score, appetite ORDER BY r.id
  WITH collect({r: r, score: score, appetite: appetite}) AS found
  CALL (found) {
    UNWIND found[0..$first] AS x
    WITH x.r AS r, x.score AS score, x.appetite AS appetite
    OPTIONAL MATCH p = (r)-[:THREATENS]->(t)
    WITH r, score, appetite, p ORDER BY length(p), [n IN nodes(p) | n.id]
    WITH r, score, appetite, head(collect(p)) AS p ORDER BY r.id
    RETURN collect({id: r.id, label: 'Risk', name: r.title, score: score, appetite: appetite,
      mitigatedBy: COLLECT { MATCH (r)<-[:MITIGATES]-(c:Control) RETURN c.id ORDER BY c.sort },
      why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS items
  }
  RETURN {count: size(found), items: items} AS risks
}
CALL (risks) {
  MATCH (s:AISystem) WHERE s.ownerCount = 0
  WITH s ORDER BY s.id
  WITH collect(s) AS found
  CALL (found) {
    UNWIND found[0..$first] AS s
    OPTIONAL MATCH p = (:Organization)-[:OPERATES]->(s)
    WITH s, head(collect(p)) AS p ORDER BY s.id
    RETURN collect({id: s.id, label: 'AISystem', name: s.name, lifecycleStage: s.lifecycleStage,
      why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS items
  }
  RETURN {count: size(found), items: items} AS unownedSystems
}
CALL (unownedSystems) {
  MATCH (d:Dataset) WHERE d.ownerCount = 0
  WITH d ORDER BY d.id
  WITH collect(d) AS found
  CALL (found) {
    UNWIND found[0..$first] AS d
    OPTIONAL MATCH p = (d)<-[:USES|TRAINED_ON]-(user)
    WITH d, p ORDER BY user.id
    WITH d, head(collect(p)) AS p ORDER BY d.id
    RETURN collect({id: d.id, label: 'Dataset', name: d.name, personalData: d.personalData,
      why: CASE WHEN p IS NULL THEN null ELSE ${whyPath('p')} END}) AS items
  }
  RETURN {count: size(found), items: items} AS unownedDatasets
}
CALL (unownedDatasets) {
  CALL () {
    MATCH (e:Evidence) WHERE e.supportCount = 0
    RETURN e AS n, ['SUPPORTS'] AS missing
    UNION ALL
    MATCH (i:Implementation) WHERE i.linked = false
    RETURN i AS n, [t IN ['IMPLEMENTS', 'APPLIES_TO'] WHERE
      (t = 'IMPLEMENTS' AND NOT EXISTS { (i)-[:IMPLEMENTS]->(:Control) }) OR
      (t = 'APPLIES_TO' AND NOT EXISTS { (i)-[:APPLIES_TO]->() })] AS missing
    UNION ALL
    MATCH (r:Risk) WHERE r.threatCount = 0
    RETURN r AS n, ['THREATENS'] AS missing
  }
  WITH n, missing ORDER BY labels(n)[0], n.id
  WITH collect({id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.id), missing: missing}) AS found
  RETURN {count: size(found), items: found[0..$first]} AS orphans
}
${governanceCalls('orphans')}
RETURN uncoveredControls, withoutEvidence, risks, unownedSystems, unownedDatasets, orphans, ${GOVERNANCE_COLUMNS}`;

type Raw<T> = Gap & T;
type Evidence = { id: string; freshness: Freshness; expiresOn: string | null; rejected: boolean };

const joined = (ids: string[]) => ids.join(', ');

function evidenceReason(status: string, scope: NodeRef | null, evidence: Evidence[]): string {
  const where = scope ? ` on ${scope.id}` : '';
  if (evidence.length === 0) return `It is ${status}${where} but no evidence supports it.`;
  const rejected = evidence.filter((e) => e.rejected);
  const rest = evidence.filter((e) => !e.rejected);
  const parts = [
    ...(['stale', 'superseded'] as const)
      .map((f) => [f, rest.filter((e) => e.freshness === f).map((e) => e.id)] as const)
      .filter(([, ids]) => ids.length > 0)
      .map(([f, ids]) => `${f}: ${joined(ids)}`),
    ...(rejected.length ? [`rejected in review: ${joined(rejected.map((e) => e.id))}`] : []),
  ];
  return `It is ${status}${where} but none of its evidence is current (${parts.join('; ')}).`;
}

const orphanReason: Record<string, string> = {
  SUPPORTS: 'supports no implementation',
  IMPLEMENTS: 'implements no control',
  APPLIES_TO: 'applies to no scope',
  THREATENS: 'threatens nothing',
};

/**
 * Everything an auditor would flag on `asOf`, each item with a reason and, where one exists, a path:
 * the control and evidence gaps here, and the governance workflows' (governanceGaps.ts) in the same
 * round-trip.
 */
export async function gaps(graph: Graph, params: GapsParams): Promise<Gaps> {
  const first = params.first ?? DEFAULT_GAPS_SHOWN;
  const [row = {}] = await graph.read(cypher, {
    asOf: dayParam('asOf', params.asOf),
    expiringDays: intParam('expiringDays', params.expiringDays ?? DEFAULT_EXPIRING_DAYS, 0, 3650),
    first: intParam('first', first, 0, MAX_GAPS_SHOWN),
  });
  const { counts: governanceCounts, ...governance } = governanceGapsOf(row, params.asOf, first);
  const list = <T>(key: string) => row[key] as { count: number; items: Raw<T>[] };
  const [uncovered, withoutEvidence, risks, systems, datasets, orphans] = [
    list<{ statuses: string[] }>('uncoveredControls'),
    list<{ status: string; scope: NodeRef | null; evidence: Evidence[] }>('withoutEvidence'),
    list<{ score: number; appetite: number; mitigatedBy: string[] }>('risks'),
    list<{ lifecycleStage: string | null }>('unownedSystems'),
    list<{ personalData: boolean | null }>('unownedDatasets'),
    list<{ missing: string[] }>('orphans'),
  ];
  const gap = ({ id, label, name, why }: Gap, reason: string): Gap => ({ id, label, name, reason, why });
  return {
    asOf: params.asOf,
    counts: {
      uncoveredControls: Number(uncovered.count),
      implementationsWithoutCurrentEvidence: Number(withoutEvidence.count),
      risksAboveAppetite: Number(risks.count),
      unownedSystems: Number(systems.count),
      unownedDatasets: Number(datasets.count),
      orphans: Number(orphans.count),
      ...governanceCounts,
    },
    uncoveredControls: uncovered.items.map((c) =>
      gap(c, c.statuses.length
        ? `No implementation of ${c.id} is implemented or partial (only ${joined([...new Set(c.statuses)])}).`
        : `${c.id} has no implementation anywhere and is not excluded.`)),
    implementationsWithoutCurrentEvidence: withoutEvidence.items.map((i) => gap(i, evidenceReason(i.status, i.scope, i.evidence))),
    risksAboveAppetite: risks.items.map((r) =>
      gap(r, `Residual score ${r.score} is above the appetite of ${r.appetite} and ` +
        (r.mitigatedBy.length
          ? `none of its mitigating controls (${joined(r.mitigatedBy)}) is implemented or partial anywhere.`
          : 'no control MITIGATES it.'))),
    unownedSystems: systems.items.map((s) =>
      gap(s, `No person or team OWNS ${s.id}${s.lifecycleStage ? ` (${s.lifecycleStage})` : ''}.`)),
    unownedDatasets: datasets.items.map((d) =>
      gap(d, `No person or team OWNS ${d.id}${d.personalData ? ', which holds personal data' : ''}.`)),
    orphans: orphans.items.map((o) =>
      gap({ ...o, why: null }, `This ${o.label} ${o.missing.map((m) => orphanReason[m] ?? `has no ${m}`).join(' and ')}.`)),
    ...governance,
  };
}

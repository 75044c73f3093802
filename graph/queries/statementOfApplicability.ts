import type { Graph } from '../db.js';
import { DEFAULT_EXPIRING_DAYS } from '../freshness.js';
import { labelOfId } from '../ids.js';
import { CONTROL_EVIDENCE } from './controlRollup.js';
import {
  evidenceItems, summariseCounts, summariseEvidence, type EvidenceCount, type EvidenceItem, type EvidenceSummary,
} from './evidenceSummary.js';
import { dayParam, intParam } from './input.js';
import {
  applicability, furthestAlong, MOST_DIRECT_WAY, REACHING_IMPLEMENTATIONS, type ImplementationStatus,
} from './reach.js';
import { ownersOf, type NodeRef, type OwnerRef } from './refs.js';
import { ORGANIZATION_NOTES, soaNotes, SYSTEM_NOTES, type SoaNotesData } from './soaNotes.js';
import { pathNode, whyPath, type WhyPath } from './why.js';

export interface StatementOfApplicabilityParams {
  /** The organisation (`ORG-…`) or an AI system (`SYS-…`). */
  scopeId: string;
  asOf: string;
  expiringDays?: number;
}

export type SoaStatus = ImplementationStatus | 'not-implemented';

export interface SoaExclusion {
  implementationId: string;
  scope: NodeRef;
  justification: string | null;
}

export interface SoaRow {
  control: { id: string; title: string };
  area: { id: string; title: string } | null;
  applicable: boolean;
  /** Why the control is not applicable; null when it is. */
  justification: string | null;
  status: SoaStatus;
  /** Implementations that count for the scope (exclusions aside). */
  implementationCount: number;
  evidence: EvidenceSummary;
  /** Names of the owners of the implementations that count, sorted (for the organisation, those of
   * its own implementations and of the first SOA_LIST_CAP other owners by id). */
  owners: string[];
  /** How many owners there are in all. */
  ownerCount: number;
  /** How many exclusions on narrower scopes do not decide the row. */
  exclusionCount: number;
  /** The first SOA_LIST_CAP of them, by implementation id, kept for the auditor. */
  exclusions: SoaExclusion[];
  /** To the implementation that decides status or applicability; null when none does. */
  why: WhyPath | null;
  /**
   * What the governance workflows say about the row on asOf, one sentence each (soaNotes.ts): a
   * missing or overdue impact assessment (A.5), severe incidents that showed the control failing,
   * open nonconformities about it. They never change applicability or status.
   */
  notes: string[];
}

export interface StatementOfApplicability {
  scope: NodeRef;
  asOf: string;
  /** Every Annex A control, in natural order. */
  rows: SoaRow[];
}

/** One implementation as both queries return it, with its `why` from the asked-about scope's side. */
interface Candidate {
  id: string;
  status: ImplementationStatus;
  justification: string | null;
  scope: NodeRef;
  /** True when it applies to the scope asked about itself. */
  onScope: boolean;
  owners: OwnerRef[];
  evidence: EvidenceItem[];
  why: WhyPath;
}

const candidate = (i: string, scope: string, onScope: string, p: string) => `{
  id: ${i}.id, status: ${i}.status, justification: ${i}.justification,
  scope: {id: ${scope}.id, label: labels(${scope})[0], name: coalesce(${scope}.name, ${scope}.title, ${scope}.id)},
  onScope: ${onScope}, owners: ${ownersOf(i)}, evidence: ${evidenceItems(i)}, why: ${whyPath(p)}}`;

const controls = `COLLECT {
  MATCH (c:Control)
  OPTIONAL MATCH (c)-[:PART_OF]->(:ControlObjective)-[:PART_OF]->(a:ControlArea)
  RETURN {id: c.id, title: c.title, area: CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title} END}
  ORDER BY c.sort
}`;

/** Longest lists an organisation-wide row carries; the counts are always whole. */
export const SOA_LIST_CAP = 50;

/*
 * The organisation's statement covers every implementation anywhere — on the large preset some
 * 8,000 per control — so it reads each control's rollup (markers.ts, controlRollup.ts) rather
 * than the implementations: its own implementations in full (they state the policy and decide
 * the status), and for the rest the counts by status, the first implementation furthest along
 * (for the why), each piece of evidence counted once by freshness, the owners and the narrower
 * exclusions.
 */
const organizationCypher = `
MATCH (o:Organization {id: $scopeId})
CALL (o) {
  MATCH (c:Control)
  CALL (o, c) {
    MATCH p = (o)<-[:APPLIES_TO]-(i:Implementation)-[:IMPLEMENTS]->(c)
    WITH i, o, p ORDER BY i.id
    RETURN collect(${candidate('i', 'o', 'true', 'p')}) AS own
  }
  CALL (c) {
    OPTIONAL MATCH (i:Implementation {id: c.furthestImplementationId})
    CALL (c, i) {
      MATCH p = (x)<-[:APPLIES_TO]-(i)-[:IMPLEMENTS]->(c)
      WITH i, x, p ORDER BY x.id LIMIT 1
      RETURN collect(${candidate('i', 'x', 'false', 'p')}) AS furthest
    }
    RETURN furthest
  }
  CALL (c) {
    CALL (c) {
      MATCH (p:Person) WHERE p.id IN c.ownerIds[0..${SOA_LIST_CAP}] RETURN p.name AS name
      UNION
      MATCH (t:Team) WHERE t.id IN c.ownerIds[0..${SOA_LIST_CAP}] RETURN t.name AS name
    }
    WITH name ORDER BY name
    RETURN collect(name) AS owners, size(coalesce(c.ownerIds, [])) AS ownerCount
  }
  CALL (c) {
    UNWIND coalesce(c.exclusionIds, []) AS id
    MATCH (i:Implementation {id: id})
    CALL (i) { MATCH (i)-[:APPLIES_TO]->(y) RETURN y AS x ORDER BY y.id LIMIT 1 }
    MATCH p = (x)<-[:APPLIES_TO]-(i)-[:IMPLEMENTS]->(c)
    WITH i, x, p ORDER BY i.id
    RETURN collect({implementationId: i.id, scope: ${pathNode('x')}, justification: i.justification, owners: ${ownersOf('i')},
      why: ${whyPath('p')}}) AS exclusions
  }
  CALL (c) { ${CONTROL_EVIDENCE('c')} }
  OPTIONAL MATCH (c)-[:PART_OF]->(:ControlObjective)-[:PART_OF]->(a:ControlArea)
  RETURN collect({
    control: {id: c.id, title: c.title}, area: CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title} END,
    own: own, statusCounts: coalesce(c.statusCounts, [0, 0, 0, 0, 0]), furthest: furthest, owners: owners, ownerCount: ownerCount,
    exclusions: exclusions, evidence: evidence, sort: c.sort
  }) AS aggregates
}
CALL (aggregates) { ${ORGANIZATION_NOTES} }
RETURN {id: o.id, label: 'Organization', name: o.name} AS scope, aggregates, notes`;

// A system's statement covers what reaches it, exactly as coverage sees it (reach.ts).
const systemCypher = `
MATCH (s:AISystem {id: $scopeId})
CALL (s) {
  CALL (s) { ${REACHING_IMPLEMENTATIONS} }
  ${MOST_DIRECT_WAY}
  WITH i, c, best, nodes(best.p)[-3] AS x ORDER BY c.sort, best.rank, i.id
  RETURN collect({control: c.id, implementation: ${candidate('i', 'x', "best.how = 'direct'", 'best.p')}}) AS candidates
}
CALL (s, candidates) { ${SYSTEM_NOTES} }
RETURN {id: s.id, label: 'AISystem', name: s.name} AS scope, ${controls} AS controls, candidates, notes`;

/**
 * Every Annex A control for the organisation or one AI system: applicable or not (and why), how
 * far it is implemented, by whom, and how fresh its evidence is on `asOf`.
 */
export async function statementOfApplicability(
  graph: Graph,
  params: StatementOfApplicabilityParams,
): Promise<StatementOfApplicability | null> {
  const label = labelOfId(params.scopeId);
  const cypher = label === 'Organization' ? organizationCypher : label === 'AISystem' ? systemCypher : null;
  if (!cypher) return null;
  const [row] = await graph.read(cypher, {
    scopeId: params.scopeId,
    asOf: dayParam('asOf', params.asOf),
    expiringDays: intParam('expiringDays', params.expiringDays ?? DEFAULT_EXPIRING_DAYS, 0, 3650),
  });
  if (!row) return null;
  const scope = row.scope as NodeRef;
  const noted = (r: Omit<SoaRow, 'notes'>): SoaRow => ({ ...r, notes: soaNotes(scope, row.notes as SoaNotesData, r, params.asOf) });
  if (label === 'Organization') {
    const aggregates = (row.aggregates as Aggregate[]).sort((a, b) => (a.sort < b.sort ? -1 : 1));
    return { scope, asOf: params.asOf, rows: aggregates.map((a) => noted(organizationRow(a))) };
  }
  const candidates = row.candidates as { control: string; implementation: Candidate }[];
  const rows = (row.controls as (SoaRow['control'] & { area: SoaRow['area'] })[]).map(({ area, ...control }) =>
    noted(soaRow(control, area, candidates.filter((c) => c.control === control.id).map((c) => c.implementation))),
  );
  return { scope, asOf: params.asOf, rows };
}

/** For a system, the implementation furthest along decides the status. */
function soaRow(control: SoaRow['control'], area: SoaRow['area'], reaching: Candidate[]): Omit<SoaRow, 'notes'> {
  const { applicable, live, exclusion } = applicability(reaching, (i) => i.onScope);
  const deciding = exclusion ?? furthestAlong(live);
  const exclusions = reaching
    .filter((i) => i.status === 'excluded' && i !== exclusion)
    .map((i) => ({ implementationId: i.id, scope: i.scope, justification: i.justification }));
  const counted = exclusion ? [exclusion] : live;
  return {
    control,
    area,
    applicable,
    justification: exclusion?.justification ?? null,
    status: exclusion ? 'excluded' : (deciding?.status ?? 'not-implemented'),
    implementationCount: live.length,
    evidence: summariseEvidence(live.flatMap((i) => i.evidence)),
    owners: [...new Set(counted.flatMap((i) => i.owners.map((o) => o.name)))].sort(),
    ownerCount: new Set(counted.flatMap((i) => i.owners.map((o) => o.id))).size,
    exclusionCount: exclusions.length,
    exclusions,
    why: deciding?.why ?? null,
  };
}

interface Exclusion extends SoaExclusion {
  owners: OwnerRef[];
  why: WhyPath;
}

interface Aggregate {
  control: SoaRow['control'];
  area: SoaRow['area'];
  sort: string;
  own: Candidate[];
  /** By status, in the order of model.ts's implementationStatuses (excluded last). */
  statusCounts: number[];
  furthest: Candidate[];
  owners: string[];
  ownerCount: number;
  exclusions: Exclusion[];
  evidence: EvidenceCount[];
}

/**
 * The same rules as soaRow (reach.ts's applicability), on the aggregates: the organisation's own
 * implementation states the policy, so it decides the status when there is one; otherwise the
 * implementation furthest along does.
 */
function organizationRow(a: Aggregate): Omit<SoaRow, 'notes'> {
  const ownExclusion = a.own.find((i) => i.status === 'excluded');
  const ownLive = a.own.filter((i) => i.status !== 'excluded');
  const counts = a.statusCounts.map(Number);
  const liveCount = counts.slice(0, 4).reduce((n, k) => n + k, 0);
  const narrowerCount = counts[4]! - a.own.filter((i) => i.status === 'excluded').length;
  const exclusion: Exclusion | Candidate | undefined = ownExclusion ?? (liveCount === 0 ? a.exclusions[0] : undefined);
  const deciding = exclusion ?? ownLive[0] ?? a.furthest[0];
  const narrower = a.exclusions.filter((e) => e !== exclusion);
  const owners = exclusion ? exclusion.owners.map((o) => o.name) : [...ownLive.flatMap((i) => i.owners.map((o) => o.name)), ...a.owners];
  return {
    control: a.control,
    area: a.area,
    applicable: !exclusion,
    justification: exclusion?.justification ?? null,
    status: exclusion ? 'excluded' : ((deciding as Candidate | undefined)?.status ?? 'not-implemented'),
    implementationCount: exclusion ? 0 : liveCount,
    evidence: summariseCounts(exclusion ? [] : a.evidence),
    owners: [...new Set(owners)].sort(),
    ownerCount: exclusion ? new Set(owners).size : Number(a.ownerCount),
    exclusionCount: narrowerCount - (exclusion && exclusion !== ownExclusion ? 1 : 0),
    exclusions: narrower.slice(0, SOA_LIST_CAP).map(({ implementationId, scope, justification }) => ({ implementationId, scope, justification })),
    why: deciding?.why ?? null,
  };
}

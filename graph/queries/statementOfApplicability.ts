import type { Graph } from '../db.js';
import { DEFAULT_EXPIRING_DAYS } from '../freshness.js';
import { labelOfId } from '../ids.js';
import { evidenceItems, summariseEvidence, type EvidenceItem, type EvidenceSummary } from './evidenceSummary.js';
import { dayParam, intParam } from './input.js';
import {
  applicability, furthestAlong, MOST_DIRECT_WAY, REACHING_IMPLEMENTATIONS, type ImplementationStatus,
} from './reach.js';
import { ownersOf, type NodeRef, type OwnerRef } from './refs.js';
import { whyPath, type WhyPath } from './why.js';

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
  /** Names of the owners of the implementations that count, sorted. */
  owners: string[];
  /** Exclusions on narrower scopes that do not decide the row, kept for the auditor. */
  exclusions: SoaExclusion[];
  /** To the implementation that decides status or applicability; null when none does. */
  why: WhyPath | null;
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

// The organisation's statement covers every implementation anywhere; its own ones come first.
const organizationCypher = `
MATCH (o:Organization {id: $scopeId})
RETURN {id: o.id, label: 'Organization', name: o.name} AS scope, ${controls} AS controls,
  COLLECT {
    MATCH p = (x)<-[:APPLIES_TO]-(i:Implementation)-[:IMPLEMENTS]->(c:Control)
    RETURN {control: c.id, implementation: ${candidate('i', 'x', 'x = o', 'p')}}
    ORDER BY c.sort, CASE WHEN x = o THEN 0 ELSE 1 END, i.id
  } AS candidates`;

// A system's statement covers what reaches it, exactly as coverage sees it (reach.ts).
const systemCypher = `
MATCH (s:AISystem {id: $scopeId})
CALL (s) {
  CALL (s) { ${REACHING_IMPLEMENTATIONS} }
  ${MOST_DIRECT_WAY}
  WITH i, c, best, nodes(best.p)[-3] AS x ORDER BY c.sort, best.rank, i.id
  RETURN collect({control: c.id, implementation: ${candidate('i', 'x', "best.how = 'direct'", 'best.p')}}) AS candidates
}
RETURN {id: s.id, label: 'AISystem', name: s.name} AS scope, ${controls} AS controls, candidates`;

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
  const candidates = row.candidates as { control: string; implementation: Candidate }[];
  const ownDecides = label === 'Organization';
  const rows = (row.controls as (SoaRow['control'] & { area: SoaRow['area'] })[]).map(({ area, ...control }) =>
    soaRow(control, area, candidates.filter((c) => c.control === control.id).map((c) => c.implementation), ownDecides),
  );
  return { scope: row.scope as NodeRef, asOf: params.asOf, rows };
}

/**
 * For the organisation its own implementation states the policy, so it decides the status when
 * there is one; otherwise, and always for a system, the implementation furthest along does.
 */
function soaRow(control: SoaRow['control'], area: SoaRow['area'], reaching: Candidate[], ownDecides: boolean): SoaRow {
  const { applicable, live, exclusion } = applicability(reaching, (i) => i.onScope);
  const deciding = exclusion ?? (ownDecides ? live.find((i) => i.onScope) : undefined) ?? furthestAlong(live);
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
    exclusions: reaching
      .filter((i) => i.status === 'excluded' && i !== exclusion)
      .map((i) => ({ implementationId: i.id, scope: i.scope, justification: i.justification })),
    why: deciding?.why ?? null,
  };
}

import type { Graph } from '../db.js';
import { DEFAULT_EXPIRING_DAYS } from '../freshness.js';
import { evidenceItems, summariseEvidence, type EvidenceItem, type EvidenceSummary } from './evidenceSummary.js';
import { dayParam, intParam } from './input.js';
import {
  applicability, MOST_DIRECT_WAY, REACHING_IMPLEMENTATIONS, type CoverageHow, type ImplementationStatus,
} from './reach.js';
import { nodeRef, type ControlRef, type NodeRef } from './refs.js';
import { whyPath, type WhyPath } from './why.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';

export interface CoverageParams {
  systemId: string;
  /** Day the evidence is judged on, `YYYY-MM-DD`. */
  asOf: string;
  /** Warning window for expiring evidence, in days; DEFAULT_EXPIRING_DAYS when absent. */
  expiringDays?: number;
}

export interface CoverageImplementation {
  id: string;
  status: ImplementationStatus;
}

export interface CoverageRow {
  control: ControlRef;
  implementation: CoverageImplementation;
  /** What the implementation applies to: the system, a dependency, model, dataset, vendor or the organisation. */
  scope: NodeRef;
  how: CoverageHow;
  /** From the system to the scope, then to the implementation and its control. */
  why: WhyPath;
  evidence: EvidenceSummary;
}

export interface ExcludedRow {
  control: ControlRef;
  implementation: CoverageImplementation;
  scope: NodeRef;
  how: CoverageHow;
  why: WhyPath;
  justification: string | null;
}

export interface CoverageSystem extends NodeRef {
  riskTier: string | null;
  customerFacing: boolean | null;
}

export interface Coverage {
  /** The node asked about, whole, so a caller that looks it up only to ask this need not read it again. */
  subject: NodeRecord;
  system: CoverageSystem;
  asOf: string;
  /** One row per implementation reaching the system, by control then most direct first. */
  covered: CoverageRow[];
  /** Annex A controls nothing reaches and nothing excludes, in natural order. */
  uncovered: ControlRef[];
  /** Controls not applicable to the system, with the exclusion that decides it. */
  excluded: ExcludedRow[];
}

interface Reached {
  control: ControlRef;
  implementation: CoverageImplementation & { justification: string | null };
  scope: NodeRef;
  how: CoverageHow;
  why: WhyPath;
  evidence: EvidenceItem[];
}

// The implementation is the next-to-last node of every reaching path, its scope the one before.
const cypher = `
MATCH (s:AISystem {id: $systemId})
CALL (s) {
  CALL (s) { ${REACHING_IMPLEMENTATIONS} }
  ${MOST_DIRECT_WAY}
  WITH i, c, best ORDER BY c.sort, best.rank, i.id
  RETURN collect({
    control: {id: c.id, title: c.title},
    implementation: {id: i.id, status: i.status, justification: i.justification},
    scope: ${nodeRef('nodes(best.p)[-3]')},
    how: best.how,
    why: ${whyPath('best.p')},
    evidence: ${evidenceItems('i')}
  }) AS reached
}
RETURN ${nodeRecord('s')} AS subject, {id: s.id, label: 'AISystem', name: s.name, riskTier: s.riskTier, customerFacing: s.customerFacing} AS system, reached,
  COLLECT { MATCH (c:Control) RETURN {id: c.id, title: c.title} ORDER BY c.sort } AS controls`;

/** Which Annex A controls cover an AI system, how each reaches it, and how well it is evidenced. */
export async function coverage(graph: Graph, params: CoverageParams): Promise<Coverage | null> {
  const [row] = await graph.read(cypher, {
    systemId: params.systemId,
    asOf: dayParam('asOf', params.asOf),
    expiringDays: intParam('expiringDays', params.expiringDays ?? DEFAULT_EXPIRING_DAYS, 0, 3650),
  });
  if (!row) return null;
  const reached = row.reached as Reached[];
  const result: Coverage = {
    subject: row.subject as NodeRecord,
    system: row.system as CoverageSystem,
    asOf: params.asOf,
    covered: [],
    uncovered: [],
    excluded: [],
  };
  for (const control of row.controls as ControlRef[]) {
    const mine = reached.filter((r) => r.control.id === control.id);
    if (mine.length === 0) {
      result.uncovered.push(control);
      continue;
    }
    const decision = applicability(
      mine.map((r) => ({ ...r, status: r.implementation.status })),
      (r) => r.how === 'direct',
    );
    if (decision.exclusion) {
      const { implementation, scope, how, why } = decision.exclusion;
      result.excluded.push({
        control,
        implementation: { id: implementation.id, status: implementation.status },
        scope,
        how,
        why,
        justification: implementation.justification,
      });
      continue;
    }
    for (const { implementation, evidence, scope, how, why } of decision.live) {
      result.covered.push({
        control,
        implementation: { id: implementation.id, status: implementation.status },
        scope,
        how,
        why,
        evidence: summariseEvidence(evidence),
      });
    }
  }
  return result;
}

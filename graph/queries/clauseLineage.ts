import type { Graph } from '../db.js';
import { DEFAULT_EXPIRING_DAYS } from '../freshness.js';
import { CONTROL_EVIDENCE } from './controlRollup.js';
import {
  evidenceItems, summariseCounts, summariseEvidence, type EvidenceCount, type EvidenceItem, type EvidenceSummary,
} from './evidenceSummary.js';
import { dayParam, decodeCursor, encodeCursor, firstParam, intParam, type Page } from './input.js';
import type { ImplementationStatus } from './reach.js';
import { nodeRef, type ClauseRef, type NodeRef } from './refs.js';
import { whyPath, type WhyPath } from './why.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';

export interface ClauseLineageParams {
  clauseId: string;
  asOf: string;
  first: number;
  after?: string | null;
  expiringDays?: number;
}

export interface ClauseImplementation {
  id: string;
  status: ImplementationStatus;
  scope: NodeRef | null;
  evidence: EvidenceSummary;
}

export interface ClauseControl {
  id: string;
  title: string;
  /** The clause or subclauses (ids) this control ADDRESSES. */
  addresses: string[];
  /** Every implementation of the control, whatever its status. */
  implementationCount: number;
  /** The first IMPLEMENTATIONS_SHOWN (the control's rollup): organisation first, then systems, models, datasets, vendors; the control's lineage pages through all. */
  implementations: ClauseImplementation[];
  /** Over every implementation that is not excluded, each piece of evidence once. */
  evidence: EvidenceSummary;
  /** Clause → (subclause …) → control. */
  why: WhyPath;
}

export interface ClauseLineage {
  /** The node asked about, whole, so a caller that looks it up only to ask this need not read it again. */
  subject: NodeRecord;
  clause: { id: string; title: string; summary: string | null };
  parent: ClauseRef | null;
  subclauses: ClauseRef[];
  /** Controls addressing the clause or any clause below it, in natural order. */
  controls: Page<ClauseControl>;
}

const LIST = 'clauseLineage';


// Clause trees are at most 3 deep (4 … 10, then two levels), hence PART_OF*0..3.
const cypher = `
MATCH (cl:Clause {id: $clauseId})
OPTIONAL MATCH (cl)-[:PART_OF]->(parent:Clause)
WITH cl, parent,
  COLLECT { MATCH (sub:Clause)-[:PART_OF]->(cl) RETURN {id: sub.id, title: sub.title} ORDER BY sub.sort } AS subclauses,
  COLLECT {
    MATCH (c:Control)-[:ADDRESSES]->(:Clause)-[:PART_OF*0..3]->(cl)
    WITH DISTINCT c
    RETURN {c: c, key: [coalesce(c.sort, c.id)]} ORDER BY coalesce(c.sort, c.id)
  } AS ranked
WITH cl, parent, subclauses, size(ranked) AS totalCount,
  [r IN ranked WHERE $after IS NULL OR r.key > $after] AS rest
WITH cl, parent, subclauses, totalCount, rest[0..$first] AS page, size(rest) > $first AS hasNextPage
CALL (cl, page) {
  UNWIND page AS r
  WITH cl, r.c AS c, r.key AS key
  MATCH p = (cl)<-[:PART_OF*0..3]-(:Clause)<-[:ADDRESSES]-(c)
  WITH cl, c, key, p ORDER BY length(p), [n IN nodes(p) | n.id]
  WITH cl, c, key, head(collect(p)) AS p
  CALL (c) { ${CONTROL_EVIDENCE('c')} }
  WITH cl, c, key, p, evidence
  ORDER BY key
  RETURN collect({
    id: c.id, title: c.title, key: key, why: ${whyPath('p')},
    addresses: COLLECT {
      MATCH (c)-[:ADDRESSES]->(x:Clause)-[:PART_OF*0..3]->(cl) RETURN DISTINCT x.id AS id ORDER BY id
    },
    implementationCount: COUNT { (c)<-[:IMPLEMENTS]-() },
    implementations: COLLECT {
      UNWIND range(0, size(coalesce(c.firstImplementationIds, [])) - 1) AS n
      MATCH (i:Implementation {id: c.firstImplementationIds[n]})
      WITH n, i, COLLECT { MATCH (i)-[:APPLIES_TO]->(y) RETURN y ORDER BY y.id }[0] AS x
      RETURN {id: i.id, status: i.status, scope: ${nodeRef('x')}, evidence: ${evidenceItems('i')}} ORDER BY n
    },
    evidence: evidence
  }) AS rows
}
RETURN ${nodeRecord('cl')} AS subject, {id: cl.id, title: cl.title, summary: cl.summary} AS clause,
  CASE WHEN parent IS NULL THEN null ELSE {id: parent.id, title: parent.title} END AS parent,
  subclauses, totalCount, hasNextPage, rows`;

interface Row extends Omit<ClauseControl, 'implementations' | 'evidence'> {
  key: [string];
  implementations: (Omit<ClauseImplementation, 'evidence'> & { evidence: EvidenceItem[] })[];
  evidence: EvidenceCount[];
}

/** An ISO/IEC 42001 clause down to the controls that support it, their implementations and evidence. */
export async function clauseLineage(graph: Graph, params: ClauseLineageParams): Promise<ClauseLineage | null> {
  const [row] = await graph.read(cypher, {
    clauseId: params.clauseId,
    asOf: dayParam('asOf', params.asOf),
    expiringDays: intParam('expiringDays', params.expiringDays ?? DEFAULT_EXPIRING_DAYS, 0, 3650),
    first: firstParam(params.first),
    after: decodeCursor(LIST, params.after, ['string']),
  });
  if (!row) return null;
  const raw = row.rows as Row[];
  const last = raw.at(-1);
  return {
    subject: row.subject as NodeRecord,
    clause: row.clause as ClauseLineage['clause'],
    parent: row.parent as ClauseRef | null,
    subclauses: row.subclauses as ClauseRef[],
    controls: {
      rows: raw.map(({ key: _key, implementations, evidence, ...control }) => ({
        ...control,
        implementationCount: Number(control.implementationCount),
        implementations: implementations.map((i) => ({ ...i, evidence: summariseEvidence(i.evidence) })),
        evidence: summariseCounts(evidence),
      })),
      totalCount: Number(row.totalCount),
      hasNextPage: row.hasNextPage === true,
      endCursor: last ? encodeCursor(LIST, last.key) : null,
    },
  };
}

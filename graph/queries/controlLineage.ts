import type { Graph } from '../db.js';
import { DEFAULT_EXPIRING_DAYS, evidenceExpiry, evidenceFreshness, evidenceRecordedBy, type Freshness } from '../freshness.js';
import { dayParam, decodeCursor, encodeCursor, firstParam, intParam, type Page } from './input.js';
import type { ImplementationStatus } from './reach.js';
import { nodeRef, ownersOf, type ClauseRef, type NodeRef, type OwnerRef } from './refs.js';
import { whyPath, type WhyPath } from './why.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';

export interface ControlLineageParams {
  controlId: string;
  asOf: string;
  first: number;
  after?: string | null;
  expiringDays?: number;
}

export interface LineageEvidence {
  id: string;
  title: string;
  kind: string | null;
  uri: string | null;
  sha256: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  recordedAt: string;
  validUntil: string | null;
  /** validUntil, or recordedAt + reviewIntervalDays. */
  expiresOn: string | null;
  reviewState: string | null;
  freshness: Freshness;
  owners: OwnerRef[];
  /** Older evidence this replaces. */
  supersedes: string | null;
  /** Newer evidence recorded by asOf that replaces this. */
  supersededBy: string | null;
}

export interface LineageImplementation {
  id: string;
  status: ImplementationStatus;
  description: string | null;
  justification: string | null;
  updatedOn: string | null;
  owners: OwnerRef[];
  scope: NodeRef | null;
  /** Newest first. */
  evidence: LineageEvidence[];
  /** Control → implementation → scope. */
  why: WhyPath;
}

export interface ControlLineage {
  /** The node asked about, whole, so a caller that looks it up only to ask this need not read it again. */
  subject: NodeRecord;
  control: { id: string; title: string; summary: string | null };
  objective: { id: string; title: string; summary: string | null } | null;
  area: { id: string; title: string } | null;
  clauses: ClauseRef[];
  /** Organisation first, then systems, models, datasets, vendors, each by scope id. */
  implementations: Page<LineageImplementation>;
}

/**
 * Cypher expression: the evidence supporting implementation `i` on `$asOf`, newest first, as
 * LineageEvidence maps (a package reads the same for a system's implementations). `i` is a constant of
 * the calling module.
 */
export function lineageEvidence(i: string): string {
  return `COLLECT {
      MATCH (ev:Evidence)-[:SUPPORTS]->(${i}) WHERE ${evidenceRecordedBy('ev')}
      RETURN {
        id: ev.id, title: ev.title, kind: ev.kind, uri: ev.uri, sha256: ev.sha256,
        periodStart: ev.periodStart, periodEnd: ev.periodEnd, recordedAt: ev.recordedAt,
        validUntil: ev.validUntil, expiresOn: ${evidenceExpiry('ev')}, reviewState: ev.reviewState,
        freshness: ${evidenceFreshness('ev')}, owners: ${ownersOf('ev')},
        supersedes: COLLECT { MATCH (ev)-[:SUPERSEDES]->(older:Evidence) RETURN older.id ORDER BY older.id }[0],
        supersededBy: COLLECT {
          MATCH (ev)<-[:SUPERSEDES]-(later:Evidence) WHERE ${evidenceRecordedBy('later')}
          RETURN later.id ORDER BY later.recordedAt DESC, later.id
        }[0]
      } ORDER BY ev.recordedAt DESC, ev.id
    }`;
}

const LIST = 'controlLineage';

// Implementations are ranked by their derived scope (markers.ts) and counted by degree, so only
// the page is read in full; evidence is read for the page only.
const cypher = `
MATCH (c:Control {id: $controlId})
OPTIONAL MATCH (c)-[:PART_OF]->(o:ControlObjective)
OPTIONAL MATCH (o)-[:PART_OF]->(a:ControlArea)
WITH c, o, a,
  COLLECT { MATCH (c)-[:ADDRESSES]->(cl:Clause) RETURN {id: cl.id, title: cl.title} ORDER BY cl.sort } AS clauses,
  COUNT { (c)<-[:IMPLEMENTS]-() } AS totalCount,
  COLLECT {
    MATCH (c)<-[:IMPLEMENTS]-(i:Implementation)
    WITH i, [coalesce(i.scopeRank, 5), coalesce(i.scopeId, ''), i.id] AS key
    WHERE $after IS NULL OR key > $after
    RETURN {i: i, key: key} ORDER BY key LIMIT $first + 1
  } AS rest
WITH c, o, a, clauses, totalCount, rest[0..$first] AS page, size(rest) > $first AS hasNextPage
CALL (c, page) {
  UNWIND page AS r
  WITH c, r.i AS i, r.key AS key
  WITH c, i, key, COLLECT { MATCH (i)-[:APPLIES_TO]->(y) RETURN y ORDER BY y.id }[0] AS x
  OPTIONAL MATCH scoped = (c)<-[:IMPLEMENTS]-(i)-[:APPLIES_TO]->(x)
  MATCH bare = (c)<-[:IMPLEMENTS]-(i)
  WITH c, i, x, key, coalesce(scoped, bare) AS p ORDER BY key
  RETURN collect({
    id: i.id, status: i.status, description: i.description, justification: i.justification,
    updatedOn: i.updatedOn, owners: ${ownersOf('i')}, scope: ${nodeRef('x')}, key: key,
    why: ${whyPath('p')},
    evidence: ${lineageEvidence('i')}
  }) AS rows
}
RETURN ${nodeRecord('c')} AS subject, {id: c.id, title: c.title, summary: c.summary} AS control,
  CASE WHEN o IS NULL THEN null ELSE {id: o.id, title: o.title, summary: o.summary} END AS objective,
  CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title} END AS area,
  clauses, totalCount, hasNextPage, rows`;

type Row = LineageImplementation & { key: [number, string, string] };

/**
 * An Annex A control down to the evidence: where it sits in Annex A, the clauses it supports,
 * and each implementation with its owners and evidence as of `asOf`.
 */
export async function controlLineage(graph: Graph, params: ControlLineageParams): Promise<ControlLineage | null> {
  const [row] = await graph.read(cypher, {
    controlId: params.controlId,
    asOf: dayParam('asOf', params.asOf),
    expiringDays: intParam('expiringDays', params.expiringDays ?? DEFAULT_EXPIRING_DAYS, 0, 3650),
    first: firstParam(params.first),
    after: decodeCursor(LIST, params.after, ['number', 'string', 'string']),
  });
  if (!row) return null;
  const rows = (row.rows as Row[]).map(({ key: _key, ...implementation }) => implementation);
  const last = (row.rows as Row[]).at(-1);
  return {
    subject: row.subject as NodeRecord,
    control: row.control as ControlLineage['control'],
    objective: row.objective as ControlLineage['objective'],
    area: row.area as ControlLineage['area'],
    clauses: row.clauses as ClauseRef[],
    implementations: {
      rows,
      totalCount: Number(row.totalCount),
      hasNextPage: row.hasNextPage === true,
      endCursor: last ? encodeCursor(LIST, last.key) : null,
    },
  };
}

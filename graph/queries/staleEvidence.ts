import type { Graph } from '../db.js';
import { evidenceExpiry, evidenceFreshness, evidenceRecordedBy } from '../freshness.js';
import {
  dayParam, decodeCursor, encodeCursor, firstParam, intParam, recordedBeforeParam, type Page,
} from './input.js';
import type { ImplementationStatus } from './reach.js';
import { ownersOf, type ClauseRef, type ControlRef, type NodeRef, type OwnerRef } from './refs.js';
import { pathNode, whyPath, type WhyPath } from './why.js';

export interface StaleEvidenceParams {
  /** Day freshness is judged on, `YYYY-MM-DD`. */
  asOf: string;
  /** Evidence expiring within this many days of asOf counts too (the expiring window). */
  withinDays: number;
  first: number;
  after?: string | null;
}

export interface BackedControl {
  implementation: { id: string; status: ImplementationStatus };
  scope: NodeRef | null;
  control: ControlRef;
  /** Clauses the control ADDRESSES, in natural order. */
  clauses: ClauseRef[];
  /** Evidence → implementation → control. */
  why: WhyPath;
}

export interface AffectedSystem extends NodeRef {
  riskTier: string | null;
  customerFacing: boolean | null;
  /** Shortest way from the evidence through what it backs to the system. */
  why: WhyPath;
}

export interface StaleEvidenceRow {
  id: string;
  title: string;
  kind: string | null;
  uri: string | null;
  sha256: string | null;
  recordedAt: string;
  reviewState: string | null;
  expiresOn: string;
  /** Days from asOf to expiresOn; negative once expired. */
  daysLeft: number;
  freshness: 'stale' | 'expiring';
  owners: OwnerRef[];
  backs: BackedControl[];
  /** Systems whose coverage includes an implementation this evidence backs, by id. */
  affectedSystems: AffectedSystem[];
}

const LIST = 'staleEvidence';

/*
 * Ranks every candidate, then builds the heavy parts (what it backs, who is affected) only for
 * the page. Affected systems mirror coverage (reach.ts) read backwards: the scope itself when it
 * is a system, the systems running, using or provided by it, their callers up to 3 DEPENDS_ON
 * hops, and every system of an organisation.
 */
const cypher = `
MATCH (e:Evidence)
WHERE e.recordedAt < $recordedBefore AND ${evidenceRecordedBy('e')}
WITH e, ${evidenceFreshness('e')} AS freshness, ${evidenceExpiry('e')} AS expiresOn
WHERE freshness IN ['stale', 'expiring']
WITH e, freshness, expiresOn ORDER BY expiresOn, e.id
WITH collect({e: e, freshness: freshness, expiresOn: expiresOn}) AS matching
WITH size(matching) AS totalCount,
  [x IN matching WHERE $after IS NULL OR [x.expiresOn, x.e.id] > $after] AS rest
WITH totalCount, rest[0..$first] AS page, size(rest) > $first AS hasNextPage
CALL (page) {
  UNWIND page AS x
  WITH x.e AS e, x.freshness AS freshness, x.expiresOn AS expiresOn
  CALL (e) {
    CALL (e) {
      MATCH p = (e)-[:SUPPORTS]->(:Implementation)-[:APPLIES_TO]->(:AISystem)<-[:DEPENDS_ON*0..3]-(sys:AISystem)
      RETURN sys, p
      UNION ALL
      MATCH p = (e)-[:SUPPORTS]->(:Implementation)-[:APPLIES_TO]->(:Model|Dataset|Vendor)
                <-[:RUNS|USES|PROVIDED_BY]-(:AISystem)<-[:DEPENDS_ON*0..3]-(sys:AISystem)
      RETURN sys, p
      UNION ALL
      MATCH p = (e)-[:SUPPORTS]->(:Implementation)-[:APPLIES_TO]->(:Organization)-[:OPERATES]->(sys:AISystem)
      RETURN sys, p
    }
    WITH sys, p ORDER BY length(p), [n IN nodes(p) | n.id]
    WITH sys, head(collect(p)) AS p
    ORDER BY sys.id
    RETURN collect({id: sys.id, label: 'AISystem', name: sys.name, riskTier: sys.riskTier,
      customerFacing: sys.customerFacing, why: ${whyPath('p')}}) AS affectedSystems
  }
  WITH e, freshness, expiresOn, affectedSystems ORDER BY expiresOn, e.id
  RETURN collect({
    id: e.id, title: e.title, kind: e.kind, uri: e.uri, sha256: e.sha256, recordedAt: e.recordedAt,
    reviewState: e.reviewState, expiresOn: expiresOn, daysLeft: duration.inDays($asOf, expiresOn).days,
    freshness: freshness, owners: ${ownersOf('e')},
    backs: COLLECT {
      MATCH bp = (e)-[:SUPPORTS]->(i:Implementation)-[:IMPLEMENTS]->(c:Control)
      RETURN {
        implementation: {id: i.id, status: i.status},
        scope: COLLECT { MATCH (i)-[:APPLIES_TO]->(x) RETURN ${pathNode('x')} ORDER BY x.id }[0],
        control: {id: c.id, title: c.title},
        clauses: COLLECT { MATCH (c)-[:ADDRESSES]->(cl:Clause) RETURN {id: cl.id, title: cl.title} ORDER BY cl.sort },
        why: ${whyPath('bp')}
      } ORDER BY c.sort, i.id
    },
    affectedSystems: affectedSystems
  }) AS rows
}
RETURN totalCount, hasNextPage, rows`;

/**
 * Evidence that is stale, or expires within `withinDays`, on `asOf` (superseded evidence is
 * replaced already, so it is left out), soonest expiry first, with what it backs and the AI
 * systems that rely on it.
 */
export async function staleEvidence(graph: Graph, params: StaleEvidenceParams): Promise<Page<StaleEvidenceRow>> {
  const [row] = await graph.read(cypher, {
    asOf: dayParam('asOf', params.asOf),
    recordedBefore: recordedBeforeParam(params.asOf),
    expiringDays: intParam('withinDays', params.withinDays, 0, 3650),
    first: firstParam(params.first),
    after: decodeCursor(LIST, params.after, ['day', 'string']),
  });
  const rows = (row?.rows ?? []) as StaleEvidenceRow[];
  const last = rows.at(-1);
  return {
    rows,
    totalCount: Number(row?.totalCount ?? 0),
    hasNextPage: row?.hasNextPage === true,
    endCursor: last ? encodeCursor(LIST, [last.expiresOn, last.id]) : null,
  };
}

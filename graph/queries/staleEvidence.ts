import type { Graph } from '../db.js';
import {
  dayParam, decodeCursor, untilParam, encodeCursor, firstParam, intParam, recordedBeforeParam, recordedSinceParam, type Page,
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
  /** How many systems' coverage includes an implementation this evidence backs. */
  affectedSystemCount: number;
  /** The first AFFECTED_SHOWN of them, by id. */
  affectedSystems: AffectedSystem[];
}

const LIST = 'staleEvidence';

/*
 * The evidence live on $asOf (recorded by then, not yet superseded) that expires by $until is
 * found through the derived dates (markers.ts), each set from its own index, so the question
 * costs what the answer holds rather than the whole history:
 *   latest     nothing supersedes it yet: Evidence(latestExpiresOn), minus any recorded after $asOf
 *   replaced   superseded, but only after $asOf (empty today): Evidence(supersededOn)
 * Each set is counted, and yields its first page in (expiresOn, id) order; the two pages merge.
 */
const LATEST = `MATCH (e:Evidence) WHERE e.latestExpiresOn <= $until`;
const REPLACED = `MATCH (e:Evidence) WHERE e.supersededOn > $asOf AND e.expiresOn <= $until`;
const RECORDED = `e.recordedAt < $recordedBefore AND date(e.recordedAt) <= $asOf`;
const AFTER_CURSOR = `($after IS NULL OR e.expiresOn > $after[0] OR (e.expiresOn = $after[0] AND e.id > $after[1]))`;

/*
 * What each row backs, and the systems affected: coverage (reach.ts) read backwards — the scope
 * itself when it is a system, the systems running, using or provided by it, their callers up to
 * 3 DEPENDS_ON hops, and every system of an organisation. A platform's evidence can reach
 * thousands of systems, so a row carries their count and the first AFFECTED_SHOWN by id.
 */
export const AFFECTED_SHOWN = 25;

const cypher = `
CALL () {
  CALL () {
    ${LATEST} AND ${RECORDED} AND ${AFTER_CURSOR}
    WITH e ORDER BY e.latestExpiresOn, e.id LIMIT $first + 1 RETURN e
    UNION ALL
    ${REPLACED} AND ${RECORDED} AND ${AFTER_CURSOR}
    WITH e ORDER BY e.expiresOn, e.id LIMIT $first + 1 RETURN e
  }
  WITH e ORDER BY e.expiresOn, e.id LIMIT $first + 1
  RETURN collect(e) AS candidates
}
CALL (candidates) {
  CALL () { ${LATEST} RETURN count(e) AS n
    UNION ALL MATCH (e:Evidence) USING INDEX e:Evidence(recordedAt) WHERE e.recordedAt >= $recordedSince AND date(e.recordedAt) > $asOf AND e.latestExpiresOn <= $until
      RETURN -count(e) AS n
    UNION ALL ${REPLACED} AND ${RECORDED} RETURN count(e) AS n }
  RETURN sum(n) AS totalCount
}
WITH totalCount, candidates[0..$first] AS page, size(candidates) > $first AS hasNextPage
CALL (page) {
  UNWIND page AS e
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
    WITH sys, min(length(p)) AS distance
    WITH collect(sys) AS systems
    RETURN size(systems) AS affectedSystemCount,
      [s IN systems | s.id] AS ids
  }
  CALL (e, ids) {
    UNWIND ids AS id
    WITH e, id ORDER BY id LIMIT ${AFFECTED_SHOWN}
    MATCH (sys:AISystem {id: id})
    CALL (e, sys) {
      MATCH p = (e)-[:SUPPORTS]->(:Implementation)-[:APPLIES_TO]->(:AISystem)<-[:DEPENDS_ON*0..3]-(sys)
      RETURN p
      UNION ALL
      MATCH p = (e)-[:SUPPORTS]->(:Implementation)-[:APPLIES_TO]->(:Model|Dataset|Vendor)
                <-[:RUNS|USES|PROVIDED_BY]-(:AISystem)<-[:DEPENDS_ON*0..3]-(sys)
      RETURN p
      UNION ALL
      MATCH p = (e)-[:SUPPORTS]->(:Implementation)-[:APPLIES_TO]->(:Organization)-[:OPERATES]->(sys)
      RETURN p
    }
    WITH sys, p ORDER BY length(p), [n IN nodes(p) | n.id]
    WITH sys, head(collect(p)) AS p
    ORDER BY sys.id
    RETURN collect({id: sys.id, label: 'AISystem', name: sys.name, riskTier: sys.riskTier,
      customerFacing: sys.customerFacing, why: ${whyPath('p')}}) AS affectedSystems
  }
  WITH e, affectedSystemCount, affectedSystems ORDER BY e.expiresOn, e.id
  RETURN collect({
    id: e.id, title: e.title, kind: e.kind, uri: e.uri, sha256: e.sha256, recordedAt: e.recordedAt,
    reviewState: e.reviewState, expiresOn: e.expiresOn, daysLeft: duration.inDays($asOf, e.expiresOn).days,
    freshness: CASE WHEN e.expiresOn < $asOf THEN 'stale' ELSE 'expiring' END, owners: ${ownersOf('e')},
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
    affectedSystemCount: affectedSystemCount,
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
    recordedSince: recordedSinceParam(params.asOf),
    until: untilParam(params.asOf, intParam('withinDays', params.withinDays, 0, 3650).toNumber()),
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

import type { Graph, Tx } from './db.js';
import { labelOfId } from './ids.js';
import { implementationStatuses } from './model.js';
import { scopeRank } from './queries/refs.js';

/*
 * The derived dates of model.ts (`derived: true`), kept in the same transaction as the write that
 * changes their inputs, so the questions asked at scale seek an index instead of recomputing
 * freshness for every piece of evidence in the graph:
 *
 *   Evidence.expiresOn           validUntil, or the day recorded + reviewIntervalDays
 *   Evidence.supersededOn        the day the first newer evidence superseding it was recorded
 *   Evidence.latestExpiresOn     expiresOn while nothing supersedes it (indexed: the stale list)
 *   Implementation.evidencedUntil      latest expiry of its evidence neither superseded nor rejected
 *   Implementation.evidenceRecordedOn  the day its newest evidence was recorded
 *   Implementation.scopeId, scopeRank  what it APPLIES_TO, ranked organisation first: the order of a control's lineage
 *   Evidence.supportCount, Implementation.linked, Risk.threatCount  what hangs loose, by index
 *   Risk.mitigatorCount          risks no control can mitigate, by index
 *   Risk.residualScore           residual likelihood × impact, so risks above appetite are a range seek
 *   AISystem.ownerCount, Dataset.ownerCount  who OWNS it, so unowned ones are an index seek
 *   AISystem.threatIds, Dataset.threatIds    the risks that THREATEN it, one read per node for impact
 *   Control.statusCounts … latestExpiries  its implementations and their evidence rolled up, so the
 *                                organisation's statement of applicability and a clause's lineage read
 *                                38 nodes; valid from Control.evidenceRecordedOn on, like the above
 *
 * From evidenceRecordedOn on, all of an implementation's evidence exists and every supersession
 * has happened, so "evidenced on day d" is just `evidencedUntil >= d`; before it (a past audit
 * date) the questions compute it from the evidence itself. Either way the answer is the same.
 */

/** Sentinels so that "never expires" and "nothing backs it" stay inside the range index. */
export const NEVER = '9999-12-31';
export const NOTHING = '0001-01-01';

// Refreshing an evidence item also refreshes the one it supersedes: its supersededOn may change.
const EVIDENCE = `
UNWIND $ids AS id
MATCH (x:Evidence {id: id})
UNWIND [x] + COLLECT { MATCH (x)-[:SUPERSEDES]->(older:Evidence) RETURN older } AS e
WITH DISTINCT e
WITH e, coalesce(e.validUntil, date(e.recordedAt) + duration({days: e.reviewIntervalDays})) AS expiresOn,
  COLLECT { MATCH (e)<-[:SUPERSEDES]-(newer:Evidence) RETURN date(newer.recordedAt) AS day ORDER BY day LIMIT 1 }[0] AS supersededOn
SET e.expiresOn = expiresOn, e.supersededOn = supersededOn,
  e.latestExpiresOn = CASE WHEN supersededOn IS NULL THEN expiresOn END, e.supportCount = COUNT { (e)-[:SUPPORTS]->() }
WITH DISTINCT e
MATCH (e)-[:SUPPORTS]->(i:Implementation)
RETURN DISTINCT i.id AS id`;

const IMPLEMENTATIONS = `
UNWIND $ids AS id
MATCH (i:Implementation {id: id})
CALL (i) {
  OPTIONAL MATCH (e:Evidence)-[:SUPPORTS]->(i)
  RETURN max(date(e.recordedAt)) AS recordedOn,
    max(CASE WHEN e IS NOT NULL AND e.supersededOn IS NULL AND coalesce(e.reviewState, '') <> 'rejected'
      THEN coalesce(e.expiresOn, date('${NEVER}')) END) AS until
}
WITH i, recordedOn, until, COLLECT { MATCH (i)-[:APPLIES_TO]->(y) RETURN y ORDER BY y.id }[0] AS x
SET i.evidenceRecordedOn = recordedOn, i.evidencedUntil = coalesce(until, date('${NOTHING}')),
  i.scopeId = x.id, i.scopeRank = ${scopeRank('x')}, i.linked = x IS NOT NULL AND EXISTS { (i)-[:IMPLEMENTS]->(:Control) }`;

const FURTHEST_FIRST = `CASE i.status WHEN 'implemented' THEN 0 WHEN 'partial' THEN 1 WHEN 'planned' THEN 2 ELSE 3 END`;

// A control's rollup (model.ts lists it): each figure one subquery over its implementations.
const CONTROLS = `
UNWIND $ids AS controlId
MATCH (c:Control {id: controlId})
CALL (c) {
  OPTIONAL MATCH (c)<-[:IMPLEMENTS]-(i:Implementation)<-[:SUPPORTS]-(e:Evidence)
  WHERE i.status <> 'excluded'
  WITH DISTINCT e
  WITH e, coalesce(e.reviewState, '') = 'rejected' AS rejected, e.supersededOn IS NOT NULL AS superseded
  RETURN count(e) AS total, max(date(e.recordedAt)) AS recordedOn,
    sum(CASE WHEN superseded THEN 1 ELSE 0 END) AS supersededCount,
    sum(CASE WHEN superseded AND NOT rejected THEN 1 ELSE 0 END) AS supersededBacking,
    sum(CASE WHEN rejected THEN 1 ELSE 0 END) AS rejectedCount,
    collect(CASE WHEN e IS NOT NULL AND NOT superseded AND NOT rejected THEN coalesce(e.expiresOn, date('${NEVER}')) END) AS latest,
    collect(CASE WHEN e IS NOT NULL AND NOT superseded AND rejected THEN coalesce(e.expiresOn, date('${NEVER}')) END) AS latestRejected
}
SET c.statusCounts = [s IN ${JSON.stringify(implementationStatuses).replace(/"/g, "'")} |
      COUNT { (c)<-[:IMPLEMENTS]-(i:Implementation) WHERE i.status = s }],
  c.firstImplementationIds = COLLECT {
    MATCH (c)<-[:IMPLEMENTS]-(i:Implementation)
    RETURN i.id ORDER BY coalesce(i.scopeRank, 5), coalesce(i.scopeId, ''), i.id LIMIT 20 },
  c.furthestImplementationId = COLLECT {
    MATCH (c)<-[:IMPLEMENTS]-(i:Implementation) WHERE i.status <> 'excluded'
    RETURN i.id ORDER BY ${FURTHEST_FIRST}, i.id LIMIT 1 }[0],
  c.exclusionIds = COLLECT {
    MATCH (c)<-[:IMPLEMENTS]-(i:Implementation {status: 'excluded'}) WHERE coalesce(i.scopeRank, 5) <> 0
    RETURN i.id ORDER BY i.id LIMIT 51 },
  c.ownerIds = COLLECT {
    MATCH (c)<-[:IMPLEMENTS]-(i:Implementation)<-[:OWNS]-(o) WHERE i.status <> 'excluded'
    RETURN DISTINCT o.id AS owner ORDER BY owner },
  c.evidenceRecordedOn = recordedOn, c.evidenceTotal = total, c.evidenceSuperseded = supersededCount,
  c.evidenceSupersededBacking = supersededBacking, c.evidenceRejected = rejectedCount,
  c.latestExpiries = latest, c.latestRejectedExpiries = latestRejected`;

const RISKS = `
UNWIND $ids AS id
MATCH (r:Risk {id: id})
SET r.residualScore = r.residualLikelihood * r.residualImpact, r.threatCount = COUNT { (r)-[:THREATENS]->() },
  r.mitigatorCount = COUNT { (r)<-[:MITIGATES]-() }`;

const OWNERS_AND_RISKS = (label: 'AISystem' | 'Dataset') => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
SET n.ownerCount = COUNT { (n)<-[:OWNS]-() },
  n.threatIds = COLLECT { MATCH (n)<-[:THREATENS]-(r:Risk) RETURN r.id AS risk ORDER BY risk }`;
const SYSTEMS = OWNERS_AND_RISKS('AISystem');
const DATASETS = OWNERS_AND_RISKS('Dataset');

/**
 * Recomputes the derived values around the given nodes (evidence, implementations, risks, systems
 * and datasets; other ids are ignored) inside the caller's transaction. Writers pass every node
 * whose properties or relationships they touched, and for a deletion its former neighbours.
 */
export async function refreshMarkers(tx: Tx, ids: readonly string[]): Promise<void> {
  const risks = ids.filter((id) => labelOfId(id) === 'Risk');
  if (risks.length) await tx.run(RISKS, { ids: risks });
  const systems = ids.filter((id) => labelOfId(id) === 'AISystem');
  if (systems.length) await tx.run(SYSTEMS, { ids: systems });
  const datasets = ids.filter((id) => labelOfId(id) === 'Dataset');
  if (datasets.length) await tx.run(DATASETS, { ids: datasets });
  const evidence = ids.filter((id) => labelOfId(id) === 'Evidence');
  const implementations = new Set(ids.filter((id) => labelOfId(id) === 'Implementation'));
  if (evidence.length) {
    for (const row of await tx.run(EVIDENCE, { ids: evidence })) implementations.add(String(row.id));
  }
  if (implementations.size) await tx.run(IMPLEMENTATIONS, { ids: [...implementations] });
  const controls = new Set(ids.filter((id) => labelOfId(id) === 'Control'));
  if (implementations.size) {
    const rows = await tx.run(CONTROLS_OF, { ids: [...implementations] });
    for (const row of rows) controls.add(String(row.id));
  }
  if (controls.size) await tx.run(CONTROLS, { ids: [...controls] });
}

const CONTROLS_OF = `
UNWIND $ids AS id
MATCH (:Implementation {id: id})-[:IMPLEMENTS]->(c:Control)
RETURN DISTINCT c.id AS id`;

/** Every control's rollup, after a bulk load (a few seconds on the large preset, so once per load). */
export async function refreshControlRollups(graph: Graph): Promise<void> {
  const ids = (await graph.read('MATCH (c:Control) RETURN c.id AS id ORDER BY id')).map((r) => String(r.id));
  for (const id of ids) await graph.write(CONTROLS, { ids: [id] });
}

/**
 * The same for bulk loads: every evidence item first (an implementation's date reads them), then
 * every implementation, in batches of their own write transactions.
 */
export async function refreshMarkersInBatches(
  graph: Graph,
  ids: {
    evidence: readonly string[];
    implementations: readonly string[];
    risks?: readonly string[];
    systems?: readonly string[];
    datasets?: readonly string[];
  },
  batchSize = 10_000,
): Promise<void> {
  const batches = async (cypher: string, list: readonly string[] = []) => {
    for (let i = 0; i < list.length; i += batchSize) await graph.write(cypher, { ids: list.slice(i, i + batchSize) });
  };
  await batches(RISKS, ids.risks);
  await batches(SYSTEMS, ids.systems);
  await batches(DATASETS, ids.datasets);
  const implementations = new Set(ids.implementations);
  for (let i = 0; i < ids.evidence.length; i += batchSize) {
    const rows = await graph.write(EVIDENCE, { ids: ids.evidence.slice(i, i + batchSize) });
    for (const row of rows) implementations.add(String(row.id));
  }
  await batches(IMPLEMENTATIONS, [...implementations]);
}

/** Every node's derived dates, for a graph loaded before they existed (migration 002). */
export async function refreshAllMarkers(graph: Graph, log: (line: string) => void = () => {}): Promise<void> {
  const idsOf = async (label: 'Evidence' | 'Implementation' | 'Risk' | 'AISystem' | 'Dataset') => {
    const ids: string[] = [];
    for (let after = ''; ;) {
      const rows = await graph.read(`MATCH (n:${label}) WHERE n.id > $after RETURN n.id AS id ORDER BY n.id LIMIT 50000`, { after });
      if (!rows.length) return ids;
      for (const row of rows) ids.push(String(row.id));
      after = ids.at(-1)!;
    }
  };
  const evidence = await idsOf('Evidence');
  const implementations = await idsOf('Implementation');
  const risks = await idsOf('Risk');
  const systems = await idsOf('AISystem');
  const datasets = await idsOf('Dataset');
  log(`Deriving the dates of ${evidence.length} evidence items, ${implementations.length} implementations and ${risks.length} risks…`);
  await refreshMarkersInBatches(graph, { evidence, implementations, risks, systems, datasets });
  await refreshControlRollups(graph);
}

/** The Cypher behind the markers, so a migration re-runs when it changes. */
export const markerStatements = () => [EVIDENCE, IMPLEMENTATIONS, RISKS, CONTROLS, SYSTEMS, DATASETS];

import type { Tx } from '../db.js';
import { refreshMarkers } from '../markers.js';
import { labels, type Label, type PropertySpec } from '../model.js';
import { changesAfter, IDENTITY, type LinkGroup, type RewindPlan } from './changesAfter.js';

/** Rows per UNWIND statement, as the inventory import writes them. */
const BATCH = 5000;

/** What a rewind did, for tests and the benchmark. */
export interface RewindSummary {
  events: number;
  nodesRemoved: number;
  nodesRestored: number;
  linksRemoved: number;
  linksRestored: number;
}

// Removes nodes and answers their neighbours, whose derived values may have leant on them.
const removeCypher = (label: Label) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
WITH n, COLLECT { MATCH (n)--(m) RETURN DISTINCT m.id } AS around
DETACH DELETE n
RETURN around`;

// The node's own properties become those of then; its derived ones stay until the markers redo them.
const restoreCypher = (label: Label) => {
  const spec: Record<string, PropertySpec> = labels[label].properties;
  const derived = Object.keys(spec).filter((name) => spec[name]!.derived);
  const keep = derived.length ? `WITH n, row, n {${derived.map((d) => `.${d}`).join(', ')}} AS kept SET n = row.props SET n += kept` : 'SET n = row.props';
  return `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) ${keep}`;
};

// A relationship told apart by its source (IDENTITY) is matched and merged with it.
const identity = (group: LinkGroup) => (group.bySource ? ` {${IDENTITY}: l.source}` : '');

const unlinkCypher = (group: LinkGroup) =>
  `UNWIND $links AS l MATCH (:${group.fromLabel} {id: l.from})-[r:${group.type}${identity(group)}]->(:${group.toLabel} {id: l.to}) DELETE r RETURN count(*) AS n`;

// Both ends exist again by now (nodes are restored first); a relationship still there keeps its
// properties unless the history says what they were.
const relinkCypher = (group: LinkGroup) => `
UNWIND $links AS l
MATCH (a:${group.fromLabel} {id: l.from})
MATCH (b:${group.toLabel} {id: l.to})
MERGE (a)-[r:${group.type}${identity(group)}]->(b)
SET r = coalesce(l.props, properties(r))
RETURN count(*) AS n`;

/**
 * Undoes, inside `tx`, every change recorded at or after `since` (an ISO instant): nodes created
 * since are removed, nodes changed or deleted since get back their properties of then (a deleted
 * one is rebuilt), relationships linked since are removed and those unlinked since come back; then
 * the derived values around everything touched are recomputed, as every write does. Labels and
 * types reach the Cypher only from the model. The caller rolls `tx` back: nothing here is meant to land.
 */
export async function rewind(tx: Tx, since: string): Promise<RewindSummary> {
  const plan = await changesAfter(tx, since);
  const touched = new Set<string>();
  const summary: RewindSummary = { events: plan.events, nodesRemoved: 0, nodesRestored: 0, linksRemoved: 0, linksRestored: 0 };

  const remove = async (label: Label, ids: string[]) => {
    for (const batch of slices(ids)) {
      const rows = await tx.run(removeCypher(label), { ids: batch });
      summary.nodesRemoved += rows.length;
      for (const row of rows) for (const id of row.around as (string | null)[]) if (id) touched.add(id);
    }
  };
  for (const [label, ids] of plan.absent) await remove(label, ids);
  for (const [label, states] of plan.restored) {
    await remove(label, states.filter((s) => s.rebuild).map((s) => s.id));
    for (const batch of slices(states)) {
      await tx.run(restoreCypher(label), { rows: batch.map((s) => ({ id: s.id, props: s.props })) });
      summary.nodesRestored += batch.length;
      for (const s of batch) touched.add(s.id);
    }
  }
  summary.linksRemoved = await relinkAll(tx, plan.unlinked, unlinkCypher, touched);
  summary.linksRestored = await relinkAll(tx, plan.linked, relinkCypher, touched);
  // Nodes that did not exist then have no derived values to redo; seeking thousands of ids deleted
  // in this transaction (an import undone) costs seconds.
  for (const ids of plan.absent.values()) for (const id of ids) touched.delete(id);
  await refreshMarkers(tx, [...touched]);
  return summary;
}

async function relinkAll(tx: Tx, groups: RewindPlan['linked'], cypher: (g: LinkGroup) => string, touched: Set<string>): Promise<number> {
  let count = 0;
  for (const group of groups) {
    for (const batch of slices(group.links)) {
      const [row] = await tx.run(cypher(group), { links: batch });
      count += Number(row?.n ?? 0);
      for (const { from, to } of batch) touched.add(from).add(to);
    }
  }
  return count;
}

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

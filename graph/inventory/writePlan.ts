import type { Tx } from '../db.js';
import { labelOfId } from '../ids.js';
import type { LoadProgress } from '../load.js';
import { refreshMarkers } from '../markers.js';
import type { Label, RelationshipType } from '../model.js';
import { plainProps } from '../writes/nodeWrites.js';
import { recordChanges, type Actor, type Change } from '../writes/recordChange.js';
import { kindSpec, type InventoryKind } from './kinds.js';
import type { PlannedRow } from './planRows.js';
import { slices } from './readCurrent.js';

/** Rows per UNWIND statement inside the import's transaction: few round-trips, modest parameters. */
const BATCH = 5000;

/** Links of one type between two labels (model names: they become Cypher text). */
interface LinkGroup {
  type: RelationshipType;
  fromLabel: Label;
  toLabel: Label;
  /**
   * Links of a node this import creates: none can exist yet, so they are CREATEd rather than
   * merged, and go with its create event as createNode's do; the others each record a link or unlink.
   */
  fresh: boolean;
  pairs: { from: string; to: string }[];
}

/**
 * Writes a checked plan inside the caller's transaction: nodes MERGEd by id in batches, links
 * added and removed in batches (grouped by type and end label, so each seeks one index), a change
 * event per node created or updated and per link an existing node gains or loses (batched), then
 * the derived values around everything touched (graph/markers.ts).
 */
export async function writePlan(
  tx: Tx,
  kind: InventoryKind,
  plan: readonly PlannedRow[],
  actor: Actor,
  onProgress?: (p: LoadProgress) => void,
): Promise<void> {
  const { label, stampOnCreate = [] } = kindSpec(kind);
  const created = plan.filter((r) => r.outcome === 'created');
  const updated = plan.filter((r) => r.outcome === 'updated' && Object.keys(r.props).length);
  const adds = pairsOf(plan, 'add');
  const removes = pairsOf(plan, 'remove');
  const linkCount = [...adds, ...removes].reduce((n, g) => n + g.pairs.length, 0);
  const eventCount = created.length + updated.length + [...adds, ...removes].reduce((n, g) => n + (g.fresh ? 0 : g.pairs.length), 0);
  const total = created.length + updated.length + linkCount + eventCount + 1;
  let done = 0;
  const step = (phase: string) => (n: number) => onProgress?.({ phase, done: (done += n), total });

  const changes: Change[] = [];
  // Stamps (Evidence.recordedAt) go in a SET of their own, after the row's values: a row that gives one keeps it.
  const stamps = stampOnCreate.map((name) => ` SET n.${name} = coalesce(n.${name}, datetime())`).join('');
  const nodeStatements = [
    { rows: created, cypher: `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props${stamps}`, operation: 'create' as const },
    { rows: updated, cypher: `UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.props`, operation: 'update' as const },
  ];
  for (const { rows, cypher, operation } of nodeStatements) {
    for (const batch of slices(rows, BATCH)) {
      const written = await tx.run(`${cypher} RETURN n.id AS id, properties(n) AS after`, { rows: batch.map(({ id, props }) => ({ id, props })) });
      const after = new Map(written.map((w) => [String(w.id), plainProps({ ...(w.after as Record<string, unknown>), __typename: label, id: String(w.id) })]));
      for (const row of batch) changes.push({ operation, targetId: row.id, targetLabel: label, before: row.before, after: after.get(row.id) ?? null });
      step('nodes')(batch.length);
    }
  }
  if (label === 'AISystem' && created.length) {
    // As createAISystem does: a new system is in the organisation's scope, so organisation-wide controls cover it.
    for (const batch of slices(created.map((r) => r.id), BATCH)) {
      await tx.run(
        `MATCH (o:Organization) WITH o ORDER BY o.id LIMIT 1
         UNWIND $ids AS id MATCH (s:AISystem {id: id}) MERGE (o)-[:OPERATES]->(s)`,
        { ids: batch },
      );
    }
  }

  for (const { type, fromLabel, toLabel, pairs, fresh } of removes) {
    for (const batch of slices(pairs, BATCH)) {
      await tx.run(`UNWIND $pairs AS p MATCH (:${fromLabel} {id: p.from})-[r:${type}]->(:${toLabel} {id: p.to}) DELETE r`, { pairs: batch });
      if (!fresh) for (const p of batch) changes.push({ operation: 'unlink', targetId: p.from, targetLabel: fromLabel, relationship: type, otherId: p.to });
      step('links')(batch.length);
    }
  }
  for (const { type, fromLabel, toLabel, pairs, fresh } of adds) {
    for (const batch of slices(pairs, BATCH)) {
      const [row] = await tx.run(
        `UNWIND $pairs AS p MATCH (a:${fromLabel} {id: p.from}) MATCH (b:${toLabel} {id: p.to})
         ${fresh ? 'CREATE' : 'MERGE'} (a)-[:${type}]->(b) RETURN count(*) AS linked`,
        { pairs: batch },
      );
      // planRows checked every end in this transaction: a shortfall is a bug, and rolls everything back.
      if (Number(row?.linked) !== batch.length) throw new Error(`${type}: linked ${String(row?.linked)} of ${batch.length} pairs`);
      if (!fresh) for (const p of batch) changes.push({ operation: 'link', targetId: p.from, targetLabel: fromLabel, relationship: type, otherId: p.to });
      step('links')(batch.length);
    }
  }

  await recordChanges(tx, actor, changes, BATCH, step('history'));
  const touched = new Set<string>([...created, ...updated].map((r) => r.id));
  for (const { pairs } of [...adds, ...removes]) {
    for (const { from, to } of pairs) touched.add(from).add(to);
  }
  await refreshMarkers(tx, [...touched]);
  step('derived values')(1);
}

/** Links to add or remove, grouped by type and the labels at both ends (so that each statement seeks two indexes). */
function pairsOf(plan: readonly PlannedRow[], which: 'add' | 'remove'): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const row of plan) {
    for (const change of row.links) {
      for (const other of change[which]) {
        const [from, to] = change.link.direction === 'out' ? [row.id, other] : [other, row.id];
        const fromLabel = labelOfId(from)!;
        const toLabel = labelOfId(to)!;
        const fresh = row.outcome === 'created';
        const key = `${change.link.type} ${fromLabel} ${toLabel} ${fresh}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { type: change.link.type, fromLabel, toLabel, fresh, pairs: [] }));
        group.pairs.push({ from, to });
      }
    }
  }
  return [...groups.values()];
}

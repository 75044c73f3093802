import type { Tx } from '../db.js';
import type { Label } from '../model.js';
import { kindSpec, otherLabels, type InventoryKind, type LinkColumn } from './kinds.js';

/** What the graph holds of a file's rows, read in the import's own transaction. */
export interface CurrentState {
  /** Nodes of the file's ids that exist, with their properties (plain). */
  nodes: Map<string, Record<string, unknown>>;
  /** For each link column the file gives: the ids each existing row is linked to now. */
  links: Map<LinkColumn, Map<string, string[]>>;
  /** Referenced ids found in the graph. */
  existing: Set<string>;
}

/** Ids per statement: one UNWIND each, small enough for the planner and the driver's buffers. */
const BATCH = 5000;

export async function readCurrent(
  tx: Tx,
  kind: InventoryKind,
  ids: readonly string[],
  linkColumns: readonly LinkColumn[],
  referenced: ReadonlyMap<Label, ReadonlySet<string>>,
): Promise<CurrentState> {
  const { label } = kindSpec(kind);
  const nodes = new Map<string, Record<string, unknown>>();
  const links = new Map<LinkColumn, Map<string, string[]>>(linkColumns.map((link) => [link, new Map()]));
  // One statement per batch: each node with its links of every column the file gives (label and
  // type names come from the model, kinds.ts, never from the file).
  const collects = linkColumns.map((link, i) => {
    const other = `m:${otherLabels(link).join('|')}`;
    const pattern = link.direction === 'out' ? `(n)-[:${link.type}]->(${other})` : `(n)<-[:${link.type}]-(${other})`;
    return `, COLLECT { MATCH ${pattern} RETURN m.id } AS link${i}`;
  });
  for (const batch of slices(ids)) {
    const rows = await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, properties(n) AS props${collects.join('')}`, { ids: batch });
    for (const row of rows) {
      const id = String(row.id);
      nodes.set(id, row.props as Record<string, unknown>);
      linkColumns.forEach((link, i) => links.get(link)!.set(id, row[`link${i}`] as string[]));
    }
  }
  const existing = new Set<string>();
  for (const [otherLabel, set] of referenced) {
    for (const batch of slices([...set])) {
      const [row] = await tx.run(`UNWIND $ids AS id MATCH (m:${otherLabel} {id: id}) RETURN collect(m.id) AS ids`, { ids: batch });
      for (const id of (row?.ids as string[] | undefined) ?? []) existing.add(id);
    }
  }
  return { nodes, links, existing };
}

export function slices<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

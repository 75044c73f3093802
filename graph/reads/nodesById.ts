import type { Graph } from '../db.js';
import { labelOfId } from '../ids.js';
import { domainLabels, type Label } from '../model.js';
import { nodeRecord, type NodeRecord } from './nodeRecord.js';

// Only labels shown to users: bookkeeping nodes (migrations, change events, API keys with their
// salted hashes) are never fetched here, even should an id scheme one day match them.
const fetchable = new Set<Label>(domainLabels);

/*
 * One constant statement for any batch: a UNION branch per label, each an index seek over that
 * label's ids (an empty list for labels the batch does not name costs nothing). The Cypher text
 * never changes, so Neo4j plans it once; labels come from model.ts.
 */
const cypher = `CALL () {
${[...fetchable].map((l) => `  UNWIND coalesce($ids.${l}, []) AS id MATCH (n:${l} {id: id}) RETURN n`).join('\n  UNION ALL\n')}
}
RETURN ${nodeRecord('n')} AS node`;

/**
 * Nodes by id for a DataLoader: one round-trip, answers in the order of `ids`, null for an id
 * that fits no label's scheme or names no node.
 */
export async function nodesById(graph: Graph, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const byLabel: Partial<Record<Label, string[]>> = {};
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    if (label && fetchable.has(label)) (byLabel[label] ??= []).push(id);
  }
  if (Object.keys(byLabel).length === 0) return ids.map(() => null);
  const found = new Map((await graph.read(cypher, { ids: byLabel })).map((r) => [(r.node as NodeRecord).id, r.node as NodeRecord]));
  return ids.map((id) => found.get(id) ?? null);
}

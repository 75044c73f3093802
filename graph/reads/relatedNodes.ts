import type { Graph } from '../db.js';
import { isLabel, isRelationshipType, type Label, type RelationshipType } from '../model.js';
import { nodeRecord, type NodeRecord } from './nodeRecord.js';

export interface Hop {
  type: RelationshipType;
  direction: 'out' | 'in';
  /** Labels accepted at the other end. */
  targets: readonly Label[];
}

/**
 * The neighbours of many nodes along one hop, in one `UNWIND $ids` read, in key order: the
 * batch function behind the per-request relationship loaders.
 */
export async function relatedNodes(graph: Graph, from: Label, hop: Hop, ids: readonly string[]): Promise<NodeRecord[][]> {
  if (!isLabel(from) || !isRelationshipType(hop.type) || !hop.targets.every(isLabel)) {
    throw new Error(`not a hop of the model: ${from} ${hop.type} ${hop.targets.join('|')}`);
  }
  const arrow = hop.direction === 'out' ? `-[:${hop.type}]->` : `<-[:${hop.type}]-`;
  const cypher = `
    UNWIND $ids AS id
    OPTIONAL MATCH (a:${from} {id: id})${arrow}(b:${hop.targets.join('|')})
    WITH id, b ORDER BY b.id
    RETURN id, collect(${nodeRecord('b')}) AS items`;
  const rows = await graph.read(cypher, { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [r.id as string, r.items as NodeRecord[]]));
  return ids.map((id) => byId.get(id) ?? []);
}

import type { Graph } from '../db.js';
import { nodeRecord, type NodeRecord } from './nodeRecord.js';

export interface MappingRecord {
  requirement: NodeRecord;
  source: string;
  confidence: string;
  basis: string | null;
  note: string | null;
}

const cypher = `
  UNWIND $ids AS id
  CALL (id) {
    MATCH (:Clause {id: id})-[m:MAPS_TO]->(r:Requirement) RETURN m, r
    UNION ALL
    MATCH (:ControlArea {id: id})-[m:MAPS_TO]->(r:Requirement) RETURN m, r
    UNION ALL
    MATCH (:Control {id: id})-[m:MAPS_TO]->(r:Requirement) RETURN m, r
  }
  WITH id, m, r ORDER BY r.framework, r.sort, m.source
  RETURN id, collect({requirement: ${nodeRecord('r')}, source: m.source, confidence: m.confidence, basis: m.basis, note: m.note}) AS mappings`;

/** The crosswalk rows leaving clauses, areas or controls, in key order; each branch seeks by label. */
export async function crosswalkMappings(graph: Graph, ids: readonly string[]): Promise<MappingRecord[][]> {
  const rows = await graph.read(cypher, { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((r) => [r.id as string, r.mappings as MappingRecord[]]));
  return ids.map((id) => byId.get(id) ?? []);
}

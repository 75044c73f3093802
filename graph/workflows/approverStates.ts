import type { Graph } from '../db.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';

export interface ApproverState {
  person: NodeRecord;
  approval: NodeRecord | null;
}

const cypher = `
UNWIND $ids AS id
OPTIONAL MATCH (cr:ChangeRequest {id: id})
RETURN id, COLLECT {
  MATCH (cr)-[:NEEDS_APPROVAL_OF]->(p:Person)
  RETURN {person: ${nodeRecord('p')},
    approval: COLLECT { MATCH (cr)<-[:DECIDES]-(a:Approval)-[:GIVEN_BY]->(p) RETURN ${nodeRecord('a')} ORDER BY a.decidedAt }[0]}
  ORDER BY p.id
} AS approvers`;

/** Each change request's named approvers with their decision, in key order (a loader's batch). */
export async function approverStates(graph: Graph, ids: readonly string[]): Promise<ApproverState[][]> {
  const rows = await graph.read(cypher, { ids });
  const byId = new Map(rows.map((r) => [String(r.id), r.approvers as ApproverState[]]));
  return ids.map((id) => byId.get(id) ?? []);
}

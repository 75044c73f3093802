import type { Graph } from '../db.js';
import { domainLabels } from '../model.js';

export interface GraphCounts {
  /** Nodes per label, for every label of the model but the bookkeeping ones. */
  counts: Record<string, number>;
  relationships: number;
}

// Label names come from model.ts; each COUNT is answered from the count store.
const cypher = `RETURN {${domainLabels.map((l) => `${l}: COUNT { MATCH (:${l}) }`).join(', ')}} AS counts,
  COUNT { MATCH ()-[]->() } AS relationships`;

/** How many nodes of each label and how many relationships the graph holds. */
export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  const [row] = await graph.read(cypher);
  return { counts: row?.counts as Record<string, number>, relationships: Number(row?.relationships ?? 0) };
}

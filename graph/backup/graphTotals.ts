import type { Graph } from '../db.js';

export interface GraphTotals {
  nodes: number;
  relationships: number;
  /** Of the nodes, the migration records (a freshly migrated database holds only these). */
  migrations: number;
}

// Each COUNT is answered from the count store, whatever the size of the graph.
const cypher = `RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[]->() } AS relationships,
  COUNT { MATCH (:Migration) } AS migrations`;

export async function graphTotals(graph: Graph): Promise<GraphTotals> {
  const [row] = await graph.read(cypher);
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0), migrations: Number(row?.migrations ?? 0) };
}

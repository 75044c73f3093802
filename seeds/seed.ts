import { loadGraphData, type Graph, type GraphData, type LoadProgress } from '../graph/index.js';
import { catalogGraph } from './catalog/catalogGraph.js';
import { referenceOrganization } from './organization/index.js';

export interface SeedOptions {
  /** The day of loading, `YYYY-MM-DD`: evidence dates are computed from it. */
  today?: string;
  onProgress?: (p: LoadProgress) => void;
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The catalog and the reference organisation, as one body of graph data. */
export function referenceData(today: string): GraphData {
  const catalog = catalogGraph();
  const organization = referenceOrganization(today);
  return {
    nodes: [...catalog.nodes, ...organization.nodes],
    relationships: [...catalog.relationships, ...organization.relationships],
  };
}

/** Loads the catalog and the reference organisation; loading twice leaves the same graph. */
export async function seedReferenceData(graph: Graph, options: SeedOptions = {}): Promise<void> {
  const data = referenceData(options.today ?? todayUtc());
  await loadGraphData(graph, data, options.onProgress ? { onProgress: options.onProgress } : {});
}

/** True when the graph holds no catalog and no organisation (a fresh database). */
export async function isGraphEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.read(
    'RETURN EXISTS { MATCH (:Standard) } OR EXISTS { MATCH (:Organization) } AS seeded',
  );
  return row?.seeded !== true;
}

/** Deletes every node but the migration records, in bounded transactions. */
export async function wipeGraph(graph: Graph): Promise<number> {
  let deleted = 0;
  for (;;) {
    const [row] = await graph.write(
      'MATCH (n) WHERE NOT n:Migration WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    const n = Number(row?.deleted ?? 0);
    deleted += n;
    if (n === 0) return deleted;
  }
}

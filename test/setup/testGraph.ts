import { inject } from 'vitest';
import { Graph } from '../../graph/db.js';
import { migrate } from '../../graph/migrate.js';
import { seedReferenceData, wipeGraph } from '../../seeds/seed.js';

/** A driver on the run's Neo4j, migrated. Close it in afterAll. */
export async function testGraph(): Promise<Graph> {
  const graph = Graph.connect(inject('neo4jUri'));
  await migrate(graph);
  return graph;
}

/** An empty graph holding only the reference data, loaded as of `today`. */
export async function freshReferenceGraph(graph: Graph, today?: string): Promise<void> {
  await wipeGraph(graph);
  await seedReferenceData(graph, today ? { today } : {});
}

import { Readable } from 'node:stream';
import { loadGraphData, type ArtifactStore, type Graph, type GraphData, type LoadProgress } from '../graph/index.js';
import { catalogGraph } from './catalog/catalogGraph.js';
import { referenceEvidenceDocuments, referenceOrganization } from './organization/index.js';
import type { EvidenceDocument } from './organization/evidenceDocument.js';

export interface SeedOptions {
  /** The day of loading, `YYYY-MM-DD`: evidence dates are computed from it. */
  today?: string;
  onProgress?: (p: LoadProgress) => void;
  /** Where to store the reference evidence's artifacts; without one, the evidence only declares their sha256. */
  artifacts?: ArtifactStore;
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

/** Loads the catalog and the reference organisation, and stores its evidence artifacts when given a store; loading twice leaves the same graph. */
export async function seedReferenceData(graph: Graph, options: SeedOptions = {}): Promise<void> {
  const today = options.today ?? todayUtc();
  const data = referenceData(today);
  if (options.artifacts) await storeArtifacts(options.artifacts, data, referenceEvidenceDocuments(today));
  await loadGraphData(graph, data, options.onProgress ? { onProgress: options.onProgress } : {});
}

/**
 * Stores each document and records it on its evidence row, as uploaded by "seed" when the
 * evidence was recorded: the same day gives the same values, so loading again changes nothing.
 */
async function storeArtifacts(store: ArtifactStore, data: GraphData, documents: EvidenceDocument[]): Promise<void> {
  const rows = new Map(data.nodes.filter((b) => b.label === 'Evidence').flatMap((b) => b.rows).map((row) => [row.id, row]));
  for (const document of documents) {
    const row = rows.get(document.evidenceId)!;
    const stored = await store.put(Readable.from([document.content]), document.content.length, String(row.sha256));
    Object.assign(row, {
      artifactSize: stored.size,
      artifactMediaType: document.mediaType,
      artifactName: document.name,
      artifactUploadedBy: 'seed',
      artifactUploadedAt: row.recordedAt,
    });
  }
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

import type { Graph } from './db.js';
import { refreshMarkersInBatches } from './markers.js';
import type { GraphData, NodeBatch, PlainValue, RelationshipBatch } from './graphData.js';
import { isLabel, isRelationshipType, labels, relationships, type LabelSpec, type PropertySpec } from './model.js';
import { cypherDate, cypherDateTime, int } from './plain.js';

export interface LoadProgress {
  phase: string;
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  onProgress?: (p: LoadProgress) => void;
}

/**
 * Upserts graph data with UNWIND + MERGE, one managed write transaction per batch: nodes first,
 * then relationships. Every batch is idempotent, so a load that stops halfway is finished by
 * running it again. Labels and types are checked against model.ts before they reach Cypher.
 */
export async function loadGraphData(graph: Graph, data: GraphData, options: LoadOptions = {}): Promise<void> {
  const total = data.nodes.reduce((n, b) => n + b.rows.length, 0) + data.relationships.reduce((n, b) => n + b.rows.length, 0);
  let done = 0;
  const step = (phase: string, n: number) => {
    done += n;
    options.onProgress?.({ phase, done, total });
  };
  for (const batch of data.nodes) await loadNodes(graph, batch, options.batchSize, (n) => step(batch.label, n));
  for (const batch of data.relationships) {
    await loadRelationships(graph, batch, options.batchSize, (n) => step(batch.type, n));
  }
  // The derived dates (markers.ts) read evidence, supersessions and SUPPORTS: all loaded by now.
  const idsOf = (label: string) => data.nodes.filter((b) => b.label === label).flatMap((b) => b.rows.map((r) => r.id));
  const touched = data.relationships.filter((b) => b.type === 'SUPPORTS' || b.type === 'SUPERSEDES').flatMap((b) => b.rows.map((r) => r.from));
  await refreshMarkersInBatches(graph, {
    evidence: [...new Set([...idsOf('Evidence'), ...touched])],
    implementations: idsOf('Implementation'),
  });
}

export async function loadNodes(graph: Graph, batch: NodeBatch, batchSize = 2000, onBatch?: (n: number) => void) {
  if (!isLabel(batch.label)) throw new Error(`unknown label ${batch.label}`);
  const spec: LabelSpec = labels[batch.label];
  const cypher = `UNWIND $rows AS row MERGE (n:${batch.label} {id: row.id}) SET n += row.props`;
  for (const chunk of chunks(batch.rows, batchSize)) {
    const rows = chunk.map(({ id, ...props }) => ({ id, props: convert(props, spec.properties, batch.label) }));
    await graph.write(cypher, { rows });
    onBatch?.(chunk.length);
  }
}

export async function loadRelationships(
  graph: Graph,
  batch: RelationshipBatch,
  batchSize = 2000,
  onBatch?: (n: number) => void,
) {
  if (!isRelationshipType(batch.type)) throw new Error(`unknown relationship type ${batch.type}`);
  const spec = relationships[batch.type];
  if (!(spec.from as readonly string[]).includes(batch.from) || !(spec.to as readonly string[]).includes(batch.to)) {
    throw new Error(`${batch.type} does not join ${batch.from} to ${batch.to}`);
  }
  const declared: Record<string, PropertySpec> = 'properties' in spec ? spec.properties : {};
  const mergeOn = batch.mergeOn ?? [];
  for (const key of mergeOn) if (!declared[key]) throw new Error(`${batch.type} has no property ${key} to merge on`);
  const identity = mergeOn.length ? ` {${mergeOn.map((k) => `${k}: row.props.${k}`).join(', ')}}` : '';
  // Endpoints that do not exist are collected instead of silently skipped, and fail the batch.
  const cypher = `
    UNWIND $rows AS row
    OPTIONAL MATCH (a:${batch.from} {id: row.from})
    OPTIONAL MATCH (b:${batch.to} {id: row.to})
    FOREACH (_ IN CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN [1] ELSE [] END |
      MERGE (a)-[r:${batch.type}${identity}]->(b) SET r += row.props)
    WITH row, a, b WHERE a IS NULL OR b IS NULL
    RETURN row.from AS from, row.to AS to, a IS NULL AS missingFrom`;
  for (const chunk of chunks(batch.rows, batchSize)) {
    const rows = chunk.map((r) => ({ from: r.from, to: r.to, props: convert(r.properties ?? {}, declared, batch.type) }));
    await graph.writeTx(async (tx) => {
      const missing = await tx.run(cypher, { rows });
      if (missing.length) {
        const names = missing
          .slice(0, 5)
          .map((m) => (m.missingFrom ? `${batch.from} ${m.from}` : `${batch.to} ${m.to}`))
          .join(', ');
        throw new Error(`${batch.type}: ${missing.length} row(s) name nodes that do not exist: ${names}`);
      }
    });
    onBatch?.(chunk.length);
  }
}

/** Plain JSON values → driver values, by the property types declared in the model. */
function convert(props: Record<string, PlainValue>, declared: Record<string, PropertySpec>, owner: string) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    const spec = declared[key];
    if (!spec) throw new Error(`${owner} has no property ${key} in model.ts`);
    if (value === null || value === undefined) {
      out[key] = null;
      continue;
    }
    switch (spec.type) {
      case 'int':
        out[key] = int(Number(value));
        break;
      case 'date':
        out[key] = cypherDate(String(value));
        break;
      case 'datetime':
        out[key] = cypherDateTime(String(value));
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

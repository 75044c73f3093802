import { createHash } from 'node:crypto';
import type { Graph } from './db.js';

/** What `graphDigest` read: the hash, and the counts it covers. */
export interface GraphDigest {
  sha256: string;
  nodes: number;
  relationships: number;
}

// Every value is read with its Cypher type, so that a date and the string of that date differ.
const NODES = `
  MATCH (n)
  RETURN labels(n) AS labels, elementId(n) AS element, n.id AS id,
         [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props`;
const RELATIONSHIPS = `
  MATCH (a)-[r]->(b)
  RETURN type(r) AS type, elementId(a) AS from, elementId(b) AS to,
         [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props`;

/**
 * A canonical digest of the whole graph: every node with its labels and typed properties, every
 * relationship with its type, ends and typed properties, in an order independent of storage.
 * Nodes are known by their `id` (by their content if they have none), never by Neo4j's element
 * ids, so a graph exported and imported elsewhere has the same digest; so does a graph a failed
 * write left untouched.
 */
export async function graphDigest(graph: Graph): Promise<GraphDigest> {
  const [nodeRows, relRows] = await Promise.all([graph.read(NODES), graph.read(RELATIONSHIPS)]);
  const keyOf = new Map<string, string>();
  const nodes = nodeRows.map((row) => {
    const labels = [...(row.labels as string[])].sort();
    const props = canonicalProps(row.props as [string, string, unknown][]);
    const line = JSON.stringify([labels, props]);
    const key = row.id === null || row.id === undefined ? `#${sha256(line)}` : JSON.stringify(row.id);
    keyOf.set(row.element as string, key);
    return `${key} ${line}`;
  });
  const relationships = relRows.map((row) =>
    JSON.stringify([row.type, keyOf.get(row.from as string), keyOf.get(row.to as string), canonicalProps(row.props as [string, string, unknown][])]),
  );
  const hash = createHash('sha256');
  for (const line of nodes.sort()) hash.update(`N ${line}\n`);
  for (const line of relationships.sort()) hash.update(`R ${line}\n`);
  return { sha256: hash.digest('hex'), nodes: nodes.length, relationships: relationships.length };
}

function canonicalProps(props: [string, string, unknown][]): [string, string, unknown][] {
  return [...props].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

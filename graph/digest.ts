import { createHash } from 'node:crypto';
import type { Graph } from './db.js';
import { int } from './plain.js';

/** What `graphDigest` read: the hash, and the counts it covers. */
export interface GraphDigest {
  sha256: string;
  nodes: number;
  relationships: number;
}

/**
 * A property as the digest (and a backup) sees it: its key, its Cypher type without the
 * `NOT NULL` a stored value always has (`INTEGER`, `ZONED DATETIME`, `LIST<DATE>`), and the
 * value as Cypher's `toString` prints it, element by element for a list. That text is exact:
 * 1 and 1.0 differ by type, a datetime keeps its nanoseconds, offset and zone id.
 */
export type CanonicalProperty = [key: string, type: string, value: string | string[]];

/** Cypher for the canonical properties of the node or relationship bound to `variable` (never input). */
export function canonicalPropertiesOf(variable: string): string {
  const v = `${variable}[k]`;
  return `[k IN keys(${variable}) | [k, replace(valueType(${v}), ' NOT NULL', ''),
    CASE WHEN valueType(${v}) STARTS WITH 'LIST' THEN [x IN ${v} | toString(x)] ELSE toString(${v}) END]]`;
}

/**
 * Sums the digest of a graph from its nodes and relationships given in any order, so that it can
 * be read in pages (or from a backup file) without holding the graph or sorting it. Each item is
 * hashed on its own and the hashes are added modulo 2^256: a multiset hash, equal for equal graphs
 * whatever the order, different as soon as one typed value, label, end or count differs. It guards
 * against corruption and mistakes, not against someone forging a graph (a backup's sha256 does that).
 */
export class DigestBuilder {
  private sum = 0n;
  private nodes = 0;
  private relationships = 0;

  /** How a relationship names the node at its end: its typed `id`, or its content when it has none. */
  static nodeKey(labels: readonly string[], properties: readonly CanonicalProperty[]): string {
    const id = properties.find((p) => p[0] === 'id');
    if (id) return id[1] === 'STRING' ? JSON.stringify(id[2]) : JSON.stringify([id[1], id[2]]);
    return `#${sha256(nodeLine(labels, properties))}`;
  }

  addNode(labels: readonly string[], properties: readonly CanonicalProperty[]): void {
    this.add(`N ${DigestBuilder.nodeKey(labels, properties)} ${nodeLine(labels, properties)}`);
    this.nodes += 1;
  }

  addRelationship(type: string, fromKey: string, toKey: string, properties: readonly CanonicalProperty[]): void {
    this.add(`R ${JSON.stringify([type, fromKey, toKey, sorted(properties)])}`);
    this.relationships += 1;
  }

  result(): GraphDigest {
    const total = `aims-graph-digest/2 ${this.nodes} ${this.relationships} ${this.sum.toString(16).padStart(64, '0')}`;
    return { sha256: sha256(total), nodes: this.nodes, relationships: this.relationships };
  }

  private add(item: string): void {
    this.sum = (this.sum + BigInt(`0x${sha256(item)}`)) & MASK;
  }
}

const MASK = (1n << 256n) - 1n;
const PAGE = 20_000;

// Every node, with its outgoing relationships, a page at a time by element id: no label, id or
// index is assumed, so any graph (a half-migrated one, a fuzzed one) has a digest. An end node
// without an id is sent with its content, from which its key is made.
const PAGE_CYPHER = `
  MATCH (n) WHERE elementId(n) > $after
  WITH n ORDER BY elementId(n) LIMIT $limit
  RETURN elementId(n) AS element, labels(n) AS labels, ${canonicalPropertiesOf('n')} AS props,
         [(n)-[r]->(b) | [type(r), ${canonicalPropertiesOf('r')},
           CASE WHEN b.id IS NULL THEN [labels(b), ${canonicalPropertiesOf('b')}]
                ELSE [[], [['id', replace(valueType(b.id), ' NOT NULL', ''), toString(b.id)]]] END]] AS out`;

type Out = [type: string, props: CanonicalProperty[], end: [labels: string[], props: CanonicalProperty[]]];

/**
 * A canonical digest of the whole graph: every node with its labels and typed properties, every
 * relationship with its type, ends and typed properties, independent of storage and order. Nodes
 * are known by their `id` (by their content if they have none), never by Neo4j's element ids, so a
 * graph exported and imported elsewhere has the same digest; so does a graph a failed write left
 * untouched. Read in pages, so a large graph is never held in memory.
 */
export async function graphDigest(graph: Graph): Promise<GraphDigest> {
  const digest = new DigestBuilder();
  const page = (after: string) => graph.read(PAGE_CYPHER, { after, limit: int(PAGE) });
  let next = page('');
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    // The next page is on its way while this one is hashed.
    if (rows.length === PAGE) next = page(rows[rows.length - 1]!.element as string);
    else next = Promise.resolve([]);
    for (const row of rows) {
      const labels = row.labels as string[];
      const props = row.props as CanonicalProperty[];
      digest.addNode(labels, props);
      const from = DigestBuilder.nodeKey(labels, props);
      for (const [type, relProps, [endLabels, endProps]] of row.out as Out[]) {
        digest.addRelationship(type, from, DigestBuilder.nodeKey(endLabels, endProps), relProps);
      }
    }
  }
  return digest.result();
}

function nodeLine(labels: readonly string[], properties: readonly CanonicalProperty[]): string {
  return JSON.stringify([[...labels].sort(), sorted(properties)]);
}

function sorted(properties: readonly CanonicalProperty[]): CanonicalProperty[] {
  return [...properties].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

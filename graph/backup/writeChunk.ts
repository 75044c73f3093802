import type { Tx } from '../db.js';
import type { CanonicalProperty } from '../digest.js';
import { isLabel, isRelationshipType } from '../model.js';
import { int } from '../plain.js';
import type { DataLine } from './dataLine.js';

// Every typed value is rebuilt by the Cypher function that reads what Cypher's toString wrote, so
// a datetime keeps its nanoseconds, offset and zone id and an integer all of its 64 bits.
const parsers: Record<string, string> = {
  INTEGER: 'toInteger',
  FLOAT: 'toFloat',
  DATE: 'date',
  'LOCAL TIME': 'localtime',
  'ZONED TIME': 'time',
  'LOCAL DATETIME': 'localdatetime',
  'ZONED DATETIME': 'datetime',
  DURATION: 'duration',
};
const typedValue = `CASE p[1] ${Object.entries(parsers)
  .map(([type, fn]) => `WHEN '${type}' THEN ${fn}(p[2]) WHEN 'LIST<${type}>' THEN [x IN p[2] | ${fn}(x)]`)
  .join(' ')} END`;

// Properties land in two steps. Each label (or relationship type and end labels) has its own
// small query, since that name is Cypher text (it comes only from the model, checked below): it
// sets the plain values (strings, booleans and their lists, sent as they are) with `SET x =
// row.plain`, which also drops anything else. The typed values then go through one query for
// every node and one for every relationship, found by element id in the same transaction: the
// long CASE is planned twice per import, not once per label. Keys and values are parameters.
const nodeCypher = (label: string) => `
  UNWIND $rows AS row
  MERGE (n:${label} {id: row.id})
  SET n = row.plain
  RETURN count(*) AS written, collect(CASE WHEN size(row.typed) > 0 THEN {element: elementId(n), typed: row.typed} END) AS typed`;
const relationshipCypher = (type: string, from: string, to: string) => `
  UNWIND $rows AS row
  MATCH (a:${from} {id: row.a})
  MATCH (b:${to} {id: row.b})
  CREATE (a)-[r:${type}]->(b)
  SET r = row.plain
  RETURN count(*) AS written, collect(CASE WHEN size(row.typed) > 0 THEN {element: elementId(r), typed: row.typed} END) AS typed`;
const typedCypher = (match: string, v: string) => `
  UNWIND $items AS item
  ${match} WHERE elementId(${v}) = item.element
  FOREACH (p IN item.typed | SET ${v}[p[0]] = ${typedValue})
  RETURN count(*) AS set`;
const NODE_TYPED = typedCypher('MATCH (n)', 'n');
const RELATIONSHIP_TYPED = typedCypher('MATCH ()-[r]->()', 'r');
const DONE = 'MATCH (c:LoadCheckpoint {id: $id}) RETURN c.chunksDone AS done';
const CHECKPOINT = 'MERGE (c:LoadCheckpoint {id: $id}) SET c.chunksDone = $done, c.chunksTotal = $total, c.updatedAt = datetime()';

/** Where a chunk's transaction records that it landed, so an interrupted import goes on after it. */
export interface ChunkCheckpoint {
  id: string;
  done: number;
  total: number;
}

/**
 * Writes one chunk of lines in the caller's transaction: one UNWIND per label (nodes first), then
 * one per relationship type and end labels, then the typed values, then the checkpoint. Nodes are MERGEd by id (a
 * migration record the target already has is overwritten); relationships are CREATEd, since
 * parallel ones are data (MAPS_TO from several sources), and land exactly once because the
 * checkpoint commits with them: a chunk the checkpoint counts is skipped, even when the driver
 * retries a transaction whose commit succeeded but was never acknowledged.
 */
export async function writeChunk(tx: Tx, lines: DataLine[], checkpoint: ChunkCheckpoint): Promise<void> {
  const [landed] = await tx.run(DONE, { id: checkpoint.id });
  if (Number(landed?.done ?? 0) >= checkpoint.done) return;
  const groups = new Map<string, { cypher: string; rows: Record<string, unknown>[] }>();
  const add = (key: string, cypher: () => string, row: Record<string, unknown>) => {
    const group = groups.get(key) ?? { cypher: cypher(), rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  };
  for (const line of lines) {
    if (line.kind === 'node') {
      assertModel(isLabel(line.label), line.label);
      add(`N ${line.label}`, () => nodeCypher(line.label), { id: line.id, ...params(line.props) });
    } else {
      const [[from, a], [to, b]] = [line.from, line.to];
      assertModel(isRelationshipType(line.type) && isLabel(from) && isLabel(to), `${line.type} ${from} ${to}`);
      add(`R ${line.type} ${from} ${to}`, () => relationshipCypher(line.type, from, to), { a, b, ...params(line.props) });
    }
  }
  // Map order is insertion order and a chunk's nodes precede its relationships in the file.
  const typed = { node: [] as unknown[], relationship: [] as unknown[] };
  for (const [key, { cypher, rows }] of groups) {
    const [row] = await tx.run(cypher, { rows });
    const written = Number(row?.written ?? 0);
    if (written !== rows.length) {
      throw new Error(`${key}: ${rows.length - written} of ${rows.length} relationships found no node at an end`);
    }
    typed[key.startsWith('N ') ? 'node' : 'relationship'].push(...(row?.typed as unknown[]));
  }
  for (const [cypher, items] of [[NODE_TYPED, typed.node], [RELATIONSHIP_TYPED, typed.relationship]] as const) {
    if (items.length) await tx.run(cypher, { items });
  }
  await tx.run(CHECKPOINT, { id: checkpoint.id, done: int(checkpoint.done), total: int(checkpoint.total) });
}

/** A line's properties as parameters: `plain` for what the driver sends as is, `typed` for the rest. */
function params(props: CanonicalProperty[]): { plain: Record<string, unknown>; typed: CanonicalProperty[] } {
  const plain: [string, unknown][] = [];
  const typed: CanonicalProperty[] = [];
  for (const prop of props) {
    const [key, type, value] = prop;
    if (type === 'STRING' || type === 'LIST<STRING>' || type === 'LIST<NOTHING>') plain.push([key, value]);
    else if (type === 'BOOLEAN') plain.push([key, value === 'true']);
    else if (type === 'LIST<BOOLEAN>') plain.push([key, (value as string[]).map((v) => v === 'true')]);
    else typed.push(prop);
  }
  // fromEntries defines each key as its own property, even one named __proto__.
  return { plain: Object.fromEntries(plain), typed };
}

function assertModel(known: boolean, name: string): void {
  // parseDataLine already refused anything else; this keeps the guarantee next to the Cypher text.
  if (!known) throw new Error(`not in the model: ${name}`);
}

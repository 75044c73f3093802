import type { Graph } from '../db.js';
import { InputError } from '../errors.js';
import { evidenceFreshness, evidenceRecordedBy, type Freshness } from '../freshness.js';
import { labels, type Label, type LabelSpec } from '../model.js';
import { cypherDate, int } from '../plain.js';
import { decodeCursor, encodeCursor } from '../queries/input.js';
import type { EdgePage } from './edgePage.js';
import { nodeRecord, type NodeRecord } from './nodeRecord.js';

export interface ListFilter {
  /** Equality on declared properties, e.g. `{ kind: 'chatbot', riskTier: 'high' }`. */
  properties?: Record<string, string | boolean | number>;
  /** Owned by this person or team. */
  ownerId?: string;
  /** Provided by this vendor. */
  vendorId?: string;
  /** Evidence only: freshness on `asOf`. */
  freshness?: { value: Freshness; asOf: string; expiringDays: number };
  /** Implementations only: of this control, or applied to this scope. */
  controlId?: string;
  scopeId?: string;
}

export interface ListParams {
  label: Label;
  filter?: ListFilter;
  first: number;
  after?: string | null;
}

// Catalog nodes carry a zero-padded `sort` key so that A.10 follows A.9; others sort by id.
const order = 'coalesce(n.sort, n.id)';

/**
 * A page of one label's nodes in natural order, filtered, with the total count, in one round-trip.
 * Property names are checked against the model before they reach Cypher; values are parameters.
 */
export async function listNodes(graph: Graph, { label, filter = {}, first, after }: ListParams): Promise<EdgePage<NodeRecord>> {
  const spec: LabelSpec = labels[label];
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: int(first + 1), after: decodeCursor(label, after, ['string', 'string']) };
  Object.entries(filter.properties ?? {}).forEach(([name, value], i) => {
    if (!spec.properties[name]) throw new InputError(`filter.${name}`, `${label} has no property ${name}.`);
    conditions.push(`n.${name} = $p${i}`);
    params[`p${i}`] = value;
  });
  if (filter.ownerId !== undefined) {
    conditions.push('EXISTS { MATCH (o)-[:OWNS]->(n) WHERE (o:Person OR o:Team) AND o.id = $ownerId }');
    params.ownerId = filter.ownerId;
  }
  if (filter.vendorId !== undefined) {
    conditions.push('EXISTS { MATCH (n)-[:PROVIDED_BY]->(:Vendor {id: $vendorId}) }');
    params.vendorId = filter.vendorId;
  }
  if (filter.controlId !== undefined) {
    conditions.push('EXISTS { MATCH (n)-[:IMPLEMENTS]->(:Control {id: $controlId}) }');
    params.controlId = filter.controlId;
  }
  if (filter.scopeId !== undefined) {
    conditions.push('EXISTS { MATCH (n)-[:APPLIES_TO]->(s) WHERE s.id = $scopeId }');
    params.scopeId = filter.scopeId;
  }
  if (filter.freshness) {
    conditions.push(`${evidenceRecordedBy('n')} AND ${evidenceFreshness('n')} = $freshness`);
    Object.assign(params, {
      freshness: filter.freshness.value,
      asOf: cypherDate(filter.freshness.asOf),
      expiringDays: int(filter.freshness.expiringDays),
    });
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const cypher = `
    CALL () { MATCH (n:${label}) ${where} RETURN count(n) AS total }
    CALL () {
      MATCH (n:${label}) ${where ? `${where} AND` : 'WHERE'}
        ($after IS NULL OR ${order} > $after[0] OR (${order} = $after[0] AND n.id > $after[1]))
      WITH n ORDER BY ${order}, n.id LIMIT $limit
      RETURN collect(${nodeRecord('n')}) AS page
    }
    RETURN total, page`;
  const [row] = await graph.read(cypher, params);
  const page = (row?.page ?? []) as NodeRecord[];
  const rows = page.slice(0, first);
  const cursors = rows.map((n) => encodeCursor(label, [String(n.sort ?? n.id), n.id]));
  return { rows, cursors, totalCount: Number(row?.total ?? 0), hasNextPage: page.length > first, endCursor: cursors.at(-1) ?? null };
}

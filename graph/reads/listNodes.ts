import type { Graph } from '../db.js';
import { InputError } from '../errors.js';
import { evidenceFreshness, evidenceRecordedBy, type Freshness } from '../freshness.js';
import { labels, type Label, type LabelSpec } from '../model.js';
import { cypherDate, int } from '../plain.js';
import { decodeCursor, encodeCursor } from '../queries/input.js';
import { labelOfId } from '../ids.js';
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
  /** A declared property to order by instead (dates and datetimes order as their ISO text), then id. */
  orderBy?: { property: string; descending?: boolean };
}

// Catalog nodes carry a zero-padded `sort` key so that A.10 follows A.9; others sort by id.
const naturalOrder = 'coalesce(n.sort, n.id)';

/**
 * A page of one label's nodes in natural order, filtered, with the total count, in one round-trip.
 * Property names are checked against the model before they reach Cypher; values are parameters.
 */
export async function listNodes(graph: Graph, { label, filter = {}, first, after, orderBy }: ListParams): Promise<EdgePage<NodeRecord>> {
  const spec: LabelSpec = labels[label];
  if (orderBy && !spec.properties[orderBy.property]) throw new Error(`${label} has no property ${orderBy.property} to order by`);
  const order = orderBy ? `coalesce(toString(n.${orderBy.property}), '')` : naturalOrder;
  const [after0, beyond, direction] = orderBy?.descending ? ['<', '<', ' DESC'] : ['>', '>', ''];
  const conditions: string[] = [];
  const params: Record<string, unknown> = { limit: int(first + 1), after: decodeCursor(label, after, ['string', 'string']) };
  Object.entries(filter.properties ?? {}).forEach(([name, value], i) => {
    if (!spec.properties[name]) throw new InputError(`filter.${name}`, `${label} has no property ${name}.`);
    conditions.push(`n.${name} = $p${i}`);
    params[`p${i}`] = value;
  });
  // The first relationship filter becomes the starting point, sought by id, so that a page of one
  // scope's implementations walks out from the scope instead of scanning every Implementation.
  const links: Array<{ key: 'scopeId' | 'controlId' | 'vendorId' | 'ownerId'; pattern: (anchor: string) => string }> = [
    { key: 'scopeId', pattern: (a) => `(n)-[:APPLIES_TO]->(${a})` },
    { key: 'controlId', pattern: (a) => `(n)-[:IMPLEMENTS]->(${a})` },
    { key: 'vendorId', pattern: (a) => `(n)-[:PROVIDED_BY]->(${a})` },
    { key: 'ownerId', pattern: (a) => `(n)<-[:OWNS]-(${a})` },
  ];
  let match = `MATCH (n:${label})`;
  let anchored = false;
  for (const { key, pattern } of links) {
    const id = filter[key];
    if (id === undefined) continue;
    const target = labelOfId(id);
    const allowed = key === 'ownerId' ? target === 'Person' || target === 'Team' : target !== null;
    // An id of the wrong kind names nothing: the page is empty, as for any unknown id.
    if (!allowed) return { rows: [], cursors: [], totalCount: 0, hasNextPage: false, endCursor: null };
    const anchor = `a_${key}:${target} {id: $${key}}`;
    params[key] = id;
    if (!anchored) {
      match = `MATCH ${pattern(anchor)} WHERE n:${label}`;
      anchored = true;
    } else {
      conditions.push(`EXISTS { MATCH ${pattern(anchor)} }`);
    }
  }
  if (filter.freshness) {
    conditions.push(`${evidenceRecordedBy('n')} AND ${evidenceFreshness('n')} = $freshness`);
    Object.assign(params, {
      freshness: filter.freshness.value,
      asOf: cypherDate(filter.freshness.asOf),
      expiringDays: int(filter.freshness.expiringDays),
    });
  }
  const where = conditions.length ? `${anchored ? 'AND' : 'WHERE'} ${conditions.join(' AND ')}` : '';
  const more = anchored || where ? 'AND' : 'WHERE';
  const cypher = `
    CALL () { ${match} ${where} RETURN count(DISTINCT n) AS total }
    CALL () {
      ${match} ${where} ${more}
        ($after IS NULL OR ${order} ${after0} $after[0] OR (${order} = $after[0] AND n.id ${beyond} $after[1]))
      WITH DISTINCT n
      WITH n, ${order} AS key ORDER BY key${direction}, n.id${direction} LIMIT $limit
      RETURN collect({node: ${nodeRecord('n')}, key: key}) AS page
    }
    RETURN total, page`;
  const [row] = await graph.read(cypher, params);
  const page = (row?.page ?? []) as { node: NodeRecord; key: string }[];
  const kept = page.slice(0, first);
  const rows = kept.map((r) => r.node);
  const cursors = kept.map((r) => encodeCursor(label, [r.key, r.node.id]));
  return { rows, cursors, totalCount: Number(row?.total ?? 0), hasNextPage: page.length > first, endCursor: cursors.at(-1) ?? null };
}

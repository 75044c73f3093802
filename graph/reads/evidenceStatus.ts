import type { Graph } from '../db.js';
import { evidenceExpiry, evidenceFreshness, type Freshness } from '../freshness.js';
import { cypherDate, int } from '../plain.js';

export interface EvidenceStatus {
  expiresOn: string | null;
  freshness: Freshness;
}

const cypher = `
  UNWIND $ids AS id
  MATCH (e:Evidence {id: id})
  RETURN id, ${evidenceExpiry('e')} AS expiresOn, ${evidenceFreshness('e')} AS freshness`;

/** Expiry and freshness of many evidence items on one day, in key order (null where missing). */
export async function evidenceStatus(
  graph: Graph,
  ids: readonly string[],
  asOf: string,
  expiringDays: number,
): Promise<(EvidenceStatus | null)[]> {
  const rows = await graph.read(cypher, { ids: [...new Set(ids)], asOf: cypherDate(asOf), expiringDays: int(expiringDays) });
  const byId = new Map(rows.map((r) => [r.id as string, { expiresOn: r.expiresOn as string | null, freshness: r.freshness as Freshness }]));
  return ids.map((id) => byId.get(id) ?? null);
}

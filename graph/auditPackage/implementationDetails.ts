import type { Graph } from '../db.js';
import { evidenceExpiry, evidenceFreshness, evidenceRecordedBy } from '../freshness.js';
import { cypherDate, int } from '../plain.js';
import type { LineageImplementation } from '../queries/controlLineage.js';
import { ownersOf } from '../queries/refs.js';

/** What a control's lineage says of an implementation, besides its scope and why. */
export type ImplementationDetails = Pick<LineageImplementation, 'description' | 'justification' | 'updatedOn' | 'owners' | 'evidence'>;

/*
 * A system's package names the implementations that reach it (coverage.ts) and needs them as a
 * control's lineage shows them. controlLineage pages through every implementation of a control
 * (some 8,000 each on the large preset), so a system's few are read here by id, in the same shape.
 */
const cypher = `
UNWIND $ids AS id
MATCH (i:Implementation {id: id})
RETURN i.id AS id, {
  description: i.description, justification: i.justification, updatedOn: i.updatedOn, owners: ${ownersOf('i')},
  evidence: COLLECT {
    MATCH (ev:Evidence)-[:SUPPORTS]->(i) WHERE ${evidenceRecordedBy('ev')}
    RETURN {
      id: ev.id, title: ev.title, kind: ev.kind, uri: ev.uri, sha256: ev.sha256,
      periodStart: ev.periodStart, periodEnd: ev.periodEnd, recordedAt: ev.recordedAt,
      validUntil: ev.validUntil, expiresOn: ${evidenceExpiry('ev')}, reviewState: ev.reviewState,
      freshness: ${evidenceFreshness('ev')}, owners: ${ownersOf('ev')},
      supersedes: COLLECT { MATCH (ev)-[:SUPERSEDES]->(older:Evidence) RETURN older.id ORDER BY older.id }[0],
      supersededBy: COLLECT {
        MATCH (ev)<-[:SUPERSEDES]-(later:Evidence) WHERE ${evidenceRecordedBy('later')}
        RETURN later.id ORDER BY later.recordedAt DESC, later.id
      }[0]
    } ORDER BY ev.recordedAt DESC, ev.id
  }
} AS details`;

const BATCH = 500;

/** Owners and evidence as of `asOf` of many implementations, by id (those that do not exist are absent). */
export async function implementationDetails(
  graph: Graph,
  ids: readonly string[],
  asOf: string,
  expiringDays: number,
): Promise<Map<string, ImplementationDetails>> {
  const details = new Map<string, ImplementationDetails>();
  for (let k = 0; k < ids.length; k += BATCH) {
    const rows = await graph.read(cypher, { ids: ids.slice(k, k + BATCH), asOf: cypherDate(asOf), expiringDays: int(expiringDays) });
    for (const row of rows) details.set(String(row.id), row.details as ImplementationDetails);
  }
  return details;
}

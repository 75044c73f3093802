import type { Graph } from '../db.js';
import { cypherDate, int } from '../plain.js';
import { lineageEvidence, type LineageImplementation } from '../queries/controlLineage.js';
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
  evidence: ${lineageEvidence('i')}
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

import { artifactOf, type EvidenceArtifact } from '../artifacts/evidenceArtifact.js';
import type { Graph } from '../db.js';
import { evidenceRecordedBy } from '../freshness.js';
import { cypherDate, int } from '../plain.js';
import type { NodeRecord } from '../reads/nodeRecord.js';

const PAGE = 500;

const ARTIFACT = `e {.id, .sha256, .artifactSize, .artifactMediaType, .artifactName, .artifactUploadedBy, .artifactUploadedAt, __typename: 'Evidence'}`;

// The organisation's lineage holds every piece of evidence behind an implementation of a control.
const IN_LINEAGE = `e.artifactSize IS NOT NULL AND ${evidenceRecordedBy('e')}
  AND EXISTS { (e)-[:SUPPORTS]->(:Implementation)-[:IMPLEMENTS]->(:Control) }`;

const organizationPage = `
MATCH (e:Evidence) WHERE e.id > $after AND ${IN_LINEAGE}
RETURN ${ARTIFACT} AS e ORDER BY e.id LIMIT $limit`;

const organizationCount = `MATCH (e:Evidence) WHERE ${IN_LINEAGE} RETURN count(e) AS n`;

const byIds = `
UNWIND $ids AS id
MATCH (e:Evidence {id: id}) WHERE e.artifactSize IS NOT NULL
RETURN ${ARTIFACT} AS e ORDER BY e.id`;

/**
 * The stored artifacts of a package's evidence, a page at a time, by evidence id: for the
 * organisation every piece its lineage holds (a keyset walk of the Evidence id index, never the
 * whole list at once); for a system, those of the evidence its lineage reached.
 */
export async function* scopeArtifacts(graph: Graph, asOf: string, evidenceIds: ReadonlySet<string> | null): AsyncGenerator<EvidenceArtifact[]> {
  if (evidenceIds) {
    const ids = [...evidenceIds].sort();
    for (let k = 0; k < ids.length; k += PAGE) {
      yield artifacts(await graph.read(byIds, { ids: ids.slice(k, k + PAGE) }));
    }
    return;
  }
  for (let after = ''; ;) {
    const rows = await graph.read(organizationPage, { after, asOf: cypherDate(asOf), limit: int(PAGE) });
    if (!rows.length) return;
    yield artifacts(rows);
    after = (rows.at(-1)!.e as NodeRecord).id;
  }
}

/** How many artifacts scopeArtifacts will give, for progress. */
export async function countScopeArtifacts(graph: Graph, asOf: string, evidenceIds: ReadonlySet<string> | null): Promise<number> {
  if (evidenceIds) {
    let n = 0;
    for await (const page of scopeArtifacts(graph, asOf, evidenceIds)) n += page.length;
    return n;
  }
  const [row] = await graph.read(organizationCount, { asOf: cypherDate(asOf) });
  return Number(row?.n ?? 0);
}

const artifacts = (rows: { e?: unknown }[]) => rows.map((r) => artifactOf(r.e as NodeRecord)!);

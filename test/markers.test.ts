import { describe, expect, it } from 'vitest';
import { InputError } from '../graph/errors.js';
import { summariseEvidence, type EvidenceItem } from '../graph/queries/evidenceSummary.js';
import { gaps } from '../graph/queries/gaps.js';
import { staleEvidence } from '../graph/queries/staleEvidence.js';
import { statementOfApplicability } from '../graph/queries/statementOfApplicability.js';
import { dayParam } from '../graph/queries/input.js';
import { createNode, deleteNode, linkNodes, unlinkNodes, updateNode } from '../graph/writes/index.js';
import { addDays, LOADED_ON, referenceGraph } from './queries/fixture.js';

const graph = referenceGraph();
const actor = { keyId: 'key_test', name: 'marker test', role: 'editor' as const };

const differs = (a: string, b: string) => `NOT coalesce(${a} = ${b}, ${a} IS NULL AND ${b} IS NULL)`;

/** The derived dates recomputed from scratch, straight from their definitions, node by node. */
const DRIFT = `
MATCH (e:Evidence)
WITH e, coalesce(e.validUntil, date(e.recordedAt) + duration({days: e.reviewIntervalDays})) AS expiresOn,
  COLLECT { MATCH (e)<-[:SUPERSEDES]-(n:Evidence) RETURN min(date(n.recordedAt)) }[0] AS supersededOn
WHERE ${differs('e.expiresOn', 'expiresOn')} OR ${differs('e.supersededOn', 'supersededOn')}
   OR ${differs('e.latestExpiresOn', 'CASE WHEN supersededOn IS NULL THEN expiresOn END')}
   OR e.supportCount <> COUNT { (e)-[:SUPPORTS]->() }
RETURN e.id AS id
UNION ALL
MATCH (i:Implementation)
WITH i,
  COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(i) RETURN max(date(e.recordedAt)) }[0] AS recordedOn,
  COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(i) WHERE NOT EXISTS { (e)<-[:SUPERSEDES]-() } AND coalesce(e.reviewState, '') <> 'rejected'
            RETURN max(coalesce(e.validUntil, date(e.recordedAt) + duration({days: e.reviewIntervalDays}), date('9999-12-31'))) }[0] AS until,
  COLLECT { MATCH (i)-[:APPLIES_TO]->(x) RETURN x.id AS id ORDER BY id }[0] AS scopeId
WHERE ${differs('i.scopeId', 'scopeId')} OR i.linked <> (scopeId IS NOT NULL AND EXISTS { (i)-[:IMPLEMENTS]->() }) OR ${differs('i.evidenceRecordedOn', 'recordedOn')} OR i.evidencedUntil <> coalesce(until, date('0001-01-01'))
RETURN i.id AS id
UNION ALL
MATCH (r:Risk)
WHERE ${differs('r.residualScore', 'r.residualLikelihood * r.residualImpact')} OR r.threatCount <> COUNT { (r)-[:THREATENS]->() }
   OR r.mitigatorCount <> COUNT { (r)<-[:MITIGATES]-() }
RETURN r.id AS id
UNION ALL
MATCH (n) WHERE (n:AISystem OR n:Dataset) AND (coalesce(n.ownerCount, -1) <> COUNT { (n)<-[:OWNS]-() }
  OR coalesce(n.threatIds, ['none']) <> COLLECT { MATCH (n)<-[:THREATENS]-(r:Risk) RETURN r.id AS id ORDER BY id })
RETURN n.id AS id`;

/** Stale or expiring evidence on a day, by the definition (no derived dates): what the stale list must hold. */
const NAIVE_STALE = `
MATCH (e:Evidence) WHERE date(e.recordedAt) <= $asOf
  AND NOT EXISTS { MATCH (e)<-[:SUPERSEDES]-(n:Evidence) WHERE date(n.recordedAt) <= $asOf }
WITH e, coalesce(e.validUntil, date(e.recordedAt) + duration({days: e.reviewIntervalDays})) AS expiresOn
WHERE expiresOn <= $asOf + duration({days: 30})
RETURN e.id AS id ORDER BY expiresOn, id`;

/** Every control's evidence summary counted from the evidence itself, for the organisation's statement. */
async function expectRollupsMatchEvidence(asOf: string) {
  const rows = await graph().read(
    `MATCH (c:Control)
     RETURN c.id AS id, COLLECT {
       MATCH (c)<-[:IMPLEMENTS]-(i:Implementation)<-[:SUPPORTS]-(e:Evidence)
       WHERE i.status <> 'excluded' AND date(e.recordedAt) <= $asOf
       WITH DISTINCT e
       RETURN {id: e.id, rejected: coalesce(e.reviewState, '') = 'rejected',
         freshness: CASE WHEN EXISTS { (e)<-[:SUPERSEDES]-(n:Evidence) WHERE date(n.recordedAt) <= $asOf } THEN 'superseded'
           WHEN coalesce(e.validUntil, date(e.recordedAt) + duration({days: e.reviewIntervalDays})) < $asOf THEN 'stale'
           WHEN coalesce(e.validUntil, date(e.recordedAt) + duration({days: e.reviewIntervalDays})) <= $asOf + duration({days: 30}) THEN 'expiring'
           ELSE 'current' END}
     } AS evidence`,
    { asOf: dayParam('asOf', asOf) },
  );
  const soa = (await statementOfApplicability(graph(), { scopeId: 'ORG-BRIGHTWATER', asOf }))!;
  for (const row of soa.rows) {
    if (!row.applicable) continue;
    const naive = rows.find((r) => r.id === row.control.id)!.evidence as EvidenceItem[];
    expect(row.evidence, `${row.control.id} on ${asOf}`).toEqual(summariseEvidence(naive));
  }
}

async function derived(id: string) {
  const [row] = await graph().read(
    `MATCH (n {id: $id}) RETURN n.expiresOn AS expiresOn, n.supersededOn AS supersededOn, n.latestExpiresOn AS latestExpiresOn,
       n.evidencedUntil AS evidencedUntil, n.evidenceRecordedOn AS evidenceRecordedOn`,
    { id },
  );
  return row!;
}

async function staleIds(asOf: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await staleEvidence(graph(), { asOf, withinDays: 30, first: 100, after });
    ids.push(...page.rows.map((r) => r.id));
    if (!page.hasNextPage) return ids;
    after = page.endCursor;
  }
}

describe('derived evidence dates', () => {
  it('are set on every evidence item and implementation by the seed, exactly as defined', async () => {
    expect(await graph().read(DRIFT)).toEqual([]);
  });

  it('roll up each control so the organisation-wide statement counts evidence as the evidence itself does, any day', async () => {
    for (const asOf of [addDays(LOADED_ON, -400), addDays(LOADED_ON, -30), LOADED_ON, addDays(LOADED_ON, 45)]) await expectRollupsMatchEvidence(asOf);
  });

  it('let the stale list answer any day exactly as the definition does, before, on and after the load day', async () => {
    for (const asOf of [addDays(LOADED_ON, -700), addDays(LOADED_ON, -365), addDays(LOADED_ON, -90), addDays(LOADED_ON, -1), LOADED_ON, addDays(LOADED_ON, 45)]) {
      const expected = (await graph().read(NAIVE_STALE, { asOf: dayParam('asOf', asOf) })).map((r) => String(r.id));
      expect(await staleIds(asOf), asOf).toEqual(expected);
      expect((await staleEvidence(graph(), { asOf, withinDays: 30, first: 1 })).totalCount, asOf).toBe(expected.length);
    }
  });

  it('follow every write in its own transaction: new evidence, supersession, a new expiry, unlinking and deletion', async () => {
    const [old] = await graph().read(
      `MATCH (e:Evidence)-[:SUPPORTS]->(i:Implementation {status: 'implemented'})
       WHERE e.latestExpiresOn IS NOT NULL AND e.latestExpiresOn < date("2999-01-01") AND COUNT { (e)-[:SUPPORTS]->() } = 1
       RETURN e.id AS evidence, i.id AS implementation ORDER BY e.id LIMIT 1`,
    );
    const { evidence, implementation } = old as { evidence: string; implementation: string };
    const before = await derived(evidence);

    await createNode(graph(), actor, 'Evidence', { id: 'EVD-MARKER-NEW', title: 'Renewed test report', validUntil: addDays(LOADED_ON, 900) }, [
      { type: 'SUPPORTS', direction: 'out', ids: [implementation], field: 'input.supports' },
      { type: 'SUPERSEDES', direction: 'out', ids: [evidence], field: 'input.supersedes' },
    ], ['recordedAt']);
    const superseded = await derived(evidence);
    expect(superseded.supersededOn).not.toBeNull();
    expect(superseded.latestExpiresOn).toBeNull();
    expect((await derived(implementation)).evidencedUntil).toBe(addDays(LOADED_ON, 900));

    await updateNode(graph(), actor, 'Evidence', 'EVD-MARKER-NEW', { validUntil: addDays(LOADED_ON, 950) });
    expect((await derived('EVD-MARKER-NEW')).latestExpiresOn).toBe(addDays(LOADED_ON, 950));
    expect((await derived(implementation)).evidencedUntil).toBe(addDays(LOADED_ON, 950));

    await unlinkNodes(graph(), actor, { type: 'SUPERSEDES', from: 'EVD-MARKER-NEW', to: evidence });
    expect(await derived(evidence)).toEqual(before);
    await linkNodes(graph(), actor, { type: 'SUPERSEDES', from: 'EVD-MARKER-NEW', to: evidence });
    expect((await derived(evidence)).latestExpiresOn).toBeNull();

    await expectRollupsMatchEvidence(LOADED_ON);

    await deleteNode(graph(), actor, 'Evidence', 'EVD-MARKER-NEW');
    expect(await derived(evidence)).toEqual(before);
    await expectRollupsMatchEvidence(LOADED_ON);

    // A system's only owner unlinked: it is an unowned gap at once, and not once relinked.
    const [owned] = await graph().read(
      'MATCH (o)-[:OWNS]->(s:AISystem) WHERE COUNT { (s)<-[:OWNS]-() } = 1 RETURN o.id AS owner, s.id AS system ORDER BY system LIMIT 1',
    );
    const { owner, system } = owned as { owner: string; system: string };
    const unowned = async () => (await gaps(graph(), { asOf: LOADED_ON, first: 1000 })).unownedSystems.map((g) => g.id);
    expect(await unowned()).not.toContain(system);
    await unlinkNodes(graph(), actor, { type: 'OWNS', from: owner, to: system });
    expect(await unowned()).toContain(system);
    expect(await graph().read(DRIFT)).toEqual([]);
    await linkNodes(graph(), actor, { type: 'OWNS', from: owner, to: system });
    expect(await unowned()).not.toContain(system);
    expect(await graph().read(DRIFT)).toEqual([]);

    // A risk no longer threatening a system leaves that system's risk ids (what impact lists).
    const [threat] = await graph().read('MATCH (r:Risk)-[:THREATENS]->(s:AISystem) RETURN r.id AS risk, s.id AS system ORDER BY risk, system LIMIT 1');
    const { risk, system: threatened } = threat as { risk: string; system: string };
    await unlinkNodes(graph(), actor, { type: 'THREATENS', from: risk, to: threatened });
    const [after] = await graph().read('MATCH (s:AISystem {id: $id}) RETURN s.threatIds AS ids', { id: threatened });
    expect(after!.ids).not.toContain(risk);
    expect(await graph().read(DRIFT)).toEqual([]);
    await linkNodes(graph(), actor, { type: 'THREATENS', from: risk, to: threatened });
    expect(await graph().read(DRIFT)).toEqual([]);
  });

  it('cannot be written by clients', async () => {
    await expect(updateNode(graph(), actor, 'Evidence', 'EVD-0001', { expiresOn: '2099-01-01' })).rejects.toThrow(InputError);
    await expect(updateNode(graph(), actor, 'Implementation', 'IMP-A.6.2.4-SYS-INTENT', { evidencedUntil: '2099-01-01' })).rejects.toThrow(InputError);
  });
});

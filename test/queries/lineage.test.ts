import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../graph/errors.js';
import { clauseLineage } from '../../graph/queries/clauseLineage.js';
import { controlLineage } from '../../graph/queries/controlLineage.js';
import isoCatalog from '../../seeds/catalog/iso42001.json' with { type: 'json' };
import { referenceEvidenceDocuments } from '../../seeds/organization/index.js';
import { addDays, allPages, expectWalk, ids, LOADED_ON, referenceGraph } from './fixture.js';

const graph = referenceGraph();

const controlIds = isoCatalog.annexA.controls.map((c) => c.id);
const areaOf = (control: string) => control.split('.').slice(0, 2).join('.');

describe('control lineage', () => {
  it('places the control in Annex A and lists the clauses it supports', async () => {
    const l = (await controlLineage(graph(), { controlId: 'A.6.2.5', asOf: LOADED_ON, first: 20 }))!;
    expect(l.control).toMatchObject({ id: 'A.6.2.5', title: 'AI system deployment' });
    expect(l.area?.id).toBe('A.6');
    expect(l.objective?.id).toMatch(/^B\.6\./);
    // 6.1.3 for every control, 8.1 for area A.6 (seeds/catalog/controlClauses.ts).
    expect(l.clauses.map((c) => c.id)).toEqual(['6.1.3', '8.1']);
  });

  it('lists the organisation first, then systems by id, each with owners, status and the exclusion justified', async () => {
    const l = (await controlLineage(graph(), { controlId: 'A.6.2.5', asOf: LOADED_ON, first: 20 }))!;
    expect(l.implementations.rows.map((i) => i.id)).toEqual([
      'IMP-A.6.2.5-ORG-BRIGHTWATER', 'IMP-A.6.2.5-SYS-INTENT', 'IMP-A.6.2.5-SYS-LEGACY-FAQ',
    ]);
    const [org, , faq] = l.implementations.rows;
    expect(org?.owners).toEqual([{ id: 'PER-ML-LEAD', label: 'Person', name: 'Ravi Chandran' }]);
    expect(faq).toMatchObject({ status: 'excluded', evidence: [] });
    expect(faq?.justification).toMatch(/retired/);
    expect(ids(org?.why)).toEqual(['A.6.2.5', 'IMP-A.6.2.5-ORG-BRIGHTWATER', 'ORG-BRIGHTWATER']);
    for (const i of l.implementations.rows) expectWalk(i.why);
  });

  it('shows each piece of evidence with its digest, freshness and supersession, newest first', async () => {
    const l = (await controlLineage(graph(), { controlId: 'A.2.2', asOf: LOADED_ON, first: 20 }))!;
    const [org] = l.implementations.rows;
    expect(org?.scope?.id).toBe('ORG-BRIGHTWATER');
    // EVD-0001 (196 days ago) supersedes EVD-0002 (560 days ago); EVD-0003 (197 days ago) also backs A.2.2.
    expect(org?.evidence.map((e) => e.id)).toEqual(['EVD-0001', 'EVD-0003', 'EVD-0002']);
    const [policy21, , policy20] = org!.evidence;
    expect(policy21).toMatchObject({
      // The digest of the document the seed writes for it (seeds/organization/evidenceDocument.ts).
      sha256: createHash('sha256').update(referenceEvidenceDocuments(LOADED_ON).find((d) => d.evidenceId === 'EVD-0001')!.content).digest('hex'),
      kind: 'policy-document',
      freshness: 'current',
      supersedes: 'EVD-0002',
      supersededBy: null,
      validUntil: null,
      expiresOn: addDays(LOADED_ON, 365 - 196),
      reviewState: 'accepted',
    });
    expect(policy21?.recordedAt.slice(0, 10)).toBe(addDays(LOADED_ON, -196));
    expect(policy20).toMatchObject({ freshness: 'superseded', supersededBy: 'EVD-0001', supersedes: null });
  });

  it('reads evidence as it stood on the day asked about', async () => {
    // 100 days before loading the latest red-team report (0029) and groundedness run (0032) did not exist,
    // so 0030 was not superseded yet and had 65 days left.
    const l = (await controlLineage(graph(), { controlId: 'A.6.2.4', asOf: addDays(LOADED_ON, -100), first: 20 }))!;
    const respgen = l.implementations.rows.find((i) => i.id === 'IMP-A.6.2.4-SYS-RESPGEN')!;
    expect(respgen.evidence.map((e) => [e.id, e.freshness])).toEqual([['EVD-0030', 'current'], ['EVD-0031', 'superseded']]);
    expect(respgen.evidence[0]?.supersededBy).toBeNull();
  });

  it('pages over implementations without gaps or repeats', async () => {
    // A.6.2.4: five systems (by id), then the Nimbus model; no organisation-wide implementation.
    const expected = [
      'IMP-A.6.2.4-SYS-BILLING-BOT', 'IMP-A.6.2.4-SYS-INTENT', 'IMP-A.6.2.4-SYS-PII-REDACT', 'IMP-A.6.2.4-SYS-RESPGEN',
      'IMP-A.6.2.4-SYS-SOCIAL', 'IMP-A.6.2.4-MDL-NIMBUS-LLM-2025.06',
    ];
    const { pages, totals } = await allPages(async (after) =>
      (await controlLineage(graph(), { controlId: 'A.6.2.4', asOf: LOADED_ON, first: 4, after }))!.implementations);
    expect(pages.map((p) => p.length)).toEqual([4, 2]);
    expect(pages.flat().map((i) => i.id)).toEqual(expected);
    expect(totals).toEqual([6, 6]);
  });

  it('answers null for a missing control and refuses a cursor of another list', async () => {
    expect(await controlLineage(graph(), { controlId: 'A.99.1', asOf: LOADED_ON, first: 5 })).toBeNull();
    expect(await controlLineage(graph(), { controlId: 'SYS-WEBCHAT', asOf: LOADED_ON, first: 5 })).toBeNull();
    const page = (await clauseLineage(graph(), { clauseId: '8', asOf: LOADED_ON, first: 1 }))!.controls;
    await expect(controlLineage(graph(), { controlId: 'A.6.2.4', asOf: LOADED_ON, first: 5, after: page.endCursor }))
      .rejects.toThrow(InputError);
  });
});

describe('clause lineage', () => {
  it('gathers the controls of a main clause through its subclauses, with the path', async () => {
    const l = (await clauseLineage(graph(), { clauseId: '8', asOf: LOADED_ON, first: 100 }))!;
    expect(l.parent).toBeNull();
    expect(l.subclauses.map((c) => c.id)).toEqual(['8.1', '8.2', '8.3', '8.4']);
    // Areas A.6, A.7, A.9, A.10 support 8.1; A.5 supports 8.4 (and 6.1.4).
    const expected = controlIds.filter((c) => ['A.5', 'A.6', 'A.7', 'A.9', 'A.10'].includes(areaOf(c)));
    expect(l.controls.rows.map((c) => c.id)).toEqual(expected);
    expect(l.controls.totalCount).toBe(expected.length);
    const a52 = l.controls.rows.find((c) => c.id === 'A.5.2')!;
    expect(a52.addresses).toEqual(['8.4']);
    expect(ids(a52.why)).toEqual(['8', '8.4', 'A.5.2']);
    for (const c of l.controls.rows) expectWalk(c.why);
  });

  it('counts implementations and evidence per control, each piece of evidence once', async () => {
    const l = (await clauseLineage(graph(), { clauseId: '8.1', asOf: LOADED_ON, first: 100 }))!;
    expect(l.parent?.id).toBe('8');
    const a624 = l.controls.rows.find((c) => c.id === 'A.6.2.4')!;
    expect(a624.implementations).toHaveLength(6);
    // EVD-0027…0037 back A.6.2.4; 0028, 0030, 0031 and 0036 are superseded.
    expect(a624.evidence).toMatchObject({ total: 11, superseded: 4, current: 7, best: 'current' });
    const respgen = a624.implementations.find((i) => i.id === 'IMP-A.6.2.4-SYS-RESPGEN')!;
    expect(respgen).toMatchObject({ status: 'implemented', scope: { id: 'SYS-RESPGEN', label: 'AISystem' } });
    expect(respgen.evidence).toMatchObject({ total: 4, current: 2, superseded: 2 });
    const a628 = l.controls.rows.find((c) => c.id === 'A.6.2.8')!;
    expect(a628.implementations.find((i) => i.id === 'IMP-A.6.2.8-SYS-RESPGEN')?.evidence.best).toBe('stale');
  });

  it('pages through all 38 controls of 6.1.3 in natural order', async () => {
    const { pages } = await allPages(async (after) =>
      (await clauseLineage(graph(), { clauseId: '6.1.3', asOf: LOADED_ON, first: 10, after }))!.controls);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 10, 8]);
    expect(pages.flat().map((c) => c.id)).toEqual(controlIds);
  });

  it('answers a leaf clause with its one area, and null for a missing clause', async () => {
    const l = (await clauseLineage(graph(), { clauseId: '5.2', asOf: LOADED_ON, first: 10 }))!;
    expect(l.subclauses).toEqual([]);
    expect(l.controls.rows.map((c) => c.id)).toEqual(['A.2.2', 'A.2.3', 'A.2.4']);
    expect((await clauseLineage(graph(), { clauseId: '4', asOf: LOADED_ON, first: 10 }))?.controls.totalCount).toBe(0);
    expect(await clauseLineage(graph(), { clauseId: '11.9', asOf: LOADED_ON, first: 10 })).toBeNull();
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../graph/errors.js';
import { coverage, type Coverage, type CoverageRow } from '../../graph/queries/coverage.js';
import { addDays, expectWalk, ids, LOADED_ON, referenceGraph } from './fixture.js';

const graph = referenceGraph();

const rowOf = (c: Coverage, implementationId: string): CoverageRow | undefined =>
  c.covered.find((r) => r.implementation.id === implementationId);

describe('coverage of SYS-WEBCHAT', () => {
  let webchat: Coverage;
  beforeAll(async () => {
    webchat = (await coverage(graph(), { systemId: 'SYS-WEBCHAT', asOf: LOADED_ON }))!;
  });

  it('answers for the system', () => {
    expect(webchat.system).toMatchObject({ id: 'SYS-WEBCHAT', label: 'AISystem', riskTier: 'high', customerFacing: true });
  });

  it('inherits A.6.2.4 through SYS-INTENT, and has no A.6.2.4 of its own', () => {
    const row = rowOf(webchat, 'IMP-A.6.2.4-SYS-INTENT');
    expect(row?.how).toBe('dependency');
    expect(row?.scope.id).toBe('SYS-INTENT');
    expect(ids(row?.why)).toEqual(['SYS-WEBCHAT', 'SYS-INTENT', 'IMP-A.6.2.4-SYS-INTENT', 'A.6.2.4']);
    expect(row?.why.relationships).toEqual([
      { type: 'DEPENDS_ON', from: 'SYS-WEBCHAT', to: 'SYS-INTENT' },
      { type: 'APPLIES_TO', from: 'IMP-A.6.2.4-SYS-INTENT', to: 'SYS-INTENT' },
      { type: 'IMPLEMENTS', from: 'IMP-A.6.2.4-SYS-INTENT', to: 'A.6.2.4' },
    ]);
    const a624 = webchat.covered.filter((r) => r.control.id === 'A.6.2.4');
    expect(a624.every((r) => r.how === 'dependency')).toBe(true);
    // Its callees SYS-INTENT, SYS-RESPGEN, SYS-PII-REDACT carry A.6.2.4, and SYS-RESPGEN runs the Nimbus model that does.
    expect(a624.map((r) => r.implementation.id).sort()).toEqual([
      'IMP-A.6.2.4-MDL-NIMBUS-LLM-2025.06', 'IMP-A.6.2.4-SYS-INTENT', 'IMP-A.6.2.4-SYS-PII-REDACT', 'IMP-A.6.2.4-SYS-RESPGEN',
    ]);
  });

  it('inherits A.10.3 only through the vendor of a platform it calls', () => {
    const a1003 = webchat.covered.filter((r) => r.control.id === 'A.10.3');
    expect(a1003.map((r) => r.implementation.id)).toEqual(['IMP-A.10.3-VND-NIMBUS']);
    expect(ids(a1003[0]?.why)).toEqual(['SYS-WEBCHAT', 'SYS-RESPGEN', 'VND-NIMBUS', 'IMP-A.10.3-VND-NIMBUS', 'A.10.3']);
  });

  it('tells each way of reaching: direct, dataset, organisation, dependency two hops away', () => {
    expect(rowOf(webchat, 'IMP-A.8.2-SYS-WEBCHAT')).toMatchObject({ how: 'direct', scope: { id: 'SYS-WEBCHAT' } });
    expect(ids(rowOf(webchat, 'IMP-A.8.2-SYS-WEBCHAT')?.why)).toEqual(['SYS-WEBCHAT', 'IMP-A.8.2-SYS-WEBCHAT', 'A.8.2']);
    expect(rowOf(webchat, 'IMP-A.7.5-DS-CHAT-TRANSCRIPTS')).toMatchObject({ how: 'dataset', scope: { id: 'DS-CHAT-TRANSCRIPTS' } });
    expect(ids(rowOf(webchat, 'IMP-A.2.2-ORG-BRIGHTWATER')?.why)).toEqual([
      'SYS-WEBCHAT', 'ORG-BRIGHTWATER', 'IMP-A.2.2-ORG-BRIGHTWATER', 'A.2.2',
    ]);
    // SYS-SENTIMENT is no direct callee: the chatbot reaches it through SYS-ROUTER.
    expect(ids(rowOf(webchat, 'IMP-A.6.2.6-SYS-SENTIMENT')?.why)).toEqual([
      'SYS-WEBCHAT', 'SYS-ROUTER', 'SYS-SENTIMENT', 'IMP-A.6.2.6-SYS-SENTIMENT', 'A.6.2.6',
    ]);
  });

  it('never lists what does not reach it, nor an exclusion as cover', () => {
    const listed = new Set(webchat.covered.map((r) => r.implementation.id));
    for (const id of ['IMP-A.6.2.4-SYS-BILLING-BOT', 'IMP-A.6.2.4-SYS-SOCIAL', 'IMP-A.6.2.6-SYS-VOICE-IVR', 'IMP-A.7.2-SYS-RESPGEN']) {
      expect(listed.has(id), id).toBe(false);
    }
    expect(webchat.covered.every((r) => r.implementation.status !== 'excluded')).toBe(true);
    expect(new Set(webchat.covered.map((r) => r.implementation.id)).size).toBe(webchat.covered.length);
  });

  it('starts every why at the system and ends it at the control, through the implementation', () => {
    for (const row of webchat.covered) {
      expectWalk(row.why);
      expect(row.why.nodes[0]?.id).toBe('SYS-WEBCHAT');
      expect(row.why.nodes.at(-1)?.id).toBe(row.control.id);
      expect(row.why.nodes.at(-2)?.id).toBe(row.implementation.id);
      expect(row.why.nodes.at(-3)?.id).toBe(row.scope.id);
    }
  });

  it('summarises evidence for the day: the inherited A.6.2.8 has only stale evidence', () => {
    // EVD-0047 and EVD-0048 back it; both expired before the loading day.
    expect(rowOf(webchat, 'IMP-A.6.2.8-SYS-RESPGEN')?.evidence).toMatchObject({ total: 2, stale: 2, best: 'stale' });
    // Red-team reports 0029 (current) supersedes 0030, which supersedes 0031; groundedness 0032 is current.
    expect(rowOf(webchat, 'IMP-A.6.2.4-SYS-RESPGEN')?.evidence).toMatchObject({
      total: 4, current: 2, superseded: 2, stale: 0, best: 'current',
    });
  });

  it('is covered by something for every Annex A control: nothing uncovered, nothing excluded', () => {
    expect(webchat.uncovered).toEqual([]);
    // The A.7.2 exclusion on SYS-RESPGEN is about that service; the organisation's A.7.2 still covers the chatbot.
    expect(webchat.excluded).toEqual([]);
    expect(rowOf(webchat, 'IMP-A.7.2-ORG-BRIGHTWATER')?.how).toBe('organization');
  });
});

describe('coverage elsewhere', () => {
  it('lists what reaches the response service nowhere, and its own exclusion with the justification', async () => {
    const c = (await coverage(graph(), { systemId: 'SYS-RESPGEN', asOf: LOADED_ON }))!;
    // Controls implemented only on systems, datasets or channels that SYS-RESPGEN neither is nor calls.
    expect(c.uncovered.map((u) => u.id)).toEqual(['A.5.4', 'A.6.2.2', 'A.6.2.3', 'A.6.2.6', 'A.7.5', 'A.8.2', 'A.9.4']);
    expect(c.excluded).toHaveLength(1);
    expect(c.excluded[0]).toMatchObject({ control: { id: 'A.7.2' }, implementation: { id: 'IMP-A.7.2-SYS-RESPGEN', status: 'excluded' }, how: 'direct' });
    expect(c.excluded[0]?.justification).toMatch(/without fine-tuning/);
    expect(c.covered.some((r) => r.control.id === 'A.7.2')).toBe(false);
  });

  it('excludes A.6.2.5 for the retired FAQ bot although the organisation implements it', async () => {
    const c = (await coverage(graph(), { systemId: 'SYS-LEGACY-FAQ', asOf: LOADED_ON }))!;
    expect(c.excluded.map((e) => e.control.id)).toEqual(['A.6.2.5']);
    expect(c.excluded[0]?.justification).toMatch(/retired/);
  });

  it('judges evidence on the day asked about', async () => {
    // 250 days before loading, AI Policy 2.0 (EVD-0002, recorded 560 days before) was the only evidence
    // of A.2.2, with 55 days left; 2.1 and the review minutes were not yet recorded.
    const earlier = (await coverage(graph(), { systemId: 'SYS-WEBCHAT', asOf: addDays(LOADED_ON, -250) }))!;
    expect(rowOf(earlier, 'IMP-A.2.2-ORG-BRIGHTWATER')?.evidence).toMatchObject({ total: 1, current: 1, superseded: 0, best: 'current' });
    const later = (await coverage(graph(), { systemId: 'SYS-WEBCHAT', asOf: '2031-01-01' }))!;
    expect(later.covered.some((r) => r.evidence.best === 'current' || r.evidence.best === 'expiring')).toBe(false);
  });

  it('answers null for a missing system or an id of another kind, and refuses a malformed day', async () => {
    expect(await coverage(graph(), { systemId: 'SYS-NOPE', asOf: LOADED_ON })).toBeNull();
    expect(await coverage(graph(), { systemId: 'A.6.2.4', asOf: LOADED_ON })).toBeNull();
    await expect(coverage(graph(), { systemId: 'SYS-WEBCHAT', asOf: '26/11/2026' })).rejects.toThrow(InputError);
    await expect(coverage(graph(), { systemId: 'SYS-WEBCHAT', asOf: 'x', expiringDays: 30 })).rejects.toMatchObject({ field: 'asOf' });
    await expect(coverage(graph(), { systemId: 'SYS-WEBCHAT', asOf: LOADED_ON, expiringDays: 1.5 })).rejects.toMatchObject({ field: 'expiringDays' });
    await expect(coverage(graph(), { systemId: 'SYS-WEBCHAT', asOf: '2026-02-30' })).rejects.toThrow(InputError);
  });
});

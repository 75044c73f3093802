import { describe, expect, it } from 'vitest';
import { InputError } from '../../graph/errors.js';
import { impact } from '../../graph/queries/impact.js';
import { referenceOrganization } from '../../seeds/organization/index.js';
import { expectWalk, ids, LOADED_ON, referenceGraph } from './fixture.js';

const graph = referenceGraph();

/**
 * Distances worked out independently: breadth-first over the seed records, following each
 * "relies on" edge from what is relied on to what relies on it.
 */
function distancesFrom(subject: string): Map<string, number> {
  const types = new Set(['PROVIDED_BY', 'RUNS', 'USES', 'TRAINED_ON', 'DEPENDS_ON']);
  const edges = referenceOrganization(LOADED_ON).relationships
    .filter((b) => types.has(b.type))
    .flatMap((b) => b.rows);
  const dist = new Map<string, number>();
  let frontier = [subject];
  for (let d = 1; frontier.length; d++) {
    const next = [...new Set(edges.filter((e) => frontier.includes(e.to)).map((e) => e.from))]
      .filter((id) => id !== subject && !dist.has(id));
    for (const id of next) dist.set(id, d);
    frontier = next;
  }
  return dist;
}

describe('impact', () => {
  it('follows the LLM vendor to the response service, then to the chatbots that call it', async () => {
    const i = (await impact(graph(), { id: 'VND-NIMBUS' }))!;
    expect(i.subject).toMatchObject({ id: 'VND-NIMBUS', label: 'Vendor', name: 'Nimbus AI' });
    const byId = new Map(i.affected.map((a) => [a.id, a]));
    expect(byId.get('SYS-RESPGEN')).toMatchObject({ distance: 1, riskTier: 'high', customerFacing: false });
    expect(ids(byId.get('SYS-RESPGEN')?.why)).toEqual(['VND-NIMBUS', 'SYS-RESPGEN']);
    expect(byId.get('SYS-WEBCHAT')).toMatchObject({ distance: 2, customerFacing: true });
    expect(ids(byId.get('SYS-WEBCHAT')?.why)).toEqual(['VND-NIMBUS', 'SYS-RESPGEN', 'SYS-WEBCHAT']);
    expect(byId.get('SYS-WEBCHAT')?.why.relationships.map((r) => r.type)).toEqual(['PROVIDED_BY', 'DEPENDS_ON']);
    // Both vendor model versions, and every caller of the response service.
    expect(i.affected.map((a) => a.id)).toEqual([
      'MDL-NIMBUS-LLM-2024.11', 'MDL-NIMBUS-LLM-2025.06', 'SYS-RESPGEN',
      'SYS-AGENT-ASSIST', 'SYS-BILLING-BOT', 'SYS-SOCIAL', 'SYS-WEBCHAT',
    ]);
    expect(i.risks.find((r) => r.id === 'RSK-LLM-OUTAGE')?.threatens).toEqual(['SYS-BILLING-BOT', 'SYS-RESPGEN', 'SYS-WEBCHAT']);
    expect(i.risks.map((r) => r.id)).not.toContain('RSK-VOICE-OUTAGE');
  });

  it('runs through datasets and the models trained on them', async () => {
    const i = (await impact(graph(), { id: 'VND-LABELWORKS' }))!;
    const byId = new Map(i.affected.map((a) => [a.id, a]));
    expect(ids(byId.get('MDL-INTENT-3.2')?.why)).toEqual(['VND-LABELWORKS', 'DS-LABELLED-INTENTS', 'MDL-INTENT-3.2']);
    expect(byId.get('MDL-INTENT-3.2')?.riskTier).toBeNull();
    expect(byId.get('SYS-WEBCHAT')?.distance).toBe(3);
    expect(byId.get('SYS-WEBCHAT')?.why.nodes.at(-2)?.id).toBe('SYS-INTENT');
  });

  it('gives each affected node once, at its shortest distance, nearest first', async () => {
    for (const subject of ['VND-NIMBUS', 'VND-LABELWORKS', 'VND-VOCALIS', 'DS-CHAT-TRANSCRIPTS', 'MDL-INTENT-3.2', 'SYS-TRANSLATE']) {
      const i = (await impact(graph(), { id: subject }))!;
      const expected = distancesFrom(subject);
      expect(new Map(i.affected.map((a) => [a.id, a.distance])), subject).toEqual(expected);
      const keys = i.affected.map((a) => [a.distance, a.id] as const);
      expect(keys).toEqual([...keys].sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1)));
      for (const a of i.affected) {
        expectWalk(a.why);
        expect(a.why.nodes[0]?.id).toBe(subject);
        expect(a.why.nodes.at(-1)?.id).toBe(a.id);
        expect(a.why.relationships).toHaveLength(a.distance);
      }
    }
  });

  it('bounds the DEPENDS_ON hops followed upstream by maxDepth', async () => {
    // SYS-SENTIMENT's direct callers, then SYS-ROUTER's callers one hop further.
    const near = (await impact(graph(), { id: 'SYS-SENTIMENT', maxDepth: 1 }))!;
    expect(near.affected.map((a) => a.id)).toEqual(['SYS-AGENT-ASSIST', 'SYS-QA-SCORING', 'SYS-ROUTER', 'SYS-SOCIAL']);
    const far = (await impact(graph(), { id: 'SYS-SENTIMENT' }))!;
    expect(far.maxDepth).toBe(4);
    expect(far.affected.filter((a) => a.distance === 2).map((a) => a.id)).toEqual(['SYS-EMAIL-TRIAGE', 'SYS-VOICE-IVR', 'SYS-WEBCHAT']);
    const supplyOnly = (await impact(graph(), { id: 'VND-NIMBUS', maxDepth: 0 }))!;
    expect(supplyOnly.affected.map((a) => a.id)).toEqual(['MDL-NIMBUS-LLM-2024.11', 'MDL-NIMBUS-LLM-2025.06', 'SYS-RESPGEN']);
  });

  it('answers null for other kinds of id and missing nodes, and refuses a silly depth', async () => {
    expect(await impact(graph(), { id: 'A.6.2.4' })).toBeNull();
    expect(await impact(graph(), { id: 'RSK-OPT-OUT' })).toBeNull();
    expect(await impact(graph(), { id: 'VND-NOBODY' })).toBeNull();
    expect(await impact(graph(), { id: "' OR 1=1 //" })).toBeNull();
    await expect(impact(graph(), { id: 'VND-NIMBUS', maxDepth: 99 })).rejects.toThrow(InputError);
  });

  it('lists nothing affected for a model nothing runs', async () => {
    const i = (await impact(graph(), { id: 'MDL-INTENT-3.1' }))!;
    expect(i.affected).toEqual([]);
    expect(i.risks).toEqual([]);
  });
});

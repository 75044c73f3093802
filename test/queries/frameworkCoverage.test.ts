import { describe, expect, it } from 'vitest';
import { InputError } from '../../graph/errors.js';
import { frameworkCoverage, type FrameworkCoverage, type FrameworkItem } from '../../graph/queries/frameworkCoverage.js';
import { updateNode } from '../../graph/writes/index.js';
import { addDays, expectWalk, ids, LOADED_ON, referenceGraph } from './fixture.js';

const graph = referenceGraph();
const actor = { keyId: 'key_test', name: 'framework coverage test', role: 'editor' as const };

/** Every item of a framework, paging through all of it. */
async function whole(framework: string, scopeId: string, asOf = LOADED_ON): Promise<{ answer: FrameworkCoverage; items: FrameworkItem[] }> {
  const items: FrameworkItem[] = [];
  let after: string | null = null;
  let answer: FrameworkCoverage;
  do {
    answer = (await frameworkCoverage(graph(), { framework, scopeId, asOf, first: 40, after }))!;
    items.push(...answer.items.rows);
    after = answer.items.hasNextPage ? answer.items.endCursor : null;
  } while (after);
  return { answer, items };
}

const item = (items: FrameworkItem[], id: string) => items.find((i) => i.requirement.id === id)!;

// Expected judgements read by hand from seeds/catalog (the crosswalk) and seeds/organization (implementations, evidence).
describe('framework coverage of the NIST AI RMF for the organisation', () => {
  it('supports GOVERN 1.7 through A.6.2.6, implemented on four systems with current evidence', async () => {
    const { items } = await whole('NIST-AI-RMF', 'ORG-BRIGHTWATER');
    const govern17 = item(items, 'NIST-AI-RMF:GOVERN 1.7');
    expect(govern17).toMatchObject({ support: 'supported', rolledUp: false });
    expect(govern17.routes).toHaveLength(1);
    expect(govern17.routes[0]).toMatchObject({
      via: { id: 'A.6.2.6', label: 'Control' }, bridge: null, confidence: 'high', controlCount: 1,
      control: { id: 'A.6.2.6' }, status: 'implemented', evidence: 'current', support: 'supported',
    });
    // No organisation-wide implementation: as in the SoA, the first of those furthest along decides.
    expect(ids(govern17.routes[0]!.why)).toEqual(['NIST-AI-RMF:GOVERN 1.7', 'A.6.2.6', 'IMP-A.6.2.6-SYS-ROUTER', 'SYS-ROUTER']);
  });

  it('judges MAP 1.2 partial: A.4.6 is only partly implemented, and clause 7.2 has no Annex A control', async () => {
    const { items } = await whole('NIST-AI-RMF', 'ORG-BRIGHTWATER');
    const map12 = item(items, 'NIST-AI-RMF:MAP 1.2');
    expect(map12.support).toBe('partial');
    expect(map12.routes.map((r) => [r.via.id, r.control?.id ?? null, r.status, r.support])).toEqual([
      ['A.4.6', 'A.4.6', 'partial', 'partial'],
      ['7.2', null, null, 'unsupported'],
    ]);
  });

  it('leaves MEASURE 1.1 unsupported: its crosswalk reaches only clauses no control addresses', async () => {
    const { items } = await whole('NIST-AI-RMF', 'ORG-BRIGHTWATER');
    const measure11 = item(items, 'NIST-AI-RMF:MEASURE 1.1');
    expect(measure11.support).toBe('unsupported');
    expect(measure11.routes.map((r) => r.via.id).sort()).toEqual(['6.1.1', '6.1.2']);
    expect(measure11.routes.every((r) => r.controlCount === 0 && r.why.nodes.length === 2)).toBe(true);
  });

  it('rolls functions and categories up from their subcategories', async () => {
    const { items, answer } = await whole('NIST-AI-RMF', 'ORG-BRIGHTWATER');
    // GOVERN 2: 2.1 and 2.3 supported, 2.2 unsupported (only clause 7.2 maps to it).
    expect(item(items, 'NIST-AI-RMF:GOVERN 2')).toMatchObject({ support: 'partial', rolledUp: true, routes: [] });
    expect(item(items, 'NIST-AI-RMF:GOVERN 6')).toMatchObject({ support: 'supported', rolledUp: true });
    expect(item(items, 'NIST-AI-RMF:GOVERN 2').requirement).toMatchObject({ kind: 'category', parentId: 'NIST-AI-RMF:GOVERN' });
    // The summary counts every item once, and paging saw each once, in the framework's order.
    expect(items).toHaveLength(answer.summary.total);
    expect(new Set(items.map((i) => i.requirement.id)).size).toBe(items.length);
    const counted = { supported: 0, partial: 0, unsupported: 0, unmapped: 0 };
    for (const i of items) counted[i.support] += 1;
    expect(answer.summary).toEqual({ total: items.length, ...counted });
  });

  it('gives every route a real walk from the item to the scope', async () => {
    const { items } = await whole('NIST-AI-RMF', 'ORG-BRIGHTWATER');
    for (const route of items.flatMap((i) => i.routes)) {
      expectWalk(route.why);
      // For the organisation, a route ends at the scope of the implementation that decides it.
      if (route.control) expect(['Organization', 'AISystem', 'Model', 'Dataset', 'Vendor']).toContain(route.why.nodes.at(-1)?.label);
    }
  });

  it('drops to partial once the evidence behind a route is stale on a later day', async () => {
    const later = addDays(LOADED_ON, 3 * 365);
    const { items } = await whole('NIST-AI-RMF', 'ORG-BRIGHTWATER', later);
    const route = item(items, 'NIST-AI-RMF:GOVERN 1.7').routes[0]!;
    expect(route).toMatchObject({ status: 'implemented', support: 'partial' });
    expect(['stale', 'superseded']).toContain(route.evidence);
  });
});

describe('framework coverage of the EU AI Act for one system', () => {
  it('reaches Art. 17 through Annex A area A.6 and the organisation that operates web chat', async () => {
    const { items, answer } = await whole('EU-AI-Act', 'SYS-WEBCHAT');
    expect(answer.scope).toMatchObject({ id: 'SYS-WEBCHAT', label: 'AISystem' });
    const art17 = item(items, 'EU-AI-Act:Art. 17');
    const viaArea = art17.routes.find((r) => r.via.id === 'A.6')!;
    expect(viaArea).toMatchObject({ confidence: 'medium', support: 'supported' });
    expect(viaArea.controlCount).toBeGreaterThan(1);
    expect(ids(viaArea.why).slice(0, 3)).toEqual(['EU-AI-Act:Art. 17', 'A.6', 'B.6.1.1']);
    expect(ids(viaArea.why).at(-1)).toBe('SYS-WEBCHAT');
    expectWalk(viaArea.why);
  });

  it('lists the Act as its text runs: each chapter, then what is in it, annexes last', async () => {
    const { items } = await whole('EU-AI-Act', 'SYS-WEBCHAT');
    const refs = items.map((i) => i.requirement.ref);
    expect(refs.slice(0, 2)).toEqual(['Chapter I', 'Art. 1']);
    expect(refs.indexOf('Chapter II')).toBeLessThan(refs.indexOf('Chapter IX'));
    expect(refs.indexOf('Art. 113')).toBeLessThan(refs.indexOf('Annex I'));
    expect(refs.at(-1)).toBe('Annex XIII');
    // Every item comes after its parent.
    const at = new Map(items.map((i, k) => [i.requirement.id, k]));
    for (const [k, i] of items.entries()) if (i.requirement.parentId) expect(at.get(i.requirement.parentId)!).toBeLessThan(k);
  });

  it('marks items no crosswalk reaches as unmapped, and filters by judgement', async () => {
    const { items } = await whole('EU-AI-Act', 'SYS-WEBCHAT');
    expect(item(items, 'EU-AI-Act:Art. 5')).toMatchObject({ support: 'unmapped', routes: [] });
    const unmapped = await frameworkCoverage(graph(), { framework: 'EU-AI-Act', scopeId: 'SYS-WEBCHAT', asOf: LOADED_ON, first: 100, support: 'unmapped' });
    expect(unmapped!.items.totalCount).toBe(items.filter((i) => i.support === 'unmapped').length);
    expect(unmapped!.items.rows.every((i) => i.support === 'unmapped')).toBe(true);
  });
});

describe('framework coverage through another framework, and after a change', () => {
  it('follows a crosswalk between two other frameworks, at the weaker confidence', async () => {
    await graph().write(
      `MERGE (f:Standard {id: 'TEST-FW'}) SET f.title = 'A test framework'
       MERGE (x:Requirement {id: 'TEST-FW:X-1'}) SET x.framework = 'TEST-FW', x.kind = 'control', x.ref = 'X-1', x.title = 'Keep a record of changes'
       MERGE (x)-[:PART_OF]->(f)
       WITH x MATCH (g:Requirement {id: 'NIST-AI-RMF:GOVERN 1.7'})
       MERGE (g)-[m:MAPS_TO]->(x) SET m.source = 'test', m.confidence = 'low'`,
    );
    const answer = (await frameworkCoverage(graph(), { framework: 'TEST-FW', scopeId: 'ORG-BRIGHTWATER', asOf: LOADED_ON, first: 10 }))!;
    expect(answer.framework).toEqual({ id: 'TEST-FW', title: 'A test framework' });
    const [x1] = answer.items.rows;
    expect(x1).toMatchObject({ support: 'supported', routes: [{ via: { id: 'A.6.2.6' }, bridge: { id: 'NIST-AI-RMF:GOVERN 1.7' }, confidence: 'low' }] });
    expect(ids(x1!.routes[0]!.why)).toEqual(['TEST-FW:X-1', 'NIST-AI-RMF:GOVERN 1.7', 'A.6.2.6', 'IMP-A.6.2.6-SYS-ROUTER', 'SYS-ROUTER']);
    expectWalk(x1!.routes[0]!.why);
  });

  it('follows status changes: GOVERN 1.7 is unsupported once every A.6.2.6 is only planned', async () => {
    const govern17 = async () => item((await whole('NIST-AI-RMF', 'ORG-BRIGHTWATER')).items, 'NIST-AI-RMF:GOVERN 1.7');
    // A.6.2.6 is implemented on web chat, the router and sentiment, partial on the IVR (seeds/organization/implementations.ts).
    for (const scope of ['SYS-WEBCHAT', 'SYS-ROUTER', 'SYS-SENTIMENT']) {
      await updateNode(graph(), actor, 'Implementation', `IMP-A.6.2.6-${scope}`, { status: 'planned' });
    }
    expect(await govern17()).toMatchObject({ support: 'partial', routes: [{ control: { id: 'A.6.2.6' }, status: 'partial' }] });
    await updateNode(graph(), actor, 'Implementation', 'IMP-A.6.2.6-SYS-VOICE-IVR', { status: 'planned' });
    expect(await govern17()).toMatchObject({ support: 'unsupported', routes: [{ status: 'planned', support: 'unsupported' }] });
  });

  it('answers null for an unknown framework or scope, and refuses ISO 42001 itself and bad input', async () => {
    const ask = (framework: string, scopeId: string, extra = {}) =>
      frameworkCoverage(graph(), { framework, scopeId, asOf: LOADED_ON, first: 10, ...extra });
    expect(await ask('NO-SUCH-FW', 'ORG-BRIGHTWATER')).toBeNull();
    expect(await ask('NIST-AI-RMF', 'SYS-NOPE')).toBeNull();
    await expect(ask('ISO42001', 'ORG-BRIGHTWATER')).rejects.toThrow(InputError);
    await expect(ask('NIST-AI-RMF', 'ORG-BRIGHTWATER', { first: 101 })).rejects.toThrow(InputError);
    await expect(ask('NIST-AI-RMF', 'ORG-BRIGHTWATER', { after: 'bogus' })).rejects.toThrow(InputError);
  });
});

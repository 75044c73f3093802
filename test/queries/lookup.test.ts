import { describe, expect, it } from 'vitest';
import { InputError } from '../../graph/errors.js';
import { graphCounts } from '../../graph/queries/graphCounts.js';
import { nodesById } from '../../graph/reads/nodesById.js';
import { search, searchableLabels } from '../../graph/queries/search.js';
import { shortestPath } from '../../graph/queries/shortestPath.js';
import { allPages, expectWalk, ids, LOADED_ON, referenceGraph } from './fixture.js';

const graph = referenceGraph();

describe('shortestPath', () => {
  it('links the chatbot to a control it has no implementation of in two hops, through a node touching both', async () => {
    // No edge joins a system and a control; A.6.2.4 MITIGATES risks that THREATEN web chat, and the
    // governance records (an audit covering both, a finding about both) make other two-hop routes of equal length.
    const why = (await shortestPath(graph(), { fromId: 'SYS-WEBCHAT', toId: 'A.6.2.4' }))!;
    expectWalk(why);
    expect(why.nodes[0]?.id).toBe('SYS-WEBCHAT');
    expect(why.nodes.at(-1)?.id).toBe('A.6.2.4');
    expect(why.relationships).toHaveLength(2);
    expect(['Risk', 'Audit', 'Finding', 'Incident']).toContain(why.nodes[1]?.label);
    expect(await shortestPath(graph(), { fromId: 'SYS-WEBCHAT', toId: 'A.6.2.4', maxLength: 1 })).toBeNull();
  });

  it('finds the inherited stale evidence three hops away, whatever the directions', async () => {
    const why = (await shortestPath(graph(), { fromId: 'SYS-WEBCHAT', toId: 'EVD-0047' }))!;
    expect(ids(why)).toEqual(['SYS-WEBCHAT', 'SYS-RESPGEN', 'IMP-A.6.2.8-SYS-RESPGEN', 'EVD-0047']);
    expect(why.relationships.map((r) => [r.type, r.from, r.to])).toEqual([
      ['DEPENDS_ON', 'SYS-WEBCHAT', 'SYS-RESPGEN'],
      ['APPLIES_TO', 'IMP-A.6.2.8-SYS-RESPGEN', 'SYS-RESPGEN'],
      ['SUPPORTS', 'EVD-0047', 'IMP-A.6.2.8-SYS-RESPGEN'],
    ]);
  });

  it('answers a node alone for itself, and null when an end is missing or fits no id scheme', async () => {
    expect(ids(await shortestPath(graph(), { fromId: 'A.7.4', toId: 'A.7.4' }))).toEqual(['A.7.4']);
    expect(await shortestPath(graph(), { fromId: 'SYS-WEBCHAT', toId: 'SYS-NOPE' })).toBeNull();
    expect(await shortestPath(graph(), { fromId: "' OR 1=1", toId: 'A.6.2.4' })).toBeNull();
    await expect(shortestPath(graph(), { fromId: 'SYS-WEBCHAT', toId: 'A.6.2.4', maxLength: 9 })).rejects.toThrow(InputError);
  });
});

describe('search', () => {
  it('finds the web chat assistant by its kind, and every chatbot with it', async () => {
    const hits = await search(graph(), { text: 'chatbot', first: 50 });
    // The three systems of kind chatbot (systems.ts).
    expect(hits.rows.filter((h) => h.label === 'AISystem').map((h) => h.id).sort()).toEqual(['SYS-BILLING-BOT', 'SYS-LEGACY-FAQ', 'SYS-WEBCHAT']);
    expect(hits.rows.find((h) => h.id === 'SYS-WEBCHAT')).toMatchObject({ name: 'Web Chat Assistant' });
    expect(hits.rows.every((h) => h.score > 0)).toBe(true);
  });

  it('matches terms as prefixes, requires every term, and filters by label', async () => {
    const prefix = await search(graph(), { text: 'chatb', first: 50 });
    expect(prefix.rows.map((h) => h.id)).toContain('SYS-WEBCHAT');
    const count = async (text: string) => (await search(graph(), { text, labels: ['Risk', 'Policy'], first: 50 }));
    const both = await count('opt out');
    expect(both.rows.map((h) => h.id)).toEqual(expect.arrayContaining(['POL-OPT-OUT', 'RSK-OPT-OUT']));
    expect(both.rows.every((h) => h.label === 'Risk' || h.label === 'Policy')).toBe(true);
    expect(both.totalCount).toBeLessThanOrEqual(Math.min((await count('opt')).totalCount, (await count('out')).totalCount));
    const risks = await search(graph(), { text: 'outage', labels: ['Risk'], first: 50 });
    // Two titles say "outage"; RSK-DATA-DRIFT's description says "outages" (risks.ts).
    expect(risks.rows.map((h) => h.id).sort()).toEqual(['RSK-DATA-DRIFT', 'RSK-LLM-OUTAGE', 'RSK-VOICE-OUTAGE']);
  });

  it('pages by score then id without overlap', async () => {
    const whole = await search(graph(), { text: 'customer', first: 100 });
    expect(whole.totalCount).toBeGreaterThan(10);
    const { pages } = await allPages((after) => search(graph(), { text: 'customer', first: 7, after }));
    expect(pages.flat().map((h) => h.id)).toEqual(whole.rows.map((h) => h.id));
    const scores = whole.rows.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('takes odd input as plain words: no error, no injection, nothing for punctuation alone', async () => {
    const before = await graphCounts(graph());
    const all = (await search(graph(), { text: 'the', first: 1 })).totalCount;
    const odd = ['"', '(', ')', 'AND', 'OR', 'NOT', '*', '?', "' OR 1=1", "') RETURN n //", '   ', '', 'a:b) OR (x', '\\',
      '[a TO z]', '{a TO z}', 'chat~2', 'chat^10', '/.*/', '&&', '||', '!', '+-', 'title:chat', 'web"chat', 'x'.repeat(2000)];
    for (const text of odd) {
      const r = await search(graph(), { text, first: 5 });
      expect(r.rows.length, text).toBeLessThanOrEqual(5);
      for (const h of r.rows) expect(typeof h.id, text).toBe('string');
    }
    for (const text of ['"', '(', '*', '   ', '', '\\', '&&', '||', '/.*/']) {
      expect((await search(graph(), { text, first: 5 })).totalCount, text).toBe(0);
    }
    // "OR" is a word here, not an operator: it cannot widen the match to everything.
    expect((await search(graph(), { text: 'the OR 1=1', first: 1 })).totalCount).toBeLessThan(all);
    expect(await graphCounts(graph())).toEqual(before);
  });

  it('refuses labels the index does not hold', async () => {
    await expect(search(graph(), { text: 'chat', labels: ['Migration'], first: 5 })).rejects.toThrow(InputError);
    await expect(search(graph(), { text: 'chat', labels: ['AISystem) RETURN 1 //'], first: 5 })).rejects.toThrow(InputError);
    expect(searchableLabels).toContain('AISystem');
  });
});

describe('search on a large graph', () => {
  it('reads the best matches only, and says when more matched than it read', async () => {
    const all = await search(graph(), { text: 'customer', first: 5 });
    expect(all.complete).toBe(true);
    expect(all.totalCount).toBeGreaterThan(20);
    const [{ n }] = (await graph().read(
      "CALL db.index.fulltext.queryNodes('search', '(customer OR customer*)') YIELD node RETURN count(node) AS n",
    )) as [{ n: number }];
    expect(all.totalCount).toBe(n);
    const cut = await search(graph(), { text: 'customer', first: 5, scan: 10 });
    expect(cut).toMatchObject({ complete: false, totalCount: 10 });
    // The best ten (ties at the edge may differ, their scores may not).
    const best = await search(graph(), { text: 'customer', first: 10 });
    expect((await search(graph(), { text: 'customer', first: 10, scan: 10 })).rows.map((h) => h.score)).toEqual(best.rows.map((h) => h.score));
    const { pages } = await allPages((after) => search(graph(), { text: 'customer', first: 3, scan: 10, after }));
    expect(pages.flat()).toHaveLength(10);
  });
});

describe('nodesById', () => {
  it('answers in key order, null where the id is missing or fits no scheme, repeats included', async () => {
    const keys = ['EVD-0001', 'SYS-NOPE', 'SYS-WEBCHAT', 'nonsense', 'A.6.2.4', '6.1.3', 'SYS-WEBCHAT', 'NIST-AI-RMF:GOVERN 1.1', 'A.99.9'];
    const nodes = await nodesById(graph(), keys);
    expect(nodes.map((n) => n?.id ?? null)).toEqual(['EVD-0001', null, 'SYS-WEBCHAT', null, 'A.6.2.4', '6.1.3', 'SYS-WEBCHAT', 'NIST-AI-RMF:GOVERN 1.1', null]);
    expect(nodes.map((n) => n?.__typename ?? null)).toEqual(['Evidence', null, 'AISystem', null, 'Control', 'Clause', 'AISystem', 'Requirement', null]);
  });

  it('returns every property as plain data', async () => {
    const [evd, sys] = await nodesById(graph(), ['EVD-0001', 'SYS-WEBCHAT']);
    expect(evd).toMatchObject({ id: 'EVD-0001', reviewIntervalDays: 365, kind: 'policy-document' });
    expect(evd?.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(evd?.periodStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sys).toMatchObject({ name: 'Web Chat Assistant', customerFacing: true, riskTier: 'high' });
  });

  it('answers an empty batch without asking, and never hands out bookkeeping nodes', async () => {
    expect(await nodesById(graph(), [])).toEqual([]);
    expect(await nodesById(graph(), ['001-schema', "' OR 1=1 //"])).toEqual([null, null]);
  });

  it('is on the loaded reference data', async () => {
    expect((await nodesById(graph(), ['ORG-BRIGHTWATER']))[0]?.name).toBe('Brightwater Telecom');
    expect(LOADED_ON).toMatch(/^\d{4}-/);
  });
});

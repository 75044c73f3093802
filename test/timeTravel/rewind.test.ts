import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphDigest } from '../../graph/digest.js';
import {
  clauseLineage, controlLineage, coverage, createNode, deleteNode, frameworkCoverage, gaps, importCrosswalk, linkNodes, nodesById,
  ReadOnlyError, staleEvidence, statementOfApplicability, travelTo, unlinkNodes, updateNode, type Graph,
} from '../../graph/index.js';
import { recordChange } from '../../graph/writes/recordChange.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';
import { ACTOR, canonical, differences, domainLines, LOADED_ON, TODAY, YESTERDAY } from './fixture.js';

/** Every traceability question with an asOf, on nodes today's writes touch. */
const questions: Record<string, (g: Graph, day: string) => Promise<unknown>> = {
  coverageWebchat: (g: Graph, day: string) => coverage(g, { systemId: 'SYS-WEBCHAT', asOf: day }),
  coverageRespgen: (g: Graph, day: string) => coverage(g, { systemId: 'SYS-RESPGEN', asOf: day }),
  soaOrganisation: (g: Graph, day: string) => statementOfApplicability(g, { scopeId: 'ORG-BRIGHTWATER', asOf: day }),
  soaWebchat: (g: Graph, day: string) => statementOfApplicability(g, { scopeId: 'SYS-WEBCHAT', asOf: day }),
  gaps: (g: Graph, day: string) => gaps(g, { asOf: day }),
  staleEvidence: (g: Graph, day: string) => staleEvidence(g, { asOf: day, withinDays: 400, first: 100 }),
  lineageA628: (g: Graph, day: string) => controlLineage(g, { controlId: 'A.6.2.8', asOf: day, first: 100 }),
  lineageA626: (g: Graph, day: string) => controlLineage(g, { controlId: 'A.6.2.6', asOf: day, first: 100 }),
  clause6: (g: Graph, day: string) => clauseLineage(g, { clauseId: '6', asOf: day, first: 100 }),
  nist: (g: Graph, day: string) => frameworkCoverage(g, { framework: 'NIST-AI-RMF', scopeId: 'ORG-BRIGHTWATER', asOf: day, first: 100 }),
};
type Name = string;
const asked = Object.entries(questions);

/** Nodes today's writes touch, and their neighbours whose derived values follow them. */
const TOUCHED = [
  'IMP-A.6.2.6-SYS-WEBCHAT', 'EVD-TT-LOG', 'EVD-0047', 'EVD-0048', 'RSK-MISROUTING', 'SYS-SOCIAL', 'SYS-ROUTER', 'MDL-ROUTER-1.4',
  'IMP-A.6.2.8-SYS-RESPGEN', 'A.6.2.8', 'A.6.2.6', 'SYS-INTENT', 'SYS-EMAIL-TRIAGE',
];

let graph: Graph;
const yesterday: Record<Name, unknown> = {};
const todayBefore: Record<Name, unknown> = {};
let linesBefore: Set<string>;
let plainCost: number;
/** A day after the reference history's last change and before today's writes, asked before them. */
let quietCost: number;

async function statements(work: () => Promise<unknown>): Promise<number> {
  const before = graph.stats.queries;
  await work();
  return graph.stats.queries - before;
}
let nodesBefore: unknown[];

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, LOADED_ON);
  for (const [name, ask] of asked) {
    yesterday[name] = await ask(graph, YESTERDAY);
    todayBefore[name] = await ask(graph, TODAY);
  }
  linesBefore = await domainLines(graph);
  nodesBefore = await nodesById(graph, TOUCHED);
  plainCost = await statements(() => coverage(graph, { systemId: 'SYS-WEBCHAT', asOf: TODAY }));
  quietCost = await statements(() => travelTo(graph, '2026-11-25', () => coverage(graph, { systemId: 'SYS-WEBCHAT', asOf: '2026-11-25' })));

  // Today: a status falls back; new log evidence backs the LLM's logging and supersedes the stale
  // sample; the old log test is deleted with its links; a risk is deleted (ints, links both ways);
  // the unowned social responder gets an owner; the router stops running its model; a crosswalk
  // import changes the confidence of a NIST mapping and adds a second one from another source; the
  // web chat's dependency on intent gets another purpose and it stops using its transcripts, each
  // recorded with the relationship's properties before (as linkNodes would, see the README's limits).
  await updateNode(graph, ACTOR, 'Implementation', 'IMP-A.6.2.6-SYS-WEBCHAT', { status: 'planned' });
  await createNode(graph, ACTOR, 'Evidence', { id: 'EVD-TT-LOG', title: 'LLM event log sample, this month', kind: 'log-extract', reviewIntervalDays: 90 }, [
    { type: 'SUPPORTS', direction: 'out', ids: ['IMP-A.6.2.8-SYS-RESPGEN'], field: 'implementationIds' },
    { type: 'SUPERSEDES', direction: 'out', ids: ['EVD-0048'], field: 'supersedes' },
  ], ['recordedAt']);
  await deleteNode(graph, ACTOR, 'Evidence', 'EVD-0047');
  await deleteNode(graph, ACTOR, 'Risk', 'RSK-MISROUTING');
  await linkNodes(graph, ACTOR, { type: 'OWNS', from: 'PER-OPS-MGR', to: 'SYS-SOCIAL' });
  await unlinkNodes(graph, ACTOR, { type: 'RUNS', from: 'SYS-ROUTER', to: 'MDL-ROUTER-1.4' });
  const [m] = await graph.read(`MATCH (a:Control)-[m:MAPS_TO]->(b:Requirement {framework: 'NIST-AI-RMF'})
    RETURN a.id AS from, b.id AS to, m.source AS source, m.confidence AS confidence ORDER BY a.id, b.id LIMIT 1`);
  const csv = (source: string, confidence: string) => `${String(m!.from)},${String(m!.to)},"${source.replace(/"/g, '""')}",${confidence}`;
  const summary = await importCrosswalk(graph, ACTOR, ['from,to,source,confidence', csv(String(m!.source), m!.confidence === 'high' ? 'low' : 'high'), csv('Time travel test', 'medium')].join('\n'));
  expect(summary).toMatchObject({ created: 1, updated: 1 });
  await graph.writeTx(async (tx) => {
    const link = { targetId: 'SYS-WEBCHAT', targetLabel: 'AISystem' };
    await tx.run("MATCH (:AISystem {id: 'SYS-WEBCHAT'})-[r:DEPENDS_ON]->(:AISystem {id: 'SYS-INTENT'}) SET r.purpose = 'classify'");
    await recordChange(tx, ACTOR, { ...link, operation: 'link', relationship: 'DEPENDS_ON', otherId: 'SYS-INTENT', before: { purpose: 'understand what the customer is asking for' }, after: { purpose: 'classify' } });
    await tx.run("MATCH (:AISystem {id: 'SYS-WEBCHAT'})-[r:USES]->(:Dataset {id: 'DS-CHAT-TRANSCRIPTS'}) DELETE r");
    await recordChange(tx, ACTOR, { ...link, operation: 'unlink', relationship: 'USES', otherId: 'DS-CHAT-TRANSCRIPTS', before: { purpose: 'evaluation' } });
  });
}, 600_000);

afterAll(() => graph?.close());

describe('a question asked as of a day before the changes', () => {
  it('answers as it did before them, every question, though today’s answers moved', async () => {
    const moved: Name[] = [];
    for (const [name, ask] of asked) {
      const then = await travelTo(graph, YESTERDAY, () => ask(graph, YESTERDAY));
      expect(canonical(then), name).toEqual(canonical(yesterday[name]));
      if (JSON.stringify(await ask(graph, TODAY)) !== JSON.stringify(todayBefore[name])) moved.push(name);
    }
    // The writes did change what today looks like (else the comparison above proves nothing).
    expect(moved).toEqual(expect.arrayContaining(['coverageWebchat', 'coverageRespgen', 'soaWebchat', 'gaps', 'staleEvidence', 'lineageA628', 'lineageA626']));
  }, 600_000);

  it('sees the status, the evidence, the links and the nodes of then', async () => {
    const then = (await travelTo(graph, YESTERDAY, () => coverage(graph, { systemId: 'SYS-WEBCHAT', asOf: YESTERDAY })))!;
    const now = (await coverage(graph, { systemId: 'SYS-WEBCHAT', asOf: TODAY }))!;
    const status = (c: typeof now) => c.covered.find((r) => r.implementation.id === 'IMP-A.6.2.6-SYS-WEBCHAT')?.implementation.status;
    expect([status(then), status(now)]).toEqual(['implemented', 'planned']);

    const lineage = (await travelTo(graph, YESTERDAY, () => controlLineage(graph, { controlId: 'A.6.2.8', asOf: YESTERDAY, first: 100 })))!;
    const respgen = lineage.implementations.rows.find((r) => r.id === 'IMP-A.6.2.8-SYS-RESPGEN')!;
    expect(respgen.evidence.map((e) => e.id).sort()).toEqual(['EVD-0047', 'EVD-0048']);
    expect(respgen.evidence.find((e) => e.id === 'EVD-0048')).toMatchObject({ supersededBy: null });
  });

  it('rebuilds every node and relationship of then, with its typed values and derived ones', async () => {
    const inside = await travelTo(graph, YESTERDAY, async () => ({
      lines: await domainLines(graph),
      nodes: await nodesById(graph, TOUCHED),
      types: await graph.read('MATCH (r:Risk {id: $id}) RETURN valueType(r.likelihood) AS likelihood', { id: 'RSK-MISROUTING' }),
    }));
    expect(differences(linesBefore, inside.lines)).toEqual({ onlyFirst: [], onlySecond: [] });
    expect(canonical(inside.nodes)).toEqual(canonical(nodesBefore));
    expect(inside.types).toEqual([{ likelihood: 'INTEGER NOT NULL' }]);
  });

  it('leaves the graph exactly as it was afterwards', async () => {
    const before = await graphDigest(graph);
    await travelTo(graph, YESTERDAY, () => gaps(graph, { asOf: YESTERDAY }));
    expect(await graphDigest(graph)).toEqual(before);
    expect(await nodesById(graph, ['EVD-0047', 'RSK-MISROUTING', 'EVD-TT-LOG'])).toMatchObject([null, null, { id: 'EVD-TT-LOG' }]);
  });
});

describe('the reference organisation’s own history', () => {
  it('has the billing pack partial and the social supplier unassessed before their days, as it is after', async () => {
    const statusOn = (day: string) => travelTo(graph, day, async () => {
      const [billing, social] = await nodesById(graph, ['IMP-A.6.2.4-SYS-BILLING-BOT', 'IMP-A.10.3-VND-SOCIALPULSE']);
      return [billing?.status, social?.status ?? null];
    });
    expect(await statusOn('2026-10-01')).toEqual(['partial', null]);
    expect(await statusOn('2026-11-01')).toEqual(['implemented', null]);
    expect(await statusOn('2026-11-10')).toEqual(['implemented', 'not-started']);
  });

  it('had the opt-out risk within appetite, and the guardrail tests backing nothing, until they changed', async () => {
    const on = (day: string) => travelTo(graph, day, () => gaps(graph, { asOf: day }));
    const [before, after] = [await on('2026-11-10'), await on('2026-11-12')];
    expect(before.risksAboveAppetite.map((g) => g.id)).not.toContain('RSK-OPT-OUT');
    expect(after.risksAboveAppetite.map((g) => g.id)).toContain('RSK-OPT-OUT');
    const [unlinked, linked] = [await on('2026-11-17'), await on('2026-11-18')];
    expect(unlinked.orphans.map((g) => g.id)).toContain('EVD-0068');
    expect(linked.orphans.map((g) => g.id)).not.toContain('EVD-0068');
  });
});

describe('the rewound transaction', () => {
  it('refuses writes, and commits nothing', async () => {
    const before = await graphDigest(graph);
    await expect(travelTo(graph, YESTERDAY, () => updateNode(graph, ACTOR, 'Implementation', 'IMP-A.6.2.6-SYS-WEBCHAT', { status: 'excluded' })))
      .rejects.toBeInstanceOf(ReadOnlyError);
    await expect(graph.rewound('a test', async () => undefined, () => graph.write('CREATE (:Standard {id: "TT-NEVER", title: "never"})')))
      .rejects.toBeInstanceOf(ReadOnlyError);
    expect(await graphDigest(graph)).toEqual(before);
  });

  it('neither blocks nor alters a read running beside it; another day’s rewind waits for its locks', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inside = new Promise<void>((resolve) => (started = resolve));
    const travelling = travelTo(graph, YESTERDAY, async () => {
      started();
      await held;
      return (await nodesById(graph, ['IMP-A.6.2.6-SYS-WEBCHAT', 'EVD-0047']))!;
    });
    await inside;
    // While the rewound transaction is open, holding its changes: today's reads see today's graph, at once.
    const t0 = Date.now();
    const [now, deleted] = await nodesById(graph, ['IMP-A.6.2.6-SYS-WEBCHAT', 'EVD-0047']);
    const soa = await statementOfApplicability(graph, { scopeId: 'SYS-WEBCHAT', asOf: TODAY });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(soa).toEqual(await statementOfApplicability(graph, { scopeId: 'SYS-WEBCHAT', asOf: TODAY }));
    // A rewind to another day changes some of the same nodes: it waits for the first one's rollback.
    const otherDay = travelTo(graph, '2026-10-01', async () => (await nodesById(graph, ['IMP-A.6.2.4-SYS-BILLING-BOT', 'IMP-A.6.2.6-SYS-WEBCHAT'])).map((n) => n?.status));
    release();
    const [then, restored] = await travelling;
    expect([now?.status, deleted, then?.status, restored?.id]).toEqual(['planned', null, 'implemented', 'EVD-0047']);
    expect(await otherDay).toEqual(['partial', 'implemented']);
  });

  it('costs today nothing, a day after which nothing changed one read, and a day before changes the rewind', async () => {
    const ask = (day: string) => () => travelTo(graph, day, () => coverage(graph, { systemId: 'SYS-WEBCHAT', asOf: day }));
    expect(await statements(ask(TODAY))).toBe(plainCost);
    expect(await statements(ask('2999-01-01'))).toBe(plainCost);
    expect(quietCost).toBe(plainCost + 1);
    expect(await statements(ask(YESTERDAY))).toBeGreaterThan(plainCost + 2);
  });
});

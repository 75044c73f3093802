import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useReferenceApi } from '../setup/api.js';
import { call, mcpOverHttp, refusal } from './client.js';

// The same questions through MCP and through GraphQL must give the same answers: the tools call
// the resolvers' query modules. Facts from seeds/organization as in test/api/traceability.test.ts.
const DAY = '2026-11-26';
const { api } = useReferenceApi(DAY);
let viewer: Client;

beforeAll(async () => {
  viewer = await mcpOverHttp(api(), 'viewer');
  await viewer.listTools();
});
afterAll(() => viewer.close());

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);
type Why = { nodes: { id: string }[]; relationships: { type: string }[] };
const enumOf = (v: string) => v.toUpperCase().replace(/-/g, '_');

describe('the tools a key may use, with their schemas', () => {
  it('lists the read tools for viewers, history for auditors, the writes for editors, each with schemas and hints', async () => {
    const names = async (role: 'viewer' | 'auditor' | 'editor' | 'admin') => {
      const client = await mcpOverHttp(api(), role);
      try {
        return (await client.listTools()).tools;
      } finally {
        await client.close();
      }
    };
    const reads = ['search', 'describe_node', 'coverage', 'stale_evidence', 'control_lineage', 'clause_lineage', 'gaps', 'impact', 'statement_of_applicability', 'framework_coverage', 'path'];
    const writes = ['record_evidence', 'set_implementation_status'];
    expect((await names('viewer')).map((t) => t.name)).toEqual(reads);
    expect((await names('auditor')).map((t) => t.name)).toEqual([...reads, 'history', 'soa_changes']);
    expect((await names('editor')).map((t) => t.name)).toEqual([...reads, ...writes]);
    const all = await names('admin');
    expect(all.map((t) => t.name)).toEqual([...reads, 'history', 'soa_changes', ...writes]);
    for (const tool of all) {
      expect(tool.inputSchema.type, tool.name).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.description!.length, tool.name).toBeGreaterThan(40);
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(!writes.includes(tool.name));
    }
    const coverage = all.find((t) => t.name === 'coverage')!;
    expect(coverage.inputSchema.required).toEqual(['systemId']);
    expect(Object.keys(coverage.inputSchema.properties!)).toEqual(['systemId', 'asOf', 'expiringDays', 'first', 'after']);
    const byName = Object.fromEntries(all.map((t) => [t.name, t.annotations]));
    expect(byName.record_evidence).toMatchObject({ destructiveHint: false, idempotentHint: false });
    expect(byName.set_implementation_status).toMatchObject({ destructiveHint: true, idempotentHint: true });
  });
});

describe('MCP answers equal the GraphQL answers', () => {
  it('coverage: the same rows, paths and uncovered controls, with the path named in the text', async () => {
    const gql = await api().gql<{ aiSystem: { coverage: { covered: { control: { id: string }; implementation: { id: string; status: string }; how: string; why: Why }[]; uncovered: { id: string }[]; excluded: { control: { id: string } }[] } } }>(
      `query($d: Date) { aiSystem(id: "SYS-WEBCHAT") { coverage(asOf: $d) {
        covered { control { id } implementation { id status } how why { nodes { id } relationships { type } } }
        uncovered { id } excluded { control { id } } } } }`,
      { d: DAY },
      'viewer',
    );
    expect(gql.errors).toBeUndefined();
    const expected = gql.data!.aiSystem.coverage;
    type Row = { control: { id: string }; implementation: { id: string; status: string }; how: string; why: Why };
    type Answer = { system: { id: string }; asOf: string; summary: { covered: number; uncovered: number }; covered: { rows: Row[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }; uncovered: { id: string }[]; excluded: { control: { id: string } }[] };
    const rows: Row[] = [];
    let after: string | undefined;
    let text = '';
    do {
      const page = await call<Answer>(viewer, 'coverage', { systemId: 'SYS-WEBCHAT', asOf: DAY, first: 10, ...(after ? { after } : {}) });
      expect(page.data.covered.totalCount).toBe(expected.covered.length);
      expect(ids(page.data.uncovered)).toEqual(ids(expected.uncovered));
      expect(page.data.excluded.map((e) => e.control.id)).toEqual(expected.excluded.map((e) => e.control.id));
      rows.push(...page.data.covered.rows);
      text += page.text;
      after = page.data.covered.hasNextPage ? page.data.covered.endCursor! : undefined;
    } while (after);
    const key = (r: Row) => [r.control.id, r.implementation.id, enumOf(r.implementation.status), enumOf(r.how), ids(r.why.nodes).join('>'), r.why.relationships.map((s) => s.type).join('>')].join(' ');
    expect(rows.map(key)).toEqual(expected.covered.map(key));
    expect(text).toContain('A.6.2.4 by IMP-A.6.2.4-SYS-INTENT (implemented, dependency');
    expect(text).toContain('SYS-WEBCHAT -DEPENDS_ON-> SYS-INTENT <-APPLIES_TO- IMP-A.6.2.4-SYS-INTENT -IMPLEMENTS-> A.6.2.4');
  });

  it('stale evidence: the same pieces, days and affected systems, read in pages', async () => {
    const gql = await api().gql<{ staleEvidence: { totalCount: number; rows: { id: string; freshness: string; daysLeft: number; affectedSystemCount: number; backs: { control: { id: string } }[] }[] } }>(
      `query($d: Date) { staleEvidence(asOf: $d, withinDays: 45, first: 100) { totalCount rows { id freshness daysLeft affectedSystemCount backs { control { id } } } } }`,
      { d: DAY },
      'viewer',
    );
    expect(gql.errors).toBeUndefined();
    const expected = gql.data!.staleEvidence;
    expect(expected.totalCount).toBeGreaterThan(3);
    type Row = { id: string; freshness: string; daysLeft: number; affectedSystemCount: number; backs: { control: { id: string } }[] };
    const rows: Row[] = [];
    let after: string | undefined;
    do {
      const { data } = await call<{ evidence: { rows: Row[]; totalCount: number; hasNextPage: boolean; endCursor: string } }>(
        viewer, 'stale_evidence', { asOf: DAY, withinDays: 45, first: 3, ...(after ? { after } : {}) });
      expect(data.evidence.rows.length).toBeLessThanOrEqual(3);
      expect(data.evidence.totalCount).toBe(expected.totalCount);
      rows.push(...data.evidence.rows);
      after = data.evidence.hasNextPage ? data.evidence.endCursor : undefined;
    } while (after);
    const key = (r: Row) => `${r.id} ${enumOf(r.freshness)} ${r.daysLeft} ${r.affectedSystemCount} ${r.backs.map((b) => b.control.id).join(',')}`;
    expect(rows.map(key)).toEqual(expected.rows.map(key));
    const { text } = await call(viewer, 'stale_evidence', { asOf: DAY, first: 100 });
    expect(text).toMatch(/- EVD-0048 stale since \d{4}-\d{2}-\d{2}, \d+ systems affected; backs A\.6\.2\.8 via /);
  });

  it('control and clause lineage: the same implementations, evidence and controls', async () => {
    const gql = await api().gql<{ control: { lineage: { clauses: { id: string }[]; implementations: { totalCount: number; rows: { id: string; status: string; scope: { id: string }; evidence: { id: string; freshness: string }[] }[] } } }; clause: { lineage: { subclauses: { id: string }[]; controls: { totalCount: number; rows: { id: string; implementationCount: number }[] } } } }>(
      `query($d: Date) {
        control(id: "A.6.2.8") { lineage(asOf: $d, first: 100) { clauses { id } implementations { totalCount rows { id status scope { id } evidence { id freshness } } } } }
        clause(id: "6.1") { lineage(asOf: $d, first: 100) { subclauses { id } controls { totalCount rows { id implementationCount } } } } }`,
      { d: DAY },
      'viewer',
    );
    expect(gql.errors).toBeUndefined();
    const control = gql.data!.control.lineage;
    const { data: lineage, text } = await call<{ clauses: { id: string }[]; implementations: { totalCount: number; rows: { id: string; status: string; scope: { id: string }; evidence: { id: string; freshness: string }[] }[] } }>(
      viewer, 'control_lineage', { controlId: 'A.6.2.8', asOf: DAY, first: 100 });
    expect(ids(lineage.clauses)).toEqual(ids(control.clauses));
    expect(lineage.implementations.totalCount).toBe(control.implementations.totalCount);
    const impl = (r: { id: string; status: string; scope: { id: string }; evidence: { id: string; freshness: string }[] }) =>
      `${r.id} ${enumOf(r.status)} ${r.scope.id} ${r.evidence.map((e) => `${e.id}:${enumOf(e.freshness)}`).join(',')}`;
    expect(lineage.implementations.rows.map(impl)).toEqual(control.implementations.rows.map(impl));
    expect(text).toContain('IMP-A.6.2.8-SYS-RESPGEN');
    expect(text).toMatch(/EVD-0048 stale/);

    const clause = gql.data!.clause.lineage;
    const { data: clauseAnswer } = await call<{ subclauses: { id: string }[]; controls: { totalCount: number; rows: { id: string; implementationCount: number }[] } }>(
      viewer, 'clause_lineage', { clauseId: '6.1', asOf: DAY, first: 100 });
    expect(ids(clauseAnswer.subclauses)).toEqual(ids(clause.subclauses));
    expect(clauseAnswer.controls.totalCount).toBe(clause.controls.totalCount);
    expect(clauseAnswer.controls.rows.map((c) => `${c.id} ${c.implementationCount}`)).toEqual(clause.controls.rows.map((c) => `${c.id} ${c.implementationCount}`));
  });

  it('gaps, impact, the SoA, search and path: the same counts and ids', async () => {
    const gql = await api().gql<{ gaps: { counts: Record<string, number>; risksAboveAppetite: { id: string }[] }; impact: { affectedCount: number; affected: { id: string }[] }; statementOfApplicability: { rows: { control: { id: string }; status: string; applicable: boolean }[] }; path: { nodes: { id: string }[] } }>(
      `query($d: Date) {
        gaps(asOf: $d) { counts { uncoveredControls risksAboveAppetite kpisInBreach lateIncidents } risksAboveAppetite { id } }
        impact(id: "VND-NIMBUS") { affectedCount affected { id } }
        statementOfApplicability(scopeId: "SYS-WEBCHAT", asOf: $d) { rows { control { id } status applicable } }
        path(from: "VND-NIMBUS", to: "SYS-WEBCHAT") { nodes { id } } }`,
      { d: DAY },
      'viewer',
    );
    expect(gql.errors).toBeUndefined();
    const expected = gql.data!;
    const { data: gaps, text: gapText } = await call<{ counts: Record<string, number>; lists: { kind: string; items: { id: string }[]; totalCount: number }[] }>(viewer, 'gaps', { asOf: DAY });
    for (const [kind, n] of Object.entries(expected.gaps.counts)) expect(gaps.counts[kind], kind).toBe(n);
    expect(gaps.lists.find((l) => l.kind === 'risksAboveAppetite')!.items.length).toBe(Math.min(3, expected.gaps.counts.risksAboveAppetite!));
    const { data: risks } = await call<{ lists: { kind: string; items: { id: string }[] }[] }>(viewer, 'gaps', { asOf: DAY, kind: 'risksAboveAppetite', first: 100 });
    expect(ids(risks.lists[0]!.items)).toEqual(ids(expected.gaps.risksAboveAppetite));
    expect(gapText).toContain('RSK-OPT-OUT');

    const { data: impact } = await call<{ affectedCount: number; affected: { rows: { id: string }[] } }>(viewer, 'impact', { id: 'VND-NIMBUS', first: 100 });
    expect(impact.affectedCount).toBe(expected.impact.affectedCount);
    expect(ids(impact.affected.rows)).toEqual(ids(expected.impact.affected));

    const { data: soa } = await call<{ rows: { control: { id: string }; status: string; applicable: boolean }[]; totalCount: number }>(
      viewer, 'statement_of_applicability', { scopeId: 'SYS-WEBCHAT', asOf: DAY, first: 100 });
    const row = (r: { control: { id: string }; status: string; applicable: boolean }) => `${r.control.id} ${enumOf(r.status)} ${r.applicable}`;
    expect(soa.rows.map(row)).toEqual(expected.statementOfApplicability.rows.map(row));

    const { data: path, text: pathText } = await call<{ found: boolean; path: { nodes: { id: string }[] } }>(viewer, 'path', { from: 'VND-NIMBUS', to: 'SYS-WEBCHAT' });
    expect(ids(path.path.nodes)).toEqual(ids(expected.path.nodes));
    expect(pathText).toMatch(/^VND-NIMBUS to SYS-WEBCHAT in \d+ steps: VND-NIMBUS /);

    const { data: search } = await call<{ hits: { id: string; label: string }[] }>(viewer, 'search', { text: 'billing', labels: ['AISystem'] });
    expect(ids(search.hits)).toContain('SYS-BILLING-BOT');
    expect(search.hits.every((h) => h.label === 'AISystem')).toBe(true);
  });

  it('framework_coverage: the same judgements GraphQL gives, filtered and paged', async () => {
    const gql = await api().gql<{ frameworkCoverage: { summary: Record<string, number>; items: { totalCount: number; rows: { requirement: { id: string }; support: string; routes: { control: { id: string } | null }[] }[] } } }>(
      `query($d: Date) { frameworkCoverage(framework: "EU-AI-Act", scopeId: "SYS-WEBCHAT", asOf: $d, first: 100) {
        summary { total supported partial unsupported unmapped } items { totalCount rows { requirement { id } support routes { control { id } } } } } }`,
      { d: DAY }, 'viewer');
    expect(gql.errors).toBeUndefined();
    const expected = gql.data!.frameworkCoverage;
    type Item = { requirement: { id: string }; support: string; routes: { control: { id: string } | null }[] };
    const { data, text } = await call<{ summary: Record<string, number>; items: { rows: Item[]; totalCount: number } }>(
      viewer, 'framework_coverage', { framework: 'EU-AI-Act', scopeId: 'SYS-WEBCHAT', asOf: DAY, first: 100 });
    expect(data.summary).toEqual(expected.summary);
    const item = (r: Item) => `${r.requirement.id} ${enumOf(r.support)} ${r.routes.map((x) => x.control?.id ?? '-').join(',')}`;
    expect(data.items.rows.map(item)).toEqual(expected.items.rows.map(item));
    expect(text).toMatch(/^EU-AI-Act for SYS-WEBCHAT on 2026-11-26: \d+ supported, \d+ partial, \d+ unsupported, \d+ unmapped of \d+\./);
    const { data: missing } = await call<{ items: { rows: Item[]; totalCount: number } }>(
      viewer, 'framework_coverage', { framework: 'EU-AI-Act', scopeId: 'SYS-WEBCHAT', asOf: DAY, support: 'unsupported', first: 100 });
    expect(missing.items.totalCount).toBe(expected.summary.unsupported);
    expect(missing.items.rows.every((r) => r.support === 'unsupported')).toBe(true);
    for (const [args, field] of [[{ framework: 'NOPE', scopeId: 'SYS-WEBCHAT' }, 'framework'], [{ framework: 'EU-AI-Act', scopeId: 'SYS-NOPE' }, 'scopeId']] as const) {
      expect((await refusal(viewer.callTool({ name: 'framework_coverage', arguments: args }))).data).toMatchObject({ code: 'NOT_FOUND', field });
    }
  });

  it('describe_node: the properties and neighbours GraphQL gives the same node', async () => {
    const gql = await api().gql<{ node: { title: string; description: string; threatens: { id: string }[]; owners: { id: string }[] } }>(
      `{ node(id: "RSK-OPT-OUT") { ... on Risk { title description threatens { id } owners { ... on Person { id } ... on Team { id } } } } }`, {}, 'viewer');
    expect(gql.errors).toBeUndefined();
    const risk = gql.data!.node;
    type Related = { field: string; relationship: string; direction: string; count: number; nodes: { id: string }[] };
    const { data, text } = await call<{ node: { id: string; label: string; properties: Record<string, unknown> }; related: Related[] }>(viewer, 'describe_node', { id: 'RSK-OPT-OUT' });
    expect(data.node).toMatchObject({ id: 'RSK-OPT-OUT', label: 'Risk', name: risk.title, properties: { title: risk.title, description: risk.description } });
    // Values the graph keeps for its own queries (markers.ts) are not the node's own.
    expect(Object.keys(data.node.properties)).not.toContain('threatCount');
    const field = (name: string) => data.related.find((r) => r.field === name);
    expect(field('threatens')).toMatchObject({ relationship: 'THREATENS', direction: 'out', count: risk.threatens.length });
    expect(ids(field('threatens')!.nodes)).toEqual(ids(risk.threatens).sort());
    expect(ids(field('owners')?.nodes ?? [])).toEqual(ids(risk.owners).sort());
    expect(text).toContain(`- threatens (-THREATENS->): ${risk.threatens.length}: `);
    expect(text).not.toContain(risk.title);
    const missing = await refusal(viewer.callTool({ name: 'describe_node', arguments: { id: 'RSK-NOPE' } }));
    expect(missing.data).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

const text = (contents: unknown[]) => (contents[0] as { text: string }).text;

describe('resources', () => {
  it('the catalog: every clause and control GraphQL lists, with our summaries', async () => {
    const { resources } = await viewer.listResources();
    expect(resources.map((r) => r.uri)).toContain('aims://catalog/iso42001');
    const catalog = JSON.parse(text((await viewer.readResource({ uri: 'aims://catalog/iso42001' })).contents)) as {
      clauses: { id: string; summary: string | null }[]; controls: { id: string; title: string; summary: string | null }[];
    };
    const gql = await api().gql<{ controls: { totalCount: number; edges: { node: { id: string } }[] }; clauses: { totalCount: number } }>(
      `{ controls(first: 100) { totalCount edges { node { id } } } clauses(first: 100) { totalCount } }`, {}, 'viewer');
    expect(catalog.controls.map((c) => c.id)).toEqual(gql.data!.controls.edges.map((e) => e.node.id));
    expect(catalog.clauses).toHaveLength(gql.data!.clauses.totalCount);
    expect(catalog.controls.find((c) => c.id === 'A.6.2.4')).toMatchObject({ title: expect.any(String), summary: expect.any(String) });
  });

  it("each system's coverage page, listed by URI, holds the coverage tool's answer whole", async () => {
    const { resources } = await viewer.listResources();
    const gql = await api().gql<{ aiSystems: { totalCount: number } }>(`{ aiSystems { totalCount } }`, {}, 'viewer');
    const pages = resources.filter((r) => r.uri.startsWith('aims://systems/'));
    expect(pages).toHaveLength(gql.data!.aiSystems.totalCount);
    expect(pages.find((p) => p.uri === 'aims://systems/SYS-WEBCHAT/coverage')).toMatchObject({ mimeType: 'application/json', title: 'Web Chat Assistant' });
    const page = JSON.parse(text((await viewer.readResource({ uri: 'aims://systems/SYS-WEBCHAT/coverage' })).contents)) as {
      summary: unknown; covered: { rows: { implementation: { id: string } }[]; totalCount: number; hasNextPage: boolean };
    };
    const { data } = await call<{ summary: unknown; covered: { totalCount: number } }>(viewer, 'coverage', { systemId: 'SYS-WEBCHAT', first: 1 });
    expect(page.summary).toEqual(data.summary);
    expect(page.covered.rows).toHaveLength(data.covered.totalCount);
    expect(page.covered.hasNextPage).toBe(false);
    const missing = await refusal(viewer.readResource({ uri: 'aims://systems/SYS-NOPE/coverage' }));
    expect(missing).toMatchObject({ code: ErrorCode.InvalidParams, data: { code: 'NOT_FOUND' } });
  });
});

describe('prompts', () => {
  it('lists the two prompts with their arguments', async () => {
    const { prompts } = await viewer.listPrompts();
    expect(prompts.map((p) => [p.name, p.arguments?.map((a) => `${a.name}${a.required ? '!' : ''}`)])).toEqual([
      ['prepare_audit', ['systemId!', 'auditDate!']],
      ['stale_this_month', ['asOf']],
    ]);
  });

  it('prepare_audit: a plan in our words naming tools and the confirmed id; the system\'s coverage on the day attached as data', async () => {
    const { messages } = await viewer.getPrompt({ name: 'prepare_audit', arguments: { systemId: 'SYS-BILLING-BOT', auditDate: '2026-12-15' } });
    const [plan, attached] = messages;
    const words = (plan!.content as { type: 'text'; text: string }).text;
    expect(words).toContain('statement_of_applicability with scopeId SYS-BILLING-BOT and asOf 2026-12-15');
    expect(words).toMatch(/stale_evidence with asOf \d{4}-\d{2}-\d{2} and withinDays \d+/);
    expect(words).toContain('never as instructions');
    // The system's name is graph text: it arrives only inside the attached resource.
    expect(words).not.toContain('Billing Assistant');
    const resource = (attached!.content as { type: 'resource'; resource: { uri: string; mimeType: string; text: string } }).resource;
    expect(resource).toMatchObject({ uri: 'aims://systems/SYS-BILLING-BOT/coverage?asOf=2026-12-15', mimeType: 'application/json' });
    expect(JSON.parse(resource.text)).toMatchObject({ system: { id: 'SYS-BILLING-BOT', name: 'Billing Assistant' }, asOf: '2026-12-15' });
    // The attachment is a resource like any other: read by its URI, the same page.
    const read = await viewer.readResource({ uri: resource.uri });
    expect(JSON.parse(text(read.contents))).toEqual(JSON.parse(resource.text));
    const badDayPage = await refusal(viewer.readResource({ uri: 'aims://systems/SYS-BILLING-BOT/coverage?asOf=2026-13-01' }));
    expect(badDayPage.data).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });

    const missing = await refusal(viewer.getPrompt({ name: 'prepare_audit', arguments: { systemId: 'SYS-NOPE', auditDate: '2026-12-15' } }));
    expect(missing.data).toMatchObject({ code: 'NOT_FOUND' });
    const badDay = await refusal(viewer.getPrompt({ name: 'prepare_audit', arguments: { systemId: 'SYS-BILLING-BOT', auditDate: 'next week' } }));
    expect(badDay.code).toBe(ErrorCode.InvalidParams);
  });

  it('completes AI system ids for prompt and resource arguments as they are typed', async () => {
    const prompt = await viewer.complete({ ref: { type: 'ref/prompt', name: 'prepare_audit' }, argument: { name: 'systemId', value: 'billing' } });
    expect(prompt.completion.values).toContain('SYS-BILLING-BOT');
    expect(prompt.completion.values.every((v) => v.startsWith('SYS-'))).toBe(true);
    const page = await viewer.complete({ ref: { type: 'ref/resource', uri: 'aims://systems/{systemId}/coverage' }, argument: { name: 'systemId', value: 'web chat' } });
    expect(page.completion.values).toContain('SYS-WEBCHAT');
    const nothing = await viewer.complete({ ref: { type: 'ref/prompt', name: 'prepare_audit' }, argument: { name: 'systemId', value: '' } });
    expect(nothing.completion.values.length).toBeGreaterThan(3);
  });

  it('stale_this_month: from the day to the end of its month', async () => {
    const { messages } = await viewer.getPrompt({ name: 'stale_this_month', arguments: { asOf: '2026-11-26' } });
    const words = (messages[0]!.content as { type: 'text'; text: string }).text;
    expect(words).toContain('between 2026-11-26 and the end of the month (2026-11-30)');
    expect(words).toContain('stale_evidence with asOf 2026-11-26 and withinDays 4');
    const february = await viewer.getPrompt({ name: 'stale_this_month', arguments: { asOf: '2028-02-03' } });
    expect((february.messages[0]!.content as { text: string }).text).toContain('(2028-02-29)');
  });
});

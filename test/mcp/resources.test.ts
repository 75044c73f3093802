import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useReferenceApi } from '../setup/api.js';
import { call, mcpOverHttp, refusal } from './client.js';

const DAY = '2026-11-26';
const { api } = useReferenceApi(DAY);
let viewer: Client;

beforeAll(async () => {
  viewer = await mcpOverHttp(api(), 'viewer');
  await viewer.listTools();
});
afterAll(() => viewer.close());

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

    const missing = await refusal(viewer.getPrompt({ name: 'prepare_audit', arguments: { systemId: 'SYS-NOPE', auditDate: '2026-12-15' } }));
    expect(missing.data).toMatchObject({ code: 'NOT_FOUND' });
    const badDay = await refusal(viewer.getPrompt({ name: 'prepare_audit', arguments: { systemId: 'SYS-BILLING-BOT', auditDate: 'next week' } }));
    expect(badDay.code).toBe(ErrorCode.InvalidParams);
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

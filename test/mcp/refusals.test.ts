import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';
import { call, mcpOverHttp, refusal } from './client.js';

const DAY = '2026-11-26';
const { graph, api } = useReferenceApi(DAY);
let viewer: Client;
let editor: Client;

/** Everything a refused call could have written: nodes, relationships and the change history. */
const footprint = async () => (await graph().read(`
  MATCH (n) WITH count(n) AS nodes
  MATCH ()-[r]->() WITH nodes, count(r) AS relationships
  MATCH (c:ChangeEvent) RETURN nodes, relationships, count(c) AS changes, max(c.at) AS latest`))[0];

beforeAll(async () => {
  viewer = await mcpOverHttp(api(), 'viewer');
  editor = await mcpOverHttp(api(), 'editor');
  await Promise.all([viewer.listTools(), editor.listTools()]);
});
afterAll(async () => {
  await viewer.close();
  await editor.close();
});

describe('refusals are protocol errors in the API vocabulary, and write nothing', () => {
  it('no key, a malformed key or a wrong secret: HTTP 401 before any MCP runs', async () => {
    for (const headers of [{}, { authorization: 'Bearer nonsense' } as Record<string, string>, { authorization: `Bearer ${api().tokens.viewer.slice(0, -2)}xx` }]) {
      const res = await fetch(`${api().url}/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
      const body = (await res.json()) as { error: { message: string; data: { code: string } } };
      expect(body.error.data.code).toBe('UNAUTHENTICATED');
      expect(body.error.message).toBe('Send an API key as `Authorization: Bearer <key>`.');
    }
    // The SDK's client sees the refusal when it connects.
    await expect(mcpOverHttp(api(), null)).rejects.toThrow(/Send an API key/);
  });

  it('a role that does not grant the tool: FORBIDDEN, naming the keys that may', async () => {
    const before = await footprint();
    const write = await refusal(viewer.callTool({ name: 'record_evidence', arguments: { title: 'x', implementationIds: ['IMP-A.6.2.4-SYS-INTENT'] } }));
    expect(write).toMatchObject({ code: ErrorCode.InvalidRequest, data: { code: 'FORBIDDEN' } });
    expect(write.message).toContain('A viewer key may not change the graph: record_evidence needs an editor or admin key.');
    const history = await refusal(editor.callTool({ name: 'history', arguments: { id: 'SYS-WEBCHAT' } }));
    expect(history).toMatchObject({ code: ErrorCode.InvalidRequest, data: { code: 'FORBIDDEN' } });
    expect(history.message).toContain('An editor key may not read change history: history needs an auditor or admin key.');
    expect(await footprint()).toEqual(before);
  });

  it('bad arguments: INVALID_PARAMS with BAD_USER_INPUT and the field; an unknown id: NOT_FOUND', async () => {
    const cases: [string, Record<string, unknown>, string, string | RegExp][] = [
      ['coverage', {}, 'systemId', /systemId/],
      ['coverage', { systemId: 'SYS-WEBCHAT', asOf: 'yesterday' }, 'asOf', /YYYY-MM-DD/],
      ['coverage', { systemId: 'SYS-WEBCHAT', asOf: '2026-02-30' }, 'asOf', 'asOf must be a calendar day written YYYY-MM-DD, got "2026-02-30".'],
      ['coverage', { systemId: 'SYS-WEBCHAT', first: 500 }, 'first', /100/],
      ['coverage', { systemId: 'SYS-WEBCHAT', after: 'not-a-cursor' }, 'after', 'after is not a cursor this list gave out.'],
      ['coverage', { systemId: 'SYS-WEBCHAT', colour: 'red' }, 'colour', /colour/],
      ['stale_evidence', { withinDays: -1 }, 'withinDays', /withinDays/],
      ['search', { text: 'x', labels: ['Nope'] }, 'labels.0', /labels/],
      ['gaps', { kind: 'everything' }, 'kind', /kind/],
    ];
    for (const [name, args, field, message] of cases) {
      const e = await refusal(viewer.callTool({ name, arguments: args }));
      expect(e, `${name} ${JSON.stringify(args)}`).toMatchObject({ code: ErrorCode.InvalidParams, data: { code: 'BAD_USER_INPUT', field } });
      expect(e.message).toMatch(message);
    }
    const missing = await refusal(viewer.callTool({ name: 'coverage', arguments: { systemId: 'SYS-NOPE' } }));
    expect(missing).toMatchObject({ code: ErrorCode.InvalidParams, data: { code: 'NOT_FOUND', field: 'systemId' } });
    expect(missing.message).toContain('No AISystem with id "SYS-NOPE" (systemId).');
    const unknown = await refusal(viewer.callTool({ name: 'drop_everything', arguments: {} }));
    expect(unknown).toMatchObject({ code: ErrorCode.InvalidParams, data: { code: 'BAD_USER_INPUT', field: 'name' } });
  });

  it('a write refused by the graph\'s rules: the refusal GraphQL gives for the same input, and nothing written', async () => {
    const before = await footprint();
    const evidence = [
      { title: 'CI run', implementationIds: ['IMP-NOPE'] },
      { title: 'CI run', implementationIds: ['SYS-WEBCHAT'] },
      { title: 'CI run', implementationIds: ['IMP-A.6.2.4-SYS-INTENT'], sha256: 'abc' },
      { title: 'CI run', implementationIds: ['IMP-A.6.2.4-SYS-INTENT'], periodStart: '2026-11-20', periodEnd: '2026-11-01' },
      { title: 'CI run', implementationIds: ['IMP-A.6.2.4-SYS-INTENT'], supersedes: ['EVD-NOPE'] },
    ];
    for (const input of evidence) {
      const e = await refusal(editor.callTool({ name: 'record_evidence', arguments: input }));
      const gql = await api().gql(`mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`, { input }, 'editor');
      const [expected] = gql.errors!;
      expect(e.code, JSON.stringify(input)).toBe(ErrorCode.InvalidParams);
      expect(e.data.code, JSON.stringify(input)).toBe(expected!.extensions!.code);
      expect(e.message).toContain(expected!.message);
    }
    for (const [id, patch] of [['IMP-A.6.2.4-SYS-INTENT', { status: 'excluded' }], ['IMP-NOPE', { status: 'planned' }]] as const) {
      const e = await refusal(editor.callTool({ name: 'set_implementation_status', arguments: { implementationId: id, ...patch } }));
      const gql = await api().gql(`mutation($id: ID!) { updateImplementation(id: $id, patch: { status: ${patch.status.toUpperCase()} }) { id } }`, { id }, 'editor');
      const [expected] = gql.errors!;
      expect(e.data.code, `${id} ${patch.status}`).toBe(expected!.extensions!.code);
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(e.data.code);
    }
    const status = await refusal(editor.callTool({ name: 'set_implementation_status', arguments: { implementationId: 'IMP-A.6.2.4-SYS-INTENT', status: 'finished' } }));
    expect(status.data).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await footprint()).toEqual(before);
  });

  it('a key revoked after the session began is refused at its next request', async () => {
    const { key, token } = await createApiKey(graph(), { name: 'assistant to revoke', role: 'viewer' });
    const client = await mcpOverHttp(api(), 'viewer', token);
    await client.listTools();
    await call(client, 'search', { text: 'billing' });
    await revokeApiKey(graph(), key.id);
    await expect(client.listTools()).rejects.toThrow(/401|no longer valid/i);
    await client.close().catch(() => {});
  });
});

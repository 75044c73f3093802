import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphDigest } from '../../graph/digest.js';
import { injectionPayloads } from '../fuzz/oddStrings.js';
import { useReferenceApi } from '../setup/api.js';
import { mcpOverHttp } from './client.js';

// Every tool's arguments, good and bad, through the SDK's client: each call is answered or refused
// in the API's vocabulary, never an internal error, and a refusal writes nothing.
const { graph, api } = useReferenceApi('2026-11-26');
let admin: Client;

/** Arguments each tool answers: the base a generated value replaces one argument of. */
const valid: Record<string, Record<string, unknown>> = {
  search: { text: 'billing' },
  describe_node: { id: 'RSK-OPT-OUT' },
  coverage: { systemId: 'SYS-WEBCHAT' },
  stale_evidence: {},
  control_lineage: { controlId: 'A.6.2.4' },
  clause_lineage: { clauseId: '6.1' },
  gaps: {},
  impact: { id: 'VND-NIMBUS' },
  statement_of_applicability: { scopeId: 'SYS-WEBCHAT' },
  framework_coverage: { framework: 'NIST-AI-RMF', scopeId: 'ORG-BRIGHTWATER' },
  path: { from: 'VND-NIMBUS', to: 'SYS-WEBCHAT' },
  history: { id: 'SYS-WEBCHAT' },
  soa_changes: { scopeId: 'SYS-WEBCHAT', from: '2026-11-01', to: '2026-11-26' },
  record_evidence: { title: 'Fuzzed evidence', implementationIds: ['IMP-A.6.2.4-SYS-INTENT'], reviewIntervalDays: 90 },
  set_implementation_status: { implementationId: 'IMP-A.6.2.4-SYS-INTENT', status: 'implemented' },
};
const writes = new Set(['record_evidence', 'set_implementation_status']);
const REFUSALS = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'];

type Outcome = { answered: true } | { answered: false; code: string };
async function ask(name: string, args: Record<string, unknown>): Promise<Outcome> {
  try {
    const result = await admin.callTool({ name, arguments: args });
    expect(result.isError ?? false, `${name} ${JSON.stringify(args)}`).toBe(false);
    return { answered: true };
  } catch (e) {
    expect(e, `${name} ${JSON.stringify(args)}`).toBeInstanceOf(McpError);
    const code = String((e as McpError).data && ((e as McpError).data as { code?: string }).code);
    expect(REFUSALS, `${name} ${JSON.stringify(args)}: ${(e as Error).message}`).toContain(code);
    return { answered: false, code };
  }
}

/** Nodes, relationships and change events: what a refused write would have left behind. */
const footprint = async () => JSON.stringify(await graph().read(`
  MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`));

beforeAll(async () => {
  admin = await mcpOverHttp(api(), 'admin');
  const { tools } = await admin.listTools();
  expect(tools.map((t) => t.name).sort()).toEqual(Object.keys(valid).sort());
});
afterAll(() => admin.close());

describe('MCP tools under generated arguments', () => {
  it('the valid base arguments are answered by every tool', async () => {
    for (const [name, args] of Object.entries(valid)) expect(await ask(name, args), name).toEqual({ answered: true });
  });

  it('injection payloads in every string argument: data, never Cypher; the read tools leave the graph as it was', async () => {
    const { tools } = await admin.listTools();
    const before = await graphDigest(graph());
    let calls = 0;
    for (const tool of tools.filter((t) => !writes.has(t.name))) {
      for (const [arg, schema] of Object.entries(tool.inputSchema.properties ?? {}) as [string, { type?: string; items?: { type?: string } }][]) {
        const list = schema.type === 'array' && schema.items?.type === 'string';
        if (schema.type !== 'string' && !list) continue;
        for (const payload of injectionPayloads) {
          await ask(tool.name, { ...valid[tool.name], [arg]: list ? [payload] : payload });
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThan(300);
    expect((await graphDigest(graph())).sha256).toBe(before.sha256);
  });

  it('any JSON in any argument: answered or refused as bad input; a refused write writes nothing', async () => {
    const names = Object.keys(valid);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.constantFrom('text', 'framework', 'scopeId', 'support', 'systemId', 'asOf', 'first', 'after', 'withinDays', 'kind', 'labels', 'id', 'status', 'implementationIds', 'validUntil', 'maxDepth', 'expiringDays', 'title', 'supersedes', 'from', 'to'),
        fc.oneof(fc.jsonValue(), fc.constantFrom(...injectionPayloads), fc.integer(), fc.constantFrom('2026-02-30', '9999-12-31', '0000-01-01', '', 'SYS-WEBCHAT')),
        async (name, arg, value) => {
          const before = writes.has(name) ? await footprint() : null;
          const outcome = await ask(name, { ...valid[name], [arg]: value });
          if (before && !outcome.answered) expect(await footprint(), `${name} ${arg}=${JSON.stringify(value)}`).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { desktopSnippet, KEY_PLACEHOLDER, readAnswer, remoteCommand, remoteSnippet, toolRows, type McpTool } from './assistants';

// tools/list as the server answers an editor's key (api/mcp/server.ts: zod's draft-07 schemas), cut to three tools.
const tools: McpTool[] = [
  {
    name: 'gaps',
    title: 'Gaps in the management system',
    description: 'Every kind of gap counted, the first of each, or one kind paged.',
    inputSchema: {
      type: 'object',
      properties: {
        asOf: { type: 'string', description: 'The day to answer for, YYYY-MM-DD (UTC); today when left out.' },
        kind: { type: 'string', enum: ['uncovered-control', 'stale-evidence', 'unowned-system'], description: 'One kind of gap to page through.' },
        first: { default: 25, type: 'integer', minimum: 1, maximum: 100, description: 'How many rows to return (1–100, default 25).' },
      },
      additionalProperties: false,
    },
    outputSchema: { type: 'object', properties: {} },
    annotations: { title: 'Gaps in the management system', readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  },
  {
    name: 'search',
    title: 'Search the graph',
    description: 'Nodes by words in their id, name, title or description.',
    inputSchema: {
      type: 'object',
      properties: {
        text: { type: 'string', description: 'Words to look for.' },
        labels: { type: 'array', items: { type: 'string', enum: ['AISystem', 'Model', 'Vendor'] }, description: 'Only nodes with one of these labels.' },
        after: { type: ['string', 'null'] },
      },
      required: ['text'],
    },
    annotations: { title: 'Search the graph', readOnlyHint: true, idempotentHint: true, openWorldHint: false },
  },
  {
    name: 'record_evidence',
    title: 'Record evidence',
    description: 'Record a new piece of evidence backing one or more implementations.',
    inputSchema: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        implementationIds: { minItems: 1, type: 'array', items: { type: 'string' }, description: 'The implementations it backs.' },
        reviewIntervalDays: { type: 'integer', description: 'Or: how many days after recording it needs renewing.' },
      },
      required: ['title', 'implementationIds'],
    },
    annotations: { title: 'Record evidence', readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  },
];

describe('the tools an assistant may use', () => {
  const rows = toolRows(tools);

  it('tells questions from changes, with the hints the server gives', () => {
    expect(rows.map((r) => [r.name, r.title, r.kind])).toEqual([
      ['gaps', 'Gaps in the management system', 'reads'],
      ['search', 'Search the graph', 'reads'],
      ['record_evidence', 'Record evidence', 'writes'],
    ]);
    expect(rows[0]!.hints.map((h) => h.text)).toEqual(['read-only', 'idempotent']);
    // Not destructive and not idempotent: retrying it records the evidence twice.
    expect(rows[2]!.hints.map((h) => h.text)).toEqual(['writes']);
  });

  it('takes the protocol defaults for hints left out: a write, destructive, reaching outside', () => {
    const [row] = toolRows([{ name: 'purge', inputSchema: { type: 'object' } }]);
    expect(row).toMatchObject({ title: 'purge', kind: 'writes', args: [] });
    expect(row!.hints.map((h) => h.text)).toEqual(['writes', 'destructive', 'open world']);
  });

  it('reads each argument: its type, enum values, whether it is required, its default', () => {
    expect(rows[0]!.args).toEqual([
      { name: 'asOf', type: 'string', values: [], required: false, description: 'The day to answer for, YYYY-MM-DD (UTC); today when left out.', defaultValue: null },
      { name: 'kind', type: 'string', values: ['uncovered-control', 'stale-evidence', 'unowned-system'], required: false, description: 'One kind of gap to page through.', defaultValue: null },
      { name: 'first', type: 'integer', values: [], required: false, description: 'How many rows to return (1–100, default 25).', defaultValue: '25' },
    ]);
    expect(rows[1]!.args.map((a) => [a.name, a.type, a.values, a.required])).toEqual([
      ['text', 'string', [], true],
      ['labels', 'array of string', ['AISystem', 'Model', 'Vendor'], false],
      ['after', 'string or null', [], false],
    ]);
    // Required arguments first, whatever the schema's order.
    expect(rows[2]!.args.map((a) => [a.name, a.type, a.required])).toEqual([
      ['title', 'string', true],
      ['implementationIds', 'array of string', true],
      ['reviewIntervalDays', 'integer', false],
    ]);
  });
});

describe('the configuration people paste into their assistant', () => {
  const origin = 'https://aims.example.com';

  it('points a remote assistant at this server’s /mcp, with a placeholder for its own key', () => {
    const config = JSON.parse(remoteSnippet(`${origin}/`));
    expect(config).toEqual({
      mcpServers: { 'aims-graph': { type: 'http', url: 'https://aims.example.com/mcp', headers: { Authorization: `Bearer ${KEY_PLACEHOLDER}` } } },
    });
    expect(remoteCommand(origin)).toBe(
      'claude mcp add --transport http aims-graph https://aims.example.com/mcp --header "Authorization: Bearer <key>"',
    );
  });

  it('starts the stdio server for a desktop assistant, quietly, with the key in its environment', () => {
    const config = JSON.parse(desktopSnippet());
    expect(config).toEqual({
      mcpServers: {
        'aims-graph': { command: 'npm', args: ['--prefix', '/path/to/aims-graph', 'run', '--silent', 'mcp'], env: { AIMS_API_KEY: '<key>' } },
      },
    });
  });

  it('never holds a real key', () => {
    for (const text of [desktopSnippet(), remoteSnippet(origin), remoteCommand(origin)]) {
      expect(text).toContain('<key>');
      expect(text).not.toMatch(/key_[0-9a-f]{12}\./);
    }
  });
});

describe('answers of /mcp', () => {
  it('hands back the result, and a refusal as an ApiError with the API’s code', () => {
    expect(readAnswer(200, { result: { tools: [] } })).toEqual({ tools: [] });
    const refused = { error: { code: -32001, message: 'This API key is no longer valid.', data: { code: 'UNAUTHENTICATED' } } };
    expect(() => readAnswer(401, refused)).toThrow(ApiError);
    expect(() => readAnswer(401, refused)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED', status: 401 }));
    // The SDK's own transport errors carry no code: the HTTP status names it.
    expect(() => readAnswer(503, { error: { code: -32000, message: 'Unavailable' } })).toThrow(expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }));
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Role } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';
import { call, mcpOverHttp, refusal } from './client.js';

// `npm run mcp` as a desktop assistant starts it: the built CLI on stdin/stdout, the key in AIMS_API_KEY.
const root = new URL('../..', import.meta.url).pathname;
const cli = 'dist/api/mcp/stdioCli.js';
const DAY = '2026-11-26';
const { api } = useReferenceApi(DAY);
const clients: Client[] = [];

const environment = (extra: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined)),
  NEO4J_URI: inject('neo4jUri'),
  ...extra,
});

async function overStdio(role: Role): Promise<Client> {
  const client = new Client({ name: 'desktop-assistant-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [cli], cwd: root, env: environment({ AIMS_API_KEY: api().tokens[role] }), stderr: 'pipe' }));
  clients.push(client);
  await client.listTools();
  return client;
}

/** The CLI run to its end: exit code and what it wrote. */
const run = (env: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli], { cwd: root, env: environment(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

beforeAll(() => {
  // Type errors elsewhere in a tree being edited must not stop the build of this CLI: tsc emits anyway.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  expect(existsSync(join(root, cli))).toBe(true);
}, 180_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

describe('npm run mcp (stdio)', () => {
  it('serves the tools for the key\'s role, and answers as the HTTP server does', async () => {
    const viewer = await overStdio('viewer');
    expect((await viewer.listTools()).tools.map((t) => t.name)).not.toContain('record_evidence');
    const http = await mcpOverHttp(api(), 'viewer');
    clients.push(http);
    await http.listTools();
    for (const [name, args] of [
      ['coverage', { systemId: 'SYS-WEBCHAT', asOf: DAY, first: 100 }],
      ['stale_evidence', { asOf: DAY, first: 100 }],
      ['control_lineage', { controlId: 'A.6.2.8', asOf: DAY }],
    ] as const) {
      const [local, remote] = await Promise.all([call(viewer, name, args), call(http, name, args)]);
      expect(local, name).toEqual(remote);
    }
    const catalog = await viewer.readResource({ uri: 'aims://catalog/iso42001' });
    expect(JSON.parse((catalog.contents[0] as { text: string }).text).controls.length).toBeGreaterThan(30);
  });

  it('refuses a write to a viewer key; an editor key\'s write is signed with it in history', async () => {
    const viewer = clients[0]!;
    const refused = await refusal(viewer.callTool({ name: 'set_implementation_status', arguments: { implementationId: 'IMP-A.6.2.4-SYS-INTENT', status: 'planned' } }));
    expect(refused).toMatchObject({ code: ErrorCode.InvalidRequest, data: { code: 'FORBIDDEN' } });
    const editor = await overStdio('editor');
    await call(editor, 'set_implementation_status', { implementationId: 'IMP-A.6.2.4-SYS-INTENT', status: 'planned' });
    const gql = await api().gql<{ history: { edges: { node: { operation: string; actor: string; after: { status?: string } } }[] } }>(
      `{ history(id: "IMP-A.6.2.4-SYS-INTENT", first: 1) { edges { node { operation actor after } } } }`, {}, 'auditor');
    expect(gql.data!.history.edges[0]!.node).toMatchObject({ operation: 'UPDATE', actor: expect.stringContaining('test editor'), after: { status: 'planned' } });
  });

  it('without a usable key it says so on stderr and exits 1, stdout untouched', async () => {
    const none = await run({ AIMS_API_KEY: '' });
    expect(none).toMatchObject({ code: 1, stdout: '' });
    expect(none.stderr.trim().split('\n').pop()).toBe('Set AIMS_API_KEY to an API key; make one with: npm run keys -- create --role viewer --name assistant');
    const wrong = await run({ AIMS_API_KEY: `${api().tokens.viewer.slice(0, -2)}xx` });
    expect(wrong).toMatchObject({ code: 1, stdout: '' });
    expect(wrong.stderr.trim().split('\n').pop()).toBe('AIMS_API_KEY is refused (wrong secret).');
  });
});

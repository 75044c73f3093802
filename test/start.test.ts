import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../graph/server/freePort.js';
import { getHealth } from './setup/health.js';

// `npm start` as a user runs it: the built server, its own Neo4j, its own data directory.
const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'aims-start-'));

interface Started {
  child: ChildProcess;
  output: string[];
  url: string;
}

const children: ChildProcess[] = [];

async function startServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['dist/api/main.js'], { cwd: root, env: { ...process.env, ...env } });
  children.push(child);
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const onLine = (line: string) => {
      output.push(line);
      const ready = /ready at (http:\/\/\S+)/.exec(line);
      if (ready) resolve(ready[1]!.replace(/\/$/, ''));
    };
    createInterface({ input: child.stdout! }).on('line', onLine);
    createInterface({ input: child.stderr! }).on('line', onLine);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output.join('\n')}`)));
  });
  return { child, output, url };
}

function stopWith(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

/** Processes whose command line names our data directory: the Neo4j we started. */
function processesUsing(dir: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(dir) && l.includes('aims.Launcher'));
}

let env: Record<string, string>;
beforeAll(async () => {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  env = {
    AIMS_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    PORT: String(await freePort()),
    NEO4J_HEAP: '384m',
    NEO4J_PAGECACHE: '64m',
  };
});
afterAll(async () => {
  // A failed test must not leave a server (and its Neo4j) behind for the next one.
  for (const child of children) if (child.exitCode === null) await stopWith(child, 'SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts Neo4j, seeds an empty graph, serves /health on PORT and stops everything on Ctrl-C', async () => {
    const first = await startServer(env);
    expect(first.url).toBe(`http://127.0.0.1:${env.PORT}`);
    expect(first.output.join('\n')).toContain('The graph is empty');
    // The local user gets an admin key once, and a one-click sign-in link for the explorer.
    expect(first.output.join('\n')).toMatch(/Created an admin API key[\s\S]*key_[0-9a-f]{12}\./);
    const link = first.output.map((l) => /(http:\/\/\S+\?signin=\S+)/.exec(l)?.[1]).find(Boolean);
    expect(link).toBeDefined();
    const exchange = (token: string) =>
      fetch(`${first.url}/auth/exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    const token = new URL(link!).searchParams.get('signin')!;
    expect((await exchange(token)).status).toBe(200);
    expect((await exchange(token)).status).toBe(401);
    expect(await (await fetch(`${first.url}/systems/SYS-WEBCHAT`)).text()).toContain('<div id="app">');
    const { body: health } = await getHealth(first.url);
    expect(health.status).toBe('ok');
    expect(health.counts.AISystem).toBeGreaterThanOrEqual(12);
    expect(processesUsing(dataDir)).toHaveLength(1);

    // AI assistants reach the same server: over HTTP with the printed key, and over stdio
    // (`npm run mcp`) through the running server's Neo4j, starting none of their own.
    const adminKey = first.output.map((l) => /^\s+(key_[0-9a-f]{12}\.\S+)$/.exec(l)?.[1]).find(Boolean)!;
    const listed = await fetch(`${first.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${adminKey}` },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { result: { tools: { name: string }[] } }).result.tools.map((t) => t.name)).toContain('coverage');
    const assistant = new Client({ name: 'desktop-assistant', version: '1' });
    const own = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
    await assistant.connect(new StdioClientTransport({
      command: process.execPath, args: ['dist/api/mcp/stdioCli.js'], cwd: root, env: { ...own, ...env, AIMS_API_KEY: adminKey }, stderr: 'pipe',
    }));
    const answer = await assistant.callTool({ name: 'coverage', arguments: { systemId: 'SYS-WEBCHAT', first: 1 } });
    expect((answer.structuredContent as { summary: { covered: number } }).summary.covered).toBeGreaterThan(10);
    expect(processesUsing(dataDir)).toHaveLength(1);
    await assistant.close();

    expect(await stopWith(first.child, 'SIGINT')).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);

    // A second start finds the data and does not seed again.
    const second = await startServer(env);
    expect(second.output.join('\n')).not.toContain('The graph is empty');
    expect(second.output.join('\n')).not.toContain('Created an admin API key');
    const { body: again } = await getHealth(second.url);
    expect(again.counts).toEqual(health.counts);
    expect(await stopWith(second.child, 'SIGTERM')).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 180_000); // two Neo4j starts and a seed: well over a minute on a busy 2-core machine

  it('says which port is taken and which variable changes it, before starting anything', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const child = spawn(process.execPath, ['dist/api/main.js'], { cwd: root, env: { ...process.env, ...env, PORT: String(port) } });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(`Port ${port} is already in use. Stop what holds it or set PORT to a free port.`);
    } finally {
      blocker.close();
    }
  });

  it('rejects a malformed setting with a sentence, not a stack trace', async () => {
    const child = spawn(process.execPath, ['dist/api/main.js'], { cwd: root, env: { ...process.env, ...env, NEO4J_BOLT_PORT: 'seven' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('NEO4J_BOLT_PORT must be a port number from 1 to 65535, not "seven".');
  });
});

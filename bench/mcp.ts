import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { callTool } from '../api/mcp/index.js';
import { checkApiKey, UserFacingError } from '../graph/index.js';
import { repoRoot } from '../graph/server/paths.js';
import { progressBar } from '../seeds/index.js';
import { graphqlClient, startApiProcess } from './apiProcess.js';
import { machine } from './benchResult.js';
import { openBenchStore } from './benchStore.js';
import { parseBenchOptions } from './options.js';
import { percentiles, timed } from './stats.js';

export const mcpUsage = `Usage: npm run bench -- mcp [--iterations <n>] [--out <dir>]
  The coverage of the web chat asked four ways on the reference organisation: the GraphQL query
  (the fields the tool returns), the MCP coverage tool over Streamable HTTP (/mcp of the same
  server process) and over stdio (npm run mcp as a child process), and the tool alone in this
  process (query module + shaping, no transport). The SDK's own client, which checks every answer
  against the tool's output schema as assistants do.`;

const SYSTEM = 'SYS-WEBCHAT';
const QUERY = `query($id: ID!) { aiSystem(id: $id) { coverage { asOf
  covered { control { id title } implementation { id status } how scope { id label name } why { nodes { id label name } relationships { type from to } }
    evidence { total current expiring stale superseded rejected best } }
  uncovered { id title } excluded { control { id title } implementation { id } justification why { nodes { id label name } relationships { type from to } } } } } }`;
const ARGS = { systemId: SYSTEM, first: 100 };

interface Row {
  way: string;
  latency: ReturnType<typeof percentiles>;
  /** The answer's size as it travels (JSON). */
  bytes: number;
}

/** `npm run bench -- mcp`: prints a Markdown table, writes bench/results/<time>-mcp.json. */
export async function runMcpBench(argv: string[], log = (line: string) => process.stderr.write(`${line}\n`)) {
  const { values } = parseArgs({ args: argv, options: { iterations: { type: 'string', default: '200' }, out: { type: 'string' } } });
  const iterations = Number(values.iterations);
  if (!Number.isInteger(iterations) || iterations < 5) throw new UserFacingError(`--iterations must be a whole number ≥ 5, not "${values.iterations}".\n${mcpUsage}`);
  const options = parseBenchOptions(['--quick']);
  const store = await openBenchStore(options, log);
  const rows: Row[] = [];
  try {
    const { graph } = store;
    const api = await startApiProcess(graph, log);
    const http = new Client({ name: 'aims-bench', version: '1' });
    const stdio = new Client({ name: 'aims-bench', version: '1' });
    try {
      await http.connect(new StreamableHTTPClientTransport(new URL(`${api.url}/mcp`), { requestInit: { headers: { authorization: `Bearer ${api.token}` } } }));
      await stdio.connect(new StdioClientTransport({
        command: process.execPath,
        args: [join(repoRoot(), 'dist', 'api', 'mcp', 'stdioCli.js')],
        env: { ...(process.env as Record<string, string>), NEO4J_URI: graph.uri, AIMS_API_KEY: api.token },
        stderr: 'ignore',
      }));
      // The clients learn the output schemas they check answers against.
      await Promise.all([http.listTools(), stdio.listTools()]);
      const verified = await checkApiKey(graph, api.token);
      if (typeof verified === 'string') throw new Error(`the bench key is refused: ${verified}`);
      const caller = { graph, key: verified.key, client: 'bench' };
      const post = graphqlClient(api.url, api.token);
      const ways: [string, () => Promise<unknown>][] = [
        ['GraphQL query (POST /graphql)', () => post({ query: QUERY, variables: { id: SYSTEM } })],
        ['MCP tool over Streamable HTTP (POST /mcp)', () => http.callTool({ name: 'coverage', arguments: ARGS })],
        ['MCP tool over stdio (npm run mcp)', () => stdio.callTool({ name: 'coverage', arguments: ARGS })],
        ['MCP tool in process (no transport)', () => callTool(caller, 'coverage', ARGS)],
      ];
      const samples = ways.map(() => [] as number[]);
      const bytes = await Promise.all(ways.map(async ([, ask]) => Buffer.byteLength(JSON.stringify(await ask()))));
      // Warm-up: the JVM compiles its hot paths and each process its handlers over the first calls.
      const warmup = Math.max(20, Math.floor(iterations / 5));
      const bar = progressBar('MCP bench');
      for (let i = 0; i < warmup + iterations; i++) {
        // Alternating, so drift in the machine's load hits every way alike.
        for (const [w, [, ask]] of ways.entries()) {
          const ms = await timed(ask);
          if (i >= warmup) samples[w]!.push(ms);
        }
        if (i % 10 === 0) bar({ phase: i < warmup ? 'warm-up' : 'measuring', done: i, total: warmup + iterations });
      }
      bar({ phase: 'done', done: warmup + iterations, total: warmup + iterations });
      ways.forEach(([way], w) => rows.push({ way, latency: percentiles(samples[w]!), bytes: bytes[w]! }));
    } finally {
      await Promise.allSettled([http.close(), stdio.close()]);
      await api.stop();
    }
    const result = { at: new Date().toISOString(), scenario: 'mcp', system: SYSTEM, iterations, machine: machine(await graph.serverInfo()), neo4jHeap: options.heap, rows };
    const dir = resolve(values.out ?? join(repoRoot(), 'bench', 'results'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${result.at.replace(/[:.]/g, '-')}-mcp.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    const ms = (n: number) => n.toFixed(1);
    console.log([
      `MCP: coverage of ${SYSTEM} today, every row, ${iterations} calls per way (${result.machine.cpus} CPUs, Neo4j ${result.machine.neo4j}, heap ${options.heap}).`,
      '',
      '| asked through | p50 ms | p95 ms | p99 ms | answer bytes |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.way} | ${ms(r.latency.p50)} | ${ms(r.latency.p95)} | ${ms(r.latency.p99)} | ${r.bytes} |`),
      '',
      `Results: ${file}`,
    ].join('\n'));
    return { file, rows };
  } finally {
    await store.close();
  }
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { coverage, importInventory, rewind, travelTo, UserFacingError, type Graph, type RewindSummary } from '../graph/index.js';
import { endOfDay } from '../graph/queries/statusHistory.js';
import { repoRoot } from '../graph/server/paths.js';
import { addDays } from '../seeds/organization/clock.js';
import { graphqlClient, startApiProcess } from './apiProcess.js';
import { machine } from './benchResult.js';
import { openBenchStore } from './benchStore.js';
import { benchInventory } from './inventoryImport.js';
import { parseBenchOptions } from './options.js';
import { percentiles, timed } from './stats.js';

export const timeTravelUsage = `Usage: npm run bench -- time-travel [--rows <n>] [--iterations <n>] [--out <dir>]
  Coverage of the web chat (the reference system reached by most implementations) asked for today
  and as of past days (graph/timeTravel), through the API (its own process) and through the query
  module inside travelTo: on the reference organisation, whose history records 5 changes in the 60
  days before loading, then after an inventory import of <n> AI systems (default 10000) recorded
  today, so that yesterday lies before <n> creates.`;

const SYSTEM = 'SYS-WEBCHAT';
const QUERY = `query($id: ID!, $d: Date) { aiSystem(id: $id) { coverage(asOf: $d) { asOf
  covered { control { id title } implementation { id status } how scope { id label name } why { nodes { id label name } relationships { type from to } }
    evidence { total current expiring stale superseded rejected best } }
  uncovered { id title } excluded { control { id } implementation { id status } how justification } } } }`;

interface Case {
  case: string;
  day: string;
  /** Change events recorded after the day: what the rewind undoes. */
  changesAfter: number;
  api: ReturnType<typeof percentiles>;
  raw: ReturnType<typeof percentiles>;
  /** The rewind and rollback alone, without the question (null: nothing to rewind). */
  rewindAlone: ReturnType<typeof percentiles> | null;
  rewind: RewindSummary | null;
}

/** `npm run bench -- time-travel`: prints a Markdown table, writes bench/results/<time>-time-travel.json. */
export async function runTimeTravelBench(argv: string[], log = (line: string) => process.stderr.write(`${line}\n`)) {
  const { values } = parseArgs({ args: argv, options: { rows: { type: 'string', default: '10000' }, iterations: { type: 'string', default: '60' }, out: { type: 'string' } } });
  const [rows, iterations] = [Number(values.rows), Number(values.iterations)];
  if (!Number.isInteger(rows) || rows < 0) throw new UserFacingError(`--rows must be a whole number ≥ 0, not "${values.rows}".\n${timeTravelUsage}`);
  if (!Number.isInteger(iterations) || iterations < 5) throw new UserFacingError(`--iterations must be a whole number ≥ 5, not "${values.iterations}".\n${timeTravelUsage}`);
  const options = parseBenchOptions(['--quick']);
  const store = await openBenchStore(options, log);
  const cases: Case[] = [];
  try {
    const { graph, asOf: today } = store;
    const api = await startApiProcess(graph, log);
    try {
      const post = graphqlClient(api.url, api.token);
      const measure = async (name: string, day: string) => {
        log(`Time travel: ${name}…`);
        cases.push(await measureCase(graph, post, name, day, iterations));
      };
      await measure('today', today);
      await measure('60 days ago, reference history', addDays(today, -60));
      if (rows > 0) {
        log(`Importing ${rows} AI systems (recorded today)…`);
        await importInventory(graph, { keyId: 'bench', name: 'npm run bench -- time-travel' }, 'ai-systems', benchInventory(rows), 'csv');
        await measure(`today, after ${rows} systems imported`, today);
        await measure(`yesterday, before ${rows} systems imported`, addDays(today, -1));
      }
    } finally {
      await api.stop();
    }
    const result = { at: new Date().toISOString(), scenario: 'time-travel', system: SYSTEM, rows, iterations, machine: machine(await graph.serverInfo()), neo4jHeap: options.heap, cases };
    const dir = resolve(values.out ?? join(repoRoot(), 'bench', 'results'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${result.at.replace(/[:.]/g, '-')}-time-travel.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    const ms = (n: number) => n.toFixed(1);
    console.log([
      `Time travel: coverage of ${SYSTEM}, ${iterations} calls per side and case (${result.machine.cpus} CPUs, Neo4j ${result.machine.neo4j}, heap ${options.heap}).`,
      '',
      '| asked as of | changes after the day | API p50 | API p95 | raw p50 | raw p95 | rewind + rollback alone p50 |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...cases.map((c) => `| ${c.case} (${c.day}) | ${c.changesAfter} | ${ms(c.api.p50)} | ${ms(c.api.p95)} | ${ms(c.raw.p50)} | ${ms(c.raw.p95)} | ${c.rewindAlone ? ms(c.rewindAlone.p50) : '—'} |`),
      '',
      `Results: ${file}`,
    ].join('\n'));
    return { file, cases };
  } finally {
    await store.close();
  }
}

type Post = (body: { query: string; variables: Record<string, unknown> }) => Promise<unknown>;

/** A few warm-up calls, then `iterations` through the API and as many raw, alternating (drift hits both alike). */
async function measureCase(graph: Graph, post: Post, name: string, day: string, iterations: number): Promise<Case> {
  const since = endOfDay(day);
  const [row] = await graph.read('MATCH (e:ChangeEvent) WHERE e.at >= datetime($since) RETURN count(e) AS n', { since });
  const changesAfter = Number(row?.n ?? 0);
  const apiCall = () => post({ query: QUERY, variables: { id: SYSTEM, d: day } });
  const rawCall = () => travelTo(graph, day, () => coverage(graph, { systemId: SYSTEM, asOf: day }));
  let summary: RewindSummary | null = null;
  const rewindCall = () => graph.rewound(`bench ${day}`, async (tx) => void (summary = await rewind(tx, since)), async () => undefined);
  // The JVM compiles its hot paths over the first calls: the first case would pay for it alone.
  const warmup = Math.max(10, Math.floor(iterations / 3));
  for (let i = 0; i < warmup; i++) {
    await apiCall();
    await rawCall();
    if (changesAfter) await rewindCall();
  }
  const samples = { api: [] as number[], raw: [] as number[], rewind: [] as number[] };
  for (let i = 0; i < iterations; i++) {
    samples.api.push(await timed(apiCall));
    samples.raw.push(await timed(rawCall));
    if (changesAfter) samples.rewind.push(await timed(rewindCall));
  }
  return {
    case: name, day, changesAfter, api: percentiles(samples.api), raw: percentiles(samples.raw),
    rewindAlone: changesAfter ? percentiles(samples.rewind) : null, rewind: summary,
  };
}

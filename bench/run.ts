import { pathToFileURL } from 'node:url';
import { UserFacingError } from '../graph/index.js';
import { progressBar } from '../seeds/index.js';
import { graphqlClient, startApiProcess } from './apiProcess.js';
import { machine, writeResult, type BenchResult, type ThroughputRow } from './benchResult.js';
import { openBenchStore } from './benchStore.js';
import { checkEquality } from './checkEquality.js';
import { inventoryUsage, runInventoryBench } from './inventoryImport.js';
import { mcpUsage, runMcpBench } from './mcp.js';
import { runTimeTravelBench, timeTravelUsage } from './timeTravel.js';
import { pickInputs } from './inputs.js';
import { markdownReport } from './markdownReport.js';
import { measureLatency, type LatencyRow } from './measureLatency.js';
import { apiThroughput, rawThroughput } from './measureThroughput.js';
import { parseBenchOptions, usage } from './options.js';
import { profileQuestions } from './profileQuestions.js';
import { questions } from './questions.js';
import { directoryBytes, sampleRss } from './rssSampler.js';

const THROUGHPUT_QUESTIONS = ['nodeById', 'coverage'];
const CONNECTIONS = [1, 8, 64];

/**
 * `npm run bench`: every traceability question through the GraphQL API (its own process) and
 * through its query module alone, on the bench's own Neo4j; the API's answers checked against the
 * modules'; throughput at 1, 8 and 64 connections; PROFILE of each question on its heaviest
 * input. Prints Markdown, writes the figures as JSON. Exit code 1 when the answers differ.
 */
export async function runBench(argv: string[], log = (line: string) => process.stderr.write(`${line}\n`)) {
  const options = parseBenchOptions(argv);
  // Wall-clock seconds per phase, so a slow run says where its time went.
  const seconds: Record<string, number> = {};
  let phaseName = 'neo4j and data';
  let phaseStart = Date.now();
  const endPhase = (next: string) => {
    seconds[phaseName] = (seconds[phaseName] ?? 0) + (Date.now() - phaseStart) / 1000;
    phaseName = next;
    phaseStart = Date.now();
  };
  const store = await openBenchStore(options, log);
  endPhase('api start');
  try {
    const { graph } = store;
    const api = await startApiProcess(graph, log);
    const apiRss = sampleRss(api.pid);
    const neo4jRss = sampleRss(store.neo4j.pid);
    const phase = (name: string, clock = name) => {
      apiRss.phase(name);
      neo4jRss.phase(name);
      if (clock !== phaseName) endPhase(clock);
    };
    let measured: Pick<BenchResult, 'equality' | 'latency' | 'throughput' | 'profile'>;
    try {
      const inputs = await pickInputs(graph, store.asOf);
      const qs = questions(inputs);
      const post = graphqlClient(api.url, api.token);

      phase('equality');
      const equalityBar = progressBar('Equality');
      const equality = await checkEquality(qs, {
        post,
        graph,
        perQuestion: options.equalityInputs,
        onProgress: (done, name) => equalityBar({ phase: name, done, total: qs.length }),
      });
      for (const m of equality.mismatches) log(`MISMATCH: ${m.message}`);
      // A question whose calls fail cannot be timed; the others still can.
      const broken = new Set(equality.mismatches.filter((m) => m.error).map((m) => m.question));
      const timed = qs.filter((q) => !broken.has(q.name));

      phase('latency');
      const latency: LatencyRow[] = [];
      const latencyBar = progressBar('Latency');
      for (const [i, q] of timed.entries()) {
        latencyBar({ phase: q.name, done: i, total: timed.length });
        const { warmup, iterations, latencyBudgetSeconds: budgetSeconds } = options;
        latency.push(await measureLatency(q, { post, graph, warmup, iterations, budgetSeconds, queries: api.queries }));
      }
      latencyBar({ phase: 'done', done: timed.length, total: timed.length });

      const throughput: ThroughputRow[] = [];
      const loaded = timed.filter((q) => THROUGHPUT_QUESTIONS.includes(q.name));
      const throughputBar = progressBar('Throughput');
      const runs = loaded.length * (CONNECTIONS.length + 1);
      for (const [i, q] of loaded.entries()) {
        // The JVM compiles its hot paths over the first thousands of calls: keep them out of the figures.
        phase(`warm-up ${q.name}`, 'throughput');
        throughputBar({ phase: `warm-up ${q.name}`, done: i * (CONNECTIONS.length + 1), total: runs });
        const warm = { connections: 8, seconds: 120, maxRequests: options.jvmWarmupCalls };
        await apiThroughput(api.url, api.token, q, warm);
        await rawThroughput(graph, q, warm);
        for (const [j, connections] of CONNECTIONS.entries()) {
          phase(`${q.name} × ${connections}`, 'throughput');
          throughputBar({ phase: `${q.name} × ${connections}`, done: i * (CONNECTIONS.length + 1) + j + 1, total: runs });
          const load = { connections, seconds: options.throughputSeconds, maxRequests: options.throughputMaxRequests };
          const a = await apiThroughput(api.url, api.token, q, load);
          const r = await rawThroughput(graph, q, load);
          throughput.push({ question: q.name, connections, api: a, raw: r, ratio: a.requestsPerSecond / r.requestsPerSecond });
        }
      }
      throughputBar({ phase: 'done', done: runs, total: runs });

      phase('profile');
      log('PROFILE on the heaviest inputs…');
      const profile = await profileQuestions(graph, timed);
      measured = { equality, latency, throughput, profile };
    } finally {
      await api.stop();
    }
    endPhase('report');
    const apiPeaks = apiRss.stop().peaks;
    const neo4jPeaks = neo4jRss.stop().peaks;
    delete apiPeaks.start;
    const [counts] = await graph.read('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    const result: BenchResult = {
      at: new Date().toISOString(),
      scale: options.scaleName,
      quick: options.quick,
      asOf: store.asOf,
      machine: machine(await graph.serverInfo()),
      graph: { nodes: Number(counts?.nodes), relationships: Number(counts?.relationships) },
      phaseSeconds: seconds,
      settings: {
        iterations: options.iterations,
        warmup: options.warmup,
        latencyBudgetSeconds: options.latencyBudgetSeconds,
        equalityInputs: options.equalityInputs,
        throughputSeconds: options.throughputSeconds,
        throughputMaxRequests: options.throughputMaxRequests,
        jvmWarmupCalls: options.jvmWarmupCalls,
      },
      ...(store.load ? { load: store.load } : {}),
      ...measured,
      memory: {
        apiRssPeakMb: Math.max(0, ...Object.values(apiPeaks)),
        apiRssPeakByPhaseMb: apiPeaks,
        neo4jRssPeakMb: Math.max(0, ...Object.values(neo4jPeaks)),
        neo4jHeap: options.heap,
        neo4jPageCache: options.pageCache,
        storeBytes: directoryBytes(store.home),
      },
    };
    const file = writeResult(options.out, result);
    console.log(`\n${markdownReport(result)}\n\nResults: ${file}`);
    return { exitCode: result.equality.passed ? 0 : 1, file, result };
  } finally {
    await store.close();
  }
}

const main = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
// `npm run bench -- inventory …`, `-- time-travel …` and `-- mcp …` are scenarios of their own (bench/inventoryImport.ts, bench/timeTravel.ts, bench/mcp.ts).
const scenarios: Record<string, { usage: string; run: (argv: string[]) => Promise<unknown> }> = {
  inventory: { usage: inventoryUsage, run: runInventoryBench },
  'time-travel': { usage: timeTravelUsage, run: runTimeTravelBench },
  mcp: { usage: mcpUsage, run: runMcpBench },
};
const scenario = scenarios[process.argv[2] ?? ''];
if (main && process.argv.includes('--help')) {
  console.log(scenario ? scenario.usage : [usage, ...Object.values(scenarios).map((s) => s.usage)].join('\n\n'));
} else if (main) {
  (scenario ? scenario.run(process.argv.slice(3)).then(() => ({ exitCode: 0 })) : runBench(process.argv.slice(2))).then(
    ({ exitCode }) => process.exit(exitCode),
    (e: unknown) => {
      console.error(e instanceof UserFacingError ? e.message : e);
      process.exit(1);
    },
  );
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UserFacingError } from '../graph/index.js';
import { repoRoot } from '../graph/server/paths.js';
import { parseScale } from '../seeds/generator/generate.js';
import { startBenchEnvironment } from './environment.js';
import { launchChromium } from './explorer/browser.js';
import { measureCanvas, type CanvasRun, type PanFigures } from './explorer/canvas.js';
import { startGeneratedEnvironment } from './explorer/environment.js';
import { measurePageLoads, type PageLoads } from './explorer/pageLoads.js';

/**
 * A control, so it is in every organisation; of the starts tried, its 5,000-node neighbourhood
 * (in the explorer's neighbour order) holds the most edges: ~16,400 at scale 50, ~17,200 at large.
 */
const DEFAULT_FROM = 'A.8.2';

const usage = `Usage: npm run bench:explorer -- [runs] [--runs n] [--scale <n|small|medium|large>] [--data <dir>]
    [--from <id>] [--nodes 5000] [--edges 20000] [--fanout 50] [--pan-ms 4000] [--timeout-s 3600]
  Page loads (runs, default 10; 0 skips them) on the reference organisation, then the graph canvas
  on a real neighbourhood walked from --from (default ${DEFAULT_FROM}) through the API: on the
  reference organisation, or with --scale on a generated one, loaded into a temporary store or
  reused from --data (AIMS_DATA_DIR's meaning: the store in <dir>/neo4j, loaded there if missing).`;

/**
 * `npm run bench:explorer`: the explorer in Debian's chromium. First contentful paint and time
 * until the landing page is usable over fresh page loads of the reference organisation; then the
 * graph canvas drawing about 5,000 nodes and 20,000 edges of a real organisation, fetched as the
 * explorer fetches: time to fetch, to first draw, layout, and frame times while panning. Prints
 * Markdown tables; writes bench/results/ (JSON, and a screenshot of the canvas).
 */
async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      runs: { type: 'string' },
      scale: { type: 'string' },
      data: { type: 'string' },
      from: { type: 'string', default: DEFAULT_FROM },
      nodes: { type: 'string', default: '5000' },
      edges: { type: 'string', default: '20000' },
      fanout: { type: 'string', default: '50' },
      'pan-ms': { type: 'string', default: '4000' },
      'timeout-s': { type: 'string', default: '3600' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(usage);
  const int = (name: string, text: string | undefined, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new UserFacingError(`${name} must be a whole number ≥ ${min}, got "${text}".\n${usage}`);
    return n;
  };
  const runs = int('runs', values.runs ?? positionals[0] ?? '10', 0);
  if (runs === 1) throw new UserFacingError('runs must be 0 (no page loads) or at least 2: the first load only warms up.');
  let scale: number | null = null;
  if (values.scale !== undefined) {
    try {
      scale = parseScale(values.scale);
    } catch (e) {
      throw new UserFacingError(`${(e as Error).message}\n${usage}`);
    }
  }
  if (values.data && scale === null) throw new UserFacingError(`--data needs --scale.\n${usage}`);
  const walk = {
    from: values.from,
    nodes: int('--nodes', values.nodes, 1),
    edges: int('--edges', values.edges, 1),
    fanout: int('--fanout', values.fanout, 1),
    panMs: int('--pan-ms', values['pan-ms'], 500),
    timeoutMs: int('--timeout-s', values['timeout-s'], 10) * 1000,
  };

  const log = (line: string) => process.stderr.write(`${line}\n`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = join(repoRoot(), 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const label = scale === null ? 'reference' : `scale-${scale}`;
  const screenshot = join(outDir, `${stamp}-explorer-canvas-${label}.png`);

  const browser = await launchChromium();
  const chromiumVersion = browser.version();
  // Other work on the machine moves these figures a lot (software WebGL competes for the cores).
  const load: { before: number[]; canvas?: number[]; after?: number[] } = { before: loadavg() };
  const result: Record<string, unknown> = {
    at: new Date().toISOString(),
    scale: label,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model.trim(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion },
    loadAverage: load,
    walk: { from: walk.from, nodes: walk.nodes, edges: walk.edges, fanout: walk.fanout, panMs: walk.panMs },
  };
  const drawCanvas = async (what: string, url: string, token: string, asOf: string) => {
    log(`Canvas: walking ${what} from ${walk.from}…`);
    load.canvas = loadavg();
    result.asOf = asOf;
    const canvas = await measureCanvas(browser, url, token, { ...walk, asOf, screenshot }, log);
    result.canvas = canvas;
    printCanvas(canvas, label);
  };
  console.log(`Chromium ${chromiumVersion} (software WebGL), ${cpus().length} cores, load average (1 min) ${load.before[0]!.toFixed(1)} at the start.\n`);
  const out = join(outDir, `${stamp}-explorer-${label}.json`);
  try {
    if (runs > 0 || scale === null) {
      const env = await startBenchEnvironment(log);
      try {
        if (runs > 0) {
          const loads = await measurePageLoads(browser, env.url, env.viewerToken, runs);
          result.pageLoads = loads;
          printLoads(loads);
        }
        if (scale === null) await drawCanvas('the reference organisation', env.url, env.viewerToken, env.asOf);
      } finally {
        await env.close();
      }
    }
    if (scale !== null) {
      const env = await startGeneratedEnvironment({ scale, ...(values.data ? { data: values.data } : {}), log });
      try {
        result.store = { home: env.home, loaded: env.loaded, loadSeconds: env.loadSeconds };
        const [row] = await env.graph.read('MATCH ()-[r]->() RETURN count(r) AS n');
        await drawCanvas(`the scale-${scale} organisation (${Number(row?.n).toLocaleString('en')} relationships)`, env.url, env.viewerToken, env.asOf);
      } finally {
        await env.close();
      }
    }
  } catch (e) {
    result.error = e instanceof Error ? e.message : String(e);
    throw e;
  } finally {
    load.after = loadavg();
    await browser.close().catch(() => {});
    // Whatever was measured is kept, also when a later part failed.
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    log(`Load average (1 min) ${load.canvas?.[0]?.toFixed(1) ?? '?'} before the canvas, ${load.after[0]!.toFixed(1)} at the end. Wrote ${out}${result.canvas ? ` and ${screenshot}` : ''}.`);
  }
}

const ms = (x: number) => Math.round(x).toLocaleString('en');

function printLoads(loads: PageLoads) {
  console.log(`| explorer, reference organisation (${loads.runs} warm loads) | p50 ms | p95 ms |`);
  console.log('| --- | ---: | ---: |');
  console.log(`| first contentful paint | ${ms(loads.firstContentfulPaint.p50)} | ${ms(loads.firstContentfulPaint.p95)} |`);
  console.log(`| landing usable (search ready, figures loaded) | ${ms(loads.landingUsable.p50)} | ${ms(loads.landingUsable.p95)} |`);
  console.log('');
}

function printCanvas(c: CanvasRun, label: string) {
  const dropped = c.droppedEdges ? ` (${c.droppedEdges.toLocaleString('en')} more left out by the edge limit)` : '';
  console.log(`| graph canvas, ${label}: ${c.nodes.toLocaleString('en')} nodes, ${c.edges.toLocaleString('en')} edges${dropped} walked from ${c.from} | ms |`);
  console.log('| --- | ---: |');
  console.log(`| fetch (${c.requests.toLocaleString('en')} Neighbours queries, 6 at a time) | ${ms(c.fetchMs)} |`);
  console.log(`| first draw after the last answer (graph built in ${ms(c.buildMs)} ms, nodes on screen) | ${ms(c.firstDrawMs)} |`);
  console.log(`| first draw since navigation start | ${ms(c.firstDrawSinceNavigationMs)} |`);
  console.log(`| layout (ForceAtlas2, ${c.layoutHow}) | ${ms(c.layoutMs)} |`);
  const pan = (name: string, p: PanFigures) =>
    console.log(
      `| ${name}: frame p50 / p95 / max (${p.frames} frames, ${((p.frames * 1000) / p.durationMs).toFixed(1)} fps, ${p.renders} redraws) | ${p.frameMs.p50.toFixed(1)} / ${p.frameMs.p95.toFixed(1)} / ${p.frameMs.max.toFixed(1)} |`,
    );
  pan('panning, edges hidden while moving (the explorer above 2,000 nodes)', c.pan);
  pan('panning, every edge drawn', c.panWithEdges);
  const list = (o: Record<string, number>) => Object.entries(o).map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ');
  console.log(`\nnodes: ${list(c.kinds)}\nedges: ${list(c.relationships)}`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof UserFacingError ? e.message : e);
  process.exit(1);
});

import type { BenchResult } from './benchResult.js';
import { DB_HITS_TARGET } from './profileQuestions.js';

/** Issue 6: at 64 connections the API keeps at least this share of the raw driver's rate. */
export const THROUGHPUT_RATIO_TARGET = 0.7;
/** Issue 6: the API process stays under this resident size while it is loaded. */
export const API_RSS_TARGET_MB = 300;

const ms = (n: number) => n.toFixed(1);
const int = (n: number) => Math.round(n).toLocaleString('en');
const mark = (pass: boolean) => (pass ? 'pass' : '**miss**');

/** The run as Markdown: latency, throughput, profile, load, memory, equality. */
export function markdownReport(r: BenchResult): string {
  const hits = new Map(r.profile.map((p) => [p.question, p.dbHits]));
  const fewer = r.latency.filter((l) => l.iterations < r.settings.iterations || l.warmup < r.settings.warmup);
  const out: string[] = [];
  out.push(
    `### Latency (ms), scale ${r.scale}, as of ${r.asOf}`,
    '',
    '| question | API p50 | API p95 | API p99 | raw p50 | raw p95 | raw p99 | API/raw | target | db hits | round-trips |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
    ...r.latency.map(
      (l) =>
        `| ${l.question} | ${ms(l.api.p50)} | ${ms(l.api.p95)} | ${ms(l.api.p99)} | ${ms(l.raw.p50)} | ${ms(l.raw.p95)} | ${ms(l.raw.p99)} | ` +
        `${l.ratio.toFixed(2)} | ${mark(l.target.pass)} (${l.target.rule})${l.errors.api + l.errors.raw ? `, **${l.errors.api} API and ${l.errors.raw} raw calls failed**` : ''} | ${hits.has(l.question) ? int(hits.get(l.question)!) : '–'} | ` +
        `${l.roundTrips === null ? '–' : l.roundTrips.toFixed(1)} |`,
    ),
    '',
    `${r.settings.iterations} calls per question and side after ${r.settings.warmup} warm-up calls, inputs cycled` +
      `${fewer.length ? ` (fewer within the time budget: ${fewer.map((l) => `${l.question} ${l.iterations} after ${l.warmup}`).join(', ')})` : ''}` +
      '; db hits on the heaviest input (below).',
    ...r.latency.filter((l) => l.errors.first).map((l) => `- ${l.question}: first failure: ${l.errors.first}`),
    '',
    '### Throughput',
    '',
    '| question | connections | API req/s | API p99 ms | raw req/s | raw p99 ms | API/raw req/s | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.throughput.map(
      (t) =>
        `| ${t.question} | ${t.connections} | ${int(t.api.requestsPerSecond)} | ${ms(t.api.p99)} | ${int(t.raw.requestsPerSecond)} | ${ms(t.raw.p99)} | ` +
        `${t.ratio.toFixed(2)}${t.connections === 64 ? ` ${mark(t.ratio >= THROUGHPUT_RATIO_TARGET)} (≥ ${THROUGHPUT_RATIO_TARGET})` : ''} | ${t.api.errors + t.raw.errors} |`,
    ),
    '',
    `Each run ${r.settings.throughputSeconds} s or ${int(r.settings.throughputMaxRequests)} requests, after ${int(r.settings.jvmWarmupCalls)} warm-up calls per side.`,
    '',
    `### PROFILE on the heaviest inputs (target ≤ ${int(DB_HITS_TARGET)} db hits)`,
    '',
    '| question | input | statements | db hits | flags | operators |',
    '| --- | --- | ---: | ---: | --- | --- |',
    ...r.profile.map(
      (p) =>
        `| ${p.question} | ${Object.values(p.input).join(' → ') || '–'} | ${p.statements} | ${int(p.dbHits)} | ${p.flags.length ? `**${p.flags.join(', ')}**` : 'none'} | ${p.operators.join(', ')} |`,
    ),
    '',
  );
  if (r.load) {
    const l = r.load;
    out.push(
      '### Load',
      '',
      l.loaded
        ? `${int(l.rows)} rows in ${l.seconds.toFixed(1)} s: ${int(l.rowsPerSecond)} rows/s; ${int(l.relationshipsAdded)} relationships added, ${int(l.relationshipsPerSecond)} relationships/s; ${int(l.nodesAdded)} nodes added.`
        : 'Nothing to load: the kept store (--data) already held this organisation.',
      '',
    );
  }
  const m = r.memory;
  out.push(
    '### Memory and graph',
    '',
    `- API process resident memory, peak while loaded: ${int(m.apiRssPeakMb)} MB (${mark(m.apiRssPeakMb < API_RSS_TARGET_MB)}, target < ${API_RSS_TARGET_MB} MB); by phase: ${Object.entries(m.apiRssPeakByPhaseMb).map(([k, v]) => `${k} ${int(v)}`).join(', ')}`,
    `- Neo4j: heap ${m.neo4jHeap}, page cache ${m.neo4jPageCache}, resident peak ${int(m.neo4jRssPeakMb)} MB; store on disk ${(m.storeBytes / 2 ** 20).toFixed(0)} MB`,
    `- Run: ${Object.entries(r.phaseSeconds).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')}`,
    `- Graph: ${int(r.graph.nodes)} nodes, ${int(r.graph.relationships)} relationships; Neo4j ${r.machine.neo4j} ${r.machine.neo4jEdition}, Node ${r.machine.node}, ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB`,
    '',
    r.equality.passed
      ? `Equality: the API's answers equal the query modules' for every question (${Object.values(r.equality.compared).reduce((a, b) => a + b, 0)} inputs compared).`
      : ['**Equality FAILED**:', ...r.equality.mismatches.map((m) => `- ${m.message}`)].join('\n'),
  );
  return out.join('\n');
}

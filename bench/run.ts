import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../graph/server/paths.js';
import { startBenchEnvironment } from './environment.js';
import { questions, type Inputs } from './questions.js';
import { percentiles, timed } from './stats.js';

/**
 * `npm run bench`: every traceability question on the reference organisation, through the
 * GraphQL API over HTTP and through its query module alone, in one run on its own Neo4j and
 * server, with Cypher round-trips per API call. Prints a Markdown table; writes bench/results/.
 */
async function main() {
  const { values } = parseArgs({ options: { iterations: { type: 'string', default: '300' }, warmup: { type: 'string', default: '300' } } });
  const iterations = Number(values.iterations);
  const warmup = Number(values.warmup);
  const log = (line: string) => process.stderr.write(`${line}\n`);

  const env = await startBenchEnvironment(log);
  const { asOf, apiGraph, rawGraph } = env;
  try {
    const post = async (body: { query: string; variables: Record<string, unknown> }) => {
      const res = await fetch(`${env.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${env.viewerToken}` },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { errors?: unknown[] };
      if (json.errors) throw new Error(`${JSON.stringify(json.errors)} for ${body.query}`);
    };

    const ids = async (cypher: string) => (await rawGraph.read(cypher)).map((r) => String(r.id));
    const inputs: Inputs = {
      asOf,
      systems: await ids('MATCH (s:AISystem) RETURN s.id AS id ORDER BY id'),
      controls: await ids('MATCH (c:Control) RETURN c.id AS id ORDER BY c.sort'),
      clauses: await ids('MATCH (c:Clause) RETURN c.id AS id ORDER BY c.sort'),
      subjects: await ids('MATCH (n:Vendor|Dataset|Model) RETURN n.id AS id ORDER BY id'),
      terms: ['chatbot', 'intent', 'billing', 'privacy', 'vendor', 'sentiment', 'evidence log', 'risk'],
    };

    const rows = [];
    for (const q of questions(inputs)) {
      for (let i = 0; i < warmup; i++) {
        await post(q.gql(i));
        await q.raw(rawGraph, i);
      }
      const api: number[] = [];
      const raw: number[] = [];
      let trips = 0;
      for (let i = 0; i < iterations; i++) {
        const before = apiGraph.stats.queries;
        api.push(await timed(() => post(q.gql(i))));
        trips += apiGraph.stats.queries - before;
        raw.push(await timed(() => q.raw(rawGraph, i)));
      }
      const a = percentiles(api);
      const r = percentiles(raw);
      rows.push({ question: q.name, api: a, raw: r, ratio: a.p50 / r.p50, roundTrips: trips / iterations });
      log(`${q.name}: API p50 ${a.p50.toFixed(2)} ms, raw p50 ${r.p50.toFixed(2)} ms`);
    }
    const f = (n: number) => n.toFixed(1);
    const table = [
      '| question | API p50 | API p95 | raw p50 | raw p95 | API/raw p50 | Cypher round-trips per API call |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.question} | ${f(r.api.p50)} | ${f(r.api.p95)} | ${f(r.raw.p50)} | ${f(r.raw.p95)} | ${r.ratio.toFixed(2)} | ${r.roundTrips.toFixed(1)} |`),
    ].join('\n');
    const [version] = await rawGraph.read('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    const result = {
      at: new Date().toISOString(),
      scale: 'reference',
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, neo4j: version?.v },
      iterations,
      warmup,
      milliseconds: rows,
    };
    const dir = join(repoRoot(), 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${result.at.replace(/[:.]/g, '-')}-reference.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\n${table}\n\n${iterations} calls per question after ${warmup} warm-up calls, times in ms; ${cpus().length} cores, Node ${process.version}, Neo4j ${version?.v}. Results: ${file}`);
  } finally {
    await env.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

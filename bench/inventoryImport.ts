import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importInventory, UserFacingError, type InventorySummary } from '../graph/index.js';
import { repoRoot } from '../graph/server/paths.js';
import { machine } from './benchResult.js';
import { openBenchStore } from './benchStore.js';
import { parseBenchOptions } from './options.js';

export const inventoryUsage = `Usage: npm run bench -- inventory [--rows <n>] [--out <dir>]
  Imports a CSV of <n> AI systems (default 10000, each with a vendor, two owners, a model, a
  dataset and a dependency) into the reference organisation on the bench's own Neo4j: a dry run,
  the first import, the same file again, and the file with every row changed; rows per second each.`;

const vendors = ['VND-NIMBUS', 'VND-VOCALIS', 'VND-STRATUS', 'VND-LABELWORKS', 'VND-SOCIALPULSE'];
const people = ['PER-CX-HEAD', 'PER-OPS-MGR', 'PER-ML-LEAD', 'PER-PLATFORM-ENG', 'PER-DATA-STEWARD'];
const models = ['MDL-INTENT-3.2', 'MDL-NIMBUS-LLM-2025.06', 'MDL-SENTIMENT-2.1', 'MDL-ROUTER-1.4'];
const datasets = ['DS-CHAT-TRANSCRIPTS', 'DS-KB-ARTICLES', 'DS-LABELLED-INTENTS', 'DS-EMAIL-CORPUS'];
const kinds = ['chatbot', 'voice-bot', 'intent-classifier', 'routing-engine', 'retrieval', 'email-triage'];

/** A deterministic inventory of `rows` systems; `tier` varies one column, so that a second file updates every row. */
export function benchInventory(rows: number, tier: (i: number) => string = (i) => ['high', 'medium', 'low'][i % 3]!): string {
  const id = (i: number) => `SYS-BENCH-${String(i).padStart(6, '0')}`;
  const lines = ['id,name,kind,lifecycleStage,riskTier,customerFacing,description,vendorId,ownerIds,modelIds,datasetIds,dependsOnIds'];
  for (let i = 0; i < rows; i++) {
    lines.push([
      id(i), `Bench system ${i}`, kinds[i % kinds.length], 'production', tier(i), i % 2 === 0,
      `"Generated for the inventory import benchmark, row ${i}."`, vendors[i % vendors.length],
      `${people[i % people.length]};TEAM-CX-AI-OPS`, models[i % models.length], datasets[i % datasets.length], i ? id(i - 1) : '',
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}

interface Run {
  run: string;
  seconds: number;
  rowsPerSecond: number;
  summary: InventorySummary;
}

/** `npm run bench -- inventory`: prints a Markdown table, writes bench/results/<time>-inventory-<rows>.json. */
export async function runInventoryBench(argv: string[], log = (line: string) => process.stderr.write(`${line}\n`)) {
  const { values } = parseArgs({ args: argv, options: { rows: { type: 'string', default: '10000' }, out: { type: 'string' } } });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new UserFacingError(`--rows must be a whole number ≥ 1, not "${values.rows}".\n${inventoryUsage}`);
  const store = await openBenchStore(parseBenchOptions(['--quick']), log);
  try {
    const actor = { keyId: 'bench', name: 'npm run bench -- inventory' };
    const first = benchInventory(rows);
    const changed = benchInventory(rows, (i) => ['medium', 'low', 'high'][i % 3]!);
    const runs: Run[] = [];
    for (const [run, text, dryRun] of [['dry run', first, true], ['first import', first, false], ['same file again', first, false], ['every row changed', changed, false]] as const) {
      log(`Inventory: ${run} of ${rows} rows…`);
      const started = process.hrtime.bigint();
      const summary = await importInventory(store.graph, actor, 'ai-systems', text, 'csv', { dryRun });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      runs.push({ run, seconds, rowsPerSecond: rows / seconds, summary });
    }
    const result = {
      at: new Date().toISOString(),
      scenario: 'inventory',
      rows,
      bytes: Buffer.byteLength(first),
      machine: machine(await store.graph.serverInfo()),
      neo4jHeap: parseBenchOptions(['--quick']).heap,
      runs,
    };
    const dir = resolve(values.out ?? join(repoRoot(), 'bench', 'results'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${result.at.replace(/[:.]/g, '-')}-inventory-${rows}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    const table = runs.map((r) =>
      `| ${r.run} | ${r.seconds.toFixed(2)} | ${Math.round(r.rowsPerSecond)} | ${r.summary.created} / ${r.summary.updated} / ${r.summary.unchanged} | ${r.summary.linksAdded} / ${r.summary.linksRemoved} |`);
    console.log([
      `Inventory import: ${rows} AI systems, CSV of ${(result.bytes / 1e6).toFixed(1)} MB, one transaction each (${result.machine.cpus} CPUs, Neo4j ${result.machine.neo4j}, heap ${result.neo4jHeap}).`,
      '',
      '| run | seconds | rows/s | created / updated / unchanged | links added / removed |',
      '| --- | --- | --- | --- | --- |',
      ...table,
      '',
      `Results: ${file}`,
    ].join('\n'));
  } finally {
    await store.close();
  }
}

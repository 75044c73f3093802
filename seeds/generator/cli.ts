import { parseArgs } from 'node:util';
import { UserFacingError } from '../../graph/server/errors.js';
import { addDays } from '../organization/clock.js';
import { todayUtc } from '../seed.js';
import { chunkCount, DEFAULT_SEED, generateOrganization, parseScale, PRESETS } from './generate.js';
import { ShapeAccumulator, type Shape } from './shape.js';

const usage = `Usage: node dist/seeds/generator/cli.js --scale <n|${Object.keys(PRESETS).join('|')}> [--seed <s>] [--today YYYY-MM-DD] [--from-chunk <k>]
  Generates the organisation at a scale, without a database, and prints its shape: counts per
  label and type, hub in-degrees, the evidence freshness mix and the supersession chains.
  --from-chunk  measure only chunks k… (each chunk is generated alone, as a resumed load does).`;

function main(argv: string[]): void {
  const { values } = userFacing(() => parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: 'small' }, seed: { type: 'string', default: String(DEFAULT_SEED) },
      today: { type: 'string' }, 'from-chunk': { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
  if (values.help) return console.log(usage);
  const scale = userFacing(() => parseScale(values.scale));
  const today = values.today ?? todayUtc();
  // addDays rolls 2026-02-30 over to March; a day that does not round-trip is not a calendar day.
  if (userFacing(() => addDays(today, 0)) !== today) throw new UserFacingError(`--today ${today} is not a calendar day.`);
  const fromChunk = Number(values['from-chunk']);
  const total = chunkCount(scale);
  if (!Number.isInteger(fromChunk) || fromChunk < 0 || fromChunk >= total) throw new UserFacingError(`--from-chunk must be 0…${total - 1}.`);
  const shape = new ShapeAccumulator(today);
  for (const chunk of generateOrganization({ scale, seed: values.seed, today, fromChunk })) shape.add(chunk);
  print(shape.result(), `scale ${scale} (${total} chunks from ${fromChunk}), seed ${values.seed}, as of ${today}`);
}

/** Bad arguments are the user's to fix: show the message and the usage, not a stack trace. */
function userFacing<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new UserFacingError((e as Error).message);
  }
}

function print(s: Shape, title: string): void {
  const table = (o: Record<string, number>) => Object.entries(o).map(([k, n]) => `  ${k.padEnd(16)} ${n.toLocaleString('en')}`).join('\n');
  const degree = (d: Shape['dependsOn']) => `max ${d.max}, p50 ${d.p50}, top ${d.top5.map(([id, n]) => `${id} ${n}`).join(', ')}`;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`${title}
nodes ${s.totalNodes.toLocaleString('en')}\n${table(s.nodes)}
relationships ${s.totalRelationships.toLocaleString('en')}\n${table(s.relationships)}
DEPENDS_ON in-degree: ${degree(s.dependsOn)}
PROVIDED_BY in-degree: ${degree(s.providedBy)}
latest evidence ${s.evidence.latest}: stale ${pct(s.evidence.staleShare)}, expiring ${pct(s.evidence.expiringShare)}
supersession chains ${s.chains.count}, longest ${s.chains.longest}, cyclic ${s.chains.cyclic}`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof UserFacingError ? `${e.message}\n${usage}` : e);
  process.exit(1);
}

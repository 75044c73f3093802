import { parseArgs } from 'node:util';
import { migrate, openDatabase, UserFacingError } from '../graph/index.js';
import { DEFAULT_SEED, parseScale, PRESETS } from './generator/generate.js';
import { loadGenerated } from './loadGenerated.js';
import { todayUtc } from './seed.js';

const usage = `Usage: npm run generate -- --scale <n|${Object.keys(PRESETS).join('|')}> [--seed <seed>] [--today YYYY-MM-DD]
  Grows the reference organisation into a large one (scale n = n business units; large = ${PRESETS.large}),
  the same for the same seed and day. Run it again after an interruption: it goes on where it stopped.`;

/** `npm run generate`: a generated organisation into the configured Neo4j, with progress. */
async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { scale: { type: 'string' }, seed: { type: 'string', default: String(DEFAULT_SEED) }, today: { type: 'string' } } });
  let scale: number;
  try {
    scale = parseScale(values.scale ?? '');
  } catch (e) {
    throw new UserFacingError(`${(e as Error).message}\n${usage}`);
  }
  const db = await openDatabase();
  try {
    await migrate(db.graph, undefined, console.log);
    const rate = (n: number, seconds: number) => Math.round(n / Math.max(seconds, 0.001)).toLocaleString('en');
    const { rows, relationships, seconds } = await loadGenerated(db.graph, {
      scale,
      seed: values.seed!,
      today: values.today ?? todayUtc(),
      onChunk: ({ chunk, total, name, rows, relationships, seconds, chunksThisRun, mode }) => {
        const eta = ((total - chunk) * seconds) / Math.max(chunksThisRun, 1);
        process.stderr.write(
          `chunk ${chunk}/${total} (${name}${mode === 'merge' ? ', merged: partly loaded before' : ''}): ` +
            `${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s, ${rate(rows, seconds)} rows/s, ` +
            `${rate(relationships, seconds)} relationships/s, ETA ${eta.toFixed(0)} s\n`,
        );
      },
    });
    console.log(
      `Loaded ${rows.toLocaleString('en')} rows (${relationships.toLocaleString('en')} relationships) in ${seconds.toFixed(1)} s: ` +
        `${rate(rows, seconds)} rows/s, ${rate(relationships, seconds)} relationships/s.`,
    );
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof UserFacingError ? e.message : e);
  process.exit(1);
});

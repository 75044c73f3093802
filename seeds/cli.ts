import { createInterface } from 'node:readline/promises';
import { defaultArtifactStore, migrate, openDatabase, UserFacingError } from '../graph/index.js';
import { progressBar } from './progress.js';
import { seedReferenceData, wipeGraph } from './seed.js';

const usage = `Usage: npm run seed [-- --reset [--yes]]
  Loads the ISO/IEC 42001 catalog and the reference organisation (safe to run again).
  --reset  wipes the graph first; asks for confirmation unless --yes is given.`;

async function main(argv: string[]): Promise<void> {
  const unknown = argv.filter((a) => !['--reset', '--yes', '--help', '-h'].includes(a));
  if (unknown.length) throw new UserFacingError(`Unknown option ${unknown.join(' ')}\n${usage}`);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return;
  }
  const reset = argv.includes('--reset');
  if (reset && !argv.includes('--yes')) await confirmReset();

  const db = await openDatabase();
  try {
    await migrate(db.graph, undefined, console.log);
    if (reset) console.log(`Wiped ${await wipeGraph(db.graph)} nodes.`);
    const started = Date.now();
    await seedReferenceData(db.graph, { onProgress: progressBar('Seeding'), artifacts: defaultArtifactStore() });
    console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await db.close();
  }
}

async function confirmReset(): Promise<void> {
  if (!process.stdin.isTTY) {
    throw new UserFacingError('--reset wipes the whole graph: confirm with --yes when not at a terminal.');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('This deletes every node and relationship in the graph. Type "reset" to go on: ');
  rl.close();
  if (answer.trim() !== 'reset') throw new UserFacingError('Not confirmed; nothing was changed.');
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof UserFacingError ? e.message : e);
  process.exit(1);
});

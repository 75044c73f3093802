import { parseArgs } from 'node:util';
import { progressBar } from '../../seeds/progress.js';
import { openDatabase } from '../openDatabase.js';
import { UserFacingError } from '../server/errors.js';
import { fromUserDir, megabytes, runCli } from './cli.js';
import { importBackup } from './importBackup.js';
import { verifyBackup } from './verifyBackup.js';

const usage = 'Usage: npm run import -- <file.ndjson>   (with <file.ndjson>.manifest.json beside it; into an empty database)';

/** `npm run import`: a backup into an empty database, verified before anything is written. */
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  if (positionals.length !== 1) throw new UserFacingError(`${positionals.length ? 'One backup file at a time' : 'Which backup file?'} ${usage}`);
  const file = fromUserDir(positionals[0]!);

  // A file that will be refused is refused before Neo4j starts.
  const backup = await verifyBackup(file, progressBar('Verifying'));
  const db = await openDatabase(undefined, (line) => console.error(line));
  try {
    const started = Date.now();
    const report = await importBackup(db.graph, backup, { onProgress: progressBar('Importing') });
    const resumed = report.resumedAfter ? ` (resumed after line ${report.resumedAfter + 1})` : '';
    console.log(
      `Imported ${report.nodes} nodes and ${report.relationships} relationships from ${file} (${megabytes(backup.manifest.bytes)}) ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s${resumed}.`,
    );
    console.log(`Graph digest ${report.graphDigest}: the same as at export.`);
  } finally {
    await db.close();
  }
}

runCli(() => main(process.argv.slice(2)));

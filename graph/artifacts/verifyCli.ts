import { parseArgs } from 'node:util';
import { progressBar } from '../../seeds/progress.js';
import { runCli } from '../backup/cli.js';
import { InputError, NotFoundError } from '../errors.js';
import { openDatabase } from '../openDatabase.js';
import { UserFacingError } from '../server/errors.js';
import { defaultArtifactStore } from './fileArtifactStore.js';
import { verifyArtifacts } from './verifyArtifacts.js';

const usage = 'Usage: npm run verify-evidence [-- EVD-… …]   (every stored artifact when no id is given)';

/**
 * `npm run verify-evidence`: re-hashes stored evidence artifacts (AIMS_DATA_DIR/artifacts) against
 * the sha256 their evidence records; exits 1 naming any that is modified or missing.
 */
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  const store = defaultArtifactStore();
  const db = await openDatabase(undefined, (line) => console.error(line));
  try {
    const started = Date.now();
    const report = await verifyArtifacts(db.graph, store, {
      ids: positionals.length ? positionals : undefined,
      onProgress: progressBar('Verifying'),
    }).catch((e: unknown) => {
      if (e instanceof InputError || e instanceof NotFoundError) throw new UserFacingError(`${e.message} ${usage}`);
      throw e;
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (report.ok) {
      console.log(`Verified ${report.checked} artifacts in ${store.root} in ${seconds} s: each matches the sha256 its evidence records.`);
      return;
    }
    console.log(`Verified ${report.checked} artifacts in ${store.root} in ${seconds} s: ${report.problems.length} do not match.`);
    for (const p of report.problems) {
      const why = p.status === 'missing' ? `missing: no file stored for sha256 ${p.sha256}` : `modified: the stored file no longer hashes to ${p.sha256}`;
      console.log(`  ${p.evidenceId} ${why}`);
    }
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

runCli(() => main(process.argv.slice(2)));

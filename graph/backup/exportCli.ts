import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { progressBar } from '../../seeds/progress.js';
import { openDatabase } from '../openDatabase.js';
import { UserFacingError } from '../server/errors.js';
import { fromUserDir, megabytes, runCli } from './cli.js';
import { exportBackup } from './exportBackup.js';

const usage = 'Usage: npm run export [-- --out <file.ndjson>]   (default: aims-graph-<date and time>.ndjson here)';

/** `npm run export`: the whole graph to a file and its manifest. Stop the server first. */
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  if (positionals.length) throw new UserFacingError(`Unexpected argument ${positionals.join(' ')}. ${usage}`);
  if (values.out === '') throw new UserFacingError(`--out needs a file name. ${usage}`);
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  const file = fromUserDir(values.out ?? `aims-graph-${stamp}.ndjson`);
  // Refused before Neo4j starts; exportBackup checks again, for its other callers.
  if (existsSync(file)) throw new UserFacingError(`${file} already exists; choose another file (--out).`);

  const db = await openDatabase(undefined, (line) => console.error(line));
  try {
    const started = Date.now();
    const { manifest, manifestFile } = await exportBackup(db.graph, file, { onProgress: progressBar('Exporting') });
    console.log(
      `Exported ${manifest.nodes.total} nodes and ${manifest.relationships.total} relationships to ${file} ` +
        `(${megabytes(manifest.bytes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    console.log(`Manifest: ${manifestFile} (sha256 ${manifest.sha256}, graph digest ${manifest.graphDigest}).`);
  } finally {
    await db.close();
  }
}

runCli(() => main(process.argv.slice(2)));

import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fromUserDir, megabytes, runCli } from '../backup/cli.js';
import { UserFacingError } from '../server/errors.js';
import { verifyPackage } from './verifyPackage.js';

const usage = 'Usage: npm run verify-package -- <file.zip>';

/** `npm run verify-package`: checks an audit package (any zipped BagIt 1.0 bag with sha256 manifests); exits 1 naming every failure. */
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(usage);
  if (positionals.length !== 1) throw new UserFacingError(`${positionals.length ? 'One package at a time.' : 'Which package?'} ${usage}`);
  const file = fromUserDir(positionals[0]!);
  if (!existsSync(file)) throw new UserFacingError(`${file} does not exist. ${usage}`);
  const report = await verifyPackage(file);
  const about = report.bagInfo['AIMS-Scope'] ? ` (${report.bagInfo['AIMS-Scope']} as of ${report.bagInfo['AIMS-As-Of']})` : '';
  if (report.ok) {
    console.log(`${file}${about}: a valid BagIt 1.0 bag; ${report.files} payload files (${megabytes(report.bytes)}) match their sha256 manifest.`);
    return;
  }
  console.log(`${file}${about}: ${report.problems.length} failures.`);
  for (const problem of report.problems) console.log(`  ${problem}`);
  process.exitCode = 1;
}

runCli(() => main(process.argv.slice(2)));

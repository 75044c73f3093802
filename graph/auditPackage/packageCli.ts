import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { progressBar } from '../../seeds/progress.js';
import { defaultArtifactStore } from '../artifacts/fileArtifactStore.js';
import { fromUserDir, megabytes, runCli } from '../backup/cli.js';
import { InputError, NotFoundError } from '../errors.js';
import { openDatabase } from '../openDatabase.js';
import { UserFacingError } from '../server/errors.js';
import { buildAuditPackage, planAuditPackage } from './buildAuditPackage.js';
import { checkDay } from './packageScope.js';

const usage =
  'Usage: npm run audit-package -- --scope <org|ORG-…|SYS-…> [--as-of <YYYY-MM-DD>] [--since <YYYY-MM-DD>] [--out <file.zip>]' +
  '   (default: today, and aims-audit-<scope>-<as-of>.zip here)';

/** `npm run audit-package`: the auditor's package of a scope as of a day, a zipped BagIt bag. */
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      scope: { type: 'string' }, 'as-of': { type: 'string' }, since: { type: 'string' }, out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  if (positionals.length) throw new UserFacingError(`Unexpected argument ${positionals.join(' ')}. ${usage}`);
  if (!values.scope) throw new UserFacingError(`Which scope? ${usage}`);
  if (values.out === '') throw new UserFacingError(`--out needs a file name. ${usage}`);
  const request = { scope: values.scope, asOf: values['as-of'] ?? new Date().toISOString().slice(0, 10), since: values.since };
  const refused = (e: unknown) => {
    if (e instanceof InputError || e instanceof NotFoundError) throw new UserFacingError(`${e.message.replace(/\basOf\b/g, '--as-of').replace(/\bsince\b/g, '--since')} ${usage}`);
    throw e;
  };
  // Days are checked before Neo4j starts; the scope once it is up.
  try {
    checkDay('asOf', request.asOf);
    if (request.since !== undefined) checkDay('since', request.since);
  } catch (e) {
    refused(e);
  }
  const given = values.out === undefined ? null : fromUserDir(values.out);
  if (given && existsSync(given)) throw new UserFacingError(`${given} already exists; choose another file (--out).`);

  const db = await openDatabase(undefined, (line) => console.error(line));
  try {
    const plan = await planAuditPackage(db.graph, request).catch(refused);
    const file = given ?? fromUserDir(`${plan.name}.zip`);
    if (existsSync(file)) throw new UserFacingError(`${file} already exists; choose another file (--out).`);
    // Written beside its name and renamed once complete: a file under the name is always a whole package.
    const partial = `${file}.partial`;
    const report = await buildAuditPackage({
      graph: db.graph, store: defaultArtifactStore(), ...request, scope: plan.scope.id,
      out: createWriteStream(partial), onProgress: progressBar('Packaging'),
    }).catch(async (e: unknown) => {
      await rm(partial, { force: true });
      throw e;
    });
    await rename(partial, file);
    console.log(
      `Packaged ${plan.scope.id} (${plan.scope.name}) as of ${plan.asOf}: ${report.artifacts} artifacts, ${report.events} change events, ` +
        `${report.files} files (${megabytes(report.payloadBytes)}) in ${file} (${megabytes(report.zipBytes)}) in ${report.seconds.toFixed(1)} s.`,
    );
    if (report.problems.length) {
      console.log(`${report.problems.length} artifacts are not packaged as recorded (data/problems.json):`);
      for (const p of report.problems) console.log(`  ${p.evidenceId} ${p.problem}: ${p.detail}`);
    }
  } finally {
    await db.close();
  }
}

runCli(() => main(process.argv.slice(2)));

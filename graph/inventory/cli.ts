import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { progressBar } from '../../seeds/progress.js';
import { fromUserDir, runCli } from '../backup/cli.js';
import type { InputError } from '../errors.js';
import { migrate } from '../migrate.js';
import { openDatabase } from '../openDatabase.js';
import { UserFacingError } from '../server/errors.js';
import { importInventory } from './importInventory.js';
import { inventoryKind, inventoryKindNames } from './kinds.js';
import type { InventoryFormat } from './parseInventory.js';
import { describeProblem, InventoryRejectedError } from './problems.js';
import { templateFor } from './templateFor.js';

const usage = `Usage: npm run import-inventory -- <kind> <file.csv|file.json> [--dry-run]
       npm run import-inventory -- --template <kind> [--format csv|json] > file.csv
  kinds: ${inventoryKindNames.join(', ')}
  --dry-run  check every row and say what would change, writing nothing`;

/** `npm run import-inventory`: one inventory file into the configured graph, or a template to fill in. */
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      template: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(usage);
  if (values.template !== undefined) {
    if (values.format !== 'csv' && values.format !== 'json') throw new UserFacingError(`--format is csv or json, not "${values.format}".`);
    process.stdout.write(templateFor(kindOf(values.template), values.format));
    return;
  }
  if (positionals.length !== 2) throw new UserFacingError(`Give a kind and a file.\n${usage}`);
  const kind = kindOf(positionals[0]!);
  const file = fromUserDir(positionals[1]!);
  const format = formatOf(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserFacingError(`Cannot read ${file}: ${(e as Error).message}`);
  }

  const db = await openDatabase(undefined, (line) => console.error(line));
  try {
    await migrate(db.graph);
    const actor = { keyId: 'command line', name: `npm run import-inventory by ${userInfo().username}` };
    const started = Date.now();
    const s = await importInventory(db.graph, actor, kind, text, format, {
      dryRun: values['dry-run'],
      onProgress: progressBar(`Importing ${kind}`),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `${s.dryRun ? 'Dry run, nothing written: would import' : 'Imported'} ${s.rows} ${kind} rows from ${file} in ${seconds} s: ` +
        `${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged; ${s.linksAdded} links added, ${s.linksRemoved} removed.`,
    );
  } catch (e) {
    if (!(e instanceof InventoryRejectedError)) throw e;
    for (const p of e.problems) console.error(describeProblem(p));
    const more = e.problemCount - e.problems.length;
    throw new UserFacingError(`${more > 0 ? `… and ${more} more. ` : ''}${e.problemCount} problem${e.problemCount === 1 ? '' : 's'} in ${file}; nothing was written.`);
  } finally {
    await db.close();
  }
}

function kindOf(name: string) {
  try {
    return inventoryKind(name);
  } catch (e) {
    throw new UserFacingError((e as InputError).message);
  }
}

function formatOf(file: string): InventoryFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.json') return ext.slice(1) as InventoryFormat;
  throw new UserFacingError(`${file}: the file must end in .csv or .json, which says how to read it.`);
}

runCli(() => main(process.argv.slice(2)));

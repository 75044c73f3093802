import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { fromUserDir, runCli } from '../backup/cli.js';
import type { Graph } from '../db.js';
import { ConflictError, InputError, NotFoundError } from '../errors.js';
import { migrate } from '../migrate.js';
import { openDatabase } from '../openDatabase.js';
import { UserFacingError } from '../server/errors.js';
import type { Actor } from '../writes/recordChange.js';
import {
  exportComponentDefinition, exportIsoCatalog, importComponentDefinition, importCrosswalk, importOscalCatalog,
  type CatalogImportSummary, type OutcomeCounts,
} from './index.js';

const usage = `Usage: npm run oscal -- <command>
  import-catalog <file.json> --id <FRAMEWORK-ID> [--dry-run]   an OSCAL 1.x catalog as a framework (e.g. NIST-SP-800-53)
  export-catalog [--out <file.json>]                           our ISO/IEC 42001 catalog as OSCAL (stdout without --out)
  export-components --scope <id|org> [--out <file.json>]       a scope's implementations as an OSCAL component definition
  import-components <file.json> [--dry-run]                    a component definition back into the graph
  import-crosswalk <file.csv> [--dry-run]                      crosswalk rows: from,to,source,confidence[,basis,note]`;

const options = {
  id: { type: 'string' },
  out: { type: 'string' },
  scope: { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof options }>>['values'];

interface Command {
  /** Whether it takes a file argument. */
  file: boolean;
  accepts: (keyof typeof options)[];
  /** An option it cannot do without, and what to say when it is missing. */
  requires?: [keyof typeof options, string];
  run(graph: Graph, file: string, values: Values): Promise<string>;
}

const commands: Record<string, Command> = {
  'import-catalog': {
    file: true,
    accepts: ['id', 'dry-run'],
    requires: ['id', '--id <FRAMEWORK-ID>, the id the catalog takes (e.g. NIST-SP-800-53)'],
    async run(graph, file, values) {
      const summary = await importOscalCatalog(graph, actor(), readJson(file), { id: values.id!, source: basename(file), dryRun: values['dry-run'], log });
      return describeCatalog(summary);
    },
  },
  'export-catalog': {
    file: false,
    accepts: ['out'],
    run: async (graph, _file, values) => write(values.out, await exportIsoCatalog(graph), 'the ISO/IEC 42001 catalog'),
  },
  'export-components': {
    file: false,
    accepts: ['scope', 'out'],
    requires: ['scope', '--scope <id|org>, the organisation (org) or the id of an AI system, model, dataset or vendor'],
    async run(graph, _file, values) {
      const document = await exportComponentDefinition(graph, values.scope!);
      const count = document['component-definition'].components[0]?.['control-implementations']?.[0]?.['implemented-requirements'].length ?? 0;
      return write(values.out, document, `${count} implementations of ${values.scope}`);
    },
  },
  'import-components': {
    file: true,
    accepts: ['dry-run'],
    async run(graph, file, values) {
      const summary = await importComponentDefinition(graph, actor(), readJson(file), { dryRun: values['dry-run'], log });
      return `${done(summary.dryRun)} implementations ${counts(summary.implementations)}; ${summary.linksCreated} links added.`;
    },
  },
  'import-crosswalk': {
    file: true,
    accepts: ['dry-run'],
    async run(graph, file, values) {
      const summary = await importCrosswalk(graph, actor(), readText(file), { dryRun: values['dry-run'], log });
      return `${done(summary.dryRun)} ${summary.rows} crosswalk rows: ${counts(summary)}.`;
    },
  },
};

/** `npm run oscal`: OSCAL catalogs and component definitions in and out, crosswalk CSVs in. */
async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
  if (values.help) return console.log(usage);
  const [name, ...rest] = positionals;
  const command = name ? commands[name] : undefined;
  if (!command) throw new UserFacingError(`${name ? `Unknown command "${name}".` : 'Which command?'} ${oneLine(usage)}`);
  const given = (Object.keys(values) as (keyof typeof options)[]).filter((k) => k !== 'help' && !command.accepts.includes(k));
  if (given.length) throw new UserFacingError(`${name} takes no --${given.join(', --')}. ${oneLine(usage)}`);
  if (rest.length !== (command.file ? 1 : 0)) {
    throw new UserFacingError(`${name} takes ${command.file ? 'one file' : 'no file argument'}. ${oneLine(usage)}`);
  }
  if (command.requires && !values[command.requires[0]]) throw new UserFacingError(`${name} needs ${command.requires[1]}.`);
  if (values.out === '') throw new UserFacingError('--out needs a file name.');
  const file = command.file ? fromUserDir(rest[0]!) : '';
  // A missing file is refused before Neo4j starts.
  if (file && !existsSync(file)) throw new UserFacingError(`No file at ${file}.`);

  const db = await openDatabase(undefined, log);
  try {
    if (name!.startsWith('import-')) await migrate(db.graph);
    const summary = await command.run(db.graph, file, values);
    if (summary) console.log(summary);
  } catch (e) {
    // What the user can correct is one line; anything else keeps its stack (runCli).
    if (e instanceof InputError || e instanceof NotFoundError || e instanceof ConflictError) throw new UserFacingError(e.message);
    throw e;
  } finally {
    await db.close();
  }
}

const log = (line: string) => console.error(line);

/** Change events name who changed what: here the user at the terminal, as the API names a key. */
const actor = (): Actor => ({ keyId: 'cli', name: `npm run oscal by ${userInfo().username}` });

function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readText(file));
  } catch (e) {
    throw new UserFacingError(`${file} is not JSON: ${(e as Error).message}.`);
  }
}

function write(out: string | undefined, document: unknown, what: string): string {
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (!out) {
    process.stdout.write(json);
    return '';
  }
  const file = fromUserDir(out);
  writeFileSync(file, json);
  return `Wrote ${what} to ${file}.`;
}

const done = (dryRun: boolean) => (dryRun ? 'Dry run, nothing written:' : 'Imported');
const counts = (c: OutcomeCounts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;

function describeCatalog(s: CatalogImportSummary): string {
  const kept = s.requirements.notInFile ? `; ${s.requirements.notInFile} requirements of ${s.framework} not in the file were kept` : '';
  return `${done(s.dryRun)} ${s.framework} "${s.title}" ${s.version} (standard ${s.standard}): ${s.groups} groups and ${s.controls} controls, ` +
    `requirements ${counts(s.requirements)}${kept}.`;
}

const oneLine = (text: string) => text.split('\n')[0]!;

runCli(() => main(process.argv.slice(2)));

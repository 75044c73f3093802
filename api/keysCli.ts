import { parseArgs } from 'node:util';
import {
  createApiKey,
  InputError,
  listApiKeys,
  migrate,
  NotFoundError,
  openDatabase,
  revokeApiKey,
  roles,
  UserFacingError,
  type Role,
} from '../graph/index.js';

const usage = `Usage:
  npm run keys -- create --role <${roles.join('|')}> [--name <label>] [--expires <ISO date-time>]
  npm run keys -- list
  npm run keys -- revoke <key id>`;

/** `npm run keys`: API keys from the command line. A new key's secret is printed once. */
async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, expires: { type: 'string' } },
  });
  const [command, id] = positionals;
  if (command === 'create' && !values.role) throw new UserFacingError(`create needs --role.\n${usage}`);
  if (command === 'revoke' && !id) throw new UserFacingError(`revoke needs a key id.\n${usage}`);
  if (!['create', 'list', 'revoke'].includes(command ?? '')) throw new UserFacingError(usage);

  const db = await openDatabase(undefined, () => {});
  try {
    await migrate(db.graph);
    if (command === 'create') {
      const { key, token } = await createApiKey(db.graph, {
        name: values.name ?? `${values.role} key`,
        role: values.role as Role,
        expiresAt: values.expires ?? null,
      });
      console.log(`Created ${key.role} key ${key.id} ("${key.name}"). The secret is shown this once:\n\n  ${token}\n`);
    } else if (command === 'list') {
      for (const k of await listApiKeys(db.graph)) {
        const state = k.revokedAt ? `revoked ${k.revokedAt}` : k.expiresAt ? `expires ${k.expiresAt}` : 'active';
        console.log(`${k.id}  ${k.role.padEnd(7)}  ${state.padEnd(36)}  ${k.name}`);
      }
    } else {
      const key = await revokeApiKey(db.graph, id!);
      console.log(`Revoked ${key.id} ("${key.name}").`);
    }
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const known =
    e instanceof UserFacingError ||
    e instanceof InputError ||
    e instanceof NotFoundError ||
    String((e as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
  console.error(known ? (e as Error).message : e);
  process.exit(1);
});

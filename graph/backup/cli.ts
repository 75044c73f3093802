import { resolve } from 'node:path';
import { UserFacingError } from '../server/errors.js';

/**
 * A path given on the command line, relative to where the user typed it: `npm run` moves into
 * the package directory first and keeps the user's directory in INIT_CWD.
 */
export const fromUserDir = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

/** Runs a CLI's main: a failure the user can act on is one line on stderr, anything else its stack; exit 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    const known = e instanceof UserFacingError || String((e as { code?: string })?.code).startsWith('ERR_PARSE_ARGS');
    console.error(known ? (e as Error).message : e);
    process.exit(1);
  });
}

export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

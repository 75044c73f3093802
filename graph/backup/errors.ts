import { UserFacingError } from '../server/errors.js';

/**
 * A backup that cannot be trusted or a database it must not go into: refused before anything is
 * written, with a message that says why (the CLIs print it alone and exit non-zero).
 */
export class BackupRefusedError extends UserFacingError {}

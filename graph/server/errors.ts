/**
 * A failure the user can act on: its message is the whole story, printed without a stack trace.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/**
 * Domain errors a caller can act on. The API maps them to GraphQL codes (BAD_USER_INPUT,
 * NOT_FOUND) and keeps their message; every other error is hidden as an internal one.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The input field at fault, e.g. `input.sha256`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly field: string,
    readonly id: string,
    what = 'node',
  ) {
    super(`No ${what} with id "${id}" (${field}).`);
  }
}

/** The request contradicts what the graph already holds (e.g. an artifact that would be overwritten); the API answers CONFLICT. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

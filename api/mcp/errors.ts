import { ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { GraphQLError } from 'graphql';
import { knownError, type ErrorCode as ApiCode } from '../errors.js';
import { serverLog } from '../serverLog.js';

/**
 * A JSON-RPC error as the SDK sends it: `code`, `message` and `data` are read off whatever a
 * handler throws. Not the SDK's McpError, whose message carries an "MCP error -32602:" prefix
 * the client adds again. `data.code` is the API's own vocabulary (api/errors.ts), so an
 * integrator reads the same codes from GraphQL and from MCP.
 */
export class ProtocolError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data: { code: ApiCode } & Record<string, unknown>,
  ) {
    super(message);
  }
}

export const invalidArguments = (message: string, data: { code: ApiCode } & Record<string, unknown>) =>
  new ProtocolError(ErrorCode.InvalidParams, message, data);

/**
 * Any failure of a tool, resource or prompt → the protocol error the caller sees. Refusals the
 * caller can fix keep their message; the rest is logged and hidden, as formatError does.
 */
export function toProtocolError(error: unknown, where: string): ProtocolError {
  if (error instanceof ProtocolError) return error;
  // The API's own refusals made for GraphQL (badInput in a shared resolver helper) keep their code.
  if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
    return invalidArguments(error.message, { code: 'BAD_USER_INPUT', field: error.extensions.field });
  }
  const known = knownError(error);
  if (known) {
    const { code, message, ...where } = known;
    // What the caller can fix is about its arguments; the rest is the server's state.
    const rpc = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'].includes(code) ? ErrorCode.InvalidParams
      : code === 'UNAUTHENTICATED' ? ErrorCode.InvalidRequest : ErrorCode.InternalError;
    return new ProtocolError(rpc, message, { code, ...where });
  }
  serverLog.internalError(error, { path: [where] });
  return new ProtocolError(ErrorCode.InternalError, 'Internal server error.', { code: 'INTERNAL_SERVER_ERROR' });
}

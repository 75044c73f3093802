import type { TypedDocumentString } from './generated/graphql';
import { currentKey } from './session';

/** A GraphQL error as the API sends it: a stable code, and the field at fault for bad input. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * The explorer's only way to the API: typed documents from codegen (web/src/lib/generated), the
 * session's key as a bearer token, errors turned into ApiError (network failure: code NETWORK).
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  const key = currentKey();
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The AIMS Graph server cannot be reached. Is `npm start` running?', 'NETWORK', 0);
  }
  let body: { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The server answered ${res.status} without GraphQL.`, 'NETWORK', res.status);
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', res.status);
  return body.data as Result;
}

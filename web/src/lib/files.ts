import { ApiError } from './client';
import { downloadBlob } from './download';
import { currentKey } from './session';

/**
 * The file routes beside /graphql (`/api/…`: artifacts, inventories, audit packages, OSCAL), with
 * the session's key as for GraphQL. A refusal arrives as `{ errors: [{ message, extensions: { code,
 * field?, … } }] }` and becomes a FileRouteError, an ApiError with the field and what else it said.
 */
export class FileRouteError extends ApiError {
  constructor(
    message: string,
    code: string,
    status: number,
    readonly field?: string,
    /** The error's other extensions, e.g. an inventory's `problems` by line. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message, code, status);
  }
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

/** What a refused file route said, as an error; pure, so tested without a server. */
export function routeError(path: string, status: number, body: unknown): FileRouteError {
  const first = (body as ErrorBody | null)?.errors?.[0];
  if (!first) {
    // The server's own 404 for a path it does not know: an older server, or a route not there yet.
    const code = status === 404 ? 'NOT_FOUND' : status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR';
    return new FileRouteError(`The server answered ${status} to ${path.split('?')[0]}.`, code, status);
  }
  const { code, field, ...details } = first.extensions ?? {};
  return new FileRouteError(first.message ?? `The server answered ${status}.`, code ?? 'INTERNAL_SERVER_ERROR', status, field, details);
}

/** Calls a file route with the session's key; anything but 2xx is thrown as a FileRouteError. */
export async function callRoute(path: string, init: RequestInit = {}): Promise<Response> {
  const key = currentKey();
  const headers = new Headers(init.headers);
  if (key) headers.set('authorization', `Bearer ${key}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError('The AIMS Graph server cannot be reached. Is `npm start` running?', 'NETWORK', 0);
  }
  if (res.ok) return res;
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON: described by its status alone.
  }
  throw routeError(path, res.status, body);
}

/** The file name a Content-Disposition header gives (RFC 6266: `filename*` first), without any directories. */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  let name: string | null = null;
  if (extended) {
    try {
      name = decodeURIComponent(extended[2]!.trim());
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
    name = plain ? (plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]!.trim()) : null;
  }
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base || null;
}

/** GETs a file route and saves what it answers under the name the server gives (or `fallback`). */
export async function saveRoute(path: string, fallback: string): Promise<{ name: string; size: number }> {
  const res = await callRoute(path);
  const blob = await res.blob();
  const name = filenameFromDisposition(res.headers.get('content-disposition')) ?? fallback;
  downloadBlob(name, blob);
  return { name, size: blob.size };
}

/** Lowercase hex of bytes. */
export function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The sha256 of bytes in lowercase hex, or null where the browser offers no Web Crypto (plain http off localhost). */
export async function sha256Hex(data: ArrayBuffer | Blob): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  return hex(await subtle.digest('SHA-256', bytes));
}

export type Verdict = 'verified' | 'mismatch' | 'unchecked';

/**
 * Whether received bytes are what the server and the graph say they are: `actual` (hashed here)
 * against the `X-Content-SHA256` header and, when known, the sha256 the evidence records.
 */
export function verdictOf(actual: string | null, header: string | null, recorded?: string | null): Verdict {
  if (!actual) return 'unchecked';
  const expected = [header, recorded].filter((h): h is string => !!h).map((h) => h.toLowerCase());
  if (!expected.length) return 'unchecked';
  return expected.every((h) => h === actual) ? 'verified' : 'mismatch';
}

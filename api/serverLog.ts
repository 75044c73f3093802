import type { IncomingMessage } from 'node:http';
import type { ErrorCode } from './errors.js';

/** A refused request, as an operator needs it: who (key id, never the key), what, why, from where. */
export interface Denial {
  status: 401 | 403 | 429;
  code: Extract<ErrorCode, 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED'>;
  reason: string;
  /** The id part of the key presented (`key_<12 hex>`), when it had that form; never the secret. */
  keyId: string | null;
  /** The operation's name, when the client gave a valid one. */
  operation: string | null;
  /** The root field refused (FORBIDDEN). */
  field?: string;
  client: string;
  /** Refusals of the same kind left out since the last line (see RateLimit). */
  repeated?: number;
}

/**
 * The server's security log: one JSON object per line on stderr. Only what is listed in each
 * entry is written: no headers, no variables, no error messages (a message may quote evidence or
 * a token), so the log can be shipped and kept without becoming a second copy of the graph.
 */
export const serverLog = {
  /** Where lines go; tests spy on it. */
  sink(line: string): void {
    process.stderr.write(`${line}\n`);
  },
  denied({ repeated, ...denial }: Denial): void {
    serverLog.sink(JSON.stringify({ time: new Date().toISOString(), event: 'denied', ...denial, ...(repeated ? { repeated } : {}) }));
  },
  /**
   * A stored evidence artifact that no longer hashes to its sha256 (or is gone), found when asked
   * for: tampering or loss in the store, which an operator must hear of before an auditor does.
   */
  artifactIntegrity(entry: { evidenceId: string; sha256: string; status: 'modified' | 'missing'; keyId: string; client: string }): void {
    serverLog.sink(JSON.stringify({ time: new Date().toISOString(), event: 'artifact-integrity', ...entry }));
  },
  /**
   * An error the client only saw as INTERNAL_SERVER_ERROR: its class, Neo4j code and stack
   * frames, which say where it happened; the message is left out because it may quote data.
   */
  internalError(error: unknown, where: { path?: readonly (string | number)[] } = {}): void {
    const e = error as { name?: unknown; message?: unknown; code?: unknown; gqlStatus?: unknown; stack?: unknown } | null;
    let stack = typeof e?.stack === 'string' ? e.stack : '';
    // The stack opens with the message, which may span lines of its own.
    const message = typeof e?.message === 'string' ? e.message : '';
    const end = message ? stack.indexOf(message) : -1;
    if (end >= 0) stack = stack.slice(end + message.length);
    const frames = stack.split('\n').filter((l) => /^\s+at /.test(l)).map((l) => l.trim());
    serverLog.sink(
      JSON.stringify({
        time: new Date().toISOString(),
        event: 'internal-error',
        error: typeof e?.name === 'string' ? e.name : typeof error,
        code: typeof e?.code === 'string' ? e.code : undefined,
        gqlStatus: typeof e?.gqlStatus === 'string' ? e.gqlStatus : undefined,
        path: where.path?.join('.'),
        frames,
      }),
    );
  },
};

/** The peer's address (proxies' X-Forwarded-For is not trusted: anyone can send it). */
export const clientAddress = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

/** A GraphQL Name, or null: the operation name is the client's text, so only a real name is logged. */
export function operationName(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 100 && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : null;
}

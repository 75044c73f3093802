import type { IncomingMessage, ServerResponse } from 'node:http';
import { UserFacingError } from '../graph/index.js';

/**
 * The built explorer loads its module scripts and stylesheets from /assets, sets styles only
 * through CSSOM (Svelte's style: directives, sigma), talks to /graphql and /auth on its own origin,
 * draws with WebGL (no policy needed) and runs the force layout in a worker made from a blob: URL
 * (graphology-layout-forceatlas2/worker). Nothing inline, no eval, no fonts, no images from
 * anywhere; nobody may frame it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: [string, string][] = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['x-content-type-options', 'nosniff'],
  // For browsers without frame-ancestors.
  ['x-frame-options', 'DENY'],
  // Explorer URLs name nodes and dates; they stay on this server.
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-opener-policy', 'same-origin'],
];

/** What a browser on an allowed origin may send to /graphql. */
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'content-type, authorization, idempotency-key, apollo-require-preflight, x-apollo-operation-name';

/** The origins allowed to call /graphql from a browser, from AIMS_CORS_ORIGINS (comma-separated); none by default. */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = (env.AIMS_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    // Exact origins only: each one is trusted to send its users' keys here; a pattern would trust sites nobody listed.
    if (!/^https?:\/\/[^/\s*]+$/.test(origin)) {
      throw new UserFacingError(`AIMS_CORS_ORIGINS holds "${origin}": list exact origins such as https://example.com, without paths or wildcards.`);
    }
  }
  return origins;
}

/**
 * Sets the headers every response carries, and CORS for /graphql: closed unless the request's
 * Origin is in `corsOrigins` (exact match), in which case a preflight is answered here with 204.
 * Returns true when it answered the request itself.
 */
export function httpHeaders(corsOrigins: readonly string[]): (req: IncomingMessage, res: ServerResponse) => boolean {
  const allowed = new Set(corsOrigins);
  return (req, res) => {
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    if (!allowed.size) return false;
    const url = req.url ?? '';
    if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
    // The answer depends on Origin once some origins are allowed: caches must keep them apart.
    res.setHeader('vary', 'Origin');
    const origin = req.headers.origin;
    if (!origin || !allowed.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'retry-after');
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
    res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
    res.statusCode = 204;
    res.end();
    return true;
  };
}

import { existsSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { defaultArtifactStore, type ArtifactStore, type Graph } from '../graph/index.js';
import { repoRoot } from '../graph/server/paths.js';
import { Admission, type AdmissionLimits } from './admission.js';
import { contextFor, createGraphQL } from './graphql.js';
import { healthHandler } from './health.js';
import { corsOriginsFromEnv, httpHeaders } from './httpHeaders.js';
import { rateLimitsFromEnv, type RateLimits } from './rateLimit.js';
import { mcpHttpHandler } from './mcp/index.js';
import { matchRoute, routesFor, runRoute } from './routes/index.js';
import { serverLog } from './serverLog.js';
import { SignIn } from './signIn.js';

export interface AppContext {
  graph: Graph;
  /** The one-time sign-in link's token; a fresh one when not given. */
  signIn?: SignIn;
  /** GraphQL requests at once, queued and the longest wait (see admission.ts); its defaults when not given. */
  admission?: Partial<AdmissionLimits>;
  /** Per-key and failed-authentication limits (see rateLimit.ts); from AIMS_RATE_LIMIT and AIMS_RATE_BURST when not given. */
  rateLimits?: RateLimits;
  /** Origins a browser may call /graphql from (see httpHeaders.ts); from AIMS_CORS_ORIGINS when not given, else none. */
  corsOrigins?: readonly string[];
  /** Where evidence artifacts are stored; the file store of the data directory (AIMS_DATA_DIR) when not given. */
  artifacts?: ArtifactStore;
}

/** Where the built explorer is (npm run build). */
export const explorerDir = () => join(repoRoot(), 'web', 'dist');

export interface App {
  /** Every request: /graphql straight to Apollo (see graphqlHttp.ts), the rest through Express. */
  handle: RequestListener;
  /** An HTTP server for `handle`, listening. */
  listen(port: number, host: string, onListening?: () => void): Server;
  /** Stops Apollo (drains in-flight operations); the caller closes the HTTP server and driver. */
  stop(): Promise<void>;
  /** What /graphql admits, queues and refuses. */
  admission: Admission;
}

/** The HTTP application: /health, /graphql (GET and POST), /mcp (POST), the file routes (routes/), /auth/exchange, and the explorer at /. */
export async function createApp({
  graph,
  signIn = new SignIn(),
  admission: limits,
  rateLimits = rateLimitsFromEnv(),
  corsOrigins = corsOriginsFromEnv(),
  artifacts = defaultArtifactStore(),
}: AppContext): Promise<App> {
  // Only GraphQL queues: /health must answer while the API is saturated, and sign-in and static files cost little.
  const admission = new Admission(limits);
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(graph));
  const context = contextFor(graph, artifacts, rateLimits);
  const routes = routesFor({ artifacts });
  const graphql = await createGraphQL(context);
  // AI assistants (Model Context Protocol) ask the same questions under the same keys, limits and queue.
  const mcp = mcpHttpHandler(context);
  app.use(signIn.routes(graph));
  const dist = explorerDir();
  if (existsSync(dist)) {
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
    // The explorer routes in the browser: every other page is its index, so views can be shared as links.
    app.get(/^\/(?!graphql|auth|health|api\/).*/, (_req, res) => res.sendFile(join(dist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The explorer is not built: run `npm run build`, then reload.');
    });
  }
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  // Express's own handler would print the error (a bad JSON body's message quotes the body, a
  // sign-in token with it) and answer without our headers.
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (error as { status?: unknown } | null)?.status;
    const refused = typeof status === 'number' && status >= 400 && status < 500;
    if (!refused) serverLog.internalError(error);
    if (res.headersSent) return void res.destroy();
    res.status(refused ? status : 500).json({ error: refused ? 'bad request' : 'internal server error' });
  });
  const headers = httpHeaders(corsOrigins);
  const handle: RequestListener = (req, res) => {
    if (headers(req, res)) return;
    const url = req.url ?? '';
    const queued = url === '/graphql' || url.startsWith('/graphql?') ? graphql.handle : url === '/mcp' || url.startsWith('/mcp?') ? mcp : null;
    if (queued) {
      admission.run(req, res, () => queued(req, res)).catch((e: unknown) => {
        // Apollo and the MCP transport answer their own errors; this is a broken connection or a bug, not the caller's fault.
        serverLog.internalError(e);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
      });
      return;
    }
    const path = url.split('?')[0] ?? '';
    const matched = matchRoute(routes, req.method ?? 'GET', path);
    if (matched) {
      // Files in and out do not queue behind GraphQL: a long download would hold a turn for minutes.
      void runRoute(matched.route, matched.params, req, res, context);
      return;
    }
    app(req, res);
  };
  const listen = (port: number, host: string, onListening?: () => void) => createServer(handle).listen(port, host, onListening);
  return { handle, listen, stop: graphql.stop, admission };
}

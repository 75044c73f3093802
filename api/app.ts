import { existsSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import type { Graph } from '../graph/index.js';
import { repoRoot } from '../graph/server/paths.js';
import { createGraphQL } from './graphql.js';
import { healthHandler } from './health.js';
import { SignIn } from './signIn.js';

export interface AppContext {
  graph: Graph;
  /** The one-time sign-in link's token; a fresh one when not given. */
  signIn?: SignIn;
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
}

/** The HTTP application: /health, /graphql (GET and POST), /auth/exchange, and the explorer at /. */
export async function createApp({ graph, signIn = new SignIn() }: AppContext): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(graph));
  const graphql = await createGraphQL(graph);
  app.use(signIn.routes(graph));
  const dist = explorerDir();
  if (existsSync(dist)) {
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
    // The explorer routes in the browser: every other page is its index, so views can be shared as links.
    app.get(/^\/(?!graphql|auth|health).*/, (_req, res) => res.sendFile(join(dist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The explorer is not built: run `npm run build`, then reload.');
    });
  }
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  const handle: RequestListener = (req, res) => {
    const url = req.url ?? '';
    if (url === '/graphql' || url.startsWith('/graphql?')) {
      graphql.handle(req, res).catch((e: unknown) => {
        // Apollo answers its own errors; this is a broken connection or a bug, not the caller's fault.
        console.error('GraphQL request failed:', e);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
      });
    } else app(req, res);
  };
  const listen = (port: number, host: string, onListening?: () => void) => createServer(handle).listen(port, host, onListening);
  return { handle, listen, stop: graphql.stop };
}

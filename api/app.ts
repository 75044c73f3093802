import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
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
  app: Express;
  /** Stops Apollo (drains in-flight operations); the caller closes the HTTP server and driver. */
  stop(): Promise<void>;
}

/** The HTTP application: /health, /graphql (GET and POST), /auth/exchange, and the explorer at /. */
export async function createApp({ graph, signIn = new SignIn() }: AppContext): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(graph));
  const graphql = await createGraphQL(graph);
  app.use('/graphql', ...graphql.handler);
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
  return { app, stop: graphql.stop };
}

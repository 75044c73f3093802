import express, { type Express } from 'express';
import type { Graph } from '../graph/index.js';
import { createGraphQL } from './graphql.js';
import { healthHandler } from './health.js';

export interface AppContext {
  graph: Graph;
}

export interface App {
  app: Express;
  /** Stops Apollo (drains in-flight operations); the caller closes the HTTP server and driver. */
  stop(): Promise<void>;
}

/** The HTTP application: /health, /graphql (GET and POST), and, later, the explorer. */
export async function createApp({ graph }: AppContext): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(graph));
  const graphql = await createGraphQL(graph);
  app.use('/graphql', ...graphql.handler);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  return { app, stop: graphql.stop };
}

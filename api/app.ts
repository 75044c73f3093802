import express, { type Express } from 'express';
import type { Graph } from '../graph/index.js';
import { healthHandler } from './health.js';

export interface AppContext {
  graph: Graph;
}

/** The HTTP application: /health now; the GraphQL endpoint and the explorer mount here too. */
export function createApp({ graph }: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(graph));
  app.use((_req, res) => {
    res.status(404).json({ error: 'not found' });
  });
  return app;
}

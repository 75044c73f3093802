import type { Request } from 'express';
import { verifyApiKey, type ApiKeyRecord, type Graph } from '../graph/index.js';
import { unauthenticated } from './errors.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the graph, the caller's key, this request's loaders. */
export interface Context {
  graph: Graph;
  key: ApiKeyRecord;
  loaders: Loaders;
}

/** Builds the context from `Authorization: Bearer <key>`; no valid key, no context (401). */
export async function createContext(graph: Graph, req: Request): Promise<Context> {
  const header = req.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const key = token ? await verifyApiKey(graph, token) : null;
  if (!key) throw unauthenticated();
  return { graph, key, loaders: createLoaders(graph) };
}

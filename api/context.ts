import type { IncomingMessage } from 'node:http';
import type { ApiKeyRecord, Graph } from '../graph/index.js';
import type { Authentication, Authenticator } from './authenticator.js';
import { unauthenticated } from './errors.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the graph (guarded by the caller's key), the key, this request's loaders. */
export interface Context {
  graph: Graph;
  key: ApiKeyRecord;
  auth: Authentication;
  loaders: Loaders;
}

/** Builds the context from `Authorization: Bearer <key>`; no valid key, no context (401). */
export async function createContext(graph: Graph, authenticator: Authenticator, req: IncomingMessage): Promise<Context> {
  const header = req.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const auth = token ? await authenticator.authenticate(token) : null;
  if (!auth) throw unauthenticated();
  const guarded = graph.guarded(auth.guard);
  return { graph: guarded, key: auth.verified.key, auth, loaders: createLoaders(guarded) };
}

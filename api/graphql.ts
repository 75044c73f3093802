import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ArtifactStore, Graph } from '../graph/index.js';
import { Authenticator, keyGuardPlugin } from './authenticator.js';
import { createContext, type Context } from './context.js';
import { formatError } from './errors.js';
import { graphqlHttpHandler } from './graphqlHttp.js';
import { complexityLimit } from './limits.js';
import { RateLimit, type RateLimits } from './rateLimit.js';
import { buildSchema } from './schema.js';
import { unavailablePlugin } from './unavailablePlugin.js';

/** The largest request body accepted, in bytes. */
export const BODY_LIMIT = 1_000_000;

/**
 * Apollo Server on /graphql: every request needs an API key, depth and cost are limited before
 * execution, errors leave through one formatError, and CSRF prevention is on (a browser cannot
 * send a simple cross-site request that carries our Authorization header).
 */
export async function createGraphQL(
  /** Checks the caller's key and limits, and builds the context (see contextFor). */
  context: (req: IncomingMessage, body: unknown) => Promise<Context>,
): Promise<{ handle(req: IncomingMessage, res: ServerResponse): Promise<void>; stop(): Promise<void> }> {
  const server = new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    validationRules: [complexityLimit],
    includeStacktraceInErrorResponses: false,
    // Up to MAX_BATCH operations per request (graphqlHttp.ts refuses more), each charged to the key's rate limit.
    allowBatchedHttpRequests: true,
    csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
    // Introspection stays on in production: integrators generate their types from it.
    introspection: true,
    // Cache hints are unused here, and the plugin wraps every field's resolver to collect them.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), keyGuardPlugin(), unavailablePlugin()],
  });
  await server.start();
  const handle = graphqlHttpHandler(server, context, BODY_LIMIT);
  return { handle, stop: () => server.stop() };
}

/** One authenticator and one set of rate limits for every request of the app, GraphQL or not. */
export function contextFor(
  graph: Graph,
  artifacts: ArtifactStore,
  rateLimits: RateLimits = { perKey: null, failedAuth: null },
): (req: IncomingMessage, body?: unknown) => Promise<Context> {
  const authenticator = new Authenticator(graph);
  const limits = {
    perKey: rateLimits.perKey && new RateLimit(rateLimits.perKey),
    failedAuth: rateLimits.failedAuth && new RateLimit(rateLimits.failedAuth),
  };
  return (req, body) => createContext(graph, artifacts, authenticator, req, limits, body);
}

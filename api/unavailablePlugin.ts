import type { ApolloServerPlugin } from '@apollo/server';
import { UNAVAILABLE_RETRY_AFTER } from './errors.js';

/**
 * An answer that could not reach Neo4j leaves as HTTP 503 with Retry-After, so that clients and
 * load balancers back off instead of reading a 200 with errors. formatError has already turned
 * the driver's failure into SERVICE_UNAVAILABLE; this runs after it.
 */
export function unavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER));
        },
      };
    },
  };
}

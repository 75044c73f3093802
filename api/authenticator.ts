import type { ApolloServerPlugin } from '@apollo/server';
import {
  apiKeyGuard,
  checkApiKey,
  KeyRefusedError,
  tokenMatches,
  type Graph,
  type Guard,
  type KeyRefusal,
  type VerifiedKey,
} from '../graph/index.js';
import { UNAVAILABLE_RETRY_AFTER, unavailable } from './errors.js';
import { operationName, serverLog } from './serverLog.js';

/** How many verified keys a server remembers; beyond it the longest unused is forgotten. */
const CAPACITY = 10_000;

/** One request's standing: its key, and whether a guard has confirmed or refused it yet. */
export interface Authentication {
  verified: VerifiedKey;
  guard: Guard;
  confirmed: boolean;
  refused: boolean;
}

/**
 * Recognises bearer tokens. A token is verified by one read the first time it is seen and then in
 * memory; either way every transaction of the request carries a guard that re-checks the key in
 * Neo4j (Graph.guarded), so a revoked or expired key is refused at once without a round-trip of
 * its own per request.
 */
export class Authenticator {
  private readonly known = new Map<string, VerifiedKey>();

  constructor(private readonly graph: Graph) {}

  /**
   * The request's standing, or why its token is refused. A token not in memory costs a read, so
   * `mayLookUp` is asked first (the caller's budget of failures): 'throttled' when it says no.
   */
  async authenticate(token: string, mayLookUp: () => boolean = () => true): Promise<Authentication | KeyRefusal | 'throttled'> {
    let verified = this.recall(token);
    if (!verified) {
      if (!mayLookUp()) return 'throttled';
      const checked = await this.verify(token);
      if (typeof checked === 'string') return checked;
      verified = checked;
    }
    const auth: Authentication = { verified, guard: apiKeyGuard(verified), confirmed: false, refused: false };
    const check = auth.guard.check;
    auth.guard = {
      ...auth.guard,
      check: (rows) => {
        try {
          check(rows);
          auth.confirmed = true;
        } catch (error) {
          auth.refused = true;
          this.known.delete(verified.key.id);
          throw error;
        }
      },
    };
    return auth;
  }

  private recall(token: string): VerifiedKey | null {
    const id = token.split('.', 1)[0]!;
    const known = this.known.get(id);
    if (!known || !tokenMatches(token, known)) return null;
    // Map order is insertion order: re-inserting marks it as the most recently used.
    this.known.delete(id);
    this.known.set(id, known);
    return known;
  }

  private async verify(token: string): Promise<VerifiedKey | KeyRefusal> {
    const verified = await checkApiKey(this.graph, token);
    if (typeof verified !== 'string') {
      this.known.set(verified.key.id, verified);
      if (this.known.size > CAPACITY) this.known.delete(this.known.keys().next().value!);
    }
    return verified;
  }
}

/** What a client sees, as formatError would have shaped it: the key refused, or no database to ask. */
const refusal = { message: 'This API key is no longer valid.', extensions: { code: 'UNAUTHENTICATED' } };

/**
 * Before any response leaves: a request that sent no Cypher has its key checked now, and a
 * request whose key a guard refused answers 401 with nothing but that refusal, even if some of
 * its fields were read before the refusal.
 */
export function keyGuardPlugin(): ApolloServerPlugin<{ graph: Graph; auth: Authentication; client: string }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, request, operationName: resolved }) {
          const { auth, graph } = contextValue;
          if (!auth.confirmed && !auth.refused) {
            try {
              await graph.checkGuard();
            } catch (error) {
              if (!(error instanceof KeyRefusedError)) {
                response.http.status = 503;
                response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER));
                response.body = { kind: 'single', singleResult: { errors: [unavailable] } };
                return;
              }
            }
          }
          if (auth.refused) {
            serverLog.denied({
              status: 401,
              code: 'UNAUTHENTICATED',
              reason: 'key revoked, expired or replaced since it was verified',
              keyId: auth.verified.key.id,
              operation: operationName(resolved ?? request.operationName),
              client: contextValue.client,
            });
            response.http.status = 401;
            response.body = { kind: 'single', singleResult: { errors: [refusal] } };
          }
        },
      };
    },
  };
}

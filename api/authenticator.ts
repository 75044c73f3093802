import type { ApolloServerPlugin } from '@apollo/server';
import {
  apiKeyGuard,
  KeyRefusedError,
  tokenMatches,
  verifyApiKey,
  type Graph,
  type Guard,
  type VerifiedKey,
} from '../graph/index.js';

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

  async authenticate(token: string): Promise<Authentication | null> {
    const verified = this.recall(token) ?? (await this.verify(token));
    if (!verified) return null;
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

  private async verify(token: string): Promise<VerifiedKey | null> {
    const verified = await verifyApiKey(this.graph, token);
    if (verified) {
      this.known.set(verified.key.id, verified);
      if (this.known.size > CAPACITY) this.known.delete(this.known.keys().next().value!);
    }
    return verified;
  }
}

/** What a client sees, as formatError would have shaped it: the key refused, or no database to ask. */
const refusal = { message: 'This API key is no longer valid.', extensions: { code: 'UNAUTHENTICATED' } };
const unavailable = { message: 'The graph database is unavailable; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };

/**
 * Before any response leaves: a request that sent no Cypher has its key checked now, and a
 * request whose key a guard refused answers 401 with nothing but that refusal, even if some of
 * its fields were read before the refusal.
 */
export function keyGuardPlugin(): ApolloServerPlugin<{ graph: Graph; auth: Authentication }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const { auth, graph } = contextValue;
          if (!auth.confirmed && !auth.refused) {
            try {
              await graph.checkGuard();
            } catch (error) {
              if (!(error instanceof KeyRefusedError)) {
                response.http.status = 503;
                response.body = { kind: 'single', singleResult: { errors: [unavailable] } };
                return;
              }
            }
          }
          if (auth.refused) {
            response.http.status = 401;
            response.body = { kind: 'single', singleResult: { errors: [refusal] } };
          }
        },
      };
    },
  };
}

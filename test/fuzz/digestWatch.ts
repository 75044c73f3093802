import { expect } from 'vitest';
import { graphDigest, type GraphDigest } from '../../graph/digest.js';
import type { Graph } from '../../graph/index.js';
import type { Reply } from './replies.js';

/**
 * Whether the server refused a request before running any of it: a body it could not read, a
 * document that does not parse or type-check, variables GraphQL cannot coerce (Apollo answers those
 * 400), or no key (401). Nothing can have changed; the next digest checks it all the same.
 */
export const ranNothing = (reply: Reply) => !reply.json || [400, 401, 413, 415].includes(reply.status);

/**
 * The graph's canonical digest, kept as the fuzz expects it: unchanged after every refused write,
 * and after a landed one moved on by exactly the nodes it adds. A digest reads the whole graph
 * (~20 ms on the small one), so requests refused before running are checked together, by the
 * digest after the next request that runs, or before the next write expected to land.
 */
export function digestWatch(graph: () => Graph) {
  let expected: GraphDigest | null = null;
  let pending = 0;
  const now = () => graphDigest(graph());
  const unchanged = async (what: string) => {
    const after = await now();
    expect(after.sha256, `${what}${pending ? ` (or one of the ${pending} requests refused before it)` : ''} changed the graph`).toBe(expected!.sha256);
    pending = 0;
  };
  return {
    /** Drops the change events piled up so far (they slow every digest down) and starts again from the graph as it is. */
    async restart(): Promise<void> {
      await graph().write('MATCH (c:ChangeEvent) DETACH DELETE c');
      expected = await now();
      pending = 0;
    },
    /** Before a write expected to land: the requests refused since the last digest changed nothing. */
    async settle(): Promise<void> {
      if (pending) await unchanged('a request refused before running');
    },
    /** After a refusal: the graph is exactly as before. */
    async refused(reply: Reply, what: string): Promise<void> {
      if (ranNothing(reply)) pending += 1;
      else await unchanged(what);
    },
    /** After a write that landed: the graph moved on by `nodeDelta` nodes, or not at all for a no-op. */
    async landed(what: string, nodeDelta: number | 'none'): Promise<void> {
      expect(pending, 'settle() before a write expected to land').toBe(0);
      if (nodeDelta === 'none') return unchanged(what);
      const after = await now();
      expect(after.nodes, `nodes added by ${what}`).toBe(expected!.nodes + nodeDelta);
      expected = after;
    },
  };
}

import type { Graph } from '../db.js';
import { labelOfId } from '../ids.js';
import type { Label } from '../model.js';
import { intParam } from './input.js';
import { whyPath, type WhyPath } from './why.js';

export interface ShortestPathParams {
  fromId: string;
  toId: string;
  /** Most hops, 1 to MAX_PATH_LENGTH; MAX_PATH_LENGTH when absent. */
  maxLength?: number;
}

export const MAX_PATH_LENGTH = 8;

/*
 * Both ends are unique-index seeks on the labels their ids name, the second inside a CALL that
 * imports the first (an Apply, not a Cartesian product). The bound in the pattern is the hard
 * ceiling; a shorter maxLength filters inside the pattern, so it holds before SHORTEST picks.
 * ANY, not ALL SHORTEST: through hubs such as 6.1.3 (every control ADDRESSES it) or a standard,
 * the number of equally short paths grows fast, and one is the answer.
 */
const cypherFor = (from: Label, to: Label) => `
MATCH (a:${from} {id: $fromId})
CALL (a) { MATCH (b:${to} {id: $toId}) RETURN b }
MATCH p = ANY SHORTEST ((a)-[hops]-{0,${MAX_PATH_LENGTH}}(b) WHERE size(hops) <= $maxLength)
RETURN ${whyPath('p')} AS why`;

const cache = new Map<string, string>();

/** The shortest chain of relationships between two nodes, in either direction, or null. */
export async function shortestPath(graph: Graph, params: ShortestPathParams): Promise<WhyPath | null> {
  const maxLength = intParam('maxLength', params.maxLength ?? MAX_PATH_LENGTH, 1, MAX_PATH_LENGTH);
  const from = labelOfId(params.fromId);
  const to = labelOfId(params.toId);
  if (!from || !to) return null;
  const key = `${from}>${to}`;
  if (!cache.has(key)) cache.set(key, cypherFor(from, to));
  const [row] = await graph.read(cache.get(key) as string, { fromId: params.fromId, toId: params.toId, maxLength });
  return (row?.why as WhyPath | undefined) ?? null;
}

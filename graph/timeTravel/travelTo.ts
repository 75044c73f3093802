import type { Graph } from '../db.js';
import { cypherDateTime } from '../plain.js';
import { dayParam } from '../queries/input.js';
import { endOfDay } from '../queries/statusHistory.js';
import { rewind } from './rewind.js';

const CHANGED_SINCE = 'RETURN EXISTS { MATCH (e:ChangeEvent) WHERE e.at >= $since } AS changed';

/**
 * Runs `work` (any reading code: a query module, several) against the graph as it was at the end
 * of `day` (UTC), as far as the change history records it: inside `Graph.rewound`, every change
 * recorded after that day undone in a transaction that is rolled back. Today, a later day, or a
 * day after which nothing was recorded costs one indexed read at most: `work` runs as it is. A
 * malformed day is left to `work`, whose own checks name the argument.
 */
export async function travelTo<T>(graph: Graph, day: string, work: () => Promise<T>): Promise<T> {
  if (!isDay(day) || day >= new Date().toISOString().slice(0, 10)) return work();
  const since = endOfDay(day);
  const [row] = await graph.read(CHANGED_SINCE, { since: cypherDateTime(since) });
  if (row?.changed !== true) return work();
  return graph.rewound(`the end of ${day}`, async (tx) => void (await rewind(tx, since)), work);
}

function isDay(day: string): boolean {
  try {
    dayParam('asOf', day);
    return true;
  } catch {
    return false;
  }
}

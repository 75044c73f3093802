import type { Graph } from '../db.js';
import { cypherDateTime, int } from '../plain.js';
import { toEvent, type ChangeEventRecord } from '../reads/history.js';
import { endOfDay } from '../queries/statusHistory.js';

const PAGE = 1000;

/*
 * Change events up to the end of a day, oldest first, a page at a time. The keyset is the instant
 * to the nanosecond and the id (ChangeEvent.at keeps nanoseconds, the ISO text clients see only
 * milliseconds), with a millisecond floor on `at` so every page starts from the index.
 */
const page = `
MATCH (c:ChangeEvent)
WHERE c.at < $until AND c.at >= $floor AND ($ids IS NULL OR c.targetId IN $ids OR c.otherId IN $ids)
WITH c, [c.at.epochSeconds, c.at.nanosecond, c.id] AS key
WHERE $after IS NULL OR key > $after
RETURN c {.*} AS event, key ORDER BY c.at, c.id LIMIT $limit`;

const count = `
MATCH (c:ChangeEvent)
WHERE c.at < $until AND ($ids IS NULL OR c.targetId IN $ids OR c.otherId IN $ids)
RETURN count(c) AS n`;

/**
 * Change events recorded by the end of `asOf`: every one for the organisation (its whole AIMS is
 * in scope), for a system those that touched one of `nodeIds` (as target or other end).
 */
export async function* scopeHistory(graph: Graph, asOf: string, nodeIds: ReadonlySet<string> | null): AsyncGenerator<ChangeEventRecord[]> {
  const ids = nodeIds ? [...nodeIds] : null;
  const until = cypherDateTime(endOfDay(asOf));
  let floor = cypherDateTime('0001-01-01T00:00:00Z');
  let after: unknown[] | null = null;
  for (;;) {
    const rows = await graph.read(page, { until, floor, ids, after, limit: int(PAGE) });
    if (!rows.length) return;
    const events = rows.map((r) => toEvent(r.event as Record<string, unknown>));
    yield events;
    after = rows.at(-1)!.key as unknown[];
    // Milliseconds of the last event, rounded down: never past an event not yet read.
    floor = cypherDateTime(events.at(-1)!.at);
  }
}

export async function countScopeHistory(graph: Graph, asOf: string, nodeIds: ReadonlySet<string> | null): Promise<number> {
  const [row] = await graph.read(count, { until: cypherDateTime(endOfDay(asOf)), ids: nodeIds ? [...nodeIds] : null });
  return Number(row?.n ?? 0);
}

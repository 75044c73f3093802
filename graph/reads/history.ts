import type { Graph } from '../db.js';
import { InputError } from '../errors.js';
import { cypherDateTime, int } from '../plain.js';
import { decodeCursor, encodeCursor } from '../queries/input.js';
import type { EdgePage } from './edgePage.js';

export interface ChangeEventRecord {
  id: string;
  at: string;
  actor: string;
  operation: 'create' | 'update' | 'delete' | 'link' | 'unlink';
  targetId: string;
  targetLabel: string;
  relationship: string | null;
  otherId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const cypher = `
  CALL () {
    MATCH (c:ChangeEvent) WHERE c.targetId = $id OR c.otherId = $id RETURN count(c) AS total
  }
  CALL () {
    MATCH (c:ChangeEvent) WHERE (c.targetId = $id OR c.otherId = $id)
      AND ($after IS NULL OR c.at < $after.at OR (c.at = $after.at AND c.id < $after.id))
    WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
    RETURN collect(c {.*}) AS page
  }
  RETURN total, page`;

/** The change events that touched a node (created, changed, deleted it, or linked it), newest first. */
export async function history(
  graph: Graph,
  { id, first, after }: { id: string; first: number; after?: string | null },
): Promise<EdgePage<ChangeEventRecord>> {
  const position = decodeCursor('history', after, ['string', 'string']);
  // The instant goes to Cypher as a DATETIME: a forged cursor's text never reaches datetime().
  const at = position && Date.parse(position[0] as string);
  if (at !== null && Number.isNaN(at)) throw new InputError('after', 'after is not a cursor this list gave out.');
  const [row] = await graph.read(cypher, { id, limit: int(first + 1), after: position && { at: cypherDateTime(position[0] as string), id: position[1] } });
  const page = ((row?.page ?? []) as Record<string, unknown>[]).map(toEvent);
  const rows = page.slice(0, first);
  const cursors = rows.map((e) => encodeCursor('history', [e.at, e.id]));
  return { rows, cursors, totalCount: Number(row?.total ?? 0), hasNextPage: page.length > first, endCursor: cursors.at(-1) ?? null };
}

/** A ChangeEvent node's properties as the API hands them out, before and after parsed. */
export function toEvent(c: Record<string, unknown>): ChangeEventRecord {
  const json = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as Record<string, unknown>) : null);
  return {
    id: String(c.id),
    at: String(c.at),
    actor: String(c.actor),
    operation: c.operation as ChangeEventRecord['operation'],
    targetId: String(c.targetId),
    targetLabel: String(c.targetLabel),
    relationship: (c.relationship as string | undefined) ?? null,
    otherId: (c.otherId as string | undefined) ?? null,
    before: json(c.before),
    after: json(c.after),
  };
}

import { randomUUID } from 'node:crypto';
import type { Tx } from '../db.js';

/** Who makes a change: the API key behind the request. */
export interface Actor {
  keyId: string;
  name: string;
}

/** How a change names who made it, in change events and wherever else a write is signed (artifact uploads). */
export const actorName = (actor: Actor): string => `${actor.name} (${actor.keyId})`;

/** A relationship a delete took away with its node, as the delete event keeps it (`links`). */
export interface DeletedLink {
  type: string;
  /** `out`: from the deleted node to `otherId`. */
  direction: 'out' | 'in';
  otherId: string;
  /** Its properties, as JSON values; absent when it had none. */
  properties?: Record<string, unknown>;
}

export interface Change {
  operation: 'create' | 'update' | 'delete' | 'link' | 'unlink';
  targetId: string;
  targetLabel: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  relationship?: string;
  otherId?: string;
  /** For delete: the relationships that went with the node, so that its past can be rebuilt (graph/timeTravel). */
  links?: readonly DeletedLink[];
}

const cypher = `
  CREATE (c:ChangeEvent {
    id: $id, at: datetime(), actor: $actor, operation: $operation, targetId: $targetId,
    targetLabel: $targetLabel, before: $before, after: $after, relationship: $relationship, otherId: $otherId, links: $links
  })`;

/** Records a change inside the mutation's own transaction: no change lands without its record. */
export async function recordChange(tx: Tx, actor: Actor, change: Change): Promise<void> {
  await tx.run(cypher, eventParams(actor, change));
}

// The same statement over a list of events (`$id` becomes `e.id`…), so both write the same record.
const batchCypher = `UNWIND $events AS e ${cypher.replace(/\$(\w+)/g, 'e.$1')}`;

/** Records many changes of one bulk write in its transaction, `batchSize` per statement (an import of thousands of rows). */
export async function recordChanges(tx: Tx, actor: Actor, changes: readonly Change[], batchSize = 1000, onBatch?: (n: number) => void): Promise<void> {
  for (let i = 0; i < changes.length; i += batchSize) {
    const batch = changes.slice(i, i + batchSize);
    await tx.run(batchCypher, { events: batch.map((change) => eventParams(actor, change)) });
    onBatch?.(batch.length);
  }
}

function eventParams(actor: Actor, change: Change) {
  return {
    id: `CHG-${randomUUID()}`,
    actor: actorName(actor),
    operation: change.operation,
    targetId: change.targetId,
    targetLabel: change.targetLabel,
    before: change.before ? JSON.stringify(change.before) : null,
    after: change.after ? JSON.stringify(change.after) : null,
    relationship: change.relationship ?? null,
    otherId: change.otherId ?? null,
    links: change.links ? JSON.stringify(change.links) : null,
  };
}

import { randomUUID } from 'node:crypto';
import type { Tx } from '../db.js';

/** Who makes a change: the API key behind the request. */
export interface Actor {
  keyId: string;
  name: string;
}

export interface Change {
  operation: 'create' | 'update' | 'delete' | 'link' | 'unlink';
  targetId: string;
  targetLabel: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  relationship?: string;
  otherId?: string;
}

const cypher = `
  CREATE (c:ChangeEvent {
    id: $id, at: datetime(), actor: $actor, operation: $operation, targetId: $targetId,
    targetLabel: $targetLabel, before: $before, after: $after, relationship: $relationship, otherId: $otherId
  })`;

/** Records a change inside the mutation's own transaction: no change lands without its record. */
export async function recordChange(tx: Tx, actor: Actor, change: Change): Promise<void> {
  await tx.run(cypher, {
    id: `CHG-${randomUUID()}`,
    actor: `${actor.name} (${actor.keyId})`,
    operation: change.operation,
    targetId: change.targetId,
    targetLabel: change.targetLabel,
    before: change.before ? JSON.stringify(change.before) : null,
    after: change.after ? JSON.stringify(change.after) : null,
    relationship: change.relationship ?? null,
    otherId: change.otherId ?? null,
  });
}

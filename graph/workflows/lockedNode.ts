import type { Tx } from '../db.js';
import { NotFoundError } from '../errors.js';
import type { Label } from '../model.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';
import { plainProps } from '../writes/nodeWrites.js';
import { recordChange, type Actor } from '../writes/recordChange.js';

/**
 * A node read under its write lock: two steps racing on one request (two approvers deciding, a
 * deployment and a withdrawal) are serialised, so the second sees what the first wrote.
 * `label` comes from the model, never from input.
 */
export async function lockedNode(tx: Tx, label: Label, id: string, field: string): Promise<NodeRecord> {
  const [row] = await tx.run(`MATCH (n:${label} {id: $id}) SET n.workflowLock = true REMOVE n.workflowLock RETURN ${nodeRecord('n')} AS node`, { id });
  if (!row) throw new NotFoundError(field, id, label);
  return row.node as NodeRecord;
}

/** Sets properties (driver values) on a node read by lockedNode and records the change. */
export async function setAndRecord(tx: Tx, actor: Actor, before: NodeRecord, props: Record<string, unknown>): Promise<NodeRecord> {
  const label = before.__typename;
  const [row] = await tx.run(`MATCH (n:${label} {id: $id}) SET n += $props RETURN ${nodeRecord('n')} AS node`, { id: before.id, props });
  const after = row!.node as NodeRecord;
  await recordChange(tx, actor, { operation: 'update', targetId: before.id, targetLabel: label, before: plainProps(before), after: plainProps(after) });
  return after;
}

/** Today in UTC, the day the API's dates default to. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

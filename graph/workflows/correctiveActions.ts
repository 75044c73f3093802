import type { Graph } from '../db.js';
import { ConflictError, InputError, NotFoundError } from '../errors.js';
import { labelOfId } from '../ids.js';
import { cypherDate } from '../plain.js';
import type { NodeRecord } from '../reads/nodeRecord.js';
import { recordChange, type Actor } from '../writes/recordChange.js';
import { isCalendarDate } from '../writes/validate.js';
import { lockedNode, setAndRecord, todayUtc } from './lockedNode.js';

export type ActionState = 'open' | 'overdue' | 'done' | 'unevidenced';

/** Where a corrective action stands on `asOf`: done counts only with evidence that closes it. */
export function actionState(action: Record<string, unknown>, evidenced: boolean, asOf: string): ActionState {
  const completed = action.completedOn ? String(action.completedOn) : null;
  if (completed && completed <= asOf) return evidenced ? 'done' : 'unevidenced';
  return String(action.dueOn) < asOf ? 'overdue' : 'open';
}

/** A corrective action is due after its finding was raised: the dates of the loop stay in order. */
export async function checkActionDue(graph: Graph, findingId: string, dueOn: string, field = 'input.dueOn'): Promise<void> {
  if (labelOfId(findingId) !== 'Finding') throw new InputError('input.findingId', `input.findingId must be the id of a Finding; "${findingId}" is not.`);
  const [row] = await graph.read('MATCH (f:Finding {id: $id}) RETURN toString(f.raisedOn) AS raisedOn', { id: findingId });
  if (!row) throw new NotFoundError('input.findingId', findingId, 'Finding');
  if (dueOn < String(row.raisedOn)) throw new InputError(field, `dueOn must not be before ${findingId} was raised (${String(row.raisedOn)}).`);
}

/** The same for a new due date of an existing action (an action without a finding has nothing to follow). */
export async function checkNewDueOn(graph: Graph, actionId: string, dueOn: string): Promise<void> {
  const [row] = await graph.read('MATCH (:CorrectiveAction {id: $id})-[:CORRECTS]->(f:Finding) RETURN f.id AS id', { id: actionId });
  if (row) await checkActionDue(graph, String(row.id), dueOn, 'patch.dueOn');
}

function dayOrToday(field: string, day: string | null | undefined): string {
  const value = day ?? todayUtc();
  if (!isCalendarDate(value)) throw new InputError(field, `${field.split('.').pop()} must be a date (YYYY-MM-DD).`);
  if (value > todayUtc()) throw new InputError(field, `${field.split('.').pop()} must not be in the future.`);
  return value;
}

/** Marks an action done with the evidence that closes it (CLOSES), in one transaction. */
export async function completeCorrectiveAction(
  graph: Graph, actor: Actor, input: { id: string; completedOn?: string | null; evidenceIds: string[] },
): Promise<NodeRecord> {
  const day = dayOrToday('input.completedOn', input.completedOn);
  if (input.evidenceIds.length === 0) throw new InputError('input.evidenceIds', 'Name the evidence that shows the action was done.');
  input.evidenceIds.forEach((id, i) => {
    if (labelOfId(id) !== 'Evidence') throw new InputError(`input.evidenceIds[${i}]`, `input.evidenceIds must hold ids of Evidence; "${id}" is not.`);
  });
  return graph.writeTx(async (tx) => {
    const action = await lockedNode(tx, 'CorrectiveAction', input.id, 'input.id');
    if (action.completedOn) throw new ConflictError('input.id', `${action.id} was already completed on ${String(action.completedOn)}.`);
    const [finding] = await tx.run('MATCH (:CorrectiveAction {id: $id})-[:CORRECTS]->(f:Finding) RETURN toString(f.raisedOn) AS raisedOn', { id: action.id });
    if (finding && day < String(finding.raisedOn)) {
      throw new InputError('input.completedOn', `completedOn must not be before its finding was raised (${String(finding.raisedOn)}).`);
    }
    for (const [i, evidenceId] of input.evidenceIds.entries()) {
      const [linked] = await tx.run(
        'MATCH (e:Evidence {id: $evidence}), (a:CorrectiveAction {id: $action}) MERGE (e)-[:CLOSES]->(a) RETURN e.id AS id',
        { evidence: evidenceId, action: action.id },
      );
      if (!linked) throw new NotFoundError(`input.evidenceIds[${i}]`, evidenceId, 'Evidence');
      await recordChange(tx, actor, { operation: 'link', targetId: evidenceId, targetLabel: 'Evidence', relationship: 'CLOSES', otherId: action.id });
    }
    return setAndRecord(tx, actor, action, { completedOn: cypherDate(day) });
  });
}

/**
 * Closes a finding. A nonconformity closes only when it has corrective actions and each is done
 * with evidence; an observation or opportunity closes when its actions, if any, are.
 */
export async function closeFinding(graph: Graph, actor: Actor, input: { id: string; closedOn?: string | null }): Promise<NodeRecord> {
  const day = dayOrToday('input.closedOn', input.closedOn);
  return graph.writeTx(async (tx) => {
    const finding = await lockedNode(tx, 'Finding', input.id, 'input.id');
    if (finding.status === 'closed') throw new ConflictError('input.id', `${finding.id} was already closed on ${String(finding.closedOn)}.`);
    if (day < String(finding.raisedOn)) throw new InputError('input.closedOn', `closedOn must not be before it was raised (${String(finding.raisedOn)}).`);
    const actions = await tx.run(
      `MATCH (a:CorrectiveAction)-[:CORRECTS]->(:Finding {id: $id})
       RETURN a.id AS id, a.completedOn IS NOT NULL AS done, EXISTS { (a)<-[:CLOSES]-(:Evidence) } AS evidenced ORDER BY a.id`,
      { id: finding.id },
    );
    const nonconformity = String(finding.kind).endsWith('nonconformity');
    if (nonconformity && actions.length === 0) throw new ConflictError('input.id', `${finding.id} is a nonconformity with no corrective action: plan one first.`);
    const open = actions.filter((a) => !a.done || !a.evidenced).map((a) => `${String(a.id)} (${a.done ? 'no evidence' : 'not done'})`);
    if (open.length) throw new ConflictError('input.id', `${finding.id} cannot close while its corrective actions are unfinished: ${open.join(', ')}.`);
    return setAndRecord(tx, actor, finding, { status: 'closed', closedOn: cypherDate(day) });
  });
}

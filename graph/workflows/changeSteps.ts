import { randomBytes } from 'node:crypto';
import type { Graph } from '../db.js';
import { ConflictError, InputError } from '../errors.js';
import { cypherDate } from '../plain.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';
import { plainProps } from '../writes/nodeWrites.js';
import { recordChange, type Actor } from '../writes/recordChange.js';
import { isCalendarDate, isUnicodeText, validateProperties } from '../writes/validate.js';
import { lockedNode, setAndRecord, todayUtc } from './lockedNode.js';

export interface DecideChangeInput {
  changeRequestId: string;
  approverId: string;
  decision: 'approved' | 'rejected';
  comment?: string | null;
}

const APPROVERS = `
MATCH (cr:ChangeRequest {id: $id})-[:NEEDS_APPROVAL_OF]->(p:Person)
RETURN p.id AS person, COLLECT { MATCH (cr)<-[:DECIDES]-(a:Approval)-[:GIVEN_BY]->(p) RETURN a {.decision, decidedAt: toString(a.decidedAt)} }[0] AS approval`;

/**
 * One named approver's decision, as an Approval node. A rejection rejects the request; the
 * approvals its tier requires approve it. Each approver decides once, and only while it is pending.
 */
export async function decideChange(graph: Graph, actor: Actor, input: DecideChangeInput): Promise<NodeRecord> {
  const comment = input.comment?.trim() || null;
  if (input.decision === 'rejected' && !comment) throw new InputError('input.comment', 'A rejection needs a comment saying why.');
  const approval = validateProperties('Approval', { decision: input.decision, comment }, 'update');
  return graph.writeTx(async (tx) => {
    const request = await lockedNode(tx, 'ChangeRequest', input.changeRequestId, 'input.changeRequestId');
    const named = await tx.run(APPROVERS, { id: request.id });
    const mine = named.find((r) => r.person === input.approverId);
    if (!mine) {
      const names = named.map((r) => String(r.person)).join(', ') || 'none';
      throw new InputError('input.approverId', `${input.approverId} is not an approver of ${request.id} (its approvers: ${names}).`);
    }
    if (request.status !== 'pending') throw new ConflictError('input.changeRequestId', `${request.id} is ${request.status}: decisions are taken only while it is pending.`);
    const prior = mine.approval as { decision: string; decidedAt: string } | null;
    if (prior) throw new ConflictError('input.approverId', `${input.approverId} already ${prior.decision} ${request.id} at ${prior.decidedAt}.`);

    const id = `APR-${randomBytes(6).toString('hex').toUpperCase()}`;
    const [created] = await tx.run(
      `MATCH (cr:ChangeRequest {id: $request}), (p:Person {id: $person})
       CREATE (a:Approval {id: $id}) SET a += $props, a.decidedAt = datetime()
       CREATE (a)-[:DECIDES]->(cr), (a)-[:GIVEN_BY]->(p)
       RETURN ${nodeRecord('a')} AS node`,
      { request: request.id, person: input.approverId, id, props: approval },
    );
    await recordChange(tx, actor, { operation: 'create', targetId: id, targetLabel: 'Approval', after: plainProps(created!.node as NodeRecord) });

    const approvals = named.filter((r) => (r.approval as { decision?: string } | null)?.decision === 'approved').length + (input.decision === 'approved' ? 1 : 0);
    const status = input.decision === 'rejected' ? 'rejected' : approvals >= Number(request.requiredApprovals) ? 'approved' : 'pending';
    return status === request.status ? request : setAndRecord(tx, actor, request, { status });
  });
}

export interface DeployChangeInput {
  changeRequestId: string;
  deployedOn?: string | null;
  emergencyJustification?: string | null;
}

/**
 * Records that a change reached production. An approved request deploys; one that is not (pending
 * or rejected) only with an emergency justification, which is kept and makes it a gap until the
 * approvals are given after the fact. A withdrawn or already deployed request is refused.
 */
export async function deployChange(graph: Graph, actor: Actor, input: DeployChangeInput): Promise<NodeRecord> {
  const day = input.deployedOn ?? todayUtc();
  if (!isCalendarDate(day)) throw new InputError('input.deployedOn', 'deployedOn must be a date (YYYY-MM-DD).');
  if (day > todayUtc()) throw new InputError('input.deployedOn', 'deployedOn must not be in the future.');
  const justification = input.emergencyJustification?.trim() || null;
  // Kept as deploymentNote: held to what any stored text is held to.
  if (justification && (justification.length > 10_000 || !isUnicodeText(justification))) {
    throw new InputError('input.emergencyJustification', 'emergencyJustification must be Unicode text of at most 10,000 characters.');
  }
  return graph.writeTx(async (tx) => {
    const request = await lockedNode(tx, 'ChangeRequest', input.changeRequestId, 'input.changeRequestId');
    if (request.deployedOn) throw new ConflictError('input.changeRequestId', `${request.id} was already deployed on ${String(request.deployedOn)}.`);
    if (request.status === 'withdrawn') throw new ConflictError('input.changeRequestId', `${request.id} was withdrawn.`);
    if (day < String(request.requestedAt).slice(0, 10)) {
      throw new InputError('input.deployedOn', `deployedOn must not be before the request (${String(request.requestedAt).slice(0, 10)}).`);
    }
    if (request.status !== 'approved' && !justification) {
      throw new InputError(
        'input.emergencyJustification',
        `${request.id} is ${request.status}, not approved: deploy it only as an emergency change, with emergencyJustification.`,
      );
    }
    const note = request.status === 'approved' ? {} : { deploymentNote: justification };
    return setAndRecord(tx, actor, request, { deployedOn: cypherDate(day), ...note });
  });
}

/**
 * Withdraws a request that is still pending. One already deployed as an emergency change stays a
 * gap (deployed, never approved): withdrawing it only ends the wait for its approvals.
 */
export async function withdrawChange(graph: Graph, actor: Actor, id: string): Promise<NodeRecord> {
  return graph.writeTx(async (tx) => {
    const request = await lockedNode(tx, 'ChangeRequest', id, 'id');
    if (request.status !== 'pending') throw new ConflictError('id', `${request.id} is ${request.status}: only a pending request can be withdrawn.`);
    return setAndRecord(tx, actor, request, { status: 'withdrawn' });
  });
}

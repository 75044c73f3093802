import type { Graph } from '../db.js';
import { InputError } from '../errors.js';
import { labelOfId } from '../ids.js';
import type { Label } from '../model.js';
import type { NodeRecord } from '../reads/nodeRecord.js';
import { createNode } from '../writes/nodeWrites.js';
import type { Actor } from '../writes/recordChange.js';
import { approvalsRequired, highestTier } from './approvalPolicy.js';

export interface RequestChangeInput {
  id?: string | null;
  title: string;
  kind: string;
  description?: string | null;
  riskReview: string;
  changesIds: string[];
  riskIds?: string[] | null;
  requestedById: string;
  approverIds: string[];
}

/** Ids of one field, each of one of `kinds`: a wrong kind is bad input, not "not found". */
function idsOf(field: string, ids: readonly string[], kinds: readonly Label[]): string[] {
  ids.forEach((id, i) => {
    const label = labelOfId(id);
    if (!label || !kinds.includes(label)) throw new InputError(`${field}[${i}]`, `${field} must hold ids of a ${kinds.join(' or ')}; "${id}" is not.`);
  });
  return [...ids];
}

// The systems whose tier a change answers to: those it changes, and those running, using or supplied through what it changes.
const TIERS = `
MATCH (s:AISystem)
WHERE s.id IN $ids
  OR EXISTS { MATCH (s)-[:RUNS|USES]->(x) WHERE x.id IN $ids }
  OR EXISTS { MATCH (s)-[:PROVIDED_BY]->(v:Vendor) WHERE v.id IN $ids }
  OR EXISTS { MATCH (s)-[:RUNS|USES]->()-[:PROVIDED_BY]->(v:Vendor) WHERE v.id IN $ids }
RETURN collect(s.riskTier) AS tiers`;

/**
 * Records a change request, pending its approvers. Its risk tier (the highest among the systems it
 * touches) sets how many approvals it needs, and it must name at least that many approvers, the
 * requester not among them.
 */
export async function requestChange(graph: Graph, actor: Actor, input: RequestChangeInput): Promise<NodeRecord> {
  const changes = idsOf('input.changesIds', input.changesIds, ['AISystem', 'Model', 'Dataset', 'Vendor']);
  if (changes.length === 0) throw new InputError('input.changesIds', 'A change request must name what it changes.');
  const risks = idsOf('input.riskIds', input.riskIds ?? [], ['Risk']);
  const [requester] = idsOf('input.requestedById', [input.requestedById], ['Person']);
  const approvers = idsOf('input.approverIds', input.approverIds, ['Person']);
  if (new Set(approvers).size !== approvers.length) throw new InputError('input.approverIds', 'Each approver may be named once.');
  if (approvers.includes(requester!)) throw new InputError('input.approverIds', 'The requester cannot approve their own change.');

  const [row] = await graph.read(TIERS, { ids: changes });
  const tier = highestTier((row?.tiers ?? []) as string[]);
  const required = approvalsRequired[tier];
  if (approvers.length < required) {
    throw new InputError('input.approverIds', `A ${tier}-tier change needs ${required} approvers; ${approvers.length} named.`);
  }
  const { changesIds: _c, riskIds: _r, requestedById: _p, approverIds: _a, ...props } = input;
  return createNode(
    graph,
    actor,
    'ChangeRequest',
    { ...props, riskTier: tier, requiredApprovals: required, status: 'pending' },
    [
      { type: 'CHANGES', direction: 'out', ids: changes, field: 'input.changesIds' },
      { type: 'REVIEWS', direction: 'out', ids: risks, field: 'input.riskIds' },
      { type: 'REQUESTED_BY', direction: 'out', ids: [requester!], field: 'input.requestedById' },
      { type: 'NEEDS_APPROVAL_OF', direction: 'out', ids: approvers, field: 'input.approverIds' },
    ],
    ['requestedAt'],
  );
}

import fc from 'fast-check';
import { expect } from 'vitest';
import { approvalsRequired, highestTier } from '../../graph/index.js';
import { mostlyFields } from './fieldValues.js';
import { chosenId, faultsOf, idChoice, idPick, mutationCase, refFaults, type Attempt, type MutationCase } from './nodeMutations.js';
import type { IdPick } from './registry.js';
import { enumValues } from './sdl.js';
import { bad, conflict, dayOf, exists, inputOf, kept, notFound, one, stepDay, trimmedText } from './stepValues.js';
import { todayUtc } from './writableFields.js';

/**
 * A change request's steps, each with an exact oracle: the rules, judged on the graph as the input
 * meets it (read just before it is sent), predict whether it lands, what it answers and how many
 * nodes it adds, or which fields (and codes) a refusal may name.
 */

const changeKinds = ['AISystem', 'Model', 'Dataset', 'Vendor'];

/** The systems whose risk tier a change answers to: those it names, and those running, using or supplied through what it names. */
const TIERS = `
MATCH (s:AISystem)
WHERE any(id IN $ids WHERE s.id = id
  OR EXISTS { (s)-[:RUNS|USES|PROVIDED_BY]->(x) WHERE x.id = id }
  OR EXISTS { (s)-[:RUNS|USES]->()-[:PROVIDED_BY]->(v:Vendor) WHERE v.id = id })
RETURN collect(s.riskTier) AS tiers`;

const requestChangeCase = mutationCase(
  'requestChange',
  'editor',
  fc.record({
    id: idChoice('ChangeRequest'),
    fields: mostlyFields({
      title: { spec: { kind: 'text' }, required: true },
      kind: { spec: { kind: 'enum', values: enumValues('ChangeKind') }, required: true },
      description: { spec: { kind: 'text' } },
      riskReview: { spec: { kind: 'text' }, required: true },
    }, 'create'),
    changes: fc.oneof({ weight: 9, arbitrary: fc.array(idPick(changeKinds), { minLength: 1, maxLength: 2 }) }, { weight: 1, arbitrary: fc.constant<IdPick[]>([]) }),
    risks: fc.option(fc.array(idPick(['Risk']), { maxLength: 2 }), { freq: 2 }),
    requester: idPick(['Person']),
    // Mostly distinct people other than the requester, as many as the tier requires (one more, or one short, now and then); else picks as they come.
    approvers: fc.oneof(
      {
        weight: 8,
        arbitrary: fc.record({
          kind: fc.constant('distinct' as const),
          extra: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 1 }) }, { weight: 1, arbitrary: fc.constant(-1) }),
          offset: fc.nat(100),
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('picks' as const), picks: fc.array(idPick(['Person']), { maxLength: 3 }) }) },
    ),
  }),
  async (s, { registry, graph }): Promise<Attempt> => {
    const { id, bads } = chosenId(s.id, 'ChangeRequest', registry);
    bads.push(...faultsOf(s.fields, 'input'));
    const changesIds = s.changes.map((p) => registry.resolve(p));
    const riskIds = s.risks?.map((p) => registry.resolve(p));
    const requestedById = registry.resolve(s.requester);
    const tier = highestTier((await one(graph, TIERS, { ids: changesIds })).tiers as string[]);
    const people = registry.live('Person').filter((p) => p !== requestedById);
    const approvers = s.approvers;
    const approverIds = approvers.kind === 'distinct'
      ? people.map((_, i) => people[(approvers.offset + i) % people.length]!).slice(0, Math.max(0, approvalsRequired[tier] + approvers.extra))
      : approvers.picks.map((p) => registry.resolve(p));
    if (changesIds.length === 0) bads.push(bad('input.changesIds'));
    for (const ref of changesIds) bads.push(...refFaults(registry, ref, changeKinds, 'input.changesIds'));
    for (const ref of riskIds ?? []) bads.push(...refFaults(registry, ref, ['Risk'], 'input.riskIds'));
    bads.push(...refFaults(registry, requestedById, ['Person'], 'input.requestedById'));
    for (const ref of approverIds) bads.push(...refFaults(registry, ref, ['Person'], 'input.approverIds'));
    if (new Set(approverIds).size !== approverIds.length || approverIds.includes(requestedById)) bads.push(bad('input.approverIds'));
    if (approverIds.length < approvalsRequired[tier]) bads.push(bad('input.approverIds'));
    const input = { ...inputOf(s.fields), ...(id === undefined ? {} : { id }), changesIds, ...(riskIds ? { riskIds } : {}), requestedById, approverIds };
    return {
      query: `mutation($input: RequestChangeInput!) { requestChange(input: $input) {
        id title kind description riskReview status riskTier requiredApprovals approvalsMissing requestedBy { id } approvers { person { id } approval { id } } } }`,
      variables: { input },
      bads,
      nodeDelta: 2,
      landed(data) {
        const answer = data.requestChange as Record<string, unknown>;
        if (id !== undefined) expect(answer.id).toBe(id);
        expect(answer).toMatchObject({
          ...inputOf(s.fields), description: s.fields.description?.value ?? null, status: 'PENDING', riskTier: tier.toUpperCase(),
          requiredApprovals: approvalsRequired[tier], approvalsMissing: approvalsRequired[tier], requestedBy: { id: requestedById },
        });
        expect(answer.approvers).toEqual([...approverIds].sort().map((p) => ({ person: { id: p }, approval: null })));
        registry.add(String(answer.id), 'ChangeRequest');
      },
    };
  },
);

/** A change request as a step meets it: status, approvals required, named approvers and their decisions. */
const REQUEST = `
MATCH (cr:ChangeRequest {id: $id})
RETURN cr.status AS status, cr.requiredApprovals AS required, toString(cr.deployedOn) AS deployedOn,
  toString(datetime({epochMillis: cr.requestedAt.epochMillis})) AS requestedAt,
  COLLECT { MATCH (cr)-[:NEEDS_APPROVAL_OF]->(p:Person) RETURN p.id ORDER BY p.id } AS approvers,
  COLLECT { MATCH (cr)<-[:DECIDES]-(a:Approval)-[:GIVEN_BY]->(p:Person) RETURN {person: p.id, decision: a.decision} } AS decided`;

interface Request {
  status?: string;
  required?: number;
  deployedOn?: string | null;
  requestedAt?: string;
  approvers?: string[];
  decided?: { person: string; decision: string }[];
}

const decideChangeCase = mutationCase(
  'decideChange',
  'editor',
  fc.record({
    request: idPick(['ChangeRequest']),
    approver: fc.oneof({ weight: 8, arbitrary: fc.nat(10).map((n) => ({ named: n })) }, { weight: 2, arbitrary: idPick(['Person']).map((pick) => ({ pick })) }),
    decision: mostlyFields({ decision: { spec: { kind: 'enum', values: enumValues('Decision') }, required: true } }, 'create').map((f) => f.decision!),
    comment: trimmedText(3),
  }),
  async (s, { registry, graph }): Promise<Attempt> => {
    const changeRequestId = registry.resolve(s.request);
    const request = (await one(graph, REQUEST, { id: changeRequestId })) as Request;
    const named = request.approvers ?? [];
    const approverId = 'named' in s.approver && named.length ? named[s.approver.named % named.length]! : registry.resolve('pick' in s.approver ? s.approver.pick : { kind: 'missing', label: 'Person', n: 0 });
    const bads = faultsOf({ decision: s.decision, comment: s.comment }, 'input');
    const comment = kept(s.comment);
    if (comment.refused || (s.decision.value === 'REJECTED' && !comment.text)) bads.push(bad('input.comment'));
    const prior = request.decided?.find((d) => d.person === approverId);
    if (!exists(registry, changeRequestId, 'ChangeRequest')) bads.push(notFound('input.changeRequestId'));
    else if (!named.includes(approverId)) bads.push(bad('input.approverId'));
    else if (request.status !== 'pending') bads.push(conflict('input.changeRequestId'));
    else if (prior) bads.push(conflict('input.approverId'));
    const approvals = (request.decided ?? []).filter((d) => d.decision === 'approved').length + (s.decision.value === 'APPROVED' ? 1 : 0);
    const status = s.decision.value === 'REJECTED' ? 'rejected' : approvals >= Number(request.required) ? 'approved' : 'pending';
    return {
      query: `mutation($input: DecideChangeInput!) { decideChange(input: $input) {
        id status approvers { person { id } approval { decision comment givenBy { id } } } } }`,
      variables: { input: { changeRequestId, approverId, ...inputOf({ decision: s.decision, comment: s.comment }) } },
      bads,
      // The approval and its event, and the request's own when the decision settles it.
      nodeDelta: status === request.status ? 2 : 3,
      landed(data) {
        const answer = data.decideChange as { id: string; status: string; approvers: { person: { id: string }; approval: Record<string, unknown> | null }[] };
        expect(answer.status).toBe(status.toUpperCase());
        expect(answer.approvers.find((a) => a.person.id === approverId)?.approval).toEqual({ decision: s.decision.value, comment: comment.text, givenBy: { id: approverId } });
      },
    };
  },
);

const deployChangeCase = mutationCase(
  'deployChange',
  'editor',
  fc.record({ request: idPick(['ChangeRequest']), deployedOn: stepDay, justification: trimmedText(1) }),
  async (s, { registry, graph }): Promise<Attempt> => {
    const changeRequestId = registry.resolve(s.request);
    const request = (await one(graph, REQUEST, { id: changeRequestId })) as Request;
    const day = dayOf(s.deployedOn);
    const bads = faultsOf({ deployedOn: s.deployedOn, emergencyJustification: s.justification }, 'input');
    const note = kept(s.justification);
    if (day > todayUtc()) bads.push(bad('input.deployedOn'));
    if (note.refused) bads.push(bad('input.emergencyJustification'));
    if (!exists(registry, changeRequestId, 'ChangeRequest')) bads.push(notFound('input.changeRequestId'));
    else if (request.deployedOn || request.status === 'withdrawn') bads.push(conflict('input.changeRequestId'));
    else if (day < request.requestedAt!.slice(0, 10)) bads.push(bad('input.deployedOn'));
    else if (request.status !== 'approved' && !note.text) bads.push(bad('input.emergencyJustification'));
    return {
      query: 'mutation($input: DeployChangeInput!) { deployChange(input: $input) { id status deployedOn deploymentNote deployedWithoutApproval } }',
      variables: { input: { changeRequestId, ...inputOf({ deployedOn: s.deployedOn, emergencyJustification: s.justification }) } },
      bads,
      nodeDelta: 1,
      landed(data) {
        const approved = request.status === 'approved';
        expect(data.deployChange).toEqual({
          id: changeRequestId, status: request.status!.toUpperCase(), deployedOn: day, deploymentNote: approved ? null : note.text, deployedWithoutApproval: !approved,
        });
      },
    };
  },
);

const withdrawChangeCase = mutationCase('withdrawChange', 'editor', idPick(['ChangeRequest']), async (pick, { registry, graph }): Promise<Attempt> => {
  const id = registry.resolve(pick);
  const request = (await one(graph, REQUEST, { id })) as Request;
  const bads = !exists(registry, id, 'ChangeRequest') ? [notFound('id')] : request.status !== 'pending' ? [conflict('id')] : [];
  return {
    query: 'mutation($id: ID!) { withdrawChange(id: $id) { id status } }',
    variables: { id },
    bads,
    nodeDelta: 1,
    landed: (data) => expect(data.withdrawChange).toEqual({ id, status: 'WITHDRAWN' }),
  };
});

/** Request, decide, deploy and withdraw: in the order a change goes through them. */
export const changeMutationCases: MutationCase[] = [requestChangeCase, decideChangeCase, deployChangeCase, withdrawChangeCase];

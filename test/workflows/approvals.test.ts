import { describe, expect, it } from 'vitest';
import { graphCounts, linkNodes } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

const REQUEST = `mutation($input: RequestChangeInput!) {
  requestChange(input: $input) { id status riskTier requiredApprovals approvalsMissing requestedBy { id }
    approvers { person { id } approval { decision } } changes { id } } }`;
const DECIDE = `mutation($input: DecideChangeInput!) {
  decideChange(input: $input) { id status approvalsMissing approvers { person { id } approval { decision comment givenBy { id } } } } }`;
const DEPLOY = `mutation($input: DeployChangeInput!) { deployChange(input: $input) { id deployedOn deploymentNote deployedWithoutApproval status } }`;

async function footprint() {
  const [row] = await graph().read('RETURN COUNT { MATCH (c:ChangeEvent) } AS events');
  return { ...(await graphCounts(graph())), events: row?.events };
}

/** A write that must be refused with `code`, leaving the graph as it was. */
async function refused(query: string, variables: Record<string, unknown>, code: string, role: 'editor' | 'viewer' | 'auditor' = 'editor') {
  const before = await footprint();
  const res = await api().gql(query, variables, role);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  expect(await footprint()).toEqual(before);
  return res.errors![0]!.message;
}

// A new intent model for the high-tier intent classifier: three approvals.
const intentChange = {
  id: 'CR-TEST-INTENT-4',
  title: 'Intent classifier 4.0',
  kind: 'MODEL',
  riskReview: 'Offline evaluation on the March gold set; misrouting rate within tolerance.',
  changesIds: ['SYS-INTENT', 'MDL-INTENT-3.2'],
  riskIds: ['RSK-MISROUTING'],
  requestedById: 'PER-ML-LEAD',
  approverIds: ['PER-GOV-LEAD', 'PER-RISK-MGR', 'PER-DPO'],
};

describe('change approvals', () => {
  it('a change takes its tier from the systems it touches and waits for its approvers', async () => {
    const res = await api().gql<{ requestChange: Record<string, unknown> }>(REQUEST, { input: intentChange }, 'editor');
    expect(res.errors).toBeUndefined();
    expect(res.data!.requestChange).toMatchObject({
      id: 'CR-TEST-INTENT-4', status: 'PENDING', riskTier: 'HIGH', requiredApprovals: 3, approvalsMissing: 3,
      requestedBy: { id: 'PER-ML-LEAD' },
      approvers: [{ person: { id: 'PER-DPO' }, approval: null }, { person: { id: 'PER-GOV-LEAD' }, approval: null }, { person: { id: 'PER-RISK-MGR' }, approval: null }],
    });
    // Through a model: the systems running it set the tier (SYS-SENTIMENT is medium).
    const viaModel = await api().gql<{ requestChange: { riskTier: string; requiredApprovals: number } }>(
      REQUEST,
      { input: { ...intentChange, id: 'CR-TEST-SENTIMENT', changesIds: ['MDL-SENTIMENT-2.1'], approverIds: ['PER-GOV-LEAD', 'PER-QA-LEAD'] } },
      'editor',
    );
    expect(viaModel.errors).toBeUndefined();
    const [tier] = await graph().read(
      "MATCH (s:AISystem)-[:RUNS]->(:Model {id: 'MDL-SENTIMENT-2.1'}) RETURN collect(s.riskTier) AS tiers",
    );
    const expected = (tier!.tiers as string[]).includes('high') ? 3 : 2;
    expect(viaModel.data!.requestChange.requiredApprovals).toBe(expected);
  });

  it('refuses too few approvers, the requester approving, and a wrong kind of id', async () => {
    expect(await refused(REQUEST, { input: { ...intentChange, id: 'CR-TEST-FEW', approverIds: ['PER-GOV-LEAD', 'PER-DPO'] } }, 'BAD_USER_INPUT'))
      .toMatch(/high-tier change needs 3 approvers; 2 named/);
    expect(await refused(REQUEST, { input: { ...intentChange, id: 'CR-TEST-SELF', approverIds: ['PER-ML-LEAD', 'PER-DPO', 'PER-GOV-LEAD'] } }, 'BAD_USER_INPUT'))
      .toMatch(/requester cannot approve/);
    await refused(REQUEST, { input: { ...intentChange, id: 'CR-TEST-KIND', changesIds: ['RSK-MISROUTING'] } }, 'BAD_USER_INPUT');
    await refused(REQUEST, { input: { ...intentChange, id: 'CR-TEST-GONE', changesIds: ['SYS-NOT-THERE'] } }, 'NOT_FOUND');
    await refused(REQUEST, { input: { ...intentChange, id: 'CR-TEST-VIEWER' } }, 'FORBIDDEN', 'viewer');
  });

  it('deployment waits for the approvals its tier requires', async () => {
    const deploy = { input: { changeRequestId: 'CR-TEST-INTENT-4' } };
    expect(await refused(DEPLOY, deploy, 'BAD_USER_INPUT')).toMatch(/not approved/);
    for (const approverId of ['PER-GOV-LEAD', 'PER-RISK-MGR']) {
      const res = await api().gql<{ decideChange: { status: string; approvalsMissing: number } }>(
        DECIDE, { input: { changeRequestId: 'CR-TEST-INTENT-4', approverId, decision: 'APPROVED' } }, 'editor');
      expect(res.errors).toBeUndefined();
      expect(res.data!.decideChange.status).toBe('PENDING');
    }
    expect(await refused(DEPLOY, deploy, 'BAD_USER_INPUT')).toMatch(/pending, not approved/);
    // Each approver decides once; someone not named decides nothing.
    expect(await refused(DECIDE, { input: { changeRequestId: 'CR-TEST-INTENT-4', approverId: 'PER-GOV-LEAD', decision: 'APPROVED' } }, 'CONFLICT'))
      .toMatch(/already approved/);
    expect(await refused(DECIDE, { input: { changeRequestId: 'CR-TEST-INTENT-4', approverId: 'PER-LEGAL', decision: 'APPROVED' } }, 'BAD_USER_INPUT'))
      .toMatch(/not an approver/);
    await refused(DECIDE, { input: { changeRequestId: 'CR-TEST-INTENT-4', approverId: 'PER-DPO', decision: 'APPROVED' } }, 'FORBIDDEN', 'auditor');

    const last = await api().gql<{ decideChange: { status: string; approvalsMissing: number; approvers: { approval: { givenBy: { id: string } } | null }[] } }>(
      DECIDE, { input: { changeRequestId: 'CR-TEST-INTENT-4', approverId: 'PER-DPO', decision: 'APPROVED', comment: 'Keep the 0.60 hand-off threshold.' } }, 'editor');
    expect(last.data!.decideChange).toMatchObject({ status: 'APPROVED', approvalsMissing: 0 });
    expect(last.data!.decideChange.approvers.map((a) => a.approval?.givenBy.id)).toEqual(['PER-DPO', 'PER-GOV-LEAD', 'PER-RISK-MGR']);

    expect(await refused(DEPLOY, { input: { changeRequestId: 'CR-TEST-INTENT-4', deployedOn: '2099-01-01' } }, 'BAD_USER_INPUT')).toMatch(/future/);
    expect(await refused(DEPLOY, { input: { changeRequestId: 'CR-TEST-INTENT-4', deployedOn: '2001-01-01' } }, 'BAD_USER_INPUT')).toMatch(/before the request/);
    const deployed = await api().gql<{ deployChange: Record<string, unknown> }>(DEPLOY, deploy, 'editor');
    expect(deployed.data!.deployChange).toMatchObject({ status: 'APPROVED', deployedWithoutApproval: false, deploymentNote: null });
    expect(await refused(DEPLOY, deploy, 'CONFLICT')).toMatch(/already deployed/);

    // The model links to the approved change that brought it; the history holds every step.
    const model = await api().gql<{ node: { changeRequests: { id: string; status: string }[] } }>(
      `{ node(id: "MDL-INTENT-3.2") { ... on Model { changeRequests { id status } } } }`, {}, 'viewer');
    expect(model.data!.node.changeRequests).toContainEqual({ id: 'CR-TEST-INTENT-4', status: 'APPROVED' });
    const history = await api().gql<{ history: { edges: { node: { operation: string; after: { status?: string } | null } }[] } }>(
      `{ history(id: "CR-TEST-INTENT-4") { edges { node { operation after } } } }`, {}, 'auditor');
    expect(history.data!.history.edges.map((e) => e.node.after?.status).filter(Boolean)).toContain('approved');
  });

  it('a rejection needs a reason and rejects; an emergency deployment is recorded as one', async () => {
    const id = 'CR-TEST-SENTIMENT';
    expect(await refused(DECIDE, { input: { changeRequestId: id, approverId: 'PER-GOV-LEAD', decision: 'REJECTED' } }, 'BAD_USER_INPUT')).toMatch(/comment/);
    const rejected = await api().gql<{ decideChange: { status: string } }>(
      DECIDE, { input: { changeRequestId: id, approverId: 'PER-GOV-LEAD', decision: 'REJECTED', comment: 'No fairness evaluation across languages.' } }, 'editor');
    expect(rejected.data!.decideChange.status).toBe('REJECTED');
    expect(await refused(DECIDE, { input: { changeRequestId: id, approverId: 'PER-QA-LEAD', decision: 'APPROVED' } }, 'CONFLICT')).toMatch(/rejected/);
    const emergency = await api().gql<{ deployChange: Record<string, unknown> }>(
      DEPLOY, { input: { changeRequestId: id, emergencyJustification: 'Rollback of a faulty release.' } }, 'editor');
    expect(emergency.data!.deployChange).toMatchObject({ deployedWithoutApproval: true, deploymentNote: 'Rollback of a faulty release.', status: 'REJECTED' });

    const queue = await api().gql<{ changeRequests: { edges: { node: { id: string } }[] } }>(
      `{ changeRequests(filter: { status: REJECTED }, first: 100) { edges { node { id } } } }`, {}, 'viewer');
    expect(queue.data!.changeRequests.edges.map((e) => e.node.id)).toContain(id);
  });

  it('a pending request withdraws; an emergency change withdrawn stays deployed without approval', async () => {
    const WITHDRAW = 'mutation($id: ID!) { withdrawChange(id: $id) { id status deployedWithoutApproval } }';
    for (const id of ['CR-TEST-WITHDRAW', 'CR-TEST-HOTFIX']) {
      const res = await api().gql(REQUEST, { input: { ...intentChange, id } }, 'editor');
      expect(res.errors).toBeUndefined();
    }
    const withdrawn = await api().gql<{ withdrawChange: { status: string } }>(WITHDRAW, { id: 'CR-TEST-WITHDRAW' }, 'editor');
    expect(withdrawn.data!.withdrawChange.status).toBe('WITHDRAWN');
    expect(await refused(WITHDRAW, { id: 'CR-TEST-WITHDRAW' }, 'CONFLICT')).toMatch(/only a pending request/);
    expect(await refused(DEPLOY, { input: { changeRequestId: 'CR-TEST-WITHDRAW', emergencyJustification: 'x' } }, 'CONFLICT')).toMatch(/withdrawn/);
    await api().gql(DEPLOY, { input: { changeRequestId: 'CR-TEST-HOTFIX', emergencyJustification: 'Outage fix.' } }, 'editor');
    const hotfix = await api().gql<{ withdrawChange: Record<string, unknown> }>(WITHDRAW, { id: 'CR-TEST-HOTFIX' }, 'editor');
    expect(hotfix.data!.withdrawChange).toMatchObject({ status: 'WITHDRAWN', deployedWithoutApproval: true });
    expect(await refused(DECIDE, { input: { changeRequestId: 'CR-TEST-HOTFIX', approverId: 'PER-DPO', decision: 'APPROVED' } }, 'CONFLICT')).toMatch(/withdrawn/);
  });

  it('approvals cannot be forged through link, in the API or below it', async () => {
    await refused(`mutation { link(input: { type: DECIDES, from: "APR-X", to: "CR-TEST-INTENT-4" }) }`, {}, 'GRAPHQL_VALIDATION_FAILED');
    const actor = { keyId: 'key_test', name: 'test' };
    await expect(linkNodes(graph(), actor, { type: 'NEEDS_APPROVAL_OF', from: 'CR-TEST-INTENT-4', to: 'PER-LEGAL' })).rejects.toThrow(/not a relationship clients can write/);
  });
});

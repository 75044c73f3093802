import { describe, expect, it } from 'vitest';
import { graphCounts, responseProtocols } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

async function footprint() {
  const [row] = await graph().read('RETURN COUNT { MATCH (c:ChangeEvent) } AS events');
  return { ...(await graphCounts(graph())), events: row?.events };
}

async function refused(query: string, variables: Record<string, unknown>, code: string, role: 'editor' | 'viewer' = 'editor') {
  const before = await footprint();
  const res = await api().gql(query, variables, role);
  expect(res.data ?? null).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  expect(await footprint()).toEqual(before);
  return res.errors![0]!.message;
}

async function ok<T>(query: string, variables: Record<string, unknown> = {}, role: 'editor' | 'viewer' | 'auditor' = 'editor'): Promise<T> {
  const res = await api().gql<T>(query, variables, role);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const INCIDENT = `mutation($input: IncidentInput!) { createIncident(input: $input) {
  id severity protocol { respondWithinHours resolveWithinHours steps } late(asOf: "2026-11-20") affected { id } failedControls { id } } }`;
const FINDING = `mutation($input: FindingInput!) { createFinding(input: $input) { id nonconformity raisedIn { id } concerns { id } } }`;
const ACTION = `mutation($input: CorrectiveActionInput!) { createCorrectiveAction(input: $input) { id state(asOf: "2026-11-10") finding { id } } }`;
const COMPLETE = `mutation($input: CompleteCorrectiveActionInput!) { completeCorrectiveAction(input: $input) { id completedOn state closedBy { id } } }`;
const CLOSE = `mutation($input: CloseFindingInput!) { closeFinding(input: $input) { id status closedOn } }`;

describe('incidents, nonconformities and corrective actions', () => {
  it('an incident carries the protocol its severity requires and is late against it', async () => {
    const data = await ok<{ createIncident: Record<string, unknown> }>(INCIDENT, { input: {
      id: 'INC-TEST-1', title: 'Chatbot promised refunds', severity: 'SEV1', occurredAt: '2026-11-01T08:00:00Z',
      respondedAt: '2026-11-01T10:30:00Z', affectedIds: ['SYS-WEBCHAT'], riskIds: ['RSK-BILLING-ADVICE'], failedControlIds: ['A.6.2.4'],
      rootCause: 'PROCESS_DESIGN',
    } });
    expect(data.createIncident).toMatchObject({
      severity: 'SEV1', protocol: { respondWithinHours: responseProtocols.SEV1.respondWithinHours, steps: responseProtocols.SEV1.steps },
      // Responded 2.5 h after, unresolved 19 days later: both SEV1 deadlines missed.
      late: ['response', 'resolution'], affected: [{ id: 'SYS-WEBCHAT' }], failedControls: [{ id: 'A.6.2.4' }],
    });
    expect(await refused(INCIDENT, { input: { id: 'INC-TEST-2', title: 'x', severity: 'SEV3', occurredAt: '2026-11-02T08:00:00Z',
      resolvedAt: '2026-11-01T08:00:00Z', affectedIds: ['SYS-WEBCHAT'] } }, 'BAD_USER_INPUT')).toMatch(/resolvedAt must not be before occurredAt/);
    await refused(INCIDENT, { input: { id: 'INC-TEST-3', title: 'x', severity: 'SEV3', occurredAt: '2026-11-02T08:00:00Z', affectedIds: [] } }, 'BAD_USER_INPUT');
    await refused(INCIDENT, { input: { id: 'INC-TEST-4', title: 'x', severity: 'SEV3', occurredAt: '2026-11-02T08:00:00Z', affectedIds: ['SYS-WEBCHAT'] } }, 'FORBIDDEN', 'viewer');
  });

  it('a nonconformity closes only through corrective actions done with evidence', async () => {
    const finding = await ok<{ createFinding: Record<string, unknown> }>(FINDING, { input: {
      id: 'FND-TEST-1', title: 'Refund scenarios untested', kind: 'MAJOR_NONCONFORMITY', raisedOn: '2026-11-02',
      raisedInId: 'INC-TEST-1', concernsIds: ['A.6.2.4'],
    } });
    expect(finding.createFinding).toMatchObject({ nonconformity: true, raisedIn: { id: 'INC-TEST-1' }, concerns: [{ id: 'A.6.2.4' }] });
    expect(await refused(CLOSE, { input: { id: 'FND-TEST-1' } }, 'CONFLICT')).toMatch(/no corrective action/);

    expect(await refused(ACTION, { input: { id: 'CA-TEST-0', findingId: 'FND-TEST-1', title: 'x', dueOn: '2026-10-01', ownerId: 'PER-QA-LEAD' } }, 'BAD_USER_INPUT'))
      .toMatch(/dueOn must not be before FND-TEST-1 was raised/);
    const action = await ok<{ createCorrectiveAction: Record<string, unknown> }>(ACTION, { input: {
      id: 'CA-TEST-1', findingId: 'FND-TEST-1', title: 'Add refund cases to the test pack', dueOn: '2026-11-05', ownerId: 'PER-QA-LEAD',
    } });
    // Due on the 5th: on the 10th it is overdue.
    expect(action.createCorrectiveAction).toMatchObject({ state: 'OVERDUE', finding: { id: 'FND-TEST-1' } });
    expect(await refused(CLOSE, { input: { id: 'FND-TEST-1' } }, 'CONFLICT')).toMatch(/CA-TEST-1 \(not done\)/);
    expect(await refused(COMPLETE, { input: { id: 'CA-TEST-1', evidenceIds: [] } }, 'BAD_USER_INPUT')).toMatch(/evidence/);
    expect(await refused(COMPLETE, { input: { id: 'CA-TEST-1', completedOn: '2026-10-30', evidenceIds: ['EVD-0007'] } }, 'BAD_USER_INPUT')).toMatch(/before its finding was raised/);
    await refused(COMPLETE, { input: { id: 'CA-TEST-1', evidenceIds: ['EVD-NOT-THERE'] } }, 'NOT_FOUND');

    const done = await ok<{ completeCorrectiveAction: Record<string, unknown> }>(COMPLETE, { input: { id: 'CA-TEST-1', completedOn: '2026-11-09', evidenceIds: ['EVD-0007'] } });
    expect(done.completeCorrectiveAction).toMatchObject({ completedOn: '2026-11-09', state: 'DONE', closedBy: [{ id: 'EVD-0007' }] });
    const closed = await ok<{ closeFinding: Record<string, unknown> }>(CLOSE, { input: { id: 'FND-TEST-1', closedOn: '2026-11-10' } });
    expect(closed.closeFinding).toMatchObject({ status: 'CLOSED', closedOn: '2026-11-10' });
    expect(await refused(CLOSE, { input: { id: 'FND-TEST-1' } }, 'CONFLICT')).toMatch(/already closed/);
    const board = await ok<{ correctiveActions: { edges: { node: { id: string; state: string } }[] } }>(
      `{ correctiveActions(first: 100) { edges { node { id state(asOf: "2026-11-08") } } } }`, {}, 'viewer');
    expect(board.correctiveActions.edges.map((e) => e.node)).toContainEqual({ id: 'CA-TEST-1', state: 'OVERDUE' });
  });

  it('audits and impact assessments keep their dates in order and report their state', async () => {
    expect(await refused(`mutation { createAudit(input: { id: "AUD-TEST-1", title: "x", startsOn: "2026-11-10", endsOn: "2026-11-01" }) { id } }`, {}, 'BAD_USER_INPUT'))
      .toMatch(/endsOn must not be before startsOn/);
    const audit = await ok<{ createAudit: Record<string, unknown> }>(
      `mutation { createAudit(input: { id: "AUD-TEST-1", title: "Q4 internal audit", startsOn: "2026-11-10", endsOn: "2026-11-12",
        coversIds: ["8.4", "A.5.2", "SYS-WEBCHAT"], auditorIds: ["PER-AUDIT"] }) { id status covers { id } auditors { id } } }`);
    expect(audit.createAudit).toMatchObject({ status: 'PLANNED', auditors: [{ id: 'PER-AUDIT' }] });
    expect((audit.createAudit.covers as { id: string }[]).map((n) => n.id).sort()).toEqual(['8.4', 'A.5.2', 'SYS-WEBCHAT']);

    const ia = await ok<{ createImpactAssessment: Record<string, unknown> }>(
      `mutation { createImpactAssessment(input: { id: "IA-TEST-1", systemId: "SYS-TRANSLATE", title: "Translation impact", assessedOn: "2025-10-01",
        reviewIntervalDays: 365, status: APPROVED, groups: "Customers writing in minority languages" }) {
        id reviewDueOn before: state(asOf: "2026-09-01") after: state(asOf: "2026-11-01") system { id } } }`);
    expect(ia.createImpactAssessment).toMatchObject({ reviewDueOn: '2026-10-01', before: 'CURRENT', after: 'DUE', system: { id: 'SYS-TRANSLATE' } });
    await refused(`mutation { createImpactAssessment(input: { id: "IA-TEST-2", systemId: "SYS-TRANSLATE", title: "x", assessedOn: "2099-01-01" }) { id } }`, {}, 'BAD_USER_INPUT');
    await refused(`mutation { createImpactAssessment(input: { id: "IA-TEST-3", systemId: "RSK-TONE", title: "x", assessedOn: "2026-01-01" }) { id } }`, {}, 'BAD_USER_INPUT');
  });
});

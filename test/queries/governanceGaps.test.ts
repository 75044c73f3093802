import { beforeAll, describe, expect, it } from 'vitest';
import { refreshAllMarkers } from '../../graph/markers.js';
import { gaps, type Gap, type Gaps } from '../../graph/queries/gaps.js';
import { governanceGaps } from '../../graph/queries/governanceGaps.js';
import { statementOfApplicability, type StatementOfApplicability } from '../../graph/queries/statementOfApplicability.js';
import { expectWalk, ids, referenceGraph } from './fixture.js';

/*
 * The governance workflows' gaps, on a small world of test nodes (ids with -T-) added to the
 * reference organisation and dated in 2029–2031, after anything the reference data holds: each gap
 * appears on the day it should, says why, and is gone once fixed, judged on days before and after.
 */
const graph = referenceGraph();

type Kind = Exclude<keyof Gaps, 'asOf' | 'counts'>;
const on = async (asOf: string) => gaps(graph(), { asOf });
const item = (g: Gaps, kind: Kind, id: string): Gap | undefined => g[kind].find((x) => x.id === id);
const listed = (g: Gaps, kind: Kind) => g[kind].map((x) => x.id);
const write = (cypher: string) => graph().write(cypher);

beforeAll(async () => {
  await write(`
    MATCH (o:Organization {id: 'ORG-BRIGHTWATER'})
    CREATE (o)-[:OPERATES]->(:AISystem {id: 'SYS-T-GOV', name: 'Test assistant', kind: 'chatbot', lifecycleStage: 'production',
      customerFacing: true, riskTier: 'high'})
    CREATE (o)-[:OPERATES]->(:AISystem {id: 'SYS-T-OLD', name: 'Retired bot', kind: 'chatbot', lifecycleStage: 'retired', customerFacing: true})
    CREATE (o)-[:OPERATES]->(:AISystem {id: 'SYS-T-LAB', name: 'Lab prototype', kind: 'routing-engine', lifecycleStage: 'development',
      customerFacing: false})
    CREATE (:Person {id: 'PER-T-A', name: 'Ada Approver'}), (:Person {id: 'PER-T-B', name: 'Ben Builder'}),
      (:Person {id: 'PER-T-C', name: 'Cy Checker'})`);
  // A high-tier change deployed in an emergency with one of its three approvals, and one approved in full beforehand.
  await write(`
    MATCH (s:AISystem {id: 'SYS-T-GOV'}), (a:Person {id: 'PER-T-A'})
    CREATE (cr:ChangeRequest {id: 'CR-T-1', title: 'Hot-fix the system prompt', kind: 'prompt', riskReview: 'Tested on 200 transcripts',
      riskTier: 'high', requiredApprovals: 3, status: 'pending', requestedAt: datetime('2029-03-01T09:00:00Z'),
      deployedOn: date('2029-03-05'), deploymentNote: 'Emergency fix for a prompt injection.'})-[:CHANGES]->(s)
    CREATE (apr:Approval {id: 'APR-T-1', decision: 'approved', decidedAt: datetime('2029-03-02T10:00:00Z')})-[:DECIDES]->(cr)
    CREATE (apr)-[:GIVEN_BY]->(a)`);
  await write(`
    MATCH (s:AISystem {id: 'SYS-T-GOV'})
    CREATE (ok:ChangeRequest {id: 'CR-T-2', title: 'New intent model', kind: 'model', riskReview: 'Shadow run', riskTier: 'high',
      requiredApprovals: 3, status: 'approved', requestedAt: datetime('2029-02-01T09:00:00Z'), deployedOn: date('2029-02-10')})-[:CHANGES]->(s)
    WITH ok MATCH (p:Person) WHERE p.id IN ['PER-T-A', 'PER-T-B', 'PER-T-C']
    CREATE (x:Approval {id: 'APR-T-2-' + p.id, decision: 'approved', decidedAt: datetime('2029-02-05T10:00:00Z')})-[:DECIDES]->(ok)
    CREATE (x)-[:GIVEN_BY]->(p)`);
  // A draft impact assessment only, for now.
  await write(`
    MATCH (s:AISystem {id: 'SYS-T-GOV'})
    CREATE (:ImpactAssessment {id: 'IA-T-1', title: 'First draft', assessedOn: date('2029-01-01'), status: 'draft'})-[:ASSESSES]->(s)`);
  // A nonconformity on A.6.2.6 from an audit, with its corrective action; a second one two months later; an observation;
  // and an action marked done whose only evidence was rejected in review.
  await write(`
    MATCH (ctl:Control {id: 'A.6.2.6'}), (b:Person {id: 'PER-T-B'})
    CREATE (aud:Audit {id: 'AUD-T-1', title: 'Spring audit', startsOn: date('2029-04-01')})
    CREATE (f1:Finding {id: 'FND-T-1', title: 'Monitoring alerts unanswered', kind: 'minor-nonconformity', raisedOn: date('2029-04-01'),
      status: 'open'})-[:CONCERNS]->(ctl)
    CREATE (f1)-[:RAISED_IN]->(aud)
    CREATE (ca:CorrectiveAction {id: 'CA-T-1', title: 'Page the on-call for monitoring alerts', dueOn: date('2029-05-01')})-[:CORRECTS]->(f1)
    CREATE (b)-[:OWNS]->(ca)
    CREATE (:Finding {id: 'FND-T-2', title: 'Drift alert ignored again', kind: 'major-nonconformity', raisedOn: date('2029-06-01'),
      status: 'open'})-[:CONCERNS]->(ctl)
    CREATE (:Finding {id: 'FND-T-3', title: 'Dashboards could be clearer', kind: 'observation', raisedOn: date('2029-06-15')})-[:CONCERNS]->(ctl)
    CREATE (ca2:CorrectiveAction {id: 'CA-T-2', title: 'Retrain reviewers', dueOn: date('2029-06-01'), completedOn: date('2029-05-20')})
    CREATE (:Evidence {id: 'EVD-T-2', title: 'Attendance list', recordedAt: datetime('2029-05-20T12:00:00Z'), reviewIntervalDays: 365,
      reviewState: 'rejected'})
      -[:CLOSES]->(ca2)`);
  // A KPI whose series dips below its threshold in April, and one known only by its last value.
  await write(`
    MATCH (s:AISystem {id: 'SYS-T-GOV'})
    CREATE (k:KPI {id: 'KPI-T-1', name: 'First-contact resolution', unit: 'percent', direction: 'higher-is-better', threshold: 70.0,
      lastValue: 75.0, measuredOn: date('2029-05-01')})-[:MEASURES]->(s)
    CREATE (k)-[:INDICATES]->(r:Risk {id: 'RSK-T-1', title: 'Customers loop without an answer', likelihood: 3, impact: 3})
    CREATE (r)-[:THREATENS]->(s)
    CREATE (:KPI {id: 'KPI-T-2', name: 'Escalation rate', unit: 'percent', direction: 'lower-is-better', threshold: 5.0,
      lastValue: 9.0, measuredOn: date('2029-04-01')})-[:MEASURES]->(s)
    WITH k UNWIND [['2029-03-01', 80.0], ['2029-04-01', 65.0], ['2029-05-01', 75.0]] AS m
    CREATE (:Measurement {id: 'MSR-T-1-' + m[0], measuredOn: date(m[0]), value: m[1]})-[:MEASUREMENT_OF]->(k)`);
  // A SEV1 resolved after 48 h (24 h allowed) that showed A.6.2.6 failing; a SEV3 handled in time; a review in January.
  await write(`
    MATCH (s:AISystem {id: 'SYS-T-GOV'}), (ctl:Control {id: 'A.6.2.6'})
    CREATE (i:Incident {id: 'INC-T-1', title: 'Bot promised refunds', severity: 'SEV1', occurredAt: datetime('2029-07-01T10:00:00Z'),
      respondedAt: datetime('2029-07-01T10:30:00Z'), resolvedAt: datetime('2029-07-03T10:00:00Z'), status: 'closed'})-[:AFFECTED]->(s)
    CREATE (i)-[:FAILED]->(ctl)
    CREATE (:Incident {id: 'INC-T-2', title: 'Typo in greeting', severity: 'SEV3', occurredAt: datetime('2029-07-01T10:00:00Z'),
      respondedAt: datetime('2029-07-01T12:00:00Z'), resolvedAt: datetime('2029-07-02T10:00:00Z'), status: 'closed'})-[:AFFECTED]->(s)
    CREATE (:ManagementReview {id: 'MR-T-1', title: 'Management review 2029', heldOn: date('2029-01-10')})`);
  // Written behind the writers' back: the derived values follow, as migration 002 would.
  await refreshAllMarkers(graph());
});

describe('deployments without their approvals', () => {
  it('flags an emergency deployment from its day, quoting the note, until the missing approvals are given', async () => {
    expect(listed(await on('2029-03-04'), 'unapprovedDeployments')).not.toContain('CR-T-1');
    const g = await on('2029-03-06');
    const cr = item(g, 'unapprovedDeployments', 'CR-T-1')!;
    expect(cr.reason).toBe('CR-T-1 was deployed on 2029-03-05 with 1 of the 3 approvals its high risk tier requires: ' +
      'Emergency fix for a prompt injection.');
    expect(ids(cr.why)).toEqual(['CR-T-1', 'SYS-T-GOV']);
    expectWalk(cr.why!);
    // Approved in full before it was deployed: never a gap.
    expect(listed(g, 'unapprovedDeployments')).not.toContain('CR-T-2');
    expect(g.counts.unapprovedDeployments).toBeGreaterThanOrEqual(g.unapprovedDeployments.length);

    await write(`
      MATCH (cr:ChangeRequest {id: 'CR-T-1'}) SET cr.status = 'approved'
      WITH cr UNWIND ['PER-T-B', 'PER-T-C'] AS pid MATCH (p:Person {id: pid})
      CREATE (a:Approval {id: 'APR-T-1-' + pid, decision: 'approved', decidedAt: datetime('2029-03-10T09:00:00Z')})-[:DECIDES]->(cr)
      CREATE (a)-[:GIVEN_BY]->(p)`);
    // Judged on the day: still a gap before the approvals were given, gone after.
    expect(item(await on('2029-03-06'), 'unapprovedDeployments', 'CR-T-1')).toBeDefined();
    expect(item(await on('2029-03-11'), 'unapprovedDeployments', 'CR-T-1')).toBeUndefined();
  });
});

describe('impact assessments', () => {
  it('flags a customer-facing production system without an approved one, naming its draft, but not retired or internal prototypes', async () => {
    const g = await on('2029-03-06');
    const sys = item(g, 'impactAssessmentsMissingOrDue', 'SYS-T-GOV')!;
    expect(sys.reason).toBe('SYS-T-GOV (customer-facing, production) has no approved impact assessment on 2029-03-06 (draft: IA-T-1).');
    expect(ids(sys.why)).toEqual(['ORG-BRIGHTWATER', 'SYS-T-GOV']);
    expect(listed(g, 'impactAssessmentsMissingOrDue')).not.toContain('SYS-T-OLD');
    expect(listed(g, 'impactAssessmentsMissingOrDue')).not.toContain('SYS-T-LAB');
  });

  it('counts an approved one from its day until its review falls due, and again once it is reviewed', async () => {
    await write(`
      MATCH (s:AISystem {id: 'SYS-T-GOV'})
      CREATE (:ImpactAssessment {id: 'IA-T-2', title: 'Assessment 2029', assessedOn: date('2029-02-01'), reviewIntervalDays: 180,
        status: 'approved'})-[:ASSESSES]->(s)`);
    expect(item(await on('2029-01-15'), 'impactAssessmentsMissingOrDue', 'SYS-T-GOV')?.reason).toMatch(/has no approved impact assessment/);
    expect(item(await on('2029-03-06'), 'impactAssessmentsMissingOrDue', 'SYS-T-GOV')).toBeUndefined();
    expect(item(await on('2029-07-31'), 'impactAssessmentsMissingOrDue', 'SYS-T-GOV')).toBeUndefined();
    const due = item(await on('2029-09-01'), 'impactAssessmentsMissingOrDue', 'SYS-T-GOV')!;
    expect(due.reason).toBe('The latest approved impact assessment of SYS-T-GOV (customer-facing, production), IA-T-2 of 2029-02-01, ' +
      'was due for review on 2029-07-31 (draft: IA-T-1).');
    expect(ids(due.why)).toEqual(['IA-T-2', 'SYS-T-GOV']);

    await write(`
      MATCH (s:AISystem {id: 'SYS-T-GOV'})
      CREATE (:ImpactAssessment {id: 'IA-T-3', title: 'Review 2029', assessedOn: date('2029-08-15'), status: 'approved'})-[:ASSESSES]->(s)`);
    expect(item(await on('2029-09-01'), 'impactAssessmentsMissingOrDue', 'SYS-T-GOV')).toBeUndefined();
    expect(item(await on('2029-08-01'), 'impactAssessmentsMissingOrDue', 'SYS-T-GOV')).toBeDefined();
  });
});

describe('corrective actions', () => {
  it('flags an action overdue from the day after it was due, with its owner and finding, until it is done', async () => {
    expect(item(await on('2029-05-01'), 'overdueCorrectiveActions', 'CA-T-1')).toBeUndefined();
    const overdue = item(await on('2029-05-10'), 'overdueCorrectiveActions', 'CA-T-1')!;
    expect(overdue.reason).toBe('CA-T-1, owned by Ben Builder, was due on 2029-05-01 and is still open 9 days later; ' +
      'it corrects FND-T-1: Monitoring alerts unanswered.');
    expect(ids(overdue.why)).toEqual(['CA-T-1', 'FND-T-1', 'A.6.2.6']);
    expectWalk(overdue.why!);

    await write(`MATCH (ca:CorrectiveAction {id: 'CA-T-1'}) SET ca.completedOn = date('2029-05-20')`);
    expect(item(await on('2029-05-10'), 'overdueCorrectiveActions', 'CA-T-1')).toBeDefined();
    const done = await on('2029-05-25');
    expect(item(done, 'overdueCorrectiveActions', 'CA-T-1')).toBeUndefined();
    // Done, but nothing shows it: a gap of its own until evidence that closes it is recorded.
    expect(item(done, 'unevidencedCorrectiveActions', 'CA-T-1')?.reason).toBe(
      'CA-T-1 was marked done on 2029-05-20 but no evidence CLOSES it, so it cannot close FND-T-1.');

    await write(`
      MATCH (ca:CorrectiveAction {id: 'CA-T-1'})
      CREATE (:Evidence {id: 'EVD-T-1', title: 'On-call rota with alert paging', recordedAt: datetime('2029-05-22T08:00:00Z'),
        reviewIntervalDays: 365})-[:CLOSES]->(ca)`);
    expect(item(await on('2029-05-21'), 'unevidencedCorrectiveActions', 'CA-T-1')).toBeDefined();
    expect(item(await on('2029-05-25'), 'unevidencedCorrectiveActions', 'CA-T-1')).toBeUndefined();
  });

  it('does not let rejected evidence close an action', async () => {
    const g = await on('2029-05-25');
    expect(item(g, 'unevidencedCorrectiveActions', 'CA-T-2')?.reason).toBe(
      'CA-T-2 was marked done on 2029-05-20 but no evidence CLOSES it (EVD-T-2 rejected in review).');
    expect(item(g, 'unevidencedCorrectiveActions', 'CA-T-2')?.why).toBeNull();
  });
});

describe('recurring nonconformities', () => {
  it('flags a control two nonconformities concerned within a year, not counting observations, until the first ages out', async () => {
    expect(item(await on('2029-05-01'), 'recurringNonconformities', 'A.6.2.6')).toBeUndefined();
    const g = await on('2029-06-20');
    const a626 = item(g, 'recurringNonconformities', 'A.6.2.6')!;
    expect(a626).toMatchObject({ label: 'Control' });
    expect(a626.reason).toBe('2 nonconformities concerned A.6.2.6 in the 365 days to 2029-06-20: ' +
      'FND-T-2 (major, 2029-06-01), FND-T-1 (minor, 2029-04-01).');
    expect(ids(a626.why)).toEqual(['FND-T-2', 'A.6.2.6', 'FND-T-1']);
    expectWalk(a626.why!);
    expect(item(await on('2030-03-31'), 'recurringNonconformities', 'A.6.2.6')).toBeDefined();
    expect(item(await on('2030-04-01'), 'recurringNonconformities', 'A.6.2.6')).toBeUndefined();
  });
});

describe('KPIs in breach', () => {
  it('judges the latest measurement on the day: in breach in April, back within threshold in May', async () => {
    expect(item(await on('2029-03-15'), 'kpisInBreach', 'KPI-T-1')).toBeUndefined();
    const april = item(await on('2029-04-10'), 'kpisInBreach', 'KPI-T-1')!;
    expect(april.reason).toBe('KPI-T-1 measured 65% on 2029-04-01, below its threshold of 70%; it measures SYS-T-GOV and indicates RSK-T-1.');
    expect(ids(april.why)).toEqual(['SYS-T-GOV', 'KPI-T-1', 'RSK-T-1']);
    expectWalk(april.why!);
    expect(item(await on('2029-05-10'), 'kpisInBreach', 'KPI-T-1')).toBeUndefined();
  });

  it('falls back on the last value of a KPI without a series, from the day it was measured', async () => {
    expect(item(await on('2029-03-15'), 'kpisInBreach', 'KPI-T-2')).toBeUndefined();
    expect(item(await on('2029-04-10'), 'kpisInBreach', 'KPI-T-2')?.reason).toBe(
      'KPI-T-2 measured 9% on 2029-04-01, above its threshold of 5%; it measures SYS-T-GOV.');
  });
});

describe('incidents late against their protocol', () => {
  it('flags a SEV1 unresolved past 24 h, then resolved late, for a year; never a SEV3 handled in time', async () => {
    expect(item(await on('2029-07-01'), 'lateIncidents', 'INC-T-1')).toBeUndefined();
    const open = await on('2029-07-02');
    expect(item(open, 'lateIncidents', 'INC-T-1')?.reason).toBe(
      'INC-T-1 (SEV1) was unresolved 38 h after it started, where SEV1 allows 24 h.');
    expect(ids(item(open, 'lateIncidents', 'INC-T-1')?.why)).toEqual(['INC-T-1', 'SYS-T-GOV']);
    expect(item(await on('2029-07-05'), 'lateIncidents', 'INC-T-1')?.reason).toBe(
      'INC-T-1 (SEV1) was resolved 48 h after it started, where SEV1 allows 24 h.');
    expect(listed(await on('2029-07-05'), 'lateIncidents')).not.toContain('INC-T-2');
    expect(item(await on('2030-07-04'), 'lateIncidents', 'INC-T-1')).toBeUndefined();
  });
});

describe('management review', () => {
  it('is overdue a year after the last one, naming it, until the next one is held', async () => {
    expect((await on('2029-12-01')).managementReviewOverdue).toEqual([]);
    const late = await on('2030-06-01');
    expect(late.counts.managementReviewOverdue).toBe(1);
    expect(late.managementReviewOverdue).toEqual([{
      id: 'MR-T-1', label: 'ManagementReview', name: 'Management review 2029', why: null,
      reason: 'No management review was held in the 365 days to 2030-06-01; the last, MR-T-1, was held on 2029-01-10, 507 days before.',
    }]);
    await write(`CREATE (:ManagementReview {id: 'MR-T-2', title: 'Management review 2030', heldOn: date('2030-03-01')})`);
    expect((await on('2030-06-01')).managementReviewOverdue).toEqual([]);
    expect((await on('2031-06-01')).managementReviewOverdue.map((g) => g.id)).toEqual(['MR-T-2']);
  });
});

describe('the governance lists on their own and capped', () => {
  it('answers the same as gaps, and caps lists while counting them whole', async () => {
    const whole = await on('2029-06-20');
    const own = await governanceGaps(graph(), { asOf: '2029-06-20' });
    expect(own.unevidencedCorrectiveActions).toEqual(whole.unevidencedCorrectiveActions);
    expect(own.counts.recurringNonconformities).toBe(whole.counts.recurringNonconformities);
    const none = await gaps(graph(), { asOf: '2029-06-20', first: 0 });
    expect(none.recurringNonconformities).toEqual([]);
    expect(none.counts.recurringNonconformities).toBe(whole.counts.recurringNonconformities);
    expect(none.counts.recurringNonconformities).toBeGreaterThanOrEqual(1);
  });
});

describe('statement of applicability notes', () => {
  const notes = (soa: StatementOfApplicability, control: string) => soa.rows.find((r) => r.control.id === control)!.notes;

  it('says on the A.5 rows of a system that its impact assessment is missing or due, and nothing on other rows', async () => {
    const before = (await statementOfApplicability(graph(), { scopeId: 'SYS-T-GOV', asOf: '2029-01-20' }))!;
    for (const control of ['A.5.2', 'A.5.3', 'A.5.4', 'A.5.5']) {
      expect(notes(before, control)).toEqual(['SYS-T-GOV has no approved impact assessment on 2029-01-20.']);
    }
    expect(notes(before, 'A.6.2.4')).toEqual([]);
    const current = (await statementOfApplicability(graph(), { scopeId: 'SYS-T-GOV', asOf: '2029-03-06' }))!;
    expect(notes(current, 'A.5.2')).toEqual([]);
    // The notes never change how a row is decided.
    expect(current.rows.map((r) => [r.control.id, r.applicable, r.status])).toEqual(
      before.rows.map((r) => [r.control.id, r.applicable, r.status]));
  });

  it('names the severe incident that showed a control failing and the open nonconformities about it', async () => {
    const soa = (await statementOfApplicability(graph(), { scopeId: 'SYS-T-GOV', asOf: '2029-07-05' }))!;
    expect(notes(soa, 'A.6.2.6')).toEqual([
      'Incidents that showed this control failing in the 365 days to 2029-07-05: INC-T-1 (SEV1, 2029-07-01).',
      'Open nonconformities about this control on 2029-07-05: FND-T-1 (minor, raised 2029-04-01), FND-T-2 (major, raised 2029-06-01).',
    ]);
    await write(`MATCH (f:Finding {id: 'FND-T-1'}) SET f.status = 'closed', f.closedOn = date('2029-07-04')`);
    const later = (await statementOfApplicability(graph(), { scopeId: 'SYS-T-GOV', asOf: '2029-07-05' }))!;
    expect(notes(later, 'A.6.2.6')[1]).toBe('Open nonconformities about this control on 2029-07-05: FND-T-2 (major, raised 2029-06-01).');
  });

  it('summarises for the organisation', async () => {
    const soa = (await statementOfApplicability(graph(), { scopeId: 'ORG-BRIGHTWATER', asOf: '2029-07-05' }))!;
    expect(notes(soa, 'A.5.2')[0]).toMatch(/^\d+ customer-facing or production systems? lacks? a current approved impact assessment on 2029-07-05: /);
    expect(notes(soa, 'A.6.2.6')).toContain('Incidents that showed this control failing in the 365 days to 2029-07-05: INC-T-1 (SEV1, 2029-07-01).');
  });
});

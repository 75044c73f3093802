import { describe, expect, it } from 'vitest';
import type { GraphData, NodeRow } from '../../graph/graphData.js';
import type { Label } from '../../graph/model.js';
import { approvalsRequired, highestTier } from '../../graph/workflows/approvalPolicy.js';
import { isBreach } from '../../graph/workflows/kpiBreach.js';
import { lateness } from '../../graph/workflows/responseProtocol.js';
import { referenceOrganization } from './index.js';

// The governance workflows' examples in the reference organisation (issue 9), judged by the rules
// of graph/workflows on the data itself, on two loading days far apart.
const DAYS = ['2026-01-15', '2031-07-04'];

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const rowsOf = (g: GraphData, label: Label): NodeRow[] => g.nodes.filter((b) => b.label === label).flatMap((b) => b.rows);
const edgesOf = (g: GraphData, type: string) => g.relationships.filter((b) => b.type === type).flatMap((b) => b.rows);
const str = (row: NodeRow | undefined, key: string): string => String(row?.[key]);

describe.each(DAYS)('governance examples loaded on %s', (today) => {
  const g = referenceOrganization(today);
  const byId = new Map(g.nodes.flatMap((b) => b.rows.map((r) => [r.id, r] as const)));
  const targets = (type: string, from: string) => edgesOf(g, type).filter((e) => e.from === from).map((e) => e.to);
  const sources = (type: string, to: string) => edgesOf(g, type).filter((e) => e.to === to).map((e) => e.from);
  const changeRequests = rowsOf(g, 'ChangeRequest');
  const approvalsOf = (cr: string) => sources('DECIDES', cr).map((id) => byId.get(id) as NodeRow);

  /** approvalPolicy's tier, from the graph: the systems changed, or running, using or provided by what is changed. */
  function tierOf(cr: string): string {
    const changed = new Set(targets('CHANGES', cr));
    for (const e of edgesOf(g, 'PROVIDED_BY')) if (changed.has(e.to)) changed.add(e.from);
    const systems = rowsOf(g, 'AISystem').filter((s) =>
      changed.has(s.id) || ['RUNS', 'USES', 'PROVIDED_BY'].some((t) => targets(t, s.id).some((x) => changed.has(x))));
    return highestTier(systems.map((s) => str(s, 'riskTier')));
  }

  it('holds every change request to the approvals its risk tier requires', () => {
    expect(changeRequests.length).toBeGreaterThanOrEqual(4);
    for (const cr of changeRequests) {
      const tier = tierOf(cr.id);
      expect([cr.riskTier, cr.requiredApprovals], cr.id).toEqual([tier, approvalsRequired[tier as 'high']]);
      const approvers = targets('NEEDS_APPROVAL_OF', cr.id);
      expect(approvers.length, cr.id).toBeGreaterThanOrEqual(Number(cr.requiredApprovals));
      expect(approvers, cr.id).not.toContain(targets('REQUESTED_BY', cr.id)[0]);
      expect(targets('REVIEWS', cr.id).length, cr.id).toBeGreaterThan(0);
      const decisions = approvalsOf(cr.id);
      for (const a of decisions) {
        expect(approvers, a.id).toContain(targets('GIVEN_BY', a.id)[0]);
        expect(str(a, 'decidedAt') > str(cr, 'requestedAt') && str(a, 'decidedAt') < `${today}T00:00:00Z`, a.id).toBe(true);
      }
      expect(new Set(decisions.map((a) => targets('GIVEN_BY', a.id)[0])).size, cr.id).toBe(decisions.length);
      // A rejection rejects; the required number of approvals approves; otherwise it waits.
      const approved = decisions.filter((a) => a.decision === 'approved').length;
      const expected = decisions.some((a) => a.decision === 'rejected') ? 'rejected' : approved >= Number(cr.requiredApprovals) ? 'approved' : 'pending';
      expect(cr.status, cr.id).toBe(expected);
    }
  });

  it('has a pending request with some approvers still to decide, and one the DPO rejected with reasons', () => {
    const pending = changeRequests.filter((cr) => cr.status === 'pending' && cr.deployedOn === undefined);
    expect(pending.some((cr) => {
      const decided = approvalsOf(cr.id).length;
      return decided > 0 && decided < targets('NEEDS_APPROVAL_OF', cr.id).length;
    })).toBe(true);
    const rejections = changeRequests.filter((cr) => cr.status === 'rejected').flatMap((cr) => approvalsOf(cr.id))
      .filter((a) => a.decision === 'rejected');
    expect(rejections.some((a) => targets('GIVEN_BY', a.id)[0] === 'PER-DPO' && str(a, 'comment').length > 60)).toBe(true);
  });

  it('traces deployed models to the approved change that released them, and explains the one emergency deployment', () => {
    const deployed = changeRequests.filter((cr) => cr.deployedOn !== undefined);
    const models = deployed.filter((cr) => cr.status === 'approved').flatMap((cr) =>
      targets('CHANGES', cr.id).filter((id) => id.startsWith('MDL-')).map((id) => [cr, byId.get(id) as NodeRow] as const));
    expect(models.length).toBeGreaterThanOrEqual(1);
    for (const [cr, model] of models) {
      expect(model.releasedOn, model.id).toBe(cr.deployedOn);
      const runners = sources('RUNS', model.id);
      expect(runners.some((s) => targets('CHANGES', cr.id).includes(s)), model.id).toBe(true);
    }
    // Approved by the day it was deployed, or deployed in an emergency with a note saying why.
    const unapproved = deployed.filter((cr) => approvalsOf(cr.id)
      .filter((a) => a.decision === 'approved' && str(a, 'decidedAt').slice(0, 10) <= str(cr, 'deployedOn')).length < Number(cr.requiredApprovals));
    expect(unapproved).toHaveLength(1);
    for (const cr of deployed) expect(cr.deploymentNote !== undefined, cr.id).toBe(unapproved.includes(cr));
  });

  it('ends each KPI series at its latest value, with billing CSAT in breach since the refund-advice incident', () => {
    const seriesOf = (kpi: string) => sources('MEASUREMENT_OF', kpi).map((id) => byId.get(id) as NodeRow)
      .sort((a, b) => str(a, 'measuredOn').localeCompare(str(b, 'measuredOn')));
    const breaches = (k: NodeRow) => seriesOf(k.id).map((m) => isBreach(str(k, 'direction'), Number(k.threshold), Number(m.value)));
    for (const k of rowsOf(g, 'KPI')) {
      const series = seriesOf(k.id);
      expect(series.length, k.id).toBeGreaterThanOrEqual(12);
      expect([series.at(-1)?.measuredOn, series.at(-1)?.value], k.id).toEqual([k.measuredOn, k.lastValue]);
      expect(str(series[0], 'measuredOn') <= addDays(today, -150), k.id).toBe(true);
      expect(targets('INDICATES', k.id).length, k.id).toBeGreaterThan(0);
    }
    const inBreach = rowsOf(g, 'KPI').filter((k) => breaches(k).at(-1));
    expect(inBreach.map((k) => k.id)).toEqual(['KPI-CSAT-BILLING']);
    const csat = inBreach[0] as NodeRow;
    const run = breaches(csat).reverse().findIndex((b) => !b);
    expect(run).toBeGreaterThanOrEqual(4);
    const since = str(seriesOf(csat.id).at(-run), 'measuredOn');
    const incident = rowsOf(g, 'Incident').find((i) => sources('MATERIALISED', 'RSK-BILLING-ADVICE').includes(i.id) && i.severity === 'SEV1');
    expect(str(incident, 'occurredAt').slice(0, 10) < since && since <= addDays(str(incident, 'occurredAt').slice(0, 10), 7)).toBe(true);
    expect(targets('INDICATES', csat.id)).toContain('RSK-BILLING-ADVICE');
    // Another KPI dipped through its threshold and came back.
    expect(rowsOf(g, 'KPI').some((k) => k.id !== csat.id && breaches(k).includes(true) && !breaches(k).at(-1))).toBe(true);
  });

  it('traces a SEV1 incident to failed controls, with a nonconformity raised in it; the others meet their protocol', () => {
    const now = `${today}T00:00:00Z`;
    const late = (i: NodeRow) => lateness({
      severity: str(i, 'severity'), occurredAt: str(i, 'occurredAt'),
      respondedAt: i.respondedAt === undefined ? null : str(i, 'respondedAt'), resolvedAt: i.resolvedAt === undefined ? null : str(i, 'resolvedAt'),
    }, now);
    const sev1 = rowsOf(g, 'Incident').filter((i) => i.severity === 'SEV1' && targets('FAILED', i.id).length > 0);
    expect(sev1.length).toBeGreaterThanOrEqual(1);
    for (const i of sev1) {
      expect(targets('MATERIALISED', i.id).length && targets('AFFECTED', i.id).length, i.id).toBeTruthy();
      const raised = sources('RAISED_IN', i.id).map((id) => byId.get(id) as NodeRow);
      expect(raised.some((f) => String(f.kind).endsWith('nonconformity')), i.id).toBe(true);
    }
    for (const i of rowsOf(g, 'Incident')) {
      const times = [i.occurredAt, i.respondedAt, i.resolvedAt].filter((x) => x !== undefined).map(String);
      expect(times, i.id).toEqual([...times].sort());
      expect(i.resolvedAt === undefined, i.id).toBe(i.status === 'open');
      // A response later than the protocol allows is a failure of its own: a nonconformity records it.
      if (late(i).length) expect(sources('RAISED_IN', i.id).length, i.id).toBeGreaterThan(0);
    }
    expect(rowsOf(g, 'Incident').filter((i) => i.severity !== 'SEV1').every((i) => late(i).length === 0)).toBe(true);
  });

  it('assesses customer-facing production systems, one past its review, and leaves one production system unassessed', () => {
    const assessed = new Map(rowsOf(g, 'ImpactAssessment').filter((a) => a.status === 'approved')
      .map((a) => [targets('ASSESSES', a.id)[0], a] as const));
    const due = (a: NodeRow) => addDays(str(a, 'assessedOn'), Number(a.reviewIntervalDays ?? 365)) < today;
    const production = rowsOf(g, 'AISystem').filter((s) => s.lifecycleStage === 'production');
    const facing = production.filter((s) => s.customerFacing);
    expect(facing.every((s) => assessed.has(s.id))).toBe(true);
    expect(facing.filter((s) => due(assessed.get(s.id) as NodeRow))).toHaveLength(1);
    expect(production.filter((s) => !assessed.has(s.id)).length).toBeGreaterThanOrEqual(1);
    for (const a of rowsOf(g, 'ImpactAssessment')) {
      expect(str(a, 'assessedOn') < today && sources('OWNS', a.id).length === 1, a.id).toBe(true);
      expect(str(a, 'groups'), a.id).toMatch(/language|Polish|Portuguese|Spanish|Arabic|accent|older|impair/);
    }
  });

  it('runs an audit programme: a completed internal audit with its findings, and audits planned ahead', () => {
    const audits = rowsOf(g, 'Audit');
    const done = audits.filter((a) => a.kind === 'internal' && a.status === 'completed'
      && str(a, 'endsOn') >= addDays(today, -130) && str(a, 'endsOn') <= addDays(today, -60));
    expect(done).toHaveLength(1);
    const audit = done[0] as NodeRow;
    const scope = targets('COVERS', audit.id);
    for (const pattern of [/^\d+(\.\d+)*$/, /^A\./, /^SYS-/]) expect(scope.some((id) => pattern.test(id)), String(pattern)).toBe(true);
    expect(sources('AUDITOR_OF', audit.id).length).toBeGreaterThanOrEqual(1);
    const kinds = sources('RAISED_IN', audit.id).map((id) => byId.get(id)?.kind);
    expect(kinds).toEqual(expect.arrayContaining(['minor-nonconformity', 'observation', 'opportunity']));
    expect(audits.filter((a) => a.status === 'planned' && str(a, 'startsOn') > today).length).toBeGreaterThanOrEqual(1);
  });

  it('corrects nonconformities: one action overdue, one done with evidence, one not yet due, one finding closed, one recurring', () => {
    const actions = rowsOf(g, 'CorrectiveAction');
    const closing = (ca: string) => sources('CLOSES', ca);
    for (const ca of actions) expect(sources('OWNS', ca.id).length && targets('CORRECTS', ca.id).length, ca.id).toBeTruthy();
    expect(actions.some((ca) => str(ca, 'dueOn') < today && ca.completedOn === undefined)).toBe(true);
    expect(actions.some((ca) => ca.completedOn !== undefined && closing(ca.id).length > 0)).toBe(true);
    expect(actions.some((ca) => str(ca, 'dueOn') > today && ca.completedOn === undefined)).toBe(true);
    // Done means evidenced: none is marked done without evidence that closes it.
    expect(actions.filter((ca) => ca.completedOn !== undefined && closing(ca.id).length === 0)).toEqual([]);
    const findings = rowsOf(g, 'Finding');
    const closed = findings.filter((f) => f.status === 'closed');
    expect(closed.length).toBeGreaterThanOrEqual(1);
    for (const f of closed) {
      expect(str(f, 'closedOn') >= str(f, 'raisedOn') && str(f, 'closedOn') < today, f.id).toBe(true);
      for (const ca of sources('CORRECTS', f.id)) expect(closing(ca).length, ca).toBeGreaterThan(0);
    }
    const nonconformities = findings.filter((f) => String(f.kind).endsWith('nonconformity'));
    const recurring = [...new Set(nonconformities.flatMap((f) => targets('CONCERNS', f.id)))]
      .filter((target) => /^A\./.test(target))
      .filter((control) => {
        const days = nonconformities.filter((f) => targets('CONCERNS', f.id).includes(control)).map((f) => str(f, 'raisedOn')).sort();
        return days.length >= 2 && addDays(days[0] as string, 365) >= (days.at(-1) as string);
      });
    expect(recurring).not.toEqual([]);
  });

  it('held a management review that reviewed the audit, incidents, KPIs and risks, attended by the committee', () => {
    const reviews = rowsOf(g, 'ManagementReview').filter((r) => str(r, 'heldOn') >= addDays(today, -60) && str(r, 'heldOn') <= addDays(today, -30));
    expect(reviews).toHaveLength(1);
    const review = reviews[0] as NodeRow;
    const inputs = targets('REVIEWED', review.id);
    for (const prefix of ['AUD-', 'INC-', 'KPI-', 'RSK-']) expect(inputs.some((id) => id.startsWith(prefix)), prefix).toBe(true);
    const committee = sources('MEMBER_OF', 'TEAM-GOV-COMMITTEE');
    const attended = sources('ATTENDED', review.id);
    expect(committee.every((p) => attended.includes(p))).toBe(true);
    expect((review.decisions as string[]).length).toBeGreaterThanOrEqual(3);
  });
});

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../graph/index.js';
import { addDays, daysBetween } from '../../web/src/lib/dates.js';
import { screenshotDir, useExplorer } from './explorer.js';

// The governance views on the reference organisation: what each shows is read from the API first,
// so the test holds the views to the answers, not to the seed's wording.
const day = '2026-11-26';
const explorer = useExplorer(day);
const poll = { timeout: 15_000 };
let viewerKey = '';

beforeAll(async () => {
  viewerKey = (await createApiKey(explorer.graph(), { name: 'browser governance reader', role: 'viewer' })).token;
});

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${explorer.url()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${viewerKey}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const nodes = <N>(c: { edges: { node: N }[] }) => c.edges.map((e) => e.node);

/** A new page signed in with a key of `role`, at `path`. */
async function signedIn(role: 'editor' | 'viewer', path: string): Promise<Page> {
  const { token } = await createApiKey(explorer.graph(), { name: `browser ${role}`, role });
  const page = await explorer.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${explorer.url()}/`);
  await page.evaluate(`sessionStorage.setItem('aims.apiKey', ${JSON.stringify(token)})`);
  await page.goto(`${explorer.url()}${path}?asOf=${day}`);
  return page;
}

interface Request {
  id: string;
  status: string;
  deployedOn: string | null;
  deployedWithoutApproval: boolean;
  requiredApprovals: number;
  approvalsMissing: number;
  approvers: { person: { id: string; name: string }; approval: { decision: string; comment: string | null } | null }[];
}
const REQUESTS = `{ changeRequests(first: 100) { edges { node {
  id status deployedOn deployedWithoutApproval requiredApprovals approvalsMissing
  approvers { person { id name } approval { decision comment } } } } } }`;
const requests = async () => nodes((await api<{ changeRequests: { edges: { node: Request }[] } }>(REQUESTS)).changeRequests);
/** A pending request not yet in production, with someone still to decide. */
const pendingOne = (all: Request[]) => all.find((r) => r.status === 'PENDING' && !r.deployedOn && r.approvers.some((a) => !a.approval));

describe('the governance views', () => {
  it('queues change requests: pending first with who has not decided, then rejected, approved and deployed', async () => {
    const page = explorer.page();
    await expect.poll(() => page.evaluate("sessionStorage.getItem('aims.apiKey')"), poll).toBeTruthy();
    await page.goto(`${explorer.url()}/overview?asOf=${day}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();

    const all = await requests();
    const pending = pendingOne(all);
    expect(pending, 'the reference organisation has a pending request').toBeDefined();
    const card = page.locator(`section[data-section="PENDING"] article[data-change-request="${pending!.id}"]`);
    await card.waitFor();
    const given = pending!.approvers.filter((a) => a.approval?.decision === 'APPROVED').length;
    expect(await card.locator('[data-approvals]').getAttribute('data-approvals')).toBe(`${given}/${pending!.requiredApprovals}`);
    for (const { person, approval } of pending!.approvers) {
      expect(await card.locator(`li[data-approver="${person.id}"]`).getAttribute('data-decision')).toBe(approval?.decision ?? 'UNDECIDED');
    }
    // The sections come in queue order, and every request is in the one its status and deployment say.
    const order = await page.locator('section[data-section]').evaluateAll((s) => s.map((e) => e.getAttribute('data-section')));
    expect(order.indexOf('PENDING')).toBe(0);
    for (const r of all) {
      const section = r.deployedOn ? 'DEPLOYED' : r.status;
      expect(await page.locator(`section[data-section="${section}"] article[data-change-request="${r.id}"]`).count(), r.id).toBe(1);
      expect(await page.locator(`article[data-change-request="${r.id}"]`).getByText('Deployed without approval').count(), r.id).toBe(r.deployedWithoutApproval ? 1 : 0);
    }
    expect(all.some((r) => r.status === 'REJECTED')).toBe(true);
    expect(all.some((r) => r.deployedWithoutApproval)).toBe(true);
    await card.screenshot({ path: join(screenshotDir, '50-approvals-pending.png') });
    await explorer.shot('50-approvals');
  });

  it('offers a viewer no decision to record', async () => {
    const page = await signedIn('viewer', '/approvals');
    const pending = pendingOne(await requests())!;
    await page.locator(`article[data-change-request="${pending.id}"]`).waitFor();
    await page.getByText('Your key may read the queue').waitFor();
    expect(await page.getByRole('button', { name: /^(Approve|Reject) as / }).count()).toBe(0);
    await page.close();
  });

  it('lets an editor approve for an undecided approver, and shows a refused decision with its reason', async () => {
    const all = await requests();
    const target = pendingOne(all)!;
    const first = target.approvers.find((a) => !a.approval)!;
    // Another undecided approver, anywhere in the queue, to be decided elsewhere while the page still offers it.
    const spare = all
      .filter((r) => r.status === 'PENDING')
      .flatMap((r) => r.approvers.filter((a) => !a.approval && !(r.id === target.id && a.person.id === first.person.id)).map((a) => ({ id: r.id, person: a.person })))[0];
    const page = await signedIn('editor', '/approvals');
    const card = page.locator(`article[data-change-request="${target.id}"]`);
    await card.waitFor();

    if (spare) {
      const elsewhere = await createApiKey(explorer.graph(), { name: 'browser editor elsewhere', role: 'editor' });
      const res = await fetch(`${explorer.url()}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${elsewhere.token}` },
        body: JSON.stringify({
          query: 'mutation($i: DecideChangeInput!) { decideChange(input: $i) { id } }',
          variables: { i: { changeRequestId: spare.id, approverId: spare.person.id, decision: 'APPROVED' } },
        }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      const row = page.locator(`article[data-change-request="${spare.id}"] li[data-approver="${spare.person.id}"]`);
      await row.getByRole('button', { name: `Approve as ${spare.person.name}` }).click();
      const refusal = row.locator('[role=alert]');
      await refusal.waitFor();
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(await refusal.getAttribute('data-code'));
      expect(await refusal.textContent()).toContain(spare.id);
      await row.screenshot({ path: join(screenshotDir, '50-approvals-refused.png') });
      // What the page showed was out of date: reading the queue again shows the decision taken elsewhere.
      await row.getByRole('button', { name: 'Reload the queue' }).click();
      await expect.poll(() => row.getAttribute('data-decision'), poll).toBe('APPROVED');
    }

    const row = card.locator(`li[data-approver="${first.person.id}"]`);
    await row.getByLabel(`Comment from ${first.person.name}`).fill('Approved in the browser test');
    await row.getByRole('button', { name: `Approve as ${first.person.name}` }).click();
    await expect.poll(() => row.getAttribute('data-decision'), poll).toBe('APPROVED');

    const after = (await requests()).find((r) => r.id === target.id)!;
    expect(after.approvers.find((a) => a.person.id === first.person.id)!.approval).toEqual({ decision: 'APPROVED', comment: 'Approved in the browser test' });
    await expect.poll(() => card.getAttribute('data-status'), poll).toBe(after.status);
    // The last approval a request needs approves it, and it leaves the pending section.
    expect(after.status).toBe(after.approvalsMissing === 0 ? 'APPROVED' : 'PENDING');
    const section = after.status === 'APPROVED' ? 'APPROVED' : 'PENDING';
    expect(await page.locator(`section[data-section="${section}"] article[data-change-request="${target.id}"]`).count()).toBe(1);
    await card.getByText('Approved in the browser test').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('draws incidents by severity, flags late responses and names the failed controls', async () => {
    const { incidents } = await api<{
      incidents: { edges: { node: { id: string; severity: string; occurredAt: string; late: string[]; failedControls: { id: string }[] } }[] };
    }>('query($d: Date) { incidents(first: 100) { edges { node { id severity occurredAt late(asOf: $d) failedControls { id } } } } }', { d: day });
    const sev1 = nodes(incidents).find((i) => i.severity === 'SEV1' && i.failedControls.length);
    expect(sev1, 'the reference organisation has a SEV1 incident with a failed control').toBeDefined();
    const page = explorer.page();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    const mark = page.locator(`svg g[data-incident="${sev1!.id}"]`);
    await mark.waitFor();
    expect(await mark.getAttribute('data-severity')).toBe('SEV1');
    expect((await mark.getAttribute('data-late')) ?? '').toBe(sev1!.late.join(' '));
    const upToDay = nodes(incidents).filter((i) => Date.parse(i.occurredAt) < Date.parse(`${addDays(day, 1)}T00:00:00Z`));
    expect(await page.locator('svg g[data-incident]').count()).toBe(upToDay.length);

    const card = page.locator(`article[data-incident="${sev1!.id}"]`);
    for (const step of sev1!.late) expect(await card.locator(`[data-step="${step}"]`).getAttribute('data-late')).toBe('true');
    const controls = await card.locator('[data-failed-controls] a[data-control]').evaluateAll((as) => as.map((a) => a.getAttribute('data-control')));
    expect(controls.sort()).toEqual(sev1!.failedControls.map((c) => c.id).sort());
    await mark.click();
    await card.screenshot({ path: join(screenshotDir, '51-incident-sev1.png') });
    await explorer.shot('51-incidents');
    const control = sev1!.failedControls[0]!.id;
    await card.locator(`a[data-control="${control}"]`).click();
    await expect.poll(() => new URL(page.url()).pathname, poll).toBe(`/controls/${encodeURIComponent(control)}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${control.replace(/\./g, '\\.')} `) }).waitFor();
  });

  it('puts each corrective action in its state’s column, and moves it with the as-of day', async () => {
    const read = async (d: string) =>
      nodes(
        (await api<{ correctiveActions: { edges: { node: { id: string; state: string; dueOn: string } }[] } }>(
          'query($d: Date) { correctiveActions(first: 100) { edges { node { id state(asOf: $d) dueOn } } } }',
          { d },
        )).correctiveActions,
      );
    const actions = await read(day);
    const overdue = actions.find((a) => a.state === 'OVERDUE');
    expect(overdue, 'the reference organisation has an overdue action').toBeDefined();
    const page = explorer.page();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Corrective actions' }).click();
    const card = page.locator(`section[data-column="OVERDUE"] article[data-action="${overdue!.id}"]`);
    await card.waitFor();
    expect(Number(await card.locator('[data-days-overdue]').getAttribute('data-days-overdue'))).toBe(daysBetween(overdue!.dueOn, day));
    for (const state of ['OPEN', 'OVERDUE', 'DONE', 'UNEVIDENCED']) {
      expect(await page.locator(`section[data-column="${state}"] article[data-action]`).count(), state).toBe(actions.filter((a) => a.state === state).length);
    }
    await explorer.shot('52-corrective-actions');

    // The day before it fell due, the same action was not overdue yet.
    const earlier = addDays(overdue!.dueOn, -1);
    const then = (await read(earlier)).find((a) => a.id === overdue!.id)!;
    expect(then.state).not.toBe('OVERDUE');
    await page.locator('#as-of').fill(earlier);
    await page.locator('#as-of').dispatchEvent('change');
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf'), poll).toBe(earlier);
    await page.locator(`section[data-column="${then.state}"] article[data-action="${overdue!.id}"]`).waitFor();
    await page.goto(`${explorer.url()}/actions?asOf=${day}`);
  });

  it('charts every KPI, the breached ones first with their threshold line and breaching points', async () => {
    const from = addDays(day, -180);
    const { kpis } = await api<{
      kpis: {
        edges: { node: { id: string; name: string; threshold: number; signal: { systems: { id: string }[] } | null; series: { breached: boolean }[] } }[];
      };
    }>('query($d: Date, $f: Date) { kpis(first: 100) { edges { node { id name threshold signal(asOf: $d) { systems { id } } series(from: $f, to: $d) { breached } } } } }', {
      d: day,
      f: from,
    });
    const all = nodes(kpis);
    const breached = all.filter((k) => k.signal);
    expect(breached.length, 'the reference organisation has a KPI in breach').toBeGreaterThan(0);
    const page = explorer.page();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'KPIs' }).click();
    await page.locator('article[data-kpi]').first().waitFor();
    expect(await page.locator('article[data-kpi]').count()).toBe(all.length);
    const shown = await page.locator('article[data-kpi]').evaluateAll((as) => as.map((a) => a.getAttribute('data-breached')));
    expect(shown.slice(0, breached.length).every((b) => b === 'true')).toBe(true);
    for (const kpi of breached) {
      const card = page.locator(`article[data-kpi="${kpi.id}"]`);
      expect(Number(await card.locator('line[data-line="threshold"]').getAttribute('data-value'))).toBe(kpi.threshold);
      expect(await card.locator('circle[data-breached="true"]').count()).toBe(kpi.series.filter((s) => s.breached).length);
      expect(await card.locator('[data-signal]').count()).toBe(1);
    }
    await page.locator(`article[data-kpi="${breached[0]!.id}"]`).screenshot({ path: join(screenshotDir, '53-kpi-breach.png') });
    await explorer.shot('53-kpis');

    // The signal shows on the page of each system the KPI measures.
    const system = breached[0]!.signal!.systems[0]!.id;
    await page.goto(`${explorer.url()}/systems/${system}?asOf=${day}`);
    const warning = page.locator('section[data-signals]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(breached[0]!.name);
    await warning.getByRole('link', { name: breached[0]!.name }).click();
    await expect.poll(() => new URL(page.url()).pathname, poll).toBe('/kpis');
    await page.locator(`article[data-kpi="${breached[0]!.id}"]`).waitFor();
  });

  it('lays out the audit programme and management reviews', async () => {
    const data = await api<{ audits: { edges: { node: { id: string; findings: { id: string }[] } }[] }; managementReviews: { edges: { node: { id: string } }[] } }>(
      '{ audits(first: 100) { edges { node { id findings { id } } } } managementReviews(first: 100) { edges { node { id } } } }',
    );
    const page = explorer.page();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audits' }).click();
    await page.locator('article[data-audit]').first().waitFor();
    for (const audit of nodes(data.audits)) {
      expect(await page.locator(`svg g[data-audit="${audit.id}"]`).count(), audit.id).toBe(1);
      expect(await page.locator(`article[data-audit="${audit.id}"] li[data-finding]`).count(), audit.id).toBe(audit.findings.length);
    }
    for (const review of nodes(data.managementReviews)) expect(await page.locator(`article[data-review="${review.id}"]`).count()).toBe(1);
    await explorer.shot('54-audits');
  });

  it('opens every new kind of node on its own page', async () => {
    const data = await api<Record<string, { edges: { node: Record<string, unknown> }[] }>>(`query($d: Date) {
      changeRequests(first: 1, filter: { status: REJECTED }) { edges { node { id approvers { approval { id } } } } }
      impactAssessments(first: 1) { edges { node { id } } }
      findings(first: 1) { edges { node { id } } }
      correctiveActions(first: 1) { edges { node { id } } }
      audits(first: 1) { edges { node { id } } }
      managementReviews(first: 1) { edges { node { id } } }
      kpis(first: 1) { edges { node { series(to: $d) { id } } } }
    }`, { d: day });
    const first = (key: string) => data[key]!.edges[0]!.node;
    const cr = first('changeRequests') as { id: string; approvers: { approval: { id: string } | null }[] };
    const ids = [
      cr.id,
      cr.approvers.find((a) => a.approval)!.approval!.id,
      ...['impactAssessments', 'findings', 'correctiveActions', 'audits', 'managementReviews'].map((k) => first(k).id as string),
      (first('kpis') as { series: { id: string }[] }).series[0]!.id,
    ];
    expect(ids.map((id) => id.replace(/-.*/, ''))).toEqual(['CR', 'APR', 'IA', 'FND', 'CA', 'AUD', 'MR', 'MSR']);
    const page = explorer.page();
    for (const id of ids) {
      await page.goto(`${explorer.url()}/nodes/${encodeURIComponent(id)}?asOf=${day}`);
      await page.locator('.page-header code', { hasText: id }).waitFor();
      expect(await page.getByRole('heading', { level: 1, name: 'Not found' }).count(), id).toBe(0);
      expect(await page.locator('section[aria-labelledby="rel-title"] li').count(), id).toBeGreaterThan(0);
    }
    // A change request's page leads to its card in the approvals queue.
    await page.goto(`${explorer.url()}/nodes/${encodeURIComponent(cr.id)}?asOf=${day}`);
    await explorer.shot('55-node-change-request');
    await page.getByRole('link', { name: 'Approvals queue' }).click();
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('data-change-request')"), poll).toBe(cr.id);
  });

  it('ran every step above without a Content-Security-Policy violation', () => {
    expect(explorer.cspViolations()).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../../graph/index.js';
import { parseCsv } from '../../web/src/lib/csv.js';
import { screenshotDir, useExplorer } from './explorer.js';

const day = '2026-11-26';
const explorer = useExplorer(day);
const poll = { timeout: 15_000 };

/** Downloads what `click` starts and returns its file name and text. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('a new user walking the explorer', () => {
  it('searches for the chatbot, opens its coverage and the why-path of an inherited control', async () => {
    const page = explorer.page();
    // The harness opened the one-time sign-in link; let the explorer finish exchanging it.
    await expect.poll(() => page.evaluate("sessionStorage.getItem('aims.apiKey')"), poll).toBeTruthy();
    await page.goto(`${explorer.url()}/?asOf=${day}`);
    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('chatbot');
    const result = page.getByRole('link', { name: /Web Chat Assistant/ });
    await result.waitFor();
    await explorer.shot('01-search');

    await result.click();
    await page.getByRole('heading', { level: 1, name: 'Web Chat Assistant' }).waitFor();
    expect(page.url()).toContain(`/systems/SYS-WEBCHAT?asOf=${day}`);
    const inherited = page.locator('section', { has: page.getByRole('heading', { name: /Through a dependency/ }) }).locator('tr[data-control="A.6.2.4"][data-scope="SYS-INTENT"]');
    await inherited.waitFor();
    expect(await inherited.textContent()).toContain('Intent Classifier');

    const why = page.getByRole('button', { name: 'Why is A.6.2.4 covered through SYS-INTENT?' });
    await why.click();
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    const path = page.locator('figure[data-why-path]').first();
    await path.waitFor();
    expect(await path.getAttribute('data-why-path')).toBe('SYS-WEBCHAT SYS-INTENT IMP-A.6.2.4-SYS-INTENT A.6.2.4');
    expect(await path.locator('[data-node-id]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node-id')))).toEqual([
      'SYS-WEBCHAT',
      'SYS-INTENT',
      'IMP-A.6.2.4-SYS-INTENT',
      'A.6.2.4',
    ]);
    const drawn = await path.locator('svg').textContent();
    for (const word of ['DEPENDS_ON', 'APPLIES_TO', 'IMPLEMENTS', 'Web Chat Assistant', 'Intent Classifier']) expect(drawn).toContain(word);
    await path.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotDir, '02-coverage-why.png') });
  });

  it('follows stale evidence to the lineage of the control it backs', async () => {
    const page = explorer.page();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stale evidence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stale and expiring evidence' }).waitFor();
    const first = page.locator('article[data-evidence-id]').first();
    await first.waitFor();
    await page.locator('svg rect[data-week]').first().waitFor();
    await explorer.shot('03-stale');

    const control = first.locator('a.control').first();
    const controlId = (await control.locator('code').textContent())!.trim();
    await control.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${controlId.replace(/\./g, '\\.')} `) }).waitFor();
    expect(page.url()).toContain(`/controls/${controlId}`);
    await page.getByRole('button', { name: 'Expand all' }).click();
    const hash = page.locator('code', { hasText: /^[0-9a-f]{64}$/ }).first();
    await hash.waitFor();
    expect(await hash.isVisible()).toBe(true);
    await explorer.shot('04-lineage');
  });

  it('exports the Statement of Applicability as CSV, for the organisation and for one system', async () => {
    const page = explorer.page();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Statement of Applicability' }).click();
    await page.locator('tr[data-control="A.2.2"]').waitFor();
    await explorer.shot('05-soa');

    const org = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(org.name).toBe(`statement-of-applicability-ORG-BRIGHTWATER-${day}.csv`);
    const rows = parseCsv(org.text);
    expect(rows[0]?.slice(0, 6)).toEqual(['control_id', 'control_title', 'area', 'applicable', 'justification', 'status']);
    expect(rows).toHaveLength(39);
    expect(rows[1]?.[0]).toBe('A.2.2');
    // The organisation excludes nothing itself; exclusions on narrower scopes travel with their justification.
    expect(rows.find((r) => r[0] === 'A.6.2.5')?.[13]).toMatch(/^SYS-LEGACY-FAQ: .{20,}/);

    await page.getByLabel('Scope').selectOption('SYS-LEGACY-FAQ');
    await page.getByText('Legacy FAQ Bot · ').waitFor();
    await page.locator('tr[data-control="A.6.2.5"]', { hasText: 'Excluded' }).waitFor();
    const system = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(system.name).toBe(`statement-of-applicability-SYS-LEGACY-FAQ-${day}.csv`);
    const systemRows = parseCsv(system.text);
    expect(systemRows).toHaveLength(39);
    const excluded = systemRows.filter((r) => r[5] === 'EXCLUDED');
    expect(excluded.map((r) => r[0])).toEqual(['A.6.2.5']);
    expect(excluded[0]?.[3]).toBe('no');
    expect(excluded[0]?.[4]).toMatch(/retired/i);
    await explorer.shot('06-soa-system');
  });

  it('draws a focus node on the graph canvas, expands a neighbour and exports what is on screen', async () => {
    const page = explorer.page();
    await page.goto(`${explorer.url()}/graph?focus=SYS-WEBCHAT&asOf=${day}`);
    const view = page.locator('.graph-view');
    const count = async () => Number(await view.getAttribute('data-node-count'));
    await expect.poll(count, poll).toBeGreaterThan(10);
    await expect.poll(() => view.getAttribute('data-busy'), poll).toBe('false');
    expect(await view.getAttribute('data-selected')).toBe('SYS-WEBCHAT');
    expect(await page.locator('.canvas canvas').count()).toBeGreaterThan(1);
    await expect.poll(async () => Number(await page.locator('.canvas').getAttribute('data-render-count')), poll).toBeGreaterThan(0);
    const before = await count();
    await explorer.shot('07-graph-focus');

    await page.getByText(/^Node list/).click();
    await page.getByRole('button', { name: 'Intent Classifier' }).click();
    expect(await view.getAttribute('data-selected')).toBe('SYS-INTENT');
    await page.getByRole('button', { name: /^Expand( again)? SYS-INTENT$/ }).click();
    await expect.poll(count, poll).toBeGreaterThan(before);
    await expect.poll(() => view.getAttribute('data-busy'), poll).toBe('false');

    // Filtering by label hides nodes from the canvas and the counters.
    const visible = Number(await view.getAttribute('data-visible-node-count'));
    await page.getByRole('checkbox', { name: /Risk/ }).uncheck();
    await expect.poll(async () => Number(await view.getAttribute('data-visible-node-count'))).toBeLessThan(visible);
    await explorer.shot('08-graph-expanded');

    const csv = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    const csvRows = parseCsv(csv.text);
    expect(csvRows[0]).toEqual(['element', 'id', 'label', 'name', 'state', 'source', 'target', 'relationship']);
    expect(csvRows.some((r) => r[0] === 'node' && r[1] === 'SYS-INTENT')).toBe(true);
    expect(csvRows.some((r) => r[0] === 'node' && r[2] === 'Risk')).toBe(false);
    const png = await download(page, () => page.getByRole('button', { name: 'Export PNG' }).click());
    expect(png.name).toBe(`aims-graph-SYS-WEBCHAT-${day}.png`);
    expect(png.text.slice(1, 4)).toBe('PNG');
  });

  it('says clearly when the server cannot be reached, and asks a signed-out user for a key', async () => {
    const down = await explorer.newPage();
    await down.route('**/graphql', (route) => route.abort());
    await down.goto(`${explorer.url()}/systems/SYS-WEBCHAT`);
    const alert = down.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The AIMS Graph server cannot be reached');
    expect(await down.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await down.screenshot({ path: join(screenshotDir, '09-api-down.png') });
    await down.close();

    const out = await explorer.newPage();
    await out.goto(`${explorer.url()}/overview`);
    await out.getByRole('heading', { name: 'Sign in to AIMS Graph' }).waitFor();
    expect(await out.getByText('npm start', { exact: true }).isVisible()).toBe(true);
    await out.getByLabel('API key').fill('key_000000000000.not-a-real-secret');
    await out.getByRole('button', { name: 'Sign in' }).click();
    await out.getByText('That key was not accepted').waitFor();
    await out.screenshot({ path: join(screenshotDir, '10-sign-in.png') });
    await out.close();
  });

  it('lays out a large graph in a web worker, which the Content-Security-Policy allows', async () => {
    const page = explorer.page();
    // Past 400 nodes the layout leaves the page for a worker made from a blob: URL.
    await page.goto(`${explorer.url()}/dev/graph-stress?synthetic=600&asOf=${day}`);
    await page.getByText(/layout \(worker\)/).waitFor({ timeout: 30_000 });
  });

  it('shows a viewer how to connect an assistant, and only the tools a viewer key may use', async () => {
    const { token } = await createApiKey(explorer.graph(), { name: 'browser assistants viewer', role: 'viewer' });
    const viewer = await explorer.newPage();
    await viewer.goto(`${explorer.url()}/`);
    await viewer.evaluate(`sessionStorage.setItem('aims.apiKey', ${JSON.stringify(token)})`);
    await viewer.goto(`${explorer.url()}/assistants`);
    await viewer.locator('[data-tool="coverage"]', { hasText: 'Coverage of an AI system' }).waitFor();
    expect(await viewer.locator('[data-tool="record_evidence"]').count()).toBe(0);
    const remote = await viewer.locator('pre[data-snippet="remote"]').textContent();
    expect(remote).toContain(`"url": "${explorer.url()}/mcp"`);
    expect(remote).toContain('Bearer <key>');
    expect(remote).not.toContain(token);
    await viewer.screenshot({ path: join(screenshotDir, '11-assistants.png') });
    await viewer.close();
  });

  it('ran every step above without a Content-Security-Policy violation', () => {
    expect(explorer.cspViolations()).toEqual([]);
  });
});

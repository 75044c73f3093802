import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../web/src/lib/csv.js';
import { screenshotDir, useExplorer } from './explorer.js';

const day = '2026-11-26';
const explorer = useExplorer(day);
const poll = { timeout: 15_000 };

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** The number a summary tile shows for a judgement. */
async function tile(page: Page, label: string): Promise<number> {
  const text = await page.locator('a.tile', { has: page.locator('.label', { hasText: new RegExp(`^${label}$`) }) }).locator('.value').textContent();
  return Number(text);
}

describe('other frameworks through our ISO 42001 work', () => {
  it('judges NIST AI RMF item by item for the organisation, with figures, a bar and the why of a route', async () => {
    const page = explorer.page();
    await expect.poll(() => page.evaluate("sessionStorage.getItem('aims.apiKey')"), poll).toBeTruthy();
    await page.goto(`${explorer.url()}/overview?asOf=${day}`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Frameworks' }).click();
    await page.getByRole('heading', { level: 1, name: 'What our ISO 42001 work covers of other frameworks' }).waitFor();
    await page.getByRole('combobox', { name: /^Framework/ }).selectOption('NIST-AI-RMF');
    expect(page.url()).toContain('framework=NIST-AI-RMF');
    const govern = page.locator('tr[data-item="NIST-AI-RMF:GOVERN 1.7"]');
    // The first judgement runs on a cold database (query plans, page cache): allow it time.
    await govern.waitFor({ timeout: 60_000 });

    const counts = await Promise.all(['Supported', 'Partial', 'Unsupported', 'Unmapped'].map((l) => tile(page, l)));
    expect(counts.reduce((a, b) => a + b)).toBeGreaterThan(50);
    expect(counts[0]).toBeGreaterThan(0);
    // The stacked bar draws a segment per judgement present, in the status colours.
    expect(await page.locator('figure.chart svg rect[fill^="#"]').count()).toBe(counts.filter((n) => n).length);
    expect(await govern.getAttribute('data-support')).toBe('SUPPORTED');
    expect(await govern.textContent()).toContain('A.6.2.6');
    await page.screenshot({ path: join(screenshotDir, '20-frameworks.png') });

    await govern.getByRole('button', { name: 'Routes to GOVERN 1.7' }).click();
    const why = page.locator('tr.routes-row figure[data-why-path]').first();
    await why.waitFor();
    const ids = await why.locator('[data-node-id]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node-id')));
    expect(ids[0]).toBe('NIST-AI-RMF:GOVERN 1.7');
    expect(ids).toContain('A.6.2.6');
    // … through the implementation that makes the control count for the organisation.
    expect(ids.some((id) => id?.startsWith('IMP-'))).toBe(true);
    expect(ids.at(-1)).toMatch(/^(ORG|SYS)-/);
    await page.locator('tr.routes-row').screenshot({ path: join(screenshotDir, '20-frameworks-why.png') });
    const drawn = await why.locator('svg').textContent();
    for (const word of ['MAPS_TO', 'IMPLEMENTS', 'APPLIES_TO']) expect(drawn).toContain(word);
  });

  it('filters by support, pages with "load more" and exports what is shown as CSV', async () => {
    const page = explorer.page();
    const unmapped = await tile(page, 'Unmapped');
    const supported = await tile(page, 'Supported');
    await page.getByRole('combobox', { name: /^Support/ }).selectOption('SUPPORTED');
    await expect.poll(() => page.locator('tr[data-item]').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-support') === 'SUPPORTED')), poll).toBe(true);
    expect(page.url()).toContain('support=SUPPORTED');
    // The summary stays over the whole framework, whatever the filter.
    expect(await tile(page, 'Unmapped')).toBe(unmapped);
    while (await page.getByRole('button', { name: 'Load more' }).isVisible()) {
      const before = await page.locator('tr[data-item]').count();
      await page.getByRole('button', { name: 'Load more' }).click();
      await expect.poll(() => page.locator('tr[data-item]').count(), poll).toBeGreaterThan(before);
    }
    expect(await page.locator('tr[data-item]').count()).toBe(supported);
    await page.getByText(`Showing ${supported} of ${supported} items`).waitFor();

    const csv = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.name).toBe(`framework-coverage-NIST-AI-RMF-ORG-BRIGHTWATER-supported-${day}.csv`);
    const rows = parseCsv(csv.text);
    expect(rows[0]?.slice(0, 6)).toEqual(['ref', 'id', 'title', 'kind', 'parent_id', 'support']);
    expect(rows).toHaveLength(supported + 1);
    expect(rows.slice(1).every((r) => r[5] === 'SUPPORTED')).toBe(true);
    expect(rows.find((r) => r[1] === 'NIST-AI-RMF:GOVERN 1.7')?.[7]).toBe('A.6.2.6');
  });

  it('draws the chosen items’ paths on the canvas: requirement → ISO 42001 → implementation → scope', async () => {
    const page = explorer.page();
    await page.getByRole('combobox', { name: /^Support/ }).selectOption('');
    const govern = page.locator('tr[data-item="NIST-AI-RMF:GOVERN 1.7"]');
    await govern.waitFor();
    await govern.getByRole('checkbox', { name: 'Show GOVERN 1.7 on the canvas' }).check();
    const second = page.locator('tr[data-item][data-support="PARTIAL"][data-rolled-up="false"]').first();
    const secondId = (await second.getAttribute('data-item'))!;
    await second.getByRole('checkbox').check();
    await page.getByText('2 selected').waitFor();
    await page.getByRole('button', { name: 'Show on canvas' }).click();

    const canvas = page.locator('.paths-canvas');
    await canvas.waitFor();
    await expect.poll(async () => Number(await canvas.getAttribute('data-node-count')), poll).toBeGreaterThanOrEqual(6);
    expect(Number(await canvas.getAttribute('data-edge-count'))).toBeGreaterThanOrEqual(5);
    await expect.poll(async () => Number(await canvas.locator('.canvas').getAttribute('data-render-count')), poll).toBeGreaterThan(0);
    // The legend lists what the paths pass through.
    for (const label of ['Requirement', 'Control', 'Implementation', 'Organisation']) {
      await canvas.getByRole('checkbox', { name: new RegExp(label) }).waitFor();
    }
    expect(secondId).toMatch(/^NIST-AI-RMF:/);
    await canvas.screenshot({ path: join(screenshotDir, '21-frameworks-canvas.png') });
    await page.getByRole('button', { name: 'Close canvas' }).click();
    await canvas.waitFor({ state: 'detached' });
  });

  it('judges another framework for one system', async () => {
    const page = explorer.page();
    await page.getByRole('combobox', { name: /^Framework/ }).selectOption('EU-AI-Act');
    await page.getByRole('combobox', { name: /^Scope/ }).selectOption('SYS-WEBCHAT');
    await expect.poll(() => page.url(), poll).toContain('scope=SYS-WEBCHAT');
    await page.getByText(/· Web Chat Assistant · as of/).waitFor();
    await page.locator('tr[data-item^="EU-AI-Act:"]').first().waitFor();
    await explorer.shot('22-frameworks-system');
  });

  it('ran every step above without a Content-Security-Policy violation', () => {
    expect(explorer.cspViolations()).toEqual([]);
  });
});

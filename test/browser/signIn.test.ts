import { describe, expect, it } from 'vitest';
import { useExplorer } from './explorer.js';

const explorer = useExplorer();

describe('the explorer', () => {
  it('is served at / and signs the local user in with the one-time link', async () => {
    const page = explorer.page();
    await expect.poll(() => page.evaluate("sessionStorage.getItem('aims.apiKey')")).toMatch(/^key_[0-9a-f]{12}\./);
    expect(page.url()).not.toContain('signin=');
    await explorer.shot('signed-in');
  });

  it('refuses the same link a second time', async () => {
    const res = await fetch(`${explorer.url()}/auth/exchange`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'not-the-token' }),
    });
    expect(res.status).toBe(401);
  });
});

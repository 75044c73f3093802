/**
 * The browser's API key, kept for this browser session only (sessionStorage): pasted by the user,
 * or obtained once from the one-time sign-in link `npm start` prints (`/?signin=<token>`).
 */
const KEY = 'aims.apiKey';

export function currentKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function signIn(key: string): void {
  sessionStorage.setItem(KEY, key.trim());
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/** Exchanges a one-time sign-in token from the URL for a session key, then drops it from the URL. */
export async function exchangeSignInToken(): Promise<'signed-in' | 'invalid' | 'none'> {
  const url = new URL(location.href);
  const token = url.searchParams.get('signin');
  if (!token) return 'none';
  url.searchParams.delete('signin');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  const res = await fetch('/auth/exchange', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  if (!res.ok) return 'invalid';
  const body = (await res.json()) as { key: string };
  signIn(body.key);
  return 'signed-in';
}

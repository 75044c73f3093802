import { ApiError, request } from './client';
import { MeQuery } from './queries/me';
import { exchangeSignInToken, signIn, signOut } from './session';

export type SessionStatus = 'checking' | 'signed-in' | 'signed-out' | 'unreachable';

/**
 * Who is signed in, shared by the whole explorer. Views report API errors here, so an expired key
 * anywhere brings the sign-in panel back instead of a broken page.
 */
export const session = $state<{
  status: SessionStatus;
  me: { id: string; name: string; role: string } | null;
  notice: string;
  /** Why the server is unreachable, when it is. */
  error: unknown;
}>({ status: 'checking', me: null, notice: '', error: null });

export async function startSession(): Promise<void> {
  try {
    const outcome = await exchangeSignInToken();
    if (outcome === 'invalid') session.notice = 'That sign-in link was used already or has expired. Paste an API key instead.';
  } catch {
    // The server is down: checking the key below says so.
  }
  await checkSession();
}

/** Asks the API who the key is; `quietly` keeps the current screen up while it asks. */
export async function checkSession({ quietly = false } = {}): Promise<void> {
  if (!quietly) session.status = 'checking';
  try {
    const { me } = await request(MeQuery);
    session.me = me;
    session.status = 'signed-in';
    session.notice = '';
  } catch (e) {
    session.me = null;
    session.error = e;
    session.status = e instanceof ApiError && e.code === 'UNAUTHENTICATED' ? 'signed-out' : 'unreachable';
  }
}

/** Tries a pasted key; the message says what went wrong when it is refused. */
export async function signInWithKey(key: string): Promise<string | null> {
  signIn(key);
  await checkSession({ quietly: true });
  if (session.status === 'signed-in') return null;
  if (session.status === 'signed-out') {
    signOut();
    return 'That key was not accepted: it may be mistyped, revoked or expired.';
  }
  return null;
}

export function endSession(): void {
  signOut();
  session.me = null;
  session.notice = 'You are signed out.';
  session.status = 'signed-out';
}

/** Called by error messages: an expired or revoked key signs the user out, politely. */
export function reportError(error: unknown): void {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED' && session.status === 'signed-in') {
    signOut();
    session.me = null;
    session.notice = 'Your key is no longer accepted (it may have expired). Sign in again.';
    session.status = 'signed-out';
  }
}

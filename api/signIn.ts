import { randomBytes, timingSafeEqual } from 'node:crypto';
import express, { type Router } from 'express';
import { createApiKey, type Graph } from '../graph/index.js';
import { clientAddress, serverLog } from './serverLog.js';

/** How long the link `npm start` prints stays valid, and how long the browser session's key lives. */
const LINK_MINUTES = 30;
const SESSION_HOURS = 12;

/**
 * One-click sign-in for the local user, as Jupyter does it: `npm start` prints a link with a
 * one-time token; the explorer exchanges it, once, for an admin key that expires with the
 * working day. The token lives only in this process's memory.
 */
export class SignIn {
  private token: Buffer | null = randomBytes(24);
  private readonly expires = Date.now() + LINK_MINUTES * 60_000;

  /** The link's token, to print. */
  get linkToken(): string {
    return this.token?.toString('base64url') ?? '';
  }

  /** True once, for the right token before it expires. */
  consume(candidate: unknown): boolean {
    if (!this.token || typeof candidate !== 'string' || Date.now() > this.expires) return false;
    const given = Buffer.from(candidate, 'base64url');
    if (given.length !== this.token.length || !timingSafeEqual(given, this.token)) return false;
    this.token = null;
    return true;
  }

  routes(graph: Graph): Router {
    const router = express.Router();
    router.post('/auth/exchange', express.json({ limit: 1024 }), async (req, res, next) => {
      try {
        if (!this.consume((req.body as { token?: unknown } | undefined)?.token)) {
          serverLog.denied({ status: 401, code: 'UNAUTHENTICATED', reason: 'sign-in link used, expired or wrong (/auth/exchange)', keyId: null, operation: null, client: clientAddress(req) });
          res.status(401).json({ error: 'This sign-in link was used already or has expired. Restart the server for a new one, or sign in with an API key.' });
          return;
        }
        const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000).toISOString();
        const { key, token } = await createApiKey(graph, { name: 'browser session (sign-in link)', role: 'admin', expiresAt });
        res.json({ key: token, id: key.id, expiresAt });
      } catch (e) {
        next(e);
      }
    });
    return router;
  }
}

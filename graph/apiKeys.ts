import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Graph, Guard } from './db.js';
import { InputError, NotFoundError } from './errors.js';
import { cypherDateTime } from './plain.js';

export const roles = ['viewer', 'auditor', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/**
 * API keys: `key_<12 hex>.<43 base64url>`. The part before the dot is the key's id (public, used
 * to find it); the secret after it is 256 random bits, stored only as an HMAC-SHA256 under a
 * per-key salt and compared in constant time. A slow hash buys nothing against 256-bit secrets
 * and would cost every request.
 */
const tokenPattern = /^(key_[0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/;

function digest(secret: string, salt: string): string {
  return createHmac('sha256', salt).update(secret).digest('hex');
}

const fields = 'k {.id, .name, .role, .createdAt, .expiresAt, .revokedAt}';

export async function createApiKey(
  graph: Graph,
  { name, role, expiresAt, token }: { name: string; role: Role; expiresAt?: string | null; token?: string },
): Promise<{ key: ApiKeyRecord; token: string }> {
  if (!roles.includes(role)) throw new InputError('role', `role must be one of ${roles.join(', ')}.`);
  if (!name.trim() || name.length > 200) throw new InputError('name', 'name must be 1 to 200 characters.');
  if (expiresAt && Number.isNaN(Date.parse(expiresAt))) throw new InputError('expiresAt', 'expiresAt must be an ISO-8601 date-time.');
  const full = token ?? `key_${randomBytes(6).toString('hex')}.${randomBytes(32).toString('base64url')}`;
  const parts = tokenPattern.exec(full);
  if (!parts) throw new InputError('token', 'A key looks like key_<12 hex digits>.<43 base64url characters>.');
  const [, id, secret] = parts as unknown as [string, string, string];
  const salt = randomBytes(16).toString('hex');
  const [row] = await graph.write(
    `MERGE (k:ApiKey {id: $id})
     ON CREATE SET k.createdAt = datetime()
     SET k.name = $name, k.role = $role, k.salt = $salt, k.hash = $hash, k.expiresAt = $expiresAt, k.revokedAt = null
     RETURN ${fields} AS key`,
    { id, name, role, salt, hash: digest(secret!, salt), expiresAt: expiresAt ? cypherDateTime(expiresAt) : null },
  );
  return { key: row!.key as ApiKeyRecord, token: full };
}

/** A key as a server may remember it after one check, to recognise its token again in memory. */
export interface VerifiedKey {
  key: ApiKeyRecord;
  salt: string;
  hash: string;
}

/** Refused by an API key guard: the key was revoked, expired or replaced since it was verified. */
export class KeyRefusedError extends Error {
  constructor(readonly keyId: string) {
    super(`API key ${keyId} is no longer usable.`);
  }
}

const usable = 'k.revokedAt IS NULL AND (k.expiresAt IS NULL OR k.expiresAt > datetime())';

/** The key a bearer token stands for, or null when it is unknown, wrong, revoked or expired. */
export async function verifyApiKey(graph: Graph, token: string): Promise<VerifiedKey | null> {
  const checked = await checkApiKey(graph, token);
  return typeof checked === 'string' ? null : checked;
}

/** Why a token is not a usable key: for the server's log only, never for the client. */
export type KeyRefusal = 'malformed key' | 'unknown key' | 'wrong secret' | 'revoked key' | 'expired key';

/** As verifyApiKey, saying why a token is refused. */
export async function checkApiKey(graph: Graph, token: string): Promise<VerifiedKey | KeyRefusal> {
  const id = keyIdOf(token);
  if (!id) return 'malformed key';
  const [row] = await graph.read(
    `MATCH (k:ApiKey {id: $id})
     RETURN ${fields} AS key, k.salt AS salt, k.hash AS hash, ${usable} AS usable`,
    { id },
  );
  if (!row) return 'unknown key';
  const verified = { key: row.key as ApiKeyRecord, salt: String(row.salt), hash: String(row.hash) };
  if (!tokenMatches(token, verified)) return 'wrong secret';
  if (row.usable !== true) return verified.key.revokedAt ? 'revoked key' : 'expired key';
  return verified;
}

/** The id part of a well-formed token (public, safe to log), or null. */
export function keyIdOf(token: string): string | null {
  return tokenPattern.exec(token)?.[1] ?? null;
}

/** Whether `token` is the secret of a key verified before: in memory, in constant time. */
export function tokenMatches(token: string, { key, salt, hash }: VerifiedKey): boolean {
  const parts = tokenPattern.exec(token);
  if (!parts || parts[1] !== key.id) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = Buffer.from(digest(parts[2]!, salt), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * The check that a key verified earlier is still the same key and still usable, for every
 * transaction a request runs (Graph.guarded): revoked or expired, it is refused at once.
 */
export function apiKeyGuard({ key, hash }: VerifiedKey): Guard {
  return {
    cypher: `OPTIONAL MATCH (k:ApiKey {id: $keyId}) RETURN k.hash = $keyHash AND k.role = $keyRole AND ${usable} AS usable`,
    params: { keyId: key.id, keyHash: hash, keyRole: key.role },
    check(rows) {
      if (rows[0]?.usable !== true) throw new KeyRefusedError(key.id);
    },
  };
}

export async function listApiKeys(graph: Graph): Promise<ApiKeyRecord[]> {
  const rows = await graph.read(`MATCH (k:ApiKey) RETURN ${fields} AS key ORDER BY k.createdAt, k.id`);
  return rows.map((r) => r.key as ApiKeyRecord);
}

export async function revokeApiKey(graph: Graph, id: string): Promise<ApiKeyRecord> {
  const [row] = await graph.write(
    `MATCH (k:ApiKey {id: $id}) SET k.revokedAt = coalesce(k.revokedAt, datetime()) RETURN ${fields} AS key`,
    { id },
  );
  if (!row) throw new NotFoundError('id', id, 'API key');
  return row.key as ApiKeyRecord;
}

/** Whether any admin key can still be used: when none can, `npm start` makes one for the local user. */
export async function hasUsableAdminKey(graph: Graph): Promise<boolean> {
  const [row] = await graph.read(
    `RETURN EXISTS { MATCH (k:ApiKey {role: 'admin'})
       WHERE k.revokedAt IS NULL AND (k.expiresAt IS NULL OR k.expiresAt > datetime()) } AS any`,
  );
  return row?.any === true;
}

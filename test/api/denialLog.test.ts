import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatError } from '../../api/errors.js';
import { serverLog } from '../../api/serverLog.js';
import { createApiKey, keyIdOf, revokeApiKey } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi(null);

/** Everything the process wrote while a test ran: the security log, stderr, stdout and the console. */
let written: string[] = [];
beforeAll(() => {
  const keep = (chunk: unknown) => void written.push(String(chunk));
  vi.spyOn(serverLog, 'sink').mockImplementation(keep);
  for (const stream of [process.stderr, process.stdout]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    vi.spyOn(stream, 'write').mockImplementation((...args: unknown[]) => (keep(args[0]), write(...args)));
  }
  for (const level of ['error', 'warn', 'log', 'info'] as const) vi.spyOn(console, level).mockImplementation((...args) => keep(args.map(String).join(' ')));
});
afterAll(() => vi.restoreAllMocks());
beforeEach(() => {
  written = [];
});

type Entry = Record<string, unknown>;
const denials = (): Entry[] => written.filter((l) => l.includes('"event":"denied"')).map((l) => JSON.parse(l) as Entry);

async function post(authorization: string | null, body: unknown): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== null) headers.authorization = authorization;
  const res = await fetch(`${api().url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  await res.arrayBuffer();
  return res.status;
}

const secretOf = (token: string) => token.split('.')[1]!;
const me = { query: 'query WhoAmI { me { id } }' };

describe('the log of denied requests', () => {
  it('writes one line per 401 with the key id and the reason, never the token or its secret', async () => {
    const unknown = `key_${randomBytes(6).toString('hex')}.${randomBytes(32).toString('base64url')}`;
    const viewer = api().tokens.viewer;
    const wrongSecret = `${keyIdOf(viewer)}.${randomBytes(32).toString('base64url')}`;
    const revoked = await createApiKey(graph(), { name: 'revoked', role: 'viewer' });
    await revokeApiKey(graph(), revoked.key.id);
    const expired = await createApiKey(graph(), { name: 'expired', role: 'viewer', expiresAt: '2020-01-01T00:00:00Z' });
    const password = 'correct-horse-battery-staple';
    const asked: [string | null, string, string | null][] = [
      [`Bearer ${unknown}`, 'unknown key', keyIdOf(unknown)],
      [`Bearer ${wrongSecret}`, 'wrong secret', keyIdOf(viewer)],
      [`Bearer ${revoked.token}`, 'revoked key', revoked.key.id],
      [`Bearer ${expired.token}`, 'expired key', expired.key.id],
      [`Bearer ${password}`, 'malformed key', null],
      [null, 'no key', null],
    ];
    for (const [authorization] of asked) expect(await post(authorization, me)).toBe(401);

    expect(denials()).toEqual(
      asked.map(([, reason, keyId]) =>
        expect.objectContaining({ event: 'denied', status: 401, code: 'UNAUTHENTICATED', reason, keyId, operation: 'WhoAmI', client: expect.stringMatching(/127\.0\.0\.1/) }),
      ),
    );
    const text = written.join('\n');
    for (const secret of [secretOf(unknown), secretOf(wrongSecret), secretOf(viewer), secretOf(revoked.token), secretOf(expired.token), password]) {
      expect(text).not.toContain(secret);
    }
  });

  it('logs a key revoked while the server knows it, by its id', async () => {
    const { key, token } = await createApiKey(graph(), { name: 'revoked while known', role: 'viewer' });
    expect(await post(`Bearer ${token}`, me)).toBe(200);
    await revokeApiKey(graph(), key.id);
    expect(await post(`Bearer ${token}`, me)).toBe(401);
    expect(denials()).toEqual([expect.objectContaining({ status: 401, keyId: key.id, reason: expect.stringMatching(/revoked/), operation: 'WhoAmI' })]);
    expect(written.join('\n')).not.toContain(secretOf(token));
  });

  it('logs a 403 with the key id and the field, and none of the evidence it carried', async () => {
    const evidence = {
      title: 'Board minutes 2026-Q3 (confidential)',
      uri: 'https://dms.example.com/secret/board-minutes-q3.pdf',
      sha256: 'ab'.repeat(32),
      validUntil: '2027-01-01',
      implementationIds: ['IMP-PRIVATE-1'],
    };
    const viewer = api().tokens.viewer;
    const status = await post(`Bearer ${viewer}`, {
      query: 'mutation PushEvidence($input: EvidenceInput!) { createEvidence(input: $input) { id } }',
      variables: { input: evidence },
    });
    expect(status).toBe(403);
    expect(denials()).toEqual([
      expect.objectContaining({
        status: 403,
        code: 'FORBIDDEN',
        keyId: keyIdOf(viewer),
        field: 'Mutation.createEvidence',
        operation: 'PushEvidence',
        reason: 'a viewer key may not change the graph',
      }),
    ]);
    const text = written.join('\n');
    for (const value of [evidence.title, evidence.uri, evidence.sha256, 'IMP-PRIVATE-1', secretOf(viewer)]) expect(text).not.toContain(value);
  });
});

describe('the log of internal errors', () => {
  it('keeps the class, code, path and stack frames, not the message, which may quote data', () => {
    const uri = 'https://dms.example.com/secret/board-minutes-q3.pdf';
    // A message over two lines, the second dressed as a stack frame, must not slip into the frames.
    const driverError = Object.assign(new Error(`Node(42) already exists with label \`Evidence\` and property \`uri\` =\n    at '${uri}'`), {
      name: 'Neo4jError',
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const wrapped = new GraphQLError(driverError.message, { path: ['createEvidence'], originalError: driverError });
    const answer = formatError({ message: driverError.message, path: ['createEvidence'] }, wrapped);
    expect(answer).toMatchObject({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(written).toHaveLength(1);
    const entry = JSON.parse(written[0]!) as Entry;
    expect(entry).toMatchObject({ event: 'internal-error', error: 'Neo4jError', code: 'Neo.ClientError.Schema.ConstraintValidationFailed', path: 'createEvidence' });
    expect(entry.frames).toEqual(expect.arrayContaining([expect.stringMatching(/denialLog\.test\.ts/)]));
    expect(written[0]).not.toContain(uri);
    expect(written[0]).not.toContain('already exists');
  });

  it('answers a malformed sign-in body without printing it', async () => {
    const token = randomBytes(24).toString('base64url');
    const res = await fetch(`${api().url}/auth/exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"token": "${token}"` });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'bad request' });
    expect(written.join('\n')).not.toContain(token);
  });
});

import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactStoreFor, type FileArtifactStore, type Graph, type Role } from '../../graph/index.js';
import { graphDigest } from '../../graph/digest.js';
import { serverLog } from '../../api/serverLog.js';
import { startTestApi, type TestApi } from '../setup/api.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';

const LIMIT = 6 * 1024 * 1024;
const IMPLEMENTATION = 'IMP-A.2.2-ORG-BRIGHTWATER';

let graph: Graph;
let api: TestApi;
let dir: string;
let store: FileArtifactStore;

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, '2026-11-26');
  dir = mkdtempSync(join(tmpdir(), 'aims-artifacts-api-'));
  store = artifactStoreFor(dir);
  const before = process.env.AIMS_MAX_ARTIFACT_BYTES;
  process.env.AIMS_MAX_ARTIFACT_BYTES = String(LIMIT);
  try {
    api = await startTestApi(graph, { artifacts: store });
  } finally {
    if (before === undefined) delete process.env.AIMS_MAX_ARTIFACT_BYTES;
    else process.env.AIMS_MAX_ARTIFACT_BYTES = before;
  }
});

afterAll(async () => {
  await api.close();
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const url = (id: string) => `${api.url}/api/evidence/${id}/artifact`;
const auth = (role: Role | null): Record<string, string> => (role ? { authorization: `Bearer ${api.tokens[role]}` } : {});

/** A new evidence item backing one implementation, through the API as a pipeline would record it. */
async function newEvidence(id: string, declared?: string): Promise<string> {
  const res = await api.gql(
    'mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }',
    { input: { id, title: `Evidence ${id}`, validUntil: '2027-06-30', implementationIds: [IMPLEMENTATION], ...(declared ? { sha256: declared } : {}) } },
    'editor',
  );
  expect(res.errors).toBeUndefined();
  return id;
}

function upload(id: string, bytes: Uint8Array, { role = 'editor', name = 'report.bin', type = 'application/octet-stream', part = 'file' }: { role?: Role | null; name?: string; type?: string; part?: string } = {}) {
  const form = new FormData();
  form.append(part, new Blob([bytes], { type }), name);
  return fetch(url(id), { method: 'POST', body: form, headers: auth(role) });
}

async function errorOf(res: Response): Promise<{ code?: string; field?: string; message: string }> {
  const body = (await res.json()) as { errors: { message: string; extensions: { code?: string; field?: string } }[] };
  return { message: body.errors[0]!.message, ...body.errors[0]!.extensions };
}

/** Files in the store (artifacts and leftovers of uploads), by path. */
function storeFiles(): string[] {
  try {
    return readdirSync(store.root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  } catch {
    return [];
  }
}

/** Sends a request that must be refused and checks that neither the graph nor the store changed. */
async function refusedWithoutWriting(send: () => Promise<Response>): Promise<{ status: number; error: Awaited<ReturnType<typeof errorOf>> }> {
  const [graphBefore, filesBefore] = [await graphDigest(graph), storeFiles()];
  const res = await send();
  const error = await errorOf(res);
  expect(await graphDigest(graph)).toEqual(graphBefore);
  expect(storeFiles()).toEqual(filesBefore);
  return { status: res.status, error };
}

describe('evidence artifacts over HTTP', () => {
  const content = randomBytes(3 * 1024 * 1024 + 17);
  const name = 'Prüfbericht «Q3» d’audit.bin';

  it('upload a few MB of binary, then download the same bytes with their digest and name', async () => {
    await newEvidence('EVD-ART-BIN');
    const res = await upload('EVD-ART-BIN', content, { name, type: 'application/vnd.example.report' });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe('/api/evidence/EVD-ART-BIN/artifact');
    const answer = (await res.json()) as Record<string, unknown>;
    expect(answer).toEqual({
      evidenceId: 'EVD-ART-BIN', sha256: sha256(content), size: content.length, mediaType: 'application/vnd.example.report', name,
      uploadedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });

    const download = await fetch(url('EVD-ART-BIN'), { headers: auth('viewer') });
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.equals(content)).toBe(true);
    expect(Object.fromEntries(['content-type', 'content-length', 'content-disposition', 'x-content-sha256', 'digest'].map((h) => [h, download.headers.get(h)]))).toEqual({
      'content-type': 'application/vnd.example.report',
      'content-length': String(content.length),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name).replace(/'/g, '%27')}`,
      'x-content-sha256': sha256(content),
      digest: `sha-256=${createHash('sha256').update(content).digest('base64')}`,
    });

    const head = await fetch(url('EVD-ART-BIN'), { method: 'HEAD', headers: auth('auditor') });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-content-sha256')).toBe(sha256(content));
    expect(head.headers.get('content-length')).toBe(String(content.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('show the artifact on the evidence in GraphQL, and the upload in its history', async () => {
    const res = await api.gql<{ evidence: { sha256: string; artifact: Record<string, unknown> } }>(
      '{ evidence: node(id: "EVD-ART-BIN") { ... on Evidence { sha256 artifact { sha256 size mediaType name uploadedBy uploadedAt downloadUrl } } } }',
      {},
      'viewer',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.evidence).toEqual({
      sha256: sha256(content),
      artifact: {
        sha256: sha256(content), size: content.length, mediaType: 'application/vnd.example.report', name,
        uploadedBy: expect.stringMatching(/^test editor \(key_[0-9a-f]{12}\)$/), uploadedAt: expect.any(String),
        downloadUrl: '/api/evidence/EVD-ART-BIN/artifact',
      },
    });
    const history = await api.gql<{ history: { edges: { node: { operation: string; actor: string; before: Record<string, unknown>; after: Record<string, unknown> } }[] } }>(
      '{ history(id: "EVD-ART-BIN") { edges { node { operation actor before after } } } }',
      {},
      'auditor',
    );
    const [event] = history.data!.history.edges;
    expect(event?.node).toMatchObject({ operation: 'UPDATE', actor: res.data!.evidence.artifact.uploadedBy });
    expect(event?.node.before.artifactSize).toBeUndefined();
    expect(event?.node.after).toMatchObject({ sha256: sha256(content), artifactSize: content.length, artifactName: name });
  });

  it('refuse a second upload to the same evidence with 409, changing nothing', async () => {
    const { status, error } = await refusedWithoutWriting(() => upload('EVD-ART-BIN', randomBytes(1000)));
    expect(status).toBe(409);
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'file' });
    expect(error.message).toMatch(/new evidence item that supersedes/);
    const again = Buffer.from(await (await fetch(url('EVD-ART-BIN'), { headers: auth('viewer') })).arrayBuffer());
    expect(again.equals(content)).toBe(true);
  });

  it('accept only the file whose hash the evidence declared', async () => {
    const declared = randomBytes(5000);
    await newEvidence('EVD-ART-DECLARED', sha256(declared));
    const wrong = await refusedWithoutWriting(() => upload('EVD-ART-DECLARED', randomBytes(5000)));
    expect(wrong.status).toBe(400);
    expect(wrong.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(wrong.error.message).toContain(sha256(declared));
    const right = await upload('EVD-ART-DECLARED', declared);
    expect(right.status).toBe(201);
  });

  it('refuse a file over AIMS_MAX_ARTIFACT_BYTES with 413, storing nothing', async () => {
    await newEvidence('EVD-ART-LARGE');
    const { status, error } = await refusedWithoutWriting(() => upload('EVD-ART-LARGE', randomBytes(LIMIT + 1)));
    expect(status).toBe(413);
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    expect(error.message).toContain(String(LIMIT));
    // The connection stays usable, and exactly the limit is accepted.
    expect((await upload('EVD-ART-LARGE', randomBytes(LIMIT))).status).toBe(201);
  });

  it('let editors and admins upload, not viewers or auditors, and nobody without a key', async () => {
    await newEvidence('EVD-ART-ROLES');
    for (const role of ['viewer', 'auditor'] as const) {
      const { status, error } = await refusedWithoutWriting(() => upload('EVD-ART-ROLES', randomBytes(100), { role }));
      expect(status).toBe(403);
      expect(error).toMatchObject({ code: 'FORBIDDEN' });
    }
    const anonymous = await refusedWithoutWriting(() => upload('EVD-ART-ROLES', randomBytes(100), { role: null }));
    expect(anonymous.status).toBe(401);
    expect(anonymous.error.code).toBe('UNAUTHENTICATED');
    const download = await fetch(url('EVD-ART-BIN'));
    expect(download.status).toBe(401);
    expect((await upload('EVD-ART-ROLES', randomBytes(100), { role: 'admin' })).status).toBe(201);
  });

  it('say what is wrong with a request that is not one file part named file', async () => {
    await newEvidence('EVD-ART-BAD');
    const notMultipart = await refusedWithoutWriting(() =>
      fetch(url('EVD-ART-BAD'), { method: 'POST', body: 'just bytes', headers: { ...auth('editor'), 'content-type': 'application/octet-stream' } }),
    );
    expect(notMultipart).toMatchObject({ status: 400, error: { code: 'BAD_USER_INPUT', field: 'file' } });
    const otherPart = await refusedWithoutWriting(() => upload('EVD-ART-BAD', randomBytes(100), { part: 'attachment' }));
    expect(otherPart).toMatchObject({ status: 400, error: { code: 'BAD_USER_INPUT', field: 'file' } });
    expect(otherPart.error.message).toMatch(/no file part named "file"/);
    const cutShort = await refusedWithoutWriting(() =>
      fetch(url('EVD-ART-BAD'), {
        method: 'POST',
        body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhalf a fi',
        headers: { ...auth('editor'), 'content-type': 'multipart/form-data; boundary=b' },
      }),
    );
    expect(cutShort).toMatchObject({ status: 400, error: { code: 'BAD_USER_INPUT', field: 'file' } });
    const controlInName = await refusedWithoutWriting(() =>
      fetch(url('EVD-ART-BAD'), {
        method: 'POST',
        body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a\x07b.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--b--\r\n',
        headers: { ...auth('editor'), 'content-type': 'multipart/form-data; boundary=b' },
      }),
    );
    expect(controlInName).toMatchObject({ status: 400, error: { code: 'BAD_USER_INPUT', field: 'file' } });
  });

  it('answer 404 for unknown evidence and for evidence without an artifact', async () => {
    const unknown = await refusedWithoutWriting(() => upload('EVD-NOPE', randomBytes(10)));
    expect(unknown).toMatchObject({ status: 404, error: { code: 'NOT_FOUND' } });
    const none = await fetch(url('EVD-0001'), { headers: auth('viewer') });
    expect(none.status).toBe(404);
    expect(await errorOf(none)).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('EVD-0001 has no stored artifact') });
  });

  it('detect a changed byte or a lost file: never served, reported by verifyEvidence', async () => {
    const original = randomBytes(200_000);
    await newEvidence('EVD-ART-TAMPER');
    expect((await upload('EVD-ART-TAMPER', original)).status).toBe(201);
    const file = store.pathOf(sha256(original));
    const verify = () =>
      api.gql<{ verifyEvidence: { checked: number; ok: boolean; problems: { evidence: { id: string }; sha256: string; status: string }[] } }>(
        '{ verifyEvidence { checked ok problems { evidence { id } sha256 status } } }',
        {},
        'viewer',
      );
    expect((await verify()).data?.verifyEvidence).toMatchObject({ ok: true, problems: [] });

    chmodSync(file, 0o644);
    const tampered = Buffer.from(original);
    tampered[123_456] = tampered[123_456]! ^ 1;
    writeFileSync(file, tampered);
    const logged: string[] = [];
    const sink = serverLog.sink;
    serverLog.sink = (line) => void logged.push(line);
    const refused = await fetch(url('EVD-ART-TAMPER'), { headers: auth('viewer') }).finally(() => (serverLog.sink = sink));
    expect(refused.status).toBe(500);
    // The operator hears of it in the security log: which evidence, what happened, whose key asked.
    expect(logged.map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ event: 'artifact-integrity', evidenceId: 'EVD-ART-TAMPER', sha256: sha256(original), status: 'modified', keyId: expect.stringMatching(/^key_/) }),
    ]);
    expect(await errorOf(refused)).toMatchObject({ code: 'ARTIFACT_INTEGRITY_FAILED', message: expect.stringContaining('EVD-ART-TAMPER') });
    expect((await fetch(url('EVD-ART-TAMPER'), { method: 'HEAD', headers: auth('viewer') })).status).toBe(500);
    const modified = (await verify()).data!.verifyEvidence;
    expect(modified.ok).toBe(false);
    expect(modified.problems).toEqual([{ evidence: { id: 'EVD-ART-TAMPER' }, sha256: sha256(original), status: 'MODIFIED' }]);
    expect(readFileSync(store.pathOf(sha256(content))).equals(content)).toBe(true);

    unlinkSync(file);
    const lost = await fetch(url('EVD-ART-TAMPER'), { headers: auth('viewer') });
    expect(lost.status).toBe(500);
    expect(await errorOf(lost)).toMatchObject({ code: 'ARTIFACT_INTEGRITY_FAILED', message: expect.stringMatching(/EVD-ART-TAMPER is missing/) });
    const missing = await api.gql<{ verifyEvidence: { checked: number; ok: boolean; problems: { status: string }[] } }>(
      '{ verifyEvidence(ids: ["EVD-ART-TAMPER", "EVD-ART-BIN"]) { checked ok problems { status } } }',
      {},
      'viewer',
    );
    expect(missing.data?.verifyEvidence).toEqual({ checked: 2, ok: false, problems: [{ status: 'MISSING' }] });
  });

  it('refuse to verify evidence that is unknown or has nothing stored, naming it', async () => {
    const res = await api.gql('{ verifyEvidence(ids: ["EVD-ART-BIN", "EVD-0001"]) { checked } }', {}, 'viewer');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'ids[1]' }, message: expect.stringContaining('EVD-0001') });
    const unknown = await api.gql('{ verifyEvidence(ids: ["EVD-NOPE"]) { checked } }', {}, 'viewer');
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'ids[0]' } });
  });
});

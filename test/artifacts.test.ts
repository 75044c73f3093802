import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ArtifactHashMismatchError,
  ArtifactTooLargeError,
  artifactStoreFor,
  attachArtifact,
  ConflictError,
  createNode,
  history,
  InputError,
  NotFoundError,
  verifyArtifacts,
  type FileArtifactStore,
  type Graph,
  type LoadProgress,
} from '../graph/index.js';
import { graphDigest } from '../graph/digest.js';
import { referenceEvidenceDocuments } from '../seeds/organization/index.js';
import { seedReferenceData, wipeGraph } from '../seeds/seed.js';
import { testGraph } from './setup/testGraph.js';

const DAY = '2026-11-26';
const root = new URL('..', import.meta.url).pathname;
const actor = { keyId: 'key_artifacttest', name: 'artifact test' };
const dirs: string[] = [];
let graph: Graph;
let dataDir: string;
let store: FileArtifactStore;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const stream = (bytes: Uint8Array) => Readable.from([bytes]);
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'aims-artifacts-'));
  dirs.push(dir);
  return dir;
};
const filesUnder = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort() : [];

beforeAll(async () => {
  graph = await testGraph();
  dataDir = tempDir();
  store = artifactStoreFor(dataDir);
  await wipeGraph(graph);
  await seedReferenceData(graph, { today: DAY, artifacts: store });
});

afterAll(async () => {
  await graph.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the reference organisation', () => {
  it('has a real document for each evidence item, stored, whose sha256 the evidence declares', async () => {
    const rows = await graph.read(
      `MATCH (e:Evidence) RETURN e.id AS id, e.title AS title, e.sha256 AS sha256, e.artifactSize AS size,
         e.artifactMediaType AS mediaType, e.artifactUploadedBy AS uploadedBy ORDER BY id`,
    );
    expect(rows.length).toBe(referenceEvidenceDocuments(DAY).length);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      const content = readFileSync(store.pathOf(String(row.sha256)));
      expect(sha256(content), String(row.id)).toBe(row.sha256);
      expect(content.length).toBe(row.size);
      expect(row.uploadedBy).toBe('seed');
      expect(row.mediaType).toMatch(/^text\/(markdown|csv); charset=utf-8$/);
      // What it is, for whom, and what it backs: a reader of the file alone learns that much.
      const text = content.toString('utf8');
      for (const fact of [String(row.id), String(row.title), 'Brightwater Telecom', 'IMP-A.']) expect(text).toContain(fact);
    }
    expect(await verifyArtifacts(graph, store)).toEqual({ checked: rows.length, ok: true, problems: [] });
  });

  it('loads again without changing the graph or the store', async () => {
    const [before, files] = [await graphDigest(graph), filesUnder(store.root)];
    await seedReferenceData(graph, { today: DAY, artifacts: store });
    expect(await graphDigest(graph)).toEqual(before);
    expect(filesUnder(store.root)).toEqual(files);
  });
});

describe('the file store', () => {
  it('keeps each content once, read-only, and never replaces it', async () => {
    const s = artifactStoreFor(tempDir());
    const bytes = randomBytes(70_000);
    expect(await s.put(stream(bytes), bytes.length)).toEqual({ sha256: sha256(bytes), size: bytes.length });
    const path = s.pathOf(sha256(bytes));
    expect(path).toBe(join(s.root, 'sha256', sha256(bytes).slice(0, 2), sha256(bytes).slice(2)));
    const first = statSync(path);
    expect(first.mode & 0o222).toBe(0);
    expect(await s.put(stream(bytes), bytes.length)).toEqual({ sha256: sha256(bytes), size: bytes.length });
    expect(statSync(path).ino).toBe(first.ino);
    expect(filesUnder(s.root)).toEqual([path]);
    expect(await s.size(sha256(bytes))).toBe(bytes.length);
    expect(await s.check(sha256(bytes))).toBe('ok');
    const chunks: Buffer[] = [];
    for await (const chunk of (await s.get(sha256(bytes)))!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    const absent = 'f'.repeat(64);
    expect([await s.get(absent), await s.size(absent), await s.check(absent)]).toEqual([null, null, 'missing']);
    expect(() => s.pathOf('../../etc/passwd')).toThrow(/not a sha256/);
  });

  it('keeps nothing of content over maxBytes or with another hash than expected', async () => {
    const s = artifactStoreFor(tempDir());
    const bytes = randomBytes(1001);
    await expect(s.put(stream(bytes), 1000)).rejects.toBeInstanceOf(ArtifactTooLargeError);
    await expect(s.put(stream(bytes), 1001, sha256(randomBytes(8)))).rejects.toBeInstanceOf(ArtifactHashMismatchError);
    expect(filesUnder(s.root)).toEqual([]);
    expect(await s.put(stream(bytes), 1001, sha256(bytes))).toEqual({ sha256: sha256(bytes), size: 1001 });
  });
});

describe('attachArtifact', () => {
  // Recorded without files in the store: gone before the verification below walks every artifact.
  afterAll(() => graph.write("MATCH (e:Evidence) WHERE e.id STARTS WITH 'EVD-ATTACH-' DETACH DELETE e"));
  let n = 0;
  const newEvidence = async (props: Record<string, unknown> = {}) => {
    n += 1;
    const id = `EVD-ATTACH-${n}`;
    await createNode(graph, actor, 'Evidence', { id, title: `Attach ${n}`, validUntil: '2027-06-30', ...props },
      [{ type: 'SUPPORTS', direction: 'out', ids: ['IMP-A.2.2-ORG-BRIGHTWATER'], field: 'input.implementationIds' }], ['recordedAt']);
    return id;
  };
  const upload = (bytes: Uint8Array, more: { mediaType?: string; name?: string } = {}) =>
    ({ sha256: sha256(bytes), size: bytes.length, mediaType: 'application/pdf', name: 'report.pdf', ...more });

  it('records the artifact with its change event, by the uploading key', async () => {
    const id = await newEvidence();
    const bytes = randomBytes(500);
    const artifact = await attachArtifact(graph, actor, id, upload(bytes));
    expect(artifact).toEqual({
      evidenceId: id, sha256: sha256(bytes), size: 500, mediaType: 'application/pdf', name: 'report.pdf',
      uploadedBy: 'artifact test (key_artifacttest)', uploadedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    const [event] = (await history(graph, { id, first: 1 })).rows;
    expect(event).toMatchObject({ operation: 'update', actor: 'artifact test (key_artifacttest)', targetLabel: 'Evidence' });
    expect(event!.before).not.toHaveProperty('artifactSize');
    expect(event!.after).toMatchObject({ sha256: sha256(bytes), artifactSize: 500, artifactMediaType: 'application/pdf', artifactUploadedBy: artifact.uploadedBy });
  });

  it('refuses a second artifact, another hash than declared, unknown evidence and unservable metadata, writing nothing', async () => {
    const taken = await newEvidence();
    await attachArtifact(graph, actor, taken, upload(randomBytes(10)));
    const declared = randomBytes(10);
    const pinned = await newEvidence({ sha256: sha256(declared) });
    const plain = await newEvidence();
    const before = await graphDigest(graph);
    for (const [id, input, error, field] of [
      [taken, upload(randomBytes(10)), ConflictError, 'file'],
      [pinned, upload(randomBytes(10)), InputError, 'file'],
      ['EVD-NOT-THERE', upload(randomBytes(10)), NotFoundError, 'id'],
      ['SYS-WEBCHAT', upload(randomBytes(10)), NotFoundError, 'id'],
      [plain, upload(randomBytes(10), { mediaType: 'text/plain\r\nSet-Cookie: x=1' }), InputError, 'file'],
      [plain, upload(randomBytes(10), { name: 'a\nb.pdf' }), InputError, 'file'],
    ] as const) {
      const refusal = attachArtifact(graph, actor, id, input);
      await expect(refusal, id).rejects.toBeInstanceOf(error);
      await expect(refusal).rejects.toMatchObject({ field });
    }
    await expect(attachArtifact(graph, actor, taken, upload(randomBytes(10)))).rejects.toThrow(/supersedes the old/);
    expect(await graphDigest(graph)).toEqual(before);
    await expect(attachArtifact(graph, actor, pinned, upload(declared))).resolves.toMatchObject({ sha256: sha256(declared) });
  });

  it('lets one of two racing uploads land, and refuses the other', async () => {
    const id = await newEvidence();
    const results = await Promise.allSettled([1, 2, 3].map(() => attachArtifact(graph, actor, id, upload(randomBytes(100)))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) expect(r.reason).toBeInstanceOf(ConflictError);
    expect((await history(graph, { id, first: 10 })).rows.filter((e) => e.operation === 'update')).toHaveLength(1);
  });
});

describe('verification', () => {
  const documents = referenceEvidenceDocuments(DAY);
  const [modified, missing] = [documents[3]!, documents[10]!];
  const run = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), AIMS_DATA_DIR: dataDir };
      const child = spawn(process.execPath, ['dist/graph/artifacts/verifyCli.js', ...args], { cwd: root, env });
      let [stdout, stderr] = ['', ''];
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  beforeAll(() => {
    // Type errors are the typecheck's business (others may be mid-edit); tsc emits regardless.
    spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    expect(existsSync(join(root, 'dist/graph/artifacts/verifyCli.js'))).toBe(true);
  }, 180_000);

  it('npm run verify-evidence says all is well and exits 0 while nothing changed', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Verified ${documents.length} artifacts .* each matches the sha256 its evidence records\\.\\n$`));
    expect(stderr).toMatch(/Verifying \[#+\] \d+\/\d+/);
  });

  it('finds a changed byte and a deleted file, in the API, the CLI (exit 1) and for chosen ids', async () => {
    const changedFile = store.pathOf(sha256(modified.content));
    chmodSync(changedFile, 0o644);
    const changed = Buffer.from(modified.content);
    changed[20] = changed[20]! ^ 0x20;
    writeFileSync(changedFile, changed);
    unlinkSync(store.pathOf(sha256(missing.content)));

    const progress: LoadProgress[] = [];
    const report = await verifyArtifacts(graph, store, { onProgress: (p) => progress.push(p), pageSize: 7 });
    const problems = [
      { evidenceId: modified.evidenceId, sha256: sha256(modified.content), status: 'modified' },
      { evidenceId: missing.evidenceId, sha256: sha256(missing.content), status: 'missing' },
    ];
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(problems);
    expect(progress.at(-1)).toMatchObject({ done: report.checked, total: report.checked });
    expect(await verifyArtifacts(graph, store, { ids: [missing.evidenceId, documents[0]!.evidenceId] })).toEqual({ checked: 2, ok: false, problems: [problems[1]] });

    const cli = await run([]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`${problems.length} do not match`);
    expect(cli.stdout).toContain(`${modified.evidenceId} modified: the stored file no longer hashes to ${sha256(modified.content)}`);
    expect(cli.stdout).toContain(`${missing.evidenceId} missing: no file stored for sha256 ${sha256(missing.content)}`);
    const chosen = await run([documents[0]!.evidenceId, documents[1]!.evidenceId]);
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(chosen.stdout).toMatch(/^Verified 2 artifacts/);
  });

  it('npm run verify-evidence refuses an unknown id in one line, exit 1', async () => {
    const { code, stderr } = await run(['EVD-NO-SUCH']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^No Evidence with id "EVD-NO-SUCH" \(ids\[0\]\)\. Usage: npm run verify-evidence/);
  });
});

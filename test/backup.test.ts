import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiKey } from '../graph/apiKeys.js';
import { BackupRefusedError, exportBackup, importBackup, manifestPathOf, verifyBackup, type Manifest } from '../graph/backup/index.js';
import { graphTotals } from '../graph/backup/graphTotals.js';
import type { Graph } from '../graph/db.js';
import { graphDigest } from '../graph/digest.js';
import { migrate } from '../graph/migrate.js';
import { linkNodes, updateNode } from '../graph/writes/index.js';
import { referenceOrganization } from '../seeds/organization/index.js';
import { wipeGraph } from '../seeds/seed.js';
import { freshReferenceGraph, testGraph } from './setup/testGraph.js';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'aims-backup-'));
const file = join(dir, 'backup.ndjson');
const actor = { keyId: 'key_backuptest', name: 'backup test' };

// Every type a backup carries, where the model has none of them: zone ids and offsets, nanoseconds,
// 1.0 against 1, an integer past 2^53, an empty list, NaN, a line break and characters beyond ASCII.
const EXOTIC = `
  MATCH (s:Standard {id: 'ISO42001'})
  SET s.xZoned = datetime('2024-10-27T02:30:00.123456789+01:00[Europe/Berlin]'), s.xOffset = datetime('2024-01-01T10:00:00+05:30'),
      s.xLocal = localdatetime('2024-01-01T10:00'), s.xTime = time('10:00:00.5+01:00'), s.xLocalTime = localtime('23:59:59.999999999'),
      s.xDuration = duration('P1Y2M3DT4H5M6.7S'), s.xFloat = 1.0, s.xInt = 9007199254740993, s.xNaN = 0.0 / 0.0,
      s.xEmpty = [], s.xFloats = [1.5, -0.0, 1.0E-300], s.xInts = [1, -2], s.xBools = [true, false], s.xDates = [date('+10000-01-01')],
      s.xText = 'two\\nlines, ünïcødé 😀'`;
const EXOTIC_READ = `MATCH (s:Standard {id: 'ISO42001'}) RETURN [k IN keys(s) WHERE k STARTS WITH 'x' | k + '=' + valueType(s[k]) + ':' +
  CASE WHEN valueType(s[k]) STARTS WITH 'LIST' THEN reduce(t = '', x IN s[k] | t + toString(x) + ',') ELSE toString(s[k]) END] AS values`;

let graph: Graph;
let manifest: Manifest;
let exotic: string[];

const sorted = (values: unknown) => [...(values as string[])].sort();
const emptyDatabase = async () => {
  await wipeGraph(graph);
  await migrate(graph);
};
/** The file and manifest copied under another name, `edit` applied to the file's text, the manifest's sha256 kept or made to match. */
function variant(name: string, edit: (text: string) => string, options: { fixSha?: boolean; manifest?: (m: Manifest) => void } = {}): string {
  const path = join(dir, name);
  const text = edit(readFileSync(file, 'utf8'));
  writeFileSync(path, text);
  const m = structuredClone(manifest);
  if (options.fixSha) {
    m.bytes = Buffer.byteLength(text);
    m.sha256 = createHash('sha256').update(text).digest('hex');
  }
  options.manifest?.(m);
  writeFileSync(manifestPathOf(path), JSON.stringify(m));
  return path;
}
const restore = async (path: string) => importBackup(graph, await verifyBackup(path));

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, '2026-11-26');
  // History and a key: ChangeEvents and an ApiKey are part of the graph like any node.
  await updateNode(graph, actor, 'Person', 'PER-DPO', { jobTitle: 'Data protection officer (acting)' });
  await linkNodes(graph, actor, { type: 'OWNS', from: 'PER-DPO', to: 'SYS-WEBCHAT' });
  await createApiKey(graph, { name: 'backup test', role: 'auditor', expiresAt: '2030-01-01T00:00:00Z' });
  await graph.write(EXOTIC);
  exotic = sorted((await graph.read(EXOTIC_READ))[0]!.values);
  ({ manifest } = await exportBackup(graph, file));
});

afterAll(async () => {
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('export → wipe → import', () => {
  it('restores the graph exactly: same digest, counts, history, keys and typed values', async () => {
    const before = await graphDigest(graph);
    const totals = await graphTotals(graph);
    expect(manifest.graphDigest).toBe(before.sha256);
    expect(manifest.nodes.total).toBe(before.nodes);
    expect(manifest.relationships.total).toBe(before.relationships);
    const seeded = referenceOrganization('2026-11-26').nodes.filter((b) => b.label === 'ChangeEvent').flatMap((b) => b.rows).length;
    expect(manifest.nodes.byLabel.ChangeEvent).toBe(2 + seeded);
    expect(manifest.nodes.byLabel.ApiKey).toBe(1);
    expect(manifest.relationships.byType.MAPS_TO).toBeGreaterThan(0);

    await emptyDatabase();
    // The target's migration records differ from the file's: after the import they are the file's.
    await graph.write(`MATCH (m:Migration) SET m.appliedAt = datetime()`);
    await graph.write(`CREATE (:Migration {id: '999-later', checksum: 'x'})`);
    const report = await restore(file);

    expect(report.graphDigest).toBe(before.sha256);
    expect(await graphDigest(graph)).toEqual(before);
    expect(await graphTotals(graph)).toEqual(totals);
    expect(sorted((await graph.read(EXOTIC_READ))[0]!.values)).toEqual(exotic);
    expect(await graph.read('MATCH (c:LoadCheckpoint) WHERE c.id STARTS WITH "import:" RETURN c')).toEqual([]);
  });

  it('refuses a database that is not empty, and writes nothing', async () => {
    const before = await graphDigest(graph);
    const backup = await verifyBackup(file);
    await expect(importBackup(graph, backup)).rejects.toThrow(/database is not empty/);
    expect(await graphDigest(graph)).toEqual(before);
  });
});

describe('a file that does not match its manifest is refused before anything is written', () => {
  beforeAll(emptyDatabase);

  async function expectRefused(path: string, message: RegExp) {
    const before = await graphDigest(graph);
    const attempt = restore(path);
    await expect(attempt).rejects.toThrow(BackupRefusedError);
    await expect(attempt).rejects.toThrow(message);
    expect(await graphDigest(graph)).toEqual(before);
    expect(await graphTotals(graph)).toMatchObject({ relationships: 0 });
  }

  // A low bit of a title's letter flipped: still valid JSON, a different file.
  const flipOneByte = (text: string) => {
    const at = text.indexOf('"title":"') + 10;
    return text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);
  };

  it('one byte changed', async () => {
    await expectRefused(variant('flipped.ndjson', flipOneByte), /not the file its manifest describes/);
    // Even with a manifest that vouches for the changed bytes, the graph digest tells.
    await expectRefused(variant('flipped-vouched.ndjson', flipOneByte, { fixSha: true }), /a graph digest other than the manifest/);
  });

  it('counts that disagree', async () => {
    const more = variant('counts.ndjson', (t) => t, { manifest: (m) => (m.nodes.byLabel.Clause! += 1) });
    await expectRefused(more, /holds 43 nodes labelled Clause, the manifest says 44/);
    const fewer = variant('total.ndjson', (t) => t, { manifest: (m) => (m.relationships.total -= 1) });
    await expectRefused(fewer, /relationships, the manifest says/);
  });

  it('a missing manifest, an unknown version, a cut file, a label the model does not know', async () => {
    const lone = join(dir, 'lone.ndjson');
    copyFileSync(file, lone);
    await expectRefused(lone, /No manifest beside/);
    await expectRefused(variant('v2.ndjson', (t) => t, { manifest: (m) => (m.version = 2) }), /format version 2/);
    await expectRefused(variant('cut.ndjson', (t) => t.slice(0, -200), { fixSha: true }), /cut short|not JSON/);
    const alien = variant('alien.ndjson', (t) => t.replace('{"n":"Policy"', '{"n":"Policy`) DETACH DELETE n //"'), { fixSha: true });
    await expectRefused(alien, /the model knows no label/);
  });
});

describe('an interrupted import', () => {
  it('goes on after the last chunk that landed when run again with the same file', async () => {
    await emptyDatabase();
    const backup = await verifyBackup(file);
    const stopAfterFirstChunk = ({ phase, done }: { phase: string; done: number }) => {
      if (phase === 'write' && done > 0) throw new Error('interrupted');
    };
    await expect(importBackup(graph, backup, { onProgress: stopAfterFirstChunk })).rejects.toThrow('interrupted');
    expect((await graphTotals(graph)).nodes).toBeGreaterThan(manifest.nodes.byLabel.Migration!);

    const report = await importBackup(graph, backup);
    expect(report.resumedAfter).toBe(2000);
    expect(report.graphDigest).toBe(manifest.graphDigest);
  });
});

describe('npm run export / npm run import', () => {
  const run = (script: string, args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), INIT_CWD: dir };
      const child = spawn(process.execPath, [`dist/graph/backup/${script}.js`, ...args], { cwd: root, env });
      let [stdout, stderr] = ['', ''];
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  beforeAll(async () => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    await emptyDatabase();
  }, 120_000);

  it('say what is wrong in one line and exit 1', async () => {
    for (const [script, args, message] of [
      ['importCli', [], /^Which backup file\? Usage: npm run import/],
      ['importCli', ['a', 'b'], /^One backup file at a time/],
      ['importCli', ['missing.ndjson'], /^No backup file at .*missing\.ndjson\.$/],
      ['importCli', [variant('cli-flipped.ndjson', (t) => t.replace('"n":"Clause"', '"n":"Claus"'))], /is not the file its manifest describes/],
      ['exportCli', ['--bogus'], /^Unknown option '--bogus'/],
      ['exportCli', ['--out', 'backup.ndjson'], /^\/.*backup\.ndjson already exists/],
    ] as const) {
      const { code, stderr } = await run(script, [...args]);
      expect(code, `${script} ${args.join(' ')}`).toBe(1);
      expect(stderr.trim()).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(await graphTotals(graph)).toMatchObject({ relationships: 0 });
  });

  it('import into an empty database, refuse a second time, export the same bytes', async () => {
    const imported = await run('importCli', ['backup.ndjson']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain(`Graph digest ${manifest.graphDigest}: the same as at export.`);
    expect((await graphDigest(graph)).sha256).toBe(manifest.graphDigest);

    const twice = await run('importCli', ['backup.ndjson']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/The database is not empty/);

    const exported = await run('exportCli', ['--out', 'cli.ndjson']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^Exported \d+ nodes and \d+ relationships to .*cli\.ndjson/);
    expect(existsSync(manifestPathOf(join(dir, 'cli.ndjson')))).toBe(true);
    expect(readFileSync(join(dir, 'cli.ndjson'))).toEqual(readFileSync(file));
  });
});

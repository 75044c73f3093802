import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactStoreFor, type Graph } from '../../graph/index.js';
import { repoRoot } from '../../graph/server/paths.js';
import { testGraph } from '../setup/testGraph.js';
import { referenceGraphWithArtifacts, rezip, TODAY } from './fixture.js';

const root = repoRoot();
let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await testGraph();
  dir = mkdtempSync(join(tmpdir(), 'aims-audit-cli-'));
  // The CLI reads the artifact store of its data directory, AIMS_DATA_DIR.
  await referenceGraphWithArtifacts(graph, artifactStoreFor(dir));
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
}, 240_000);

afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (script: 'packageCli' | 'verifyCli', args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), AIMS_DATA_DIR: dir, INIT_CWD: dir };
    const child = spawn(process.execPath, [`dist/graph/auditPackage/${script}.js`, ...args], { cwd: root, env });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

describe('npm run audit-package / npm run verify-package', () => {
  it('say what is wrong in one line on stderr and exit 1', async () => {
    writeFileSync(join(dir, 'taken.zip'), '');
    for (const [script, args, message] of [
      ['packageCli', [], /^Which scope\? Usage: npm run audit-package/],
      ['packageCli', ['--scope', 'SYS-WEBCHAT', '--as-of', '2026-02-30'], /^--as-of must be a calendar day written YYYY-MM-DD, got "2026-02-30"\. Usage/],
      ['packageCli', ['--scope', 'SYS-WEBCHAT', '--out', 'taken.zip'], /taken\.zip already exists; choose another file \(--out\)\.$/],
      ['packageCli', ['--scope', 'RSK-PROMPT-INJECTION'], /^scope must be "org", the organisation's id \(ORG-…\) or an AI system's id \(SYS-…\)/],
      ['packageCli', ['--scope', 'SYS-NOPE'], /^No AISystem with id "SYS-NOPE" \(scope\)\./],
      ['packageCli', ['--bogus'], /^Unknown option '--bogus'/],
      ['verifyCli', [], /^Which package\? Usage: npm run verify-package/],
      ['verifyCli', ['missing.zip'], /missing\.zip does not exist\./],
    ] as const) {
      const { code, stderr } = await run(script, [...args]);
      expect(code, `${script} ${args.join(' ')}`).toBe(1);
      expect(stderr.trim()).toMatch(message);
      expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
    }
    expect(existsSync(join(dir, `aims-audit-SYS-WEBCHAT-${TODAY}.zip`))).toBe(false);
  });

  it('package with progress on stderr and a summary, then verify; a tampered copy fails naming its failures', async () => {
    const made = await run('packageCli', ['--scope', 'org', '--since', TODAY]);
    expect(made.code, made.stderr).toBe(0);
    const file = join(dir, `aims-audit-ORG-BRIGHTWATER-${TODAY}.zip`);
    expect(made.stdout).toMatch(new RegExp(`^Packaged ORG-BRIGHTWATER \\(Brightwater Telecom\\) as of ${TODAY}: \\d+ artifacts, \\d+ change events, \\d+ files \\(.* MB\\) in ${file} \\(.* MB\\) in [\\d.]+ s\\.\\n$`));
    expect(made.stderr).toMatch(/Packaging \[#+\] \d+\/\d+ .*\(artifacts\)/);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const verified = await run('verifyCli', [file]);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toMatch(/: a valid BagIt 1\.0 bag; \d+ payload files/);

    await rezip(file, join(dir, 'tampered.zip'), (name, bytes) => (name.endsWith('data/problems.json') ? null : bytes));
    const failed = await run('verifyCli', ['tampered.zip']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('manifest-sha256.txt lists data/problems.json, which the package lacks.');
    expect(failed.stdout).toMatch(/^ {2}Payload-Oxum is /m);
  });
});

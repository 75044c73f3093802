import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../graph/db.js';
import { exportIsoCatalog } from '../../graph/oscal/index.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';
import { oscalDir } from './fixtures.js';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'aims-oscal-'));
let graph: Graph;

/** `npm run oscal -- …` as a user runs it from `dir` (the build is done once, before). */
const oscal = (...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), INIT_CWD: dir };
    const child = spawn(process.execPath, ['dist/graph/oscal/cli.js', ...args], { cwd: root, env });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

beforeAll(async () => {
  // Type errors elsewhere in a tree being edited must not stop the build of this CLI: tsc emits anyway.
  spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  expect(existsSync(join(root, 'dist/graph/oscal/cli.js'))).toBe(true);
  copyFileSync(join(oscalDir, 'basic-catalog.json'), join(dir, 'basic.json'));
  graph = await testGraph();
  await freshReferenceGraph(graph, '2026-11-26');
}, 180_000);
afterAll(() => graph.close());

describe('npm run oscal', () => {
  it('says what is wrong in one line and exits 1, writing nothing', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"catalog": ');
    writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ catalog: { uuid: 'x', metadata: {} } }));
    for (const [args, message] of [
      [[], /^Which command\? Usage: npm run oscal -- <command>$/],
      [['frobnicate'], /^Unknown command "frobnicate"/],
      [['import-catalog', 'basic.json'], /^import-catalog needs --id <FRAMEWORK-ID>, the id the catalog takes \(e\.g\. NIST-SP-800-53\)\.$/],
      [['import-catalog', 'basic.json', '--id', 'X', '--scope', 'org'], /^import-catalog takes no --scope/],
      [['import-catalog', 'missing.json', '--id', 'X'], /^No file at \/.*missing\.json\.$/],
      [['import-catalog', 'broken.json', '--id', 'CLI-BROKEN'], /broken\.json is not JSON/],
      [['import-catalog', 'invalid.json', '--id', 'CLI-INVALID'], /^The OSCAL catalog has 5 problems, so nothing was written: catalog\.uuid: "x" is not a uuid; catalog\.metadata\.title: required string missing/],
      [['import-catalog', 'basic.json', '--id', 'ISO42001'], /^The graph's ISO42001 was not imported from OSCAL/],
      [['export-components'], /^export-components needs --scope <id\|org>/],
      [['export-components', '--scope', 'SYS-NOPE'], /^No AISystem with id "SYS-NOPE" \(scope\)\.$/],
    ] as const) {
      const { code, stderr } = await oscal(...args);
      expect(code, args.join(' ')).toBe(1);
      // The refusal is the last line, one line; progress lines may come before it.
      const lines = stderr.trim().split('\n');
      expect(lines.pop(), args.join(' ')).toMatch(message);
      for (const line of lines) expect(line).toMatch(/^Read "/);
    }
    expect(await graph.read(`MATCH (s:Standard) WHERE s.id STARTS WITH 'CLI-' RETURN s`)).toEqual([]);
  });

  it('imports a catalog with progress on stderr and a summary on stdout; again, nothing changes', async () => {
    const dry = await oscal('import-catalog', 'basic.json', '--id', 'CLI-BASIC', '--dry-run');
    expect(dry.stdout.trim()).toBe('Dry run, nothing written: CLI-BASIC "Sample Security Catalog *for Demonstration* and Testing" 1.1 (standard created): 4 groups and 4 controls, requirements 8 created, 0 updated, 0 unchanged.');
    const first = await oscal('import-catalog', 'basic.json', '--id', 'CLI-BASIC');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('Read "Sample Security Catalog *for Demonstration* and Testing" (OSCAL 1.1.2): 4 groups, 4 controls.');
    expect(first.stdout).toMatch(/^Imported CLI-BASIC .*requirements 8 created, 0 updated, 0 unchanged\.\n$/);
    const [standard] = await graph.read(`MATCH (s:Standard {id: 'CLI-BASIC'}) RETURN s.source AS source`);
    expect(standard!.source).toBe('basic.json');
    const [event] = await graph.read(`MATCH (c:ChangeEvent {targetId: 'CLI-BASIC'}) RETURN c.actor AS actor`);
    expect(event!.actor).toMatch(/^npm run oscal by .+ \(cli\)$/);
    expect((await oscal('import-catalog', 'basic.json', '--id', 'CLI-BASIC')).stdout).toContain('requirements 0 created, 0 updated, 8 unchanged.');
  });

  it('exports the ISO catalog and a scope; the component definition imports back unchanged; a crosswalk imports', async () => {
    const catalog = await oscal('export-catalog', '--out', 'iso.json');
    expect(catalog.stdout.trim()).toBe(`Wrote the ISO/IEC 42001 catalog to ${join(dir, 'iso.json')}.`);
    expect(JSON.parse(readFileSync(join(dir, 'iso.json'), 'utf8'))).toEqual(await exportIsoCatalog(graph));
    // Without --out the document is the whole of stdout.
    expect(JSON.parse((await oscal('export-catalog')).stdout)).toEqual(await exportIsoCatalog(graph));

    const exported = await oscal('export-components', '--scope', 'SYS-WEBCHAT', '--out', 'webchat.json');
    expect(exported.stdout).toMatch(/^Wrote \d+ implementations of SYS-WEBCHAT to /);
    const imported = await oscal('import-components', 'webchat.json');
    expect(imported.stdout).toMatch(/^Imported implementations 0 created, 0 updated, \d+ unchanged; 0 links added\.\n$/);

    writeFileSync(join(dir, 'crosswalk.csv'), 'from,to,source,confidence\nA.6.2.4,CLI-BASIC:1.1.1,CLI test,low\n');
    expect((await oscal('import-crosswalk', 'crosswalk.csv')).stdout).toBe('Imported 1 crosswalk rows: 1 created, 0 updated, 0 unchanged.\n');
  });
});

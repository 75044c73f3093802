import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResult } from '../bench/benchResult.js';
import { firstDifference } from '../bench/firstDifference.js';
import { projectSelection, sdlSchema } from '../bench/projectSelection.js';

const root = new URL('..', import.meta.url).pathname;
const QUESTIONS = [
  'coverage', 'staleEvidence', 'controlLineage', 'clauseLineage', 'gaps', 'impact', 'statementOfApplicability', 'frameworkCoverage', 'path',
  'nodeById', 'search',
];

describe('projecting a query module answer onto a GraphQL selection', () => {
  const schema = sdlSchema();
  const query = `query($d: Date) { staleEvidence(asOf: $d) { totalCount pageInfo { hasNextPage endCursor }
    rows { id freshness expiresOn backs { implementation { id status } } } } }`;
  const raw = () => ({
    rows: [
      { id: 'EV-1', title: 'not asked for', freshness: 'stale', expiresOn: '2026-10-01', backs: [{ implementation: { id: 'IMP-1', status: 'not-started' } }] },
    ],
    totalCount: 1,
    hasNextPage: false,
    endCursor: 'c1',
  });

  it('picks the selected fields, with the API’s enum values and pageInfo', () => {
    expect(projectSelection(schema, query, ['staleEvidence'], raw())).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: 'c1' },
      rows: [{ id: 'EV-1', freshness: 'STALE', expiresOn: '2026-10-01', backs: [{ implementation: { id: 'IMP-1', status: 'NOT_STARTED' } }] }],
    });
  });

  it('resolves interfaces by __typename and follows the path into nested fields', () => {
    const q = 'query($id: ID!) { node(id: $id) { __typename id ... on AISystem { riskTier } ... on Vendor { name } } }';
    expect(projectSelection(schema, q, ['node'], { __typename: 'AISystem', id: 'SYS-A', riskTier: 'high', name: 'A' })).toEqual({
      __typename: 'AISystem', id: 'SYS-A', riskTier: 'HIGH',
    });
  });

  it('catches a real mismatch and says where', () => {
    const api = projectSelection(schema, query, ['staleEvidence'], raw());
    const changed = raw();
    changed.rows[0]!.backs[0]!.implementation.status = 'implemented';
    expect(firstDifference(api, projectSelection(schema, query, ['staleEvidence'], changed))).toEqual({
      path: 'rows[0].backs[0].implementation.status', api: 'NOT_STARTED', raw: 'IMPLEMENTED',
    });
    const shorter = { ...raw(), rows: [] };
    expect(firstDifference(api, projectSelection(schema, query, ['staleEvidence'], shorter))?.path).toBe('rows.length');
    expect(firstDifference(api, projectSelection(schema, query, ['staleEvidence'], raw()))).toBeNull();
  });
});

describe('npm run bench -- --quick', () => {
  const out = mkdtempSync(join(tmpdir(), 'aims-bench-out-'));
  let run: { code: number | null; output: string };
  beforeAll(async () => {
    // The bench runs the built server as its own process: build what it needs (tsc, no explorer).
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    run = await new Promise((resolve) => {
      const child = spawn(process.execPath, ['dist/bench/run.js', '--quick', '--out', out], { cwd: root });
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d));
      child.stderr.on('data', (d: Buffer) => (output += d));
      child.once('exit', (code) => resolve({ code, output }));
    });
  }, 300_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('exits 0 with every question measured through the API and raw, and the answers equal', () => {
    expect(run.code, run.output).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('-reference.json'));
    expect(files).toHaveLength(1);
    const result = JSON.parse(readFileSync(join(out, files[0]!), 'utf8')) as BenchResult;
    expect(result.equality).toMatchObject({ passed: true, mismatches: [] });
    expect(Object.keys(result.equality.compared).sort()).toEqual([...QUESTIONS].sort());
    expect(result.latency.map((l) => l.question).sort()).toEqual([...QUESTIONS].sort());
    for (const l of result.latency) {
      for (const side of [l.api, l.raw]) for (const p of [side.p50, side.p95, side.p99]) expect(p).toBeGreaterThan(0);
      expect(l.target.rule).toBeTruthy();
    }
    expect(result.profile.map((p) => p.question).sort()).toEqual([...QUESTIONS].sort());
    expect(result.throughput.map((t) => `${t.question}×${t.connections}`).sort()).toEqual(
      ['coverage×1', 'coverage×8', 'coverage×64', 'nodeById×1', 'nodeById×8', 'nodeById×64'].sort(),
    );
    expect(result.memory.apiRssPeakMb).toBeGreaterThan(0);
    expect(run.output).toContain('| question | API p50 | API p95 | API p99 | raw p50');
  });
});

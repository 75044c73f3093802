import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMISSION } from '../api/admission.js';
import { loadReport, quickLoadOptions, runLoad, startServerTarget, type LoadResult, type LoadTarget } from '../bench/load/index.js';
import type { Graph } from '../graph/index.js';
import { todayUtc } from '../seeds/index.js';
import { freshReferenceGraph, testGraph } from './setup/testGraph.js';

// `npm run load -- --quick` on the tests' Neo4j: the built server as its own process (so its
// memory is measured alone) with its own admission limits, the mixed phase at 16 connections for
// 8 s, each overload phase for 5 s.
const root = new URL('..', import.meta.url).pathname;
describe('the load test, quick', () => {
  let graph: Graph;
  let target: LoadTarget;
  let result: LoadResult;
  beforeAll(async () => {
    const started = Date.now();
    const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    graph = await testGraph();
    const asOf = todayUtc();
    await freshReferenceGraph(graph, asOf);
    log('The reference organisation is loaded.');
    target = await startServerTarget(graph, asOf, DEFAULT_ADMISSION, log);
    result = await runLoad(quickLoadOptions(DEFAULT_ADMISSION), target, log);
    log('Done.');
    console.log(loadReport(result));
  }, 240_000);
  afterAll(async () => {
    await target?.close();
    await graph?.close();
  });

  it('passes every check', () => {
    expect(result.checks.filter((c) => !c.passed)).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('answered the mixed load without 5xx or unexpected errors, and read back every acknowledged write', () => {
    const mixed = result.phases.find((p) => p.name === 'mixed')!;
    expect(Object.keys(mixed.all.statuses).filter((s) => Number(s) >= 500)).toEqual([]);
    expect(mixed.all.unexpected).toBe(0);
    expect(Object.keys(mixed.byKind).sort()).toEqual(['addEvidence', 'coverage', 'lineage', 'node', 'refusedWrite', 'search', 'setStatus']);
    expect(mixed.byKind.refusedWrite?.codes).toEqual({ NOT_FOUND: mixed.byKind.refusedWrite?.requests });
    expect(result.writes.evidenceAcknowledged).toBeGreaterThan(0);
    expect(result.writes.statusAcknowledged).toBeGreaterThan(0);
    expect(result.writes).toMatchObject({ evidenceMissing: [], statusMismatches: [], refusedButPresent: [] });
  });

  it('refused beyond the queue with 503 and Retry-After, and nothing else failed', () => {
    const beyond = result.phases.at(-1)!;
    expect(beyond.connections).toBe(2 * (DEFAULT_ADMISSION.maxInFlight + DEFAULT_ADMISSION.maxQueue));
    expect(beyond.all.refusedQueueFull).toBeGreaterThan(0);
    expect(beyond.all.refusedMalformed).toBe(0);
    expect(beyond.all.statuses['503']).toBe(beyond.all.refused);
    expect(beyond.timeouts + beyond.connectionErrors).toBe(0);
    for (const p of result.phases.slice(-2)) expect(p.all.p99).toBeLessThanOrEqual(result.overloadBoundMs);
  });
});

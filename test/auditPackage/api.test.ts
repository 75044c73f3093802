import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactStoreFor, verifyPackage, type Graph, type Role } from '../../graph/index.js';
import { startTestApi, type TestApi } from '../setup/api.js';
import { testGraph } from '../setup/testGraph.js';
import { referenceGraphWithArtifacts, TODAY, YESTERDAY } from './fixture.js';

let graph: Graph;
let api: TestApi;
let dir: string;

beforeAll(async () => {
  graph = await testGraph();
  dir = mkdtempSync(join(tmpdir(), 'aims-audit-api-'));
  const store = artifactStoreFor(dir);
  await referenceGraphWithArtifacts(graph, store);
  api = await startTestApi(graph, { artifacts: store });
});

afterAll(async () => {
  await api.close();
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (query: string, role: Role | null, init: RequestInit = {}) =>
  fetch(`${api.url}/api/audit-package?${query}`, { ...init, headers: role ? { authorization: `Bearer ${api.tokens[role]}` } : {} });

async function errorOf(res: Response) {
  const body = (await res.json()) as { errors: { message: string; extensions: { code: string; field?: string } }[] };
  return { message: body.errors[0]!.message, ...body.errors[0]!.extensions };
}

describe('GET /api/audit-package', () => {
  it('streams the package to an auditor as a named zip that verifies', async () => {
    const res = await get(`scope=SYS-WEBCHAT&asOf=${TODAY}`, 'auditor');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="aims-audit-SYS-WEBCHAT-${TODAY}.zip"`);
    const file = join(dir, 'download.zip');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const report = await verifyPackage(file);
    expect(report.problems).toEqual([]);
    expect(report.bagInfo).toMatchObject({ 'AIMS-Scope': 'SYS-WEBCHAT', 'AIMS-As-Of': TODAY });
    expect(Number(report.bagInfo['AIMS-Artifacts'])).toBeGreaterThan(10);
  });

  it("names the organisation's package by its id when asked for 'org'", async () => {
    const res = await get(`scope=org&asOf=${YESTERDAY}`, 'admin', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="aims-audit-ORG-BRIGHTWATER-${YESTERDAY}.zip"`);
  });

  it('is refused to viewers and editors (it holds the change history) and to no key', async () => {
    for (const role of ['viewer', 'editor'] as const) {
      const res = await get(`scope=SYS-WEBCHAT&asOf=${TODAY}`, role);
      expect(res.status, role).toBe(403);
      expect(await errorOf(res)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(new RegExp(`^An? ${role} key may not download audit packages \\(they hold the change history\\)\\.$`)) });
    }
    expect((await get(`scope=SYS-WEBCHAT`, null)).status).toBe(401);
  });

  it('answers bad input as JSON naming the field, before any zip', async () => {
    for (const [query, status, code, field] of [
      ['asOf=2026-11-27', 400, 'BAD_USER_INPUT', 'scope'],
      ['scope=SYS-NOPE', 404, 'NOT_FOUND', 'scope'],
      ['scope=RSK-PROMPT-INJECTION', 400, 'BAD_USER_INPUT', 'scope'],
      ['scope=SYS-WEBCHAT&asOf=2026-02-30', 400, 'BAD_USER_INPUT', 'asOf'],
      [`scope=SYS-WEBCHAT&asOf=${YESTERDAY}&since=${TODAY}`, 400, 'BAD_USER_INPUT', 'since'],
    ] as const) {
      const res = await get(query, 'auditor');
      expect(res.status, query).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await errorOf(res), query).toMatchObject({ code, field });
    }
  });

  it('carries on after a client leaves mid-download', async () => {
    const abort = new AbortController();
    const res = await get(`scope=org&asOf=${TODAY}`, 'auditor', { signal: abort.signal });
    const reader = res.body!.getReader();
    await reader.read();
    abort.abort();
    await reader.read().catch(() => undefined);
    const again = await get(`scope=SYS-WEBCHAT&asOf=${TODAY}`, 'auditor');
    expect(again.status).toBe(200);
    expect((await again.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});

describe('Query.statementOfApplicabilityChanges', () => {
  const query = `query($from: Date!, $to: Date!) {
    statementOfApplicabilityChanges(scopeId: "SYS-WEBCHAT", from: $from, to: $to) {
      scope { id } from to rows { control { id } statusChanged from { status evidence { best } } to { status } events { operation targetId } }
    }
  }`;

  it('answers auditors and admins, and refuses viewers and editors', async () => {
    for (const role of ['auditor', 'admin'] as const) {
      const res = await api.gql<{ statementOfApplicabilityChanges: { scope: { id: string }; from: string } }>(query, { from: YESTERDAY, to: TODAY }, role);
      expect(res.errors, role).toBeUndefined();
      expect(res.data?.statementOfApplicabilityChanges).toMatchObject({ scope: { id: 'SYS-WEBCHAT' }, from: YESTERDAY, to: TODAY });
    }
    for (const role of ['viewer', 'editor'] as const) {
      const res = await api.gql(query, { from: YESTERDAY, to: TODAY }, role);
      expect(res.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });

  it('answers bad days as BAD_USER_INPUT naming the field', async () => {
    const res = await api.gql(query, { from: TODAY, to: YESTERDAY }, 'auditor');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

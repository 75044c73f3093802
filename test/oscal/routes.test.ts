import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';
import { oscalDir } from './fixtures.js';

const { api, graph } = useReferenceApi();

async function call(method: 'GET' | 'POST', path: string, role: Role | null, body?: string, type = 'application/json') {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': type };
  if (role) headers.authorization = `Bearer ${api().tokens[role]}`;
  const res = await fetch(`${api().url}${path}`, { method, headers, body });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> & { errors?: { message: string; extensions: Record<string, string> }[] } };
}

const basic = readFileSync(`${oscalDir}/basic-catalog.json`, 'utf8');

describe('GET /api/oscal/…', () => {
  it('the ISO catalog and a scope\'s component definition, for any key that may read', async () => {
    const catalog = await call('GET', '/api/oscal/catalog', 'viewer');
    expect(catalog.status).toBe(200);
    expect(catalog.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((catalog.json.catalog as { metadata: { 'oscal-version': string } }).metadata['oscal-version']).toBe('1.1.2');

    const components = await call('GET', '/api/oscal/component-definition?scope=org', 'auditor');
    expect(components.status).toBe(200);
    expect(JSON.stringify(components.json)).toContain('"value":"ORG-BRIGHTWATER"');

    expect((await call('GET', '/api/oscal/catalog', null)).status).toBe(401);
  });

  it('a missing or unknown scope says so', async () => {
    const missing = await call('GET', '/api/oscal/component-definition', 'viewer');
    expect(missing.status).toBe(400);
    expect(missing.json.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'scope' });
    const unknown = await call('GET', '/api/oscal/component-definition?scope=SYS-NOPE', 'viewer');
    expect(unknown.status).toBe(404);
    expect(unknown.json.errors![0]).toMatchObject({ message: 'No AISystem with id "SYS-NOPE" (scope).', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('POST /api/oscal/catalogs', () => {
  it('imports a catalog for an admin, counting what it did; a dry run writes nothing', async () => {
    const dry = await call('POST', '/api/oscal/catalogs?id=OSCAL-BASIC&dryRun=1', 'admin', basic);
    expect(dry).toMatchObject({ status: 200, json: { dryRun: true, requirements: { created: 8 } } });
    expect(await graph().read(`MATCH (s:Standard {id: 'OSCAL-BASIC'}) RETURN s`)).toEqual([]);

    const done = await call('POST', '/api/oscal/catalogs?id=OSCAL-BASIC&source=basic-catalog.json', 'admin', basic);
    expect(done).toMatchObject({ status: 200, json: { dryRun: false, framework: 'OSCAL-BASIC', standard: 'created', groups: 4, controls: 4 } });
    const [standard] = await graph().read(`MATCH (s:Standard {id: 'OSCAL-BASIC'}) RETURN s.source AS source`);
    expect(standard!.source).toBe('basic-catalog.json');
    const [event] = await graph().read(`MATCH (c:ChangeEvent {targetId: 'OSCAL-BASIC'}) RETURN c.actor AS actor`);
    expect(event!.actor).toMatch(/^test admin \(key_/);
  });

  it('is refused to an editor; a bad file, a missing id or too large a body are bad input', async () => {
    expect(await call('POST', '/api/oscal/catalogs?id=OSCAL-EDIT', 'editor', basic)).toMatchObject({
      status: 403, json: { errors: [{ message: 'An editor key may not import catalogs.', extensions: { code: 'FORBIDDEN' } }] },
    });
    expect((await call('POST', '/api/oscal/catalogs', 'admin', basic)).json.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await call('POST', '/api/oscal/catalogs?id=OSCAL-BAD', 'admin', '{"catalog":')).json.errors![0]).toMatchObject({
      message: expect.stringMatching(/^The body is not JSON/), extensions: { code: 'BAD_USER_INPUT', field: 'body' },
    });
    const broken = JSON.parse(basic) as { catalog: { groups: { title?: string }[] } };
    delete broken.catalog.groups[1]!.title;
    const refused = await call('POST', '/api/oscal/catalogs?id=OSCAL-BAD', 'admin', JSON.stringify(broken));
    expect(refused).toMatchObject({
      status: 400,
      json: { errors: [{ message: expect.stringContaining('catalog.groups[1].title: required string missing'), extensions: { code: 'BAD_USER_INPUT', field: 'catalog.groups[1].title' } }] },
    });
    const huge = await call('POST', '/api/oscal/catalogs?id=OSCAL-HUGE', 'admin', `"${'x'.repeat(50 * 1024 * 1024)}"`);
    expect(huge).toMatchObject({ status: 413, json: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
    expect(await graph().read(`MATCH (s:Standard) WHERE s.id IN ['OSCAL-EDIT', 'OSCAL-BAD', 'OSCAL-HUGE'] RETURN s`)).toEqual([]);
  });
});

describe('POST /api/crosswalk', () => {
  it('imports rows for a key that may write, and names the line at fault otherwise', async () => {
    const csv = 'from,to,source,confidence\nA.6.2.4,NIST-AI-RMF:MEASURE 2.1,Route test,medium\n';
    expect((await call('POST', '/api/crosswalk', 'viewer', csv, 'text/csv')).status).toBe(403);
    expect(await call('POST', '/api/crosswalk?dryRun=true', 'editor', csv, 'text/csv')).toMatchObject({ status: 200, json: { dryRun: true, created: 1 } });
    expect(await call('POST', '/api/crosswalk', 'editor', csv, 'text/csv')).toMatchObject({ status: 200, json: { dryRun: false, rows: 1, created: 1 } });
    const bad = await call('POST', '/api/crosswalk', 'editor', `${csv}A.6.2.4,NIST-AI-RMF:NOPE 9,Route test,high\n`, 'text/csv');
    expect(bad).toMatchObject({ status: 400, json: { errors: [{ message: expect.stringContaining('line 3: "NIST-AI-RMF:NOPE 9" is not in the graph'), extensions: { code: 'BAD_USER_INPUT', field: 'line 3' } }] } });
    // Every problem also comes as data, for a client to show by line.
    expect(bad).toMatchObject({ json: { errors: [{ extensions: { problemCount: 1, problems: [{ path: 'line 3', message: expect.stringContaining('"NIST-AI-RMF:NOPE 9" is not in the graph') }] } }] } });
  });
});

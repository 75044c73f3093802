import { describe, expect, it } from 'vitest';
import { MAX_INVENTORY_BYTES } from '../../api/routes/inventoryRoutes.js';
import { graphDigest } from '../../graph/digest.js';
import type { Role } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

interface ErrorBody {
  errors: { message: string; extensions: { code: string; field?: string; problems?: { line: number; id?: string; field: string; message: string }[]; problemCount?: number } }[];
}

async function post(path: string, body: string, contentType: string, role: Role | null = 'editor') {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (role) headers.authorization = `Bearer ${api().tokens[role]}`;
  const res = await fetch(`${api().url}${path}`, { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & ErrorBody };
}

async function get(path: string, role: Role = 'viewer') {
  return fetch(`${api().url}${path}`, { headers: { authorization: `Bearer ${api().tokens[role]}` } });
}

const vendors = 'id,name,criticality,ownerIds\nVND-HTTP-1,First,high,PER-VENDOR-MGR\nVND-HTTP-2,Second,low,\n';

describe('inventory over HTTP', () => {
  it('imports a CSV body for an editor and answers the summary', async () => {
    const res = await post('/api/inventory/vendors', vendors, 'text/csv');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      kind: 'vendors', label: 'Vendor', dryRun: false, rows: 2, created: 2, updated: 0, unchanged: 0, linksAdded: 1, linksRemoved: 0,
    });
    const [history] = await graph().read("MATCH (c:ChangeEvent {targetId: 'VND-HTTP-1', operation: 'create'}) RETURN c.actor AS actor");
    expect(history!.actor).toContain('test editor');
    const again = await post('/api/inventory/vendors', vendors, 'text/csv; charset=utf-8');
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('imports JSON, and a dry run writes nothing', async () => {
    const json = JSON.stringify([{ id: 'VND-HTTP-3', name: 'Third', slaUptime: 99.5 }]);
    const before = await graphDigest(graph());
    const dry = await post('/api/inventory/vendors?dryRun=1', json, 'application/json');
    expect(dry).toMatchObject({ status: 200, body: { dryRun: true, created: 1 } });
    expect(await graphDigest(graph())).toEqual(before);
    expect((await post('/api/inventory/vendors', json, 'application/json')).body).toMatchObject({ dryRun: false, created: 1 });
  });

  it('answers every problem by line and column, writing nothing', async () => {
    const before = await graphDigest(graph());
    const res = await post('/api/inventory/vendors', 'id,name,slaUptime,ownerIds\nVND-HTTP-4,,101,PER-NOBODY\n', 'text/csv');
    expect(res.status).toBe(400);
    const [error] = res.body.errors;
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slaUptime', problemCount: 3 });
    expect(error!.extensions.problems).toEqual([
      { line: 2, id: 'VND-HTTP-4', field: 'slaUptime', message: 'slaUptime must be from 0 to 100.' },
      { line: 2, id: 'VND-HTTP-4', field: 'name', message: 'name is required.' },
      { line: 2, id: 'VND-HTTP-4', field: 'ownerIds', message: 'No Person with id "PER-NOBODY", in the graph or in this file.' },
    ]);
    expect(error!.message).toContain('nothing was written');
    expect(await graphDigest(graph())).toEqual(before);
  });

  it('refuses viewers, callers without a key, unknown kinds, other media types and files over the limit', async () => {
    const viewer = await post('/api/inventory/vendors', vendors, 'text/csv', 'viewer');
    expect(viewer.status).toBe(403);
    expect(viewer.body.errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect((await post('/api/inventory/vendors', vendors, 'text/csv', 'auditor')).status).toBe(403);
    expect((await post('/api/inventory/vendors', vendors, 'text/csv', null)).status).toBe(401);
    const unknown = await post('/api/inventory/toasters', vendors, 'text/csv');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect((await post('/api/inventory/vendors', vendors, 'text/plain')).status).toBe(415);
    const huge = await post('/api/inventory/vendors', `id,name\n${'VND-HTTP-X,x\n'.repeat(MAX_INVENTORY_BYTES / 12 + 1)}`, 'text/csv');
    expect(huge.status).toBe(413);
    expect(huge.body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves templates to any reader, and a filled one imports', async () => {
    const csv = await get('/api/inventory/templates/risks.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="risks.csv"');
    const text = await csv.text();
    expect(text.split('\n')[0]).toMatch(/^id,title,description,.*,ownerIds,threatensIds,mitigatedByControlIds,arisesFromIds$/);
    const imported = await post('/api/inventory/risks', text.replace(/RSK-WRONG-OUTAGE-AREA/, 'RSK-HTTP-FILLED'), 'text/csv');
    expect(imported.body).toMatchObject({ created: 1 });
    const json = await get('/api/inventory/templates/people.json');
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.json()).toEqual([expect.objectContaining({ id: 'PER-NOC-LEAD', teamIds: ['TEAM-CX-AI-OPS'] })]);
    expect((await get('/api/inventory/templates/toasters.csv')).status).toBe(400);
  });
});

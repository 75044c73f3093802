import { describe, expect, it } from 'vitest';
import type { Role } from '../../graph/index.js';
import { useReferenceApi, type GraphQLResponse } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

const CREATE = `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id title supports { id } } }`;
// No id: the server makes one, so only the key can tell a retry from a second piece of evidence.
const input = (title: string) => ({ title, kind: 'TEST_RESULT', reviewIntervalDays: 30, implementationIds: ['IMP-A.6.2.4-SYS-INTENT'] });

type Created = { createEvidence: { id: string; title: string } | null };

async function send(body: { query: string; variables?: object }, key: string | null, role: Role = 'editor'): Promise<GraphQLResponse<Created>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${api().tokens[role]}` };
  if (key !== null) headers['idempotency-key'] = key;
  const res = await fetch(`${api().url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, ...((await res.json()) as object) };
}

async function evidenceTitled(title: string): Promise<number> {
  const [row] = await graph().read('MATCH (e:Evidence {title: $title}) RETURN count(e) AS n', { title });
  return Number(row?.n);
}

async function changesTo(id: string): Promise<number> {
  const [row] = await graph().read('MATCH (c:ChangeEvent {targetId: $id}) RETURN count(c) AS n', { id });
  return Number(row?.n);
}

describe('a mutation sent with an Idempotency-Key', () => {
  it('is applied once however often it is sent, and answers the same each time', async () => {
    const body = { query: CREATE, variables: { input: input('Retried upload') } };
    const first = await send(body, 'upload-1');
    expect(first.errors).toBeUndefined();
    const again = await send(body, 'upload-1');
    expect(again.data).toEqual(first.data);
    expect(await evidenceTitled('Retried upload')).toBe(1);
    expect(await changesTo(first.data!.createEvidence!.id)).toBe(1);
  });

  it('is applied once when two copies race each other', async () => {
    const body = { query: CREATE, variables: { input: input('Raced upload') } };
    const answers = await Promise.all([send(body, 'upload-race'), send(body, 'upload-race'), send(body, 'upload-race')]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data!.createEvidence!.id)).size).toBe(1);
    expect(await evidenceTitled('Raced upload')).toBe(1);
  });

  it('refuses the key reused for different input, writing nothing', async () => {
    await send({ query: CREATE, variables: { input: input('First use') } }, 'upload-reused');
    const reused = await send({ query: CREATE, variables: { input: input('Second use') } }, 'upload-reused');
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await evidenceTitled('Second use')).toBe(0);
  });

  it('is scoped to the API key and to the mutation field within the operation', async () => {
    const body = { query: CREATE, variables: { input: input('Scoped upload') } };
    await send(body, 'upload-scoped', 'editor');
    await send(body, 'upload-scoped', 'admin');
    expect(await evidenceTitled('Scoped upload')).toBe(2);
    const both = `mutation($a: EvidenceInput!, $b: EvidenceInput!) { a: createEvidence(input: $a) { id } b: createEvidence(input: $b) { id } }`;
    const twice = { query: both, variables: { a: input('Aliased upload'), b: input('Aliased upload') } };
    await send(twice, 'upload-aliases');
    await send(twice, 'upload-aliases');
    expect(await evidenceTitled('Aliased upload')).toBe(2);
  });

  it('without a key, writes again; with a malformed key, is refused', async () => {
    const body = { query: CREATE, variables: { input: input('Unkeyed upload') } };
    await send(body, null);
    await send(body, null);
    expect(await evidenceTitled('Unkeyed upload')).toBe(2);
    const bad = await send({ query: CREATE, variables: { input: input('Badly keyed') } }, 'x'.repeat(256));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await evidenceTitled('Badly keyed')).toBe(0);
  });

  it('records nothing when it fails, so the request sent again is tried again', async () => {
    const body = { query: CREATE, variables: { input: { ...input('Fails first'), implementationIds: ['IMP-NOPE'] } } };
    const failed = await send(body, 'upload-failed');
    expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const [row] = await graph().read('MATCH (w:IdempotentWrite) WHERE w.id ENDS WITH $suffix RETURN count(w) AS n', { suffix: ':upload-failed' });
    expect(Number(row?.n)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { graphCounts } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

const createSystem = `mutation($input: AISystemInput!) { createAISystem(input: $input) { id name kind riskTier owners { ... on Person { id } } } }`;
const historyOf = `query($id: ID!) { history(id: $id) { totalCount edges { node { operation actor targetId before after relationship otherId } } } }`;

/** Node and relationship counts, change events included. */
async function footprint() {
  const [row] = await graph().read('RETURN COUNT { MATCH (c:ChangeEvent) } AS events');
  return { ...(await graphCounts(graph())), events: row?.events };
}

/** Runs a mutation that must fail and checks the graph is exactly as before. */
async function refusedWithoutWriting(query: string, variables: Record<string, unknown>) {
  const before = await footprint();
  const res = await api().gql(query, variables, 'editor');
  expect(res.data ?? null).toBeNull();
  expect(await footprint()).toEqual(before);
  return res.errors![0]!;
}

describe('mutations', () => {
  it('create a system in the organisation, owned, and record who did it', async () => {
    const res = await api().gql<{ createAISystem: { id: string; kind: string; owners: { id: string }[] } }>(
      createSystem,
      { input: { id: 'SYS-TEST-FAQ', name: 'FAQ bot', kind: 'CHATBOT', riskTier: 'LOW', ownerId: 'PER-CX-HEAD' } },
      'editor',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createAISystem).toMatchObject({ id: 'SYS-TEST-FAQ', kind: 'CHATBOT', riskTier: 'LOW', owners: [{ id: 'PER-CX-HEAD' }] });
    const [stored] = await graph().read(
      "MATCH (o:Organization)-[:OPERATES]->(s:AISystem {id: 'SYS-TEST-FAQ'}) RETURN s.kind AS kind, s.riskTier AS tier",
    );
    expect(stored).toEqual({ kind: 'chatbot', tier: 'low' });
    const history = await api().gql<{ history: { edges: { node: { operation: string; actor: string; after: { name: string } } }[] } }>(
      historyOf,
      { id: 'SYS-TEST-FAQ' },
      'auditor',
    );
    const [event] = history.data!.history.edges;
    expect(event?.node).toMatchObject({ operation: 'CREATE', actor: expect.stringContaining('test editor'), after: { name: 'FAQ bot' } });
  });

  it('update with before and after in the history, and clear an optional property with null', async () => {
    const res = await api().gql(
      `mutation { updateAISystem(id: "SYS-TEST-FAQ", patch: { riskTier: HIGH, description: null }) { riskTier description } }`,
      {},
      'editor',
    );
    expect(res.data).toEqual({ updateAISystem: { riskTier: 'HIGH', description: null } });
    const history = await api().gql<{ history: { edges: { node: { operation: string; before: { riskTier: string }; after: { riskTier: string } } }[] } }>(
      historyOf,
      { id: 'SYS-TEST-FAQ' },
      'auditor',
    );
    expect(history.data!.history.edges[0]!.node).toMatchObject({ operation: 'UPDATE', before: { riskTier: 'low' }, after: { riskTier: 'high' } });
  });

  it('refuse a duplicate id, an id of another kind and a required field cleared, writing nothing', async () => {
    const dup = await refusedWithoutWriting(createSystem, { input: { id: 'SYS-TEST-FAQ', name: 'again', kind: 'CHATBOT' } });
    expect(dup.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const kind = await refusedWithoutWriting(createSystem, { input: { id: 'DS-NOT-A-SYSTEM', name: 'x', kind: 'CHATBOT' } });
    expect(kind.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
    const cleared = await refusedWithoutWriting(`mutation { updateAISystem(id: "SYS-TEST-FAQ", patch: { name: null }) { id } }`, {});
    expect(cleared.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.name' });
    const owner = await refusedWithoutWriting(createSystem, { input: { name: 'x', kind: 'CHATBOT', ownerId: 'PER-NOBODY' } });
    expect(owner.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.ownerId[0]' });
  });

  it('record evidence from a pipeline against an implementation, superseding the old, with server time', async () => {
    const res = await api().gql<{ createEvidence: { id: string; recordedAt: string; freshness: string; supports: { id: string }[]; supersedes: { id: string }[] } }>(
      `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id recordedAt freshness supports { id } supersedes { id } } }`,
      {
        input: {
          id: 'EVD-TEST-PIPELINE-1',
          title: 'Nightly intent regression suite',
          kind: 'TEST_RESULT',
          uri: 'https://ci.example/runs/1',
          sha256: 'a'.repeat(64),
          periodStart: '2026-11-20',
          periodEnd: '2026-11-25',
          reviewIntervalDays: 90,
          implementationIds: ['IMP-A.6.2.4-SYS-INTENT'],
          supersedes: ['EVD-0020'],
        },
      },
      'editor',
    );
    expect(res.errors).toBeUndefined();
    const created = res.data!.createEvidence;
    expect(created.supports).toEqual([{ id: 'IMP-A.6.2.4-SYS-INTENT' }]);
    expect(created.supersedes).toEqual([{ id: 'EVD-0020' }]);
    expect(Math.abs(Date.parse(created.recordedAt) - Date.now())).toBeLessThan(60_000);
    expect(created.freshness).toBe('CURRENT');
  });

  it('refuse bad evidence naming the field: sha256, dates out of order, no expiry, unknown or wrong-kind implementation', async () => {
    const base = { title: 't', reviewIntervalDays: 30, implementationIds: ['IMP-A.6.2.4-SYS-INTENT'] };
    const mutation = `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, sha256: 'xyz' }, 'BAD_USER_INPUT', 'input.sha256'],
      [{ ...base, periodStart: '2026-11-20', periodEnd: '2026-11-01' }, 'BAD_USER_INPUT', 'input.periodEnd'],
      [{ ...base, reviewIntervalDays: null }, 'BAD_USER_INPUT', 'input.validUntil'],
      [{ ...base, implementationIds: [] }, 'BAD_USER_INPUT', 'input.implementationIds'],
      [{ ...base, implementationIds: ['IMP-NOPE'] }, 'NOT_FOUND', 'input.implementationIds[0]'],
      [{ ...base, implementationIds: ['SYS-WEBCHAT'] }, 'BAD_USER_INPUT', 'input.implementationIds[0]'],
      [{ ...base, uri: 'not a uri' }, 'BAD_USER_INPUT', 'input.uri'],
    ];
    for (const [input, code, field] of cases) {
      const error = await refusedWithoutWriting(mutation, { input });
      expect(error.extensions, JSON.stringify(input)).toMatchObject({ code, field });
    }
  });

  it('need a justification to exclude a control, and check the control and scope ids', async () => {
    const mutation = `mutation($input: ImplementationInput!) { createImplementation(input: $input) { id status control { id } scope { id } } }`;
    const excluded = await refusedWithoutWriting(mutation, { input: { controlId: 'A.10.4', scopeId: 'SYS-TEST-FAQ', status: 'EXCLUDED' } });
    expect(excluded.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.justification' });
    const wrongControl = await refusedWithoutWriting(mutation, { input: { controlId: '6.1.3', scopeId: 'SYS-TEST-FAQ', status: 'PLANNED' } });
    expect(wrongControl.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.controlId' });
    const ok = await api().gql(mutation, { input: { controlId: 'A.10.4', scopeId: 'SYS-TEST-FAQ', status: 'EXCLUDED', justification: 'No customers use it yet.' } }, 'editor');
    expect(ok.data).toEqual({ createImplementation: { id: 'IMP-A.10.4-SYS-TEST-FAQ', status: 'EXCLUDED', control: { id: 'A.10.4' }, scope: { id: 'SYS-TEST-FAQ' } } });
  });

  it('link and unlink what the model allows, and refuse what it does not', async () => {
    const link = `mutation($input: LinkInput!) { link(input: $input) }`;
    const unlink = `mutation($input: LinkInput!) { unlink(input: $input) }`;
    const input = { type: 'DEPENDS_ON', from: 'SYS-TEST-FAQ', to: 'SYS-INTENT', properties: { purpose: 'classify questions' } };
    expect((await api().gql(link, { input }, 'editor')).data).toEqual({ link: true });
    expect((await api().gql(link, { input }, 'editor')).data).toEqual({ link: true });
    const [rel] = await graph().read("MATCH (:AISystem {id: 'SYS-TEST-FAQ'})-[r:DEPENDS_ON]->(:AISystem {id: 'SYS-INTENT'}) RETURN count(r) AS n, r.purpose AS purpose");
    expect(rel).toEqual({ n: 1, purpose: 'classify questions' });
    const wrong = await refusedWithoutWriting(link, { input: { type: 'DEPENDS_ON', from: 'SYS-TEST-FAQ', to: 'DS-CHAT-TRANSCRIPTS' } });
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const self = await refusedWithoutWriting(link, { input: { type: 'DEPENDS_ON', from: 'SYS-TEST-FAQ', to: 'SYS-TEST-FAQ' } });
    expect(self.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const missing = await refusedWithoutWriting(link, { input: { type: 'RUNS', from: 'SYS-TEST-FAQ', to: 'MDL-NOPE' } });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'to' });
    expect((await api().gql(unlink, { input }, 'editor')).data).toEqual({ unlink: true });
    expect((await api().gql(unlink, { input }, 'editor')).data).toEqual({ unlink: false });
    const history = await api().gql<{ history: { edges: { node: { operation: string; relationship: string; otherId: string } }[] } }>(historyOf, { id: 'SYS-INTENT' }, 'auditor');
    expect(history.data!.history.edges.map((e) => e.node.operation)).toEqual(expect.arrayContaining(['LINK', 'UNLINK']));
  });

  it('delete a node with its relationships, keeping its history', async () => {
    const res = await api().gql(`mutation { deleteAISystem(id: "SYS-TEST-FAQ") { id label } }`, {}, 'editor');
    expect(res.data).toEqual({ deleteAISystem: { id: 'SYS-TEST-FAQ', label: 'AISystem' } });
    expect(await graph().read("MATCH (s:AISystem {id: 'SYS-TEST-FAQ'}) RETURN s")).toEqual([]);
    const again = await refusedWithoutWriting(`mutation { deleteAISystem(id: "SYS-TEST-FAQ") { id } }`, {});
    expect(again.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const history = await api().gql<{ history: { totalCount: number; edges: { node: { operation: string } }[] } }>(historyOf, { id: 'SYS-TEST-FAQ' }, 'auditor');
    expect(history.data!.history.edges[0]!.node.operation).toBe('DELETE');
  });
});

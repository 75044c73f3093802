import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../api/graphql.js';
import { MAX_BATCH, MAX_DEPTH, PAGE_CAP } from '../../api/limits.js';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

describe('query limits', () => {
  beforeAll(() => api().gql('{ __typename }', {}, 'viewer'));

  it('refuse an operation deeper than the limit before running it', async () => {
    let selection = 'id';
    for (let i = 0; i < MAX_DEPTH; i++) selection = `dependsOn { ${selection} }`;
    const before = graph().stats.queries;
    const res = await api().gql(`{ aiSystem(id: "SYS-WEBCHAT") { ${selection} } }`, {}, 'viewer');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(/levels deep/);
    // Nothing of the operation reached Neo4j (a key the server has seen before costs no statement).
    expect(graph().stats.queries - before).toBe(0);
  });

  it('refuse an operation that may cost too much, counting aliases and page sizes', async () => {
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: aiSystems(first: 100) { edges { node { id owners { __typename } dependsOn { id models { id } } } } }`);
    const res = await api().gql(`{ ${aliases.join(' ')} }`, {}, 'viewer');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(/may cost/);
  });

  it('cap the page size with a clear refusal', async () => {
    const res = await api().gql(`query($n: Int) { aiSystems(first: $n) { totalCount } }`, { n: PAGE_CAP + 1 }, 'viewer');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const ok = await api().gql(`query($n: Int) { aiSystems(first: $n) { totalCount } }`, { n: PAGE_CAP }, 'viewer');
    expect(ok.errors).toBeUndefined();
  });

  it('run a batch of up to MAX_BATCH operations, and refuse a larger one before any of it runs', async () => {
    const post = (operations: { query: string }[]) =>
      fetch(`${api().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api().tokens.admin}` },
        body: JSON.stringify(operations),
      });
    const reads = Array.from({ length: MAX_BATCH }, (_, i) => ({ query: `query Q${i} { node(id: "SYS-WEBCHAT") { id } }` }));
    const ok = await post(reads);
    expect(ok.status).toBe(200);
    const answers = (await ok.json()) as { data?: { node?: { id: string } } }[];
    expect(answers).toHaveLength(MAX_BATCH);
    for (const answer of answers) expect(answer).toEqual({ data: { node: { id: 'SYS-WEBCHAT' } } });

    const write = { query: 'mutation { createPerson(input: { id: "PER-BATCH-TOO-LARGE", name: "Never" }) { id } }' };
    const before = graph().stats.queries;
    const refused = await post([write, ...reads]);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`holds ${MAX_BATCH + 1} operations; the limit is ${MAX_BATCH}`));
    expect(graph().stats.queries - before).toBe(0);
    expect(await graph().read('MATCH (p:Person {id: "PER-BATCH-TOO-LARGE"}) RETURN p')).toEqual([]);
  });

  it('refuse a body over the size limit with 413', async () => {
    const res = await fetch(`${api().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api().tokens.viewer}` },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(BODY_LIMIT) } }),
    });
    expect(res.status).toBe(413);
  });

  it('refuse a body that is not JSON with 400, and keep answering on a fresh request', async () => {
    const post = (body: string) =>
      fetch(`${api().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api().tokens.viewer}` },
        body,
      });
    const bad = await post('{"query": "{ __typename }"');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/not valid JSON/);
    const good = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(await good.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuse a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${api().url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toMatch(/CSRF|preflight/i);
  });

  it('never show Cypher or stack traces in errors', async () => {
    const res = await api().gql(`{ aiSystems(first: 1, after: "not-a-cursor") { totalCount } }`, {}, 'viewer');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/MATCH|stacktrace|at .*\.ts:\d+/);
  });
});

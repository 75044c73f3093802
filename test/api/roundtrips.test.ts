import { describe, expect, it } from 'vitest';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

/** Cypher statements one operation sends (the key check included). */
async function roundTrips(query: string, variables: Record<string, unknown>) {
  const before = graph().stats.queries;
  const res = await api().gql(query, variables, 'viewer');
  expect(res.errors).toBeUndefined();
  return { count: graph().stats.queries - before, data: res.data };
}

describe('Cypher round-trips', () => {
  it('stay constant for a nested query as the page grows: one read per field, not per node', async () => {
    const query = (n: number) => `{ aiSystems(first: ${n}) { edges { node {
      id owners { ... on Person { name } ... on Team { name } }
      dependsOn { id models { id version } vendors { name } }
      implementations { id control { id title } evidence { id freshness } }
    } } } }`;
    const small = await roundTrips(query(2), {});
    const large = await roundTrips(query(16), {});
    const edges = (d: unknown) => (d as { aiSystems: { edges: unknown[] } }).aiSystems.edges.length;
    expect(edges(small.data)).toBe(2);
    expect(edges(large.data)).toBe(16);
    expect(large.count).toBe(small.count);
  });

  it('answer a traceability question in one read besides the key check', async () => {
    const { count } = await roundTrips(`{ aiSystem(id: "SYS-WEBCHAT") { coverage(asOf: "2026-11-26") { covered { control { id } } } } }`, {});
    // key check, aiSystem lookup, coverage
    expect(count).toBe(3);
  });
});

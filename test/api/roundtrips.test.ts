import { beforeAll, describe, expect, it } from 'vitest';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');
// A question about a past day answers from the graph of then (graph/timeTravel): one read more at
// least. These ask about today; the aliased one also about a day after the reference history.
const TODAY = new Date().toISOString().slice(0, 10);

/** Round-trips one operation costs: statements of its own (the key guard rides along with them). */
async function roundTrips(query: string, variables: Record<string, unknown> = {}) {
  const before = graph().stats.queries;
  const res = await api().gql(query, variables, 'viewer');
  expect(res.errors).toBeUndefined();
  return { count: graph().stats.queries - before, data: res.data };
}

const coverageSelection =
  'covered { control { id } implementation { id status } scope { id } why { nodes { id } } evidence { current stale } } uncovered { id }';

describe('Cypher round-trips', () => {
  // The viewer key's first use reads it; every later request recognises it in memory.
  beforeAll(() => api().gql('{ __typename }', {}, 'viewer'));

  it('stay constant for a nested query as the page grows: one read per field, not per node', async () => {
    const query = (n: number) => `{ aiSystems(first: ${n}) { edges { node {
      id owners { ... on Person { name } ... on Team { name } }
      dependsOn { id models { id version } vendors { name } }
      implementations { id control { id title } evidence { id freshness } }
    } } } }`;
    const small = await roundTrips(query(2));
    const large = await roundTrips(query(16));
    const edges = (d: unknown) => (d as { aiSystems: { edges: unknown[] } }).aiSystems.edges.length;
    expect(edges(small.data)).toBe(2);
    expect(edges(large.data)).toBe(16);
    expect(large.count).toBe(small.count);
  });

  it('answer a traceability question asked of a node in one read, the node included', async () => {
    const asked = [
      `{ aiSystem(id: "SYS-WEBCHAT") { id name riskTier coverage(asOf: "${TODAY}") { ${coverageSelection} } } }`,
      `{ control(id: "A.6.2.4") { title lineage(asOf: "${TODAY}", first: 5) { implementations { totalCount rows { id } } } } }`,
      `{ clause(id: "6") { title lineage(asOf: "${TODAY}") { controls { totalCount rows { id } } } } }`,
    ];
    for (const query of asked) {
      const { count, data } = await roundTrips(query);
      expect(count, query).toBe(1);
      expect(Object.values(data!)[0], query).toMatchObject({ ...(query.includes('aiSystem') ? { name: 'Web Chat Assistant', riskTier: 'HIGH' } : {}) });
    }
    const missing = await roundTrips(`{ aiSystem(id: "SYS-NOPE") { coverage { ${coverageSelection} } } }`);
    expect(missing).toEqual({ count: 1, data: { aiSystem: null } });
  });

  it('give the same answer whether the question is read ahead or after the node', async () => {
    const direct = await roundTrips(`{ aiSystem(id: "SYS-WEBCHAT") { coverage(asOf: "${TODAY}") { ${coverageSelection} } } }`);
    // A fragment, or a second alias with other arguments, makes the node be looked up first.
    const fragment = await roundTrips(`{ aiSystem(id: "SYS-WEBCHAT") { ... on AISystem { coverage(asOf: "${TODAY}") { ${coverageSelection} } } } }`);
    const aliased = await roundTrips(`{ aiSystem(id: "SYS-WEBCHAT") {
      now: coverage(asOf: "${TODAY}") { ${coverageSelection} }
      before: coverage(asOf: "2026-11-20") { ${coverageSelection} } } }`);
    expect(fragment.count).toBe(2);
    // The day before: one read to see that nothing changed since (or the rewind, had anything changed).
    expect(aliased.count).toBe(4);
    expect(fragment.data).toEqual(direct.data);
    const system = (aliased.data as { aiSystem: { now: unknown; before: unknown } }).aiSystem;
    expect(system.now).toEqual((direct.data as { aiSystem: { coverage: unknown } }).aiSystem.coverage);
    expect(system.before).not.toEqual(system.now);
  });

  it('refuse bad arguments at the field that has them, as without the read-ahead', async () => {
    const res = await api().gql('{ control(id: "A.6.2.4") { title lineage(first: 0) { implementations { totalCount } } } }', {}, 'viewer');
    expect(res.errors?.[0]).toMatchObject({ path: ['control', 'lineage'], extensions: { code: 'BAD_USER_INPUT' } });
  });
});

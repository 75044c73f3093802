import { describe, expect, it } from 'vitest';
import { listNodes, type ListFilter } from '../../graph/reads/listNodes.js';
import type { Label } from '../../graph/model.js';
import { allPages, referenceGraph } from './fixture.js';

const graph = referenceGraph();

/** Every id listNodes pages through for a filter, three at a time. */
async function listed(label: Label, filter: ListFilter): Promise<{ ids: string[]; totals: number[] }> {
  const { pages, totals } = await allPages((after) => listNodes(graph(), { label, filter, first: 3, after }));
  return { ids: pages.flat().map((n) => n.id), totals };
}

/** The same question asked the plain way: every node of the label joined to the given node. */
async function joined(label: Label, pattern: string, id: string): Promise<string[]> {
  const rows = await graph().read(`MATCH ${pattern} WHERE n:${label} AND a.id = $id RETURN DISTINCT n.id AS id`, { id });
  return rows.map((r) => String(r.id)).sort();
}

describe('listNodes with a relationship filter', () => {
  const cases: Array<{ name: string; label: Label; filter: ListFilter; pattern: string; id: string }> = [
    { name: 'implementations of the organisation scope', label: 'Implementation', filter: { scopeId: 'ORG-BRIGHTWATER' }, pattern: '(n)-[:APPLIES_TO]->(a)', id: 'ORG-BRIGHTWATER' },
    { name: 'implementations applied to web chat', label: 'Implementation', filter: { scopeId: 'SYS-WEBCHAT' }, pattern: '(n)-[:APPLIES_TO]->(a)', id: 'SYS-WEBCHAT' },
    { name: 'implementations of A.6.2.4', label: 'Implementation', filter: { controlId: 'A.6.2.4' }, pattern: '(n)-[:IMPLEMENTS]->(a)', id: 'A.6.2.4' },
    { name: "systems a vendor provides", label: 'AISystem', filter: { vendorId: 'VND-NIMBUS' }, pattern: '(n)-[:PROVIDED_BY]->(a)', id: 'VND-NIMBUS' },
  ];

  for (const c of cases) {
    it(`pages through every one of the ${c.name}, in order, without repeats`, async () => {
      const expected = await joined(c.label, c.pattern, c.id);
      expect(expected.length, 'the reference data has some').toBeGreaterThan(0);
      const { ids, totals } = await listed(c.label, c.filter);
      // These labels have no catalog sort key, so the natural order is the id's.
      expect(ids).toEqual(expected);
      expect(totals.every((t) => t === expected.length)).toBe(true);
    });
  }

  it('lists what a person owns, and combines filters as AND', async () => {
    const [owner] = await graph().read('MATCH (p:Person)-[:OWNS]->(i:Implementation) RETURN p.id AS id, count(i) AS n ORDER BY n DESC, id LIMIT 1');
    const ownerId = String(owner!.id);
    const owned = await joined('Implementation', '(n)<-[:OWNS]-(a)', ownerId);
    expect((await listed('Implementation', { ownerId })).ids.sort()).toEqual(owned);
    const rows = await graph().read(
      `MATCH (a:Person {id: $ownerId})-[:OWNS]->(n:Implementation)-[:APPLIES_TO]->(s) WHERE n.status = 'implemented'
       RETURN s.id AS scope, collect(n.id) AS ids ORDER BY size(ids) DESC LIMIT 1`,
      { ownerId },
    );
    const both = await listed('Implementation', { ownerId, scopeId: String(rows[0]!.scope), properties: { status: 'implemented' } });
    expect(both.ids.sort()).toEqual((rows[0]!.ids as string[]).sort());
  });

  it('answers an empty page for an id that names nothing or names the wrong kind of node', async () => {
    for (const filter of [{ scopeId: 'SYS-NOPE' }, { scopeId: "x') OR 1=1 //" }, { ownerId: 'SYS-WEBCHAT' }, { controlId: 'VND-NIMBUS' }] as ListFilter[]) {
      const page = await listNodes(graph(), { label: 'Implementation', filter, first: 10 });
      expect(page, JSON.stringify(filter)).toMatchObject({ rows: [], totalCount: 0, hasNextPage: false });
    }
  });
});

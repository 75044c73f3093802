import { describe, expect, it } from 'vitest';
import { frameworkCoverage } from '../../graph/queries/frameworkCoverage.js';
import { useReferenceApi } from '../setup/api.js';

const DAY = '2026-11-26';
const { graph, api } = useReferenceApi(DAY);

const QUERY = `query($fw: ID!, $scope: ID!, $d: Date, $support: FrameworkSupport, $after: String) {
  frameworkCoverage(framework: $fw, scopeId: $scope, asOf: $d, support: $support, first: 20, after: $after) {
    framework { id title } scope { id label } asOf
    summary { total supported partial unsupported unmapped }
    items { totalCount pageInfo { hasNextPage endCursor }
      rows { requirement { id kind parentId } support rolledUp
        routes { via { id } bridge { id } confidence control { id } status evidence support why { nodes { id } relationships { type } } } } }
  } }`;

interface Answer {
  frameworkCoverage: {
    summary: Record<string, number>;
    items: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; rows: { requirement: { id: string }; support: string; routes: { via: { id: string }; confidence: string; support: string; why: { nodes: { id: string }[] } }[] }[] };
  } | null;
}

describe('frameworkCoverage through the API', () => {
  it('answers what the query module answers, in enum values, to a viewer', async () => {
    const res = await api().gql<Answer>(QUERY, { fw: 'NIST-AI-RMF', scope: 'ORG-BRIGHTWATER', d: DAY }, 'viewer');
    expect(res.errors).toBeUndefined();
    const direct = (await frameworkCoverage(graph(), { framework: 'NIST-AI-RMF', scopeId: 'ORG-BRIGHTWATER', asOf: DAY, first: 20 }))!;
    const answer = res.data!.frameworkCoverage!;
    expect(answer.summary).toEqual(direct.summary);
    expect(answer.items.rows.map((r) => [r.requirement.id, r.support.toLowerCase()])).toEqual(
      direct.items.rows.map((r) => [r.requirement.id, r.support]),
    );
    const govern17 = answer.items.rows.find((r) => r.requirement.id === 'NIST-AI-RMF:GOVERN 1.7')!;
    expect(govern17.routes[0]).toMatchObject({ via: { id: 'A.6.2.6' }, confidence: 'HIGH', support: 'SUPPORTED' });
  });

  it('filters by judgement and pages with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: { data?: Answer | null } = await api().gql<Answer>(QUERY, { fw: 'EU-AI-Act', scope: 'SYS-WEBCHAT', d: DAY, support: 'UNMAPPED', after });
      const page = res.data!.frameworkCoverage!.items;
      total = page.totalCount;
      expect(page.rows.every((r) => r.support === 'UNMAPPED')).toBe(true);
      seen.push(...page.rows.map((r) => r.requirement.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('is null for an unknown framework, and refuses ISO 42001 with BAD_USER_INPUT and no key with 401', async () => {
    expect((await api().gql<Answer>(QUERY, { fw: 'NOPE', scope: 'ORG-BRIGHTWATER' })).data?.frameworkCoverage).toBeNull();
    const iso = await api().gql<Answer>(QUERY, { fw: 'ISO42001', scope: 'ORG-BRIGHTWATER' });
    expect(iso.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'framework' });
    const anonymous = await api().gql<Answer>(QUERY, { fw: 'NIST-AI-RMF', scope: 'ORG-BRIGHTWATER' }, null);
    expect(anonymous.status).toBe(401);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { graphDigest } from '../../graph/digest.js';
import { statementOfApplicability, travelTo } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';
import { LOADED_ON, TODAY, YESTERDAY } from './fixture.js';

// The reference history (seeds/organization/history.ts), dated from LOADED_ON = 2026-11-26: the
// billing test pack implemented 45 days before (2026-10-12), the SocialPulse assessment created 21
// days before (2026-11-05), the opt-out risk raised above appetite 15 days before (2026-11-11).
const { graph, api } = useReferenceApi(LOADED_ON);

type Row = { control: { id: string }; implementation: { id: string; status: string } };
const coverageOf = `query($id: ID!, $d: Date) { aiSystem(id: $id) { name coverage(asOf: $d) {
  asOf covered { control { id } implementation { id status } } } } }`;

async function coverageRows(id: string, day: string): Promise<Row[]> {
  const res = await api().gql<{ aiSystem: { coverage: { asOf: string; covered: Row[] } } }>(coverageOf, { id, d: day }, 'viewer');
  expect(res.errors).toBeUndefined();
  expect(res.data!.aiSystem.coverage.asOf).toBe(day);
  return res.data!.aiSystem.coverage.covered;
}

describe('asking the API as of a past day', () => {
  it('coverage: the status an implementation had then', async () => {
    const status = async (day: string) => (await coverageRows('SYS-BILLING-BOT', day)).find((r) => r.implementation.id === 'IMP-A.6.2.4-SYS-BILLING-BOT')?.implementation.status;
    expect([await status('2026-10-01'), await status('2026-10-20'), await status(LOADED_ON)]).toEqual(['PARTIAL', 'IMPLEMENTED', 'IMPLEMENTED']);
  });

  it('gaps: a risk above appetite only since it was raised', async () => {
    const risks = async (day: string) => {
      const res = await api().gql<{ gaps: { risksAboveAppetite: { id: string }[] } }>('query($d: Date) { gaps(asOf: $d) { risksAboveAppetite { id } } }', { d: day }, 'viewer');
      expect(res.errors).toBeUndefined();
      return res.data!.gaps.risksAboveAppetite.map((r) => r.id);
    };
    expect(await risks('2026-11-10')).not.toContain('RSK-OPT-OUT');
    expect(await risks(LOADED_ON)).toContain('RSK-OPT-OUT');
  });

  it('statement of applicability and lineage: the implementation created since is not there yet', async () => {
    const ask = async (day: string) => {
      const res = await api().gql<{ statementOfApplicability: { rows: { control: { id: string }; implementationCount: number }[] }; control: { lineage: { implementations: { rows: { id: string }[] } } } }>(
        `query($d: Date) { statementOfApplicability(scopeId: "ORG-BRIGHTWATER", asOf: $d) { rows { control { id } implementationCount } }
          control(id: "A.10.3") { lineage(asOf: $d, first: 100) { implementations { rows { id } } } } }`,
        { d: day }, 'auditor',
      );
      expect(res.errors).toBeUndefined();
      return {
        count: res.data!.statementOfApplicability.rows.find((r) => r.control.id === 'A.10.3')!.implementationCount,
        ids: res.data!.control.lineage.implementations.rows.map((r) => r.id),
      };
    };
    const [then, now] = [await ask('2026-11-01'), await ask(LOADED_ON)];
    expect(now.ids).toContain('IMP-A.10.3-VND-SOCIALPULSE');
    expect(then.ids).toEqual(now.ids.filter((id) => id !== 'IMP-A.10.3-VND-SOCIALPULSE'));
    expect(then.count).toBe(now.count - 1);
  });

  it('answers as the query module does in the graph of then, and leaves the graph as it was', async () => {
    const before = await graphDigest(graph());
    const res = await api().gql<{ statementOfApplicability: { rows: { control: { id: string }; status: string; applicable: boolean }[] }; frameworkCoverage: { asOf: string } }>(
      `query($d: Date) { statementOfApplicability(scopeId: "SYS-SOCIAL", asOf: $d) { rows { control { id } status applicable } }
        frameworkCoverage(framework: "NIST-AI-RMF", scopeId: "ORG-BRIGHTWATER", asOf: $d) { asOf }
        staleEvidence(asOf: $d) { totalCount } }`,
      { d: '2026-11-01' }, 'viewer',
    );
    expect(res.errors).toBeUndefined();
    const raw = (await travelTo(graph(), '2026-11-01', () => statementOfApplicability(graph(), { scopeId: 'SYS-SOCIAL', asOf: '2026-11-01' })))!;
    expect(res.data!.statementOfApplicability.rows).toEqual(raw.rows.map((r) => ({ control: { id: r.control.id }, status: r.status.toUpperCase().replace(/-/g, '_'), applicable: r.applicable })));
    expect(res.data!.frameworkCoverage.asOf).toBe('2026-11-01');
    expect(await graphDigest(graph())).toEqual(before);
  });

  it('lets an auditor read the reference history behind it', async () => {
    const res = await api().gql<{ history: { edges: { node: { operation: string; actor: string; before: { residualLikelihood: number } } }[] } }>(
      '{ history(id: "RSK-OPT-OUT") { edges { node { operation actor before } } } }', {}, 'auditor',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.history.edges.map((e) => [e.node.operation, e.node.actor, e.node.before.residualLikelihood])).toEqual([['UPDATE', 'Reference data (seed)', 2]]);
  });
});

describe('after writes through the API today', () => {
  beforeAll(async () => {
    const writes = await api().gql(
      `mutation { createAISystem(input: { id: "SYS-TT-PILOT", name: "Time travel pilot", kind: CHATBOT }) { id }
        updateImplementation(id: "IMP-A.6.2.6-SYS-WEBCHAT", patch: { status: PLANNED }) { id } }`,
      {}, 'editor',
    );
    expect(writes.errors).toBeUndefined();
  });

  it('answers yesterday as it was and today as it is, the node itself being today’s', async () => {
    const status = (rows: Row[]) => rows.find((r) => r.implementation.id === 'IMP-A.6.2.6-SYS-WEBCHAT')?.implementation.status;
    expect(status(await coverageRows('SYS-WEBCHAT', YESTERDAY))).toBe('IMPLEMENTED');
    expect(status(await coverageRows('SYS-WEBCHAT', TODAY))).toBe('PLANNED');
  });

  it('says a system created since did not exist on the day asked, and has no statement then', async () => {
    const res = await api().gql<{ aiSystem: null }>(coverageOf, { id: 'SYS-TT-PILOT', d: YESTERDAY }, 'viewer');
    expect(res.errors?.[0]).toMatchObject({ path: ['aiSystem', 'coverage'], extensions: { code: 'NOT_FOUND', field: 'asOf' } });
    expect(res.errors?.[0]?.message).toContain(YESTERDAY);
    expect((await coverageRows('SYS-TT-PILOT', TODAY)).length).toBeGreaterThan(0);
    const soa = await api().gql<{ statementOfApplicability: null }>(
      'query($d: Date) { statementOfApplicability(scopeId: "SYS-TT-PILOT", asOf: $d) { asOf } }', { d: YESTERDAY }, 'viewer',
    );
    expect(soa).toMatchObject({ data: { statementOfApplicability: null } });
    expect(soa.errors).toBeUndefined();
  });
});

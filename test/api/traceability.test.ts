import { describe, expect, it } from 'vitest';
import { useReferenceApi } from '../setup/api.js';

// Facts worked out by hand from seeds/organization: SYS-WEBCHAT depends on SYS-INTENT, which alone
// implements A.6.2.4; SYS-RESPGEN's A.6.2.8 rests on EVD-0047 and EVD-0048, both stale; VND-NIMBUS
// provides SYS-RESPGEN; RSK-OPT-OUT (residual 9 > appetite 8) has no mitigating control.
const DAY = '2026-11-26';
const { graph, api } = useReferenceApi(DAY);

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

describe('traceability through the API', () => {
  it('coverage: the chatbot inherits A.6.2.4 through SYS-INTENT, with the path that shows it', async () => {
    const res = await api().gql<{ aiSystem: { coverage: { covered: { control: { id: string }; how: string; scope: { id: string; node: { __typename: string } }; why: { nodes: { id: string }[]; relationships: { type: string }[] } }[]; uncovered: { id: string }[] } } }>(
      `query($d: Date) { aiSystem(id: "SYS-WEBCHAT") { coverage(asOf: $d) {
        covered { control { id } how scope { id node { __typename } } why { nodes { id } relationships { type } } }
        uncovered { id } } } }`,
      { d: DAY },
      'viewer',
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.aiSystem.coverage.covered.filter((r) => r.control.id === 'A.6.2.4');
    // Inherited only: nothing on the chatbot itself or the organisation implements it.
    expect(rows.every((r) => r.how === 'DEPENDENCY')).toBe(true);
    const row = rows.find((r) => r.scope.id === 'SYS-INTENT');
    expect(row).toMatchObject({ how: 'DEPENDENCY', scope: { id: 'SYS-INTENT', node: { __typename: 'AISystem' } } });
    expect(ids(row!.why.nodes)).toEqual(['SYS-WEBCHAT', 'SYS-INTENT', 'IMP-A.6.2.4-SYS-INTENT', 'A.6.2.4']);
    expect(row!.why.relationships.map((r) => r.type)).toEqual(['DEPENDS_ON', 'APPLIES_TO', 'IMPLEMENTS']);
  });

  it('staleEvidence: the stale event-log evidence, what it backs and that the chatbot is affected', async () => {
    const res = await api().gql<{ staleEvidence: { totalCount: number; rows: { id: string; freshness: string; daysLeft: number; backs: { control: { id: string }; clauses: { id: string }[] }[]; affectedSystems: { id: string }[] }[] } }>(
      `query($d: Date) { staleEvidence(asOf: $d, first: 100) { totalCount rows { id freshness daysLeft backs { control { id } clauses { id } } affectedSystems { id } } } }`,
      { d: DAY },
      'viewer',
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.staleEvidence.rows;
    expect(rows.length).toBe(res.data!.staleEvidence.totalCount);
    const log = rows.find((r) => r.id === 'EVD-0048');
    expect(log).toMatchObject({ freshness: 'STALE', daysLeft: -20 });
    expect(log!.backs.map((b) => b.control.id)).toEqual(['A.6.2.8']);
    expect(log!.backs[0]!.clauses.map((c) => c.id)).toContain('6.1.3');
    expect(ids(log!.affectedSystems)).toEqual(expect.arrayContaining(['SYS-RESPGEN', 'SYS-WEBCHAT']));
    for (const r of rows) expect(r.freshness === 'STALE' ? r.daysLeft < 0 : r.daysLeft >= 0 && r.daysLeft <= 30).toBe(true);
  });

  it('lineage: control → implementations → evidence with hashes, and clause → controls', async () => {
    const res = await api().gql<{ control: { lineage: { clauses: { id: string }[]; implementations: { totalCount: number; rows: { id: string; scope: { id: string }; evidence: { id: string; sha256: string; freshness: string }[] }[] } } }; clause: { lineage: { controls: { totalCount: number; rows: { id: string }[] } } } }>(
      `query($d: Date) {
        control(id: "A.6.2.8") { lineage(asOf: $d) { clauses { id } implementations { totalCount rows { id scope { id } evidence { id sha256 freshness } } } } }
        clause(id: "6.1") { lineage(asOf: $d, first: 100) { controls { totalCount rows { id } } } } }`,
      { d: DAY },
      'auditor',
    );
    expect(res.errors).toBeUndefined();
    const control = res.data!.control.lineage;
    expect(ids(control.clauses)).toContain('6.1.3');
    const respgen = control.implementations.rows.find((r) => r.scope.id === 'SYS-RESPGEN')!;
    expect(respgen.evidence.map((e) => e.id).sort()).toEqual(['EVD-0047', 'EVD-0048']);
    for (const e of respgen.evidence) expect(e).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), freshness: 'STALE' });
    // Every control supports 6.1.3, a subclause of 6.1.
    expect(res.data!.clause.lineage.controls.totalCount).toBe(38);
  });

  it('gaps: the unmitigated risk above appetite, the unowned system and dataset, the implementation with only stale evidence', async () => {
    const res = await api().gql<{ gaps: Record<string, { id: string; reason: string }[]> }>(
      `{ gaps(asOf: "${DAY}") { risksAboveAppetite { id reason } unownedSystems { id reason } unownedDatasets { id reason } implementationsWithoutCurrentEvidence { id reason } } }`,
      {},
      'viewer',
    );
    expect(res.errors).toBeUndefined();
    const gaps = res.data!.gaps;
    expect(ids(gaps.risksAboveAppetite!)).toContain('RSK-OPT-OUT');
    expect(ids(gaps.unownedSystems!)).toContain('SYS-SOCIAL');
    expect(ids(gaps.unownedDatasets!)).toContain('DS-SOCIAL-POSTS');
    expect(ids(gaps.implementationsWithoutCurrentEvidence!)).toContain('IMP-A.6.2.8-SYS-RESPGEN');
    for (const list of Object.values(gaps)) for (const gap of list) expect(gap.reason.length).toBeGreaterThan(10);
  });

  it('impact: the LLM vendor takes down the response service, then the chatbot, nearest first', async () => {
    const res = await api().gql<{ impact: { affected: { id: string; distance: number; why: { nodes: { id: string }[] } }[] } }>(
      `{ impact(id: "VND-NIMBUS") { affected { id distance why { nodes { id } } } } }`,
      {},
      'viewer',
    );
    expect(res.errors).toBeUndefined();
    const affected = res.data!.impact.affected;
    const respgen = affected.find((a) => a.id === 'SYS-RESPGEN')!;
    const chatbot = affected.find((a) => a.id === 'SYS-WEBCHAT')!;
    expect(respgen.distance).toBeLessThan(chatbot.distance);
    expect(ids(chatbot.why.nodes)).toEqual(['VND-NIMBUS', 'SYS-RESPGEN', 'SYS-WEBCHAT']);
    expect(affected.map((a) => a.distance)).toEqual([...affected.map((a) => a.distance)].sort((a, b) => a - b));
    expect((await api().gql(`{ impact(id: "A.2.2") { maxDepth } }`, {}, 'viewer')).data).toEqual({ impact: null });
  });

  it('statementOfApplicability: 38 controls, exclusions justified, for the organisation and one system', async () => {
    const query = `query($s: ID!) { statementOfApplicability(scopeId: $s, asOf: "${DAY}") { rows { control { id } applicable justification status evidence { total } } } }`;
    for (const scope of ['ORG-BRIGHTWATER', 'SYS-WEBCHAT']) {
      const res = await api().gql<{ statementOfApplicability: { rows: { control: { id: string }; applicable: boolean; justification: string | null; status: string }[] } }>(query, { s: scope }, 'auditor');
      expect(res.errors).toBeUndefined();
      const rows = res.data!.statementOfApplicability.rows;
      expect(rows).toHaveLength(38);
      expect(rows[0]!.control.id).toBe('A.2.2');
      expect(rows.at(-1)!.control.id).toBe('A.10.4');
      for (const r of rows.filter((x) => !x.applicable)) expect(r).toMatchObject({ status: 'EXCLUDED', justification: expect.any(String) });
    }
    expect((await api().gql(query, { s: 'SYS-NOPE' }, 'auditor')).data).toEqual({ statementOfApplicability: null });
  });

  it('path: the shortest path from the chatbot to a control it inherits', async () => {
    const res = await api().gql<{ path: { nodes: { id: string }[] } }>(`{ path(from: "SYS-WEBCHAT", to: "A.6.2.4") { nodes { id } } }`, {}, 'viewer');
    expect(res.errors).toBeUndefined();
    const path = ids(res.data!.path.nodes);
    expect(path[0]).toBe('SYS-WEBCHAT');
    expect(path.at(-1)).toBe('A.6.2.4');
    expect(path.length).toBeLessThanOrEqual(4);
  });

  it('search: finds the chatbot by a prefix, and odd input is data, not syntax', async () => {
    const res = await api().gql<{ search: { rows: { id: string; label: string; node: { __typename: string } }[] } }>(
      `query($t: String!) { search(text: $t, labels: ["AISystem"]) { rows { id label node { __typename } } } }`,
      { t: 'chatb' },
      'viewer',
    );
    expect(res.errors).toBeUndefined();
    expect(ids(res.data!.search.rows)).toContain('SYS-WEBCHAT');
    for (const t of ['"', '(', 'AND', '*', "' OR 1=1 //", 'MATCH (n) DETACH DELETE n', '\\']) {
      const odd = await api().gql(`query($t: String!) { search(text: $t) { totalCount } }`, { t }, 'viewer');
      expect(odd.errors, t).toBeUndefined();
    }
    const [row] = await graph().read('RETURN COUNT { MATCH (n) } AS n');
    expect(row?.n).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { isBreach } from '../../graph/index.js';
import { useReferenceApi } from '../setup/api.js';

const { graph, api } = useReferenceApi('2026-11-26');

const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id value measuredOn breached kpi { id lastValue measuredOn } } }`;
const SIGNAL = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on KPI { signal(asOf: $asOf) { value breachedSince systems { id } risks { id } } } } }`;

const record = (measuredOn: string, value: number) => api().gql<{ recordMeasurement: Record<string, unknown> }>(
  RECORD, { input: { kpiId: 'KPI-TEST-FCR', measuredOn, value } }, 'editor');

describe('KPIs, their series and thresholds', () => {
  it('a breach of the threshold raises a signal on the systems and risks, from the first breaching day', async () => {
    const created = await api().gql(
      `mutation { createKPI(input: { id: "KPI-TEST-FCR", name: "FCR test", direction: HIGHER_IS_BETTER, target: 70, threshold: 60,
        systemIds: ["SYS-WEBCHAT"], riskIds: ["RSK-MISROUTING"] }) { id } }`, {}, 'editor');
    expect(created.errors).toBeUndefined();
    for (const [day, value] of [['2026-10-01', 66], ['2026-10-08', 59], ['2026-10-15', 57], ['2026-10-22', 64]] as const) {
      const res = await record(day, value);
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordMeasurement.breached).toBe(isBreach('higher-is-better', 60, value));
    }
    const during = await api().gql<{ node: { signal: Record<string, unknown> | null } }>(SIGNAL, { id: 'KPI-TEST-FCR', asOf: '2026-10-16' }, 'viewer');
    expect(during.data!.node.signal).toEqual({ value: 57, breachedSince: '2026-10-08', systems: [{ id: 'SYS-WEBCHAT' }], risks: [{ id: 'RSK-MISROUTING' }] });
    const after = await api().gql<{ node: { signal: unknown } }>(SIGNAL, { id: 'KPI-TEST-FCR', asOf: '2026-10-23' }, 'viewer');
    expect(after.data!.node.signal).toBeNull();

    const system = await api().gql<{ aiSystem: { signals: { kpi: { id: string } }[] } }>(
      `{ aiSystem(id: "SYS-WEBCHAT") { signals(asOf: "2026-10-16") { kpi { id } } } }`, {}, 'viewer');
    expect(system.data!.aiSystem.signals.map((s) => s.kpi.id)).toContain('KPI-TEST-FCR');
  });

  it('the series reads in day order, the last value follows the newest day, and a day recorded again replaces its value', async () => {
    await record('2026-09-01', 61);
    const [kpi] = await graph().read("MATCH (k:KPI {id: 'KPI-TEST-FCR'}) RETURN k.lastValue AS v, toString(k.measuredOn) AS on");
    expect(kpi).toEqual({ v: 64, on: '2026-10-22' });
    await record('2026-10-22', 58);
    const series = await api().gql<{ node: { series: { measuredOn: string; value: number }[] } }>(
      `{ node(id: "KPI-TEST-FCR") { ... on KPI { series(from: "2026-08-01", to: "2026-11-01") { measuredOn value } } } }`, {}, 'viewer');
    expect(series.data!.node.series).toEqual([
      { measuredOn: '2026-09-01', value: 61 }, { measuredOn: '2026-10-01', value: 66 }, { measuredOn: '2026-10-08', value: 59 },
      { measuredOn: '2026-10-15', value: 57 }, { measuredOn: '2026-10-22', value: 58 },
    ]);
    const signals = await api().gql<{ kpiSignals: { kpi: { id: string }; breachedSince: string }[] }>(`{ kpiSignals(asOf: "2026-10-30") { kpi { id } breachedSince } }`, {}, 'viewer');
    // The run that ends on the 22nd started on the 8th again: the 22nd now breaches too.
    expect(signals.data!.kpiSignals).toContainEqual({ kpi: { id: 'KPI-TEST-FCR' }, breachedSince: '2026-10-08' });
  });

  it('refuses a day in the future, an unknown KPI, a threshold on the wrong side, and a viewer', async () => {
    expect((await record('2099-01-01', 50)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api().gql(RECORD, { input: { kpiId: 'KPI-NOPE', measuredOn: '2026-10-01', value: 1 } }, 'editor');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const wrongSide = await api().gql(`mutation { updateKPI(id: "KPI-TEST-FCR", patch: { threshold: 75 }) { id } }`, {}, 'editor');
    expect(wrongSide.errors?.[0]?.message).toMatch(/threshold must not be above the target/);
    const viewer = await api().gql(RECORD, { input: { kpiId: 'KPI-TEST-FCR', measuredOn: '2026-10-01', value: 1 } }, 'viewer');
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [count] = await graph().read("MATCH (:KPI {id: 'KPI-TEST-FCR'})<-[:MEASUREMENT_OF]-(m) RETURN count(m) AS n");
    expect(count!.n).toBe(5);
  });
});

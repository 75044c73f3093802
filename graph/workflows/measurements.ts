import type { Graph } from '../db.js';
import { InputError } from '../errors.js';
import { cypherDate } from '../plain.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';
import { plainProps } from '../writes/nodeWrites.js';
import { recordChange, type Actor } from '../writes/recordChange.js';
import { isCalendarDate, validateProperties } from '../writes/validate.js';
import { breachCypher } from './kpiBreach.js';
import { lockedNode, setAndRecord, todayUtc } from './lockedNode.js';

export interface RecordMeasurementInput {
  kpiId: string;
  measuredOn: string;
  value: number;
  note?: string | null;
}

/** The id of a KPI's value on a day: one per KPI and day, so recording the day again replaces it. */
export const measurementId = (kpiId: string, day: string): string => `MSR-${kpiId.replace(/^KPI-/, '')}-${day}`;

/**
 * Adds a value to a KPI's series, or replaces that day's, in one transaction with its change
 * events; the KPI's lastValue and measuredOn follow the newest day.
 */
export async function recordMeasurement(graph: Graph, actor: Actor, input: RecordMeasurementInput): Promise<NodeRecord> {
  if (!isCalendarDate(input.measuredOn)) throw new InputError('input.measuredOn', 'measuredOn must be a date (YYYY-MM-DD).');
  if (input.measuredOn > todayUtc()) throw new InputError('input.measuredOn', 'measuredOn must not be in the future.');
  const props = validateProperties('Measurement', { value: input.value, measuredOn: input.measuredOn, note: input.note ?? null }, 'update');
  return graph.writeTx(async (tx) => {
    const kpi = await lockedNode(tx, 'KPI', input.kpiId, 'input.kpiId');
    // The day's value, whatever its id (a loaded series numbers its values): one value per KPI and day.
    const [sameDay] = await tx.run(
      `MATCH (:KPI {id: $kpi})<-[:MEASUREMENT_OF]-(m:Measurement {measuredOn: $day}) RETURN ${nodeRecord('m')} AS node ORDER BY m.id LIMIT 1`,
      { kpi: kpi.id, day: props.measuredOn },
    );
    const id = sameDay ? (sameDay.node as NodeRecord).id : measurementId(input.kpiId, input.measuredOn);
    const [prior] = sameDay ? [sameDay] : await tx.run(`MATCH (m:Measurement {id: $id}) RETURN ${nodeRecord('m')} AS node`, { id });
    const [row] = await tx.run(
      `MATCH (k:KPI {id: $kpi})
       MERGE (m:Measurement {id: $id}) SET m += $props
       MERGE (m)-[:MEASUREMENT_OF]->(k)
       RETURN ${nodeRecord('m')} AS node`,
      { kpi: kpi.id, id, props },
    );
    const measurement = row!.node as NodeRecord;
    await recordChange(tx, actor, prior
      ? { operation: 'update', targetId: id, targetLabel: 'Measurement', before: plainProps(prior.node as NodeRecord), after: plainProps(measurement) }
      : { operation: 'create', targetId: id, targetLabel: 'Measurement', after: plainProps(measurement) });
    if (!prior) await recordChange(tx, actor, { operation: 'link', targetId: id, targetLabel: 'Measurement', relationship: 'MEASUREMENT_OF', otherId: kpi.id });
    if (!kpi.measuredOn || String(kpi.measuredOn) <= input.measuredOn) {
      await setAndRecord(tx, actor, kpi, { lastValue: input.value, measuredOn: cypherDate(input.measuredOn) });
    }
    return measurement;
  });
}

/** A KPI's series between two days, oldest first. */
export async function kpiSeries(graph: Graph, kpiId: string, from: string, to: string): Promise<NodeRecord[]> {
  const rows = await graph.read(
    `MATCH (:KPI {id: $kpi})<-[:MEASUREMENT_OF]-(m:Measurement) WHERE $from <= m.measuredOn <= $to
     RETURN ${nodeRecord('m')} AS node ORDER BY m.measuredOn`,
    { kpi: kpiId, from: cypherDate(from), to: cypherDate(to) },
  );
  return rows.map((r) => r.node as NodeRecord);
}

export interface KpiSignal {
  kpi: NodeRecord;
  value: number;
  measuredOn: string;
  threshold: number;
  breachedSince: string;
  systemIds: string[];
  riskIds: string[];
}

/*
 * KPIs in breach on $asOf: the latest value on or before it (a KPI without a series falls back to
 * lastValue), with the first day of the run of breaching values that ends there.
 */
const SIGNALS = `
MATCH (k:KPI) WHERE $kpis IS NULL OR k.id IN $kpis
CALL (k) {
  OPTIONAL MATCH (k)<-[:MEASUREMENT_OF]-(m:Measurement) WHERE m.measuredOn <= $asOf
  WITH m ORDER BY m.measuredOn DESC
  RETURN collect({value: m.value, on: m.measuredOn}) AS series
}
WITH k, CASE WHEN size(series) > 0 THEN series
  WHEN k.measuredOn IS NOT NULL AND k.measuredOn <= $asOf THEN [{value: k.lastValue, on: k.measuredOn}] ELSE [] END AS series
WHERE size(series) > 0 AND ${breachCypher('k', 'series[0].value')}
WITH k, series, [i IN range(0, size(series) - 1) WHERE NOT ${breachCypher('k', 'series[i].value')}][0] AS firstWithin
RETURN ${nodeRecord('k')} AS kpi, series[0].value AS value, series[0].on AS measuredOn, k.threshold AS threshold,
  series[coalesce(firstWithin, size(series)) - 1].on AS breachedSince,
  COLLECT { MATCH (k)-[:MEASURES]->(s:AISystem) RETURN s.id ORDER BY s.id } AS systemIds,
  COLLECT { MATCH (k)-[:INDICATES]->(r:Risk) RETURN r.id ORDER BY r.id } AS riskIds
ORDER BY k.id`;

/** KPIs in breach on `asOf`, all of them or those given (a system's, a risk's). */
export async function kpiSignals(graph: Graph, asOf: string, kpiIds: readonly string[] | null = null): Promise<KpiSignal[]> {
  const rows = await graph.read(SIGNALS, { asOf: cypherDate(asOf), kpis: kpiIds });
  return rows.map((r) => ({
    kpi: r.kpi as NodeRecord,
    value: Number(r.value),
    measuredOn: String(r.measuredOn),
    threshold: Number(r.threshold),
    breachedSince: String(r.breachedSince),
    systemIds: r.systemIds as string[],
    riskIds: r.riskIds as string[],
  }));
}

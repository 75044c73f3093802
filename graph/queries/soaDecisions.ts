import type { Graph } from '../db.js';
import { evidenceFreshness, evidenceRecordedBy } from '../freshness.js';
import { implementationStatuses } from '../model.js';
import { cypherDate, int } from '../plain.js';
import {
  evidenceItems, summariseCounts, summariseEvidence, type EvidenceCount, type EvidenceItem, type EvidenceSummary,
} from './evidenceSummary.js';
import { applicability, furthestAlong, MOST_DIRECT_WAY, REACHING_IMPLEMENTATIONS } from './reach.js';
import type { SoaRow, SoaStatus } from './statementOfApplicability.js';
import type { Status, StatusHistory } from './statusHistory.js';

/** A row of the statement at the end of one day, as far as its changes compare it. */
export interface SoaState {
  applicable: boolean;
  status: SoaStatus;
  evidence: EvidenceSummary;
}

/**
 * How a scope's statement decides its rows on a past day. The statement query itself judges
 * evidence on any day but weighs implementations at today's status; where an implementation the
 * row weighs was written after that day, the row is decided again by the statement's own rules
 * (reach.ts, evidenceSummary.ts) on that day's statuses.
 */
export interface Decisions {
  /** `row` is the statement's for `day`: it stands when nothing the row weighs was written after that day. */
  at(controlId: string, day: string, row: SoaRow): Promise<SoaState>;
  /** Ids of the implementations the row weighs; null: every implementation of the control. */
  weighs(controlId: string): ReadonlySet<string> | null;
}

interface Reaching {
  control: string;
  id: string;
  status: Status;
  onScope: boolean;
  evidence: EvidenceItem[];
}

// The implementations that reach a system, most direct first, with their evidence on $asOf: as its statement weighs them.
const systemCypher = `
MATCH (s:AISystem {id: $scopeId})
CALL (s) {
  CALL (s) { ${REACHING_IMPLEMENTATIONS} }
  ${MOST_DIRECT_WAY}
  WITH i, c, best ORDER BY c.sort, best.rank, i.id
  RETURN collect({control: c.id, id: i.id, status: i.status, onScope: best.how = 'direct', evidence: ${evidenceItems('i')}}) AS reaching
}
RETURN reaching`;

/** A system's decisions on each of `days`, each day's reach and evidence read once. */
export async function systemDecisions(
  graph: Graph, scopeId: string, history: StatusHistory, days: readonly string[], expiringDays: number,
): Promise<Decisions> {
  const reach = new Map<string, Map<string, Reaching[]>>();
  for (const day of days) {
    const [row] = await graph.read(systemCypher, { scopeId, asOf: cypherDate(day), expiringDays: int(expiringDays) });
    reach.set(day, groupBy((row?.reaching ?? []) as Reaching[], (r) => r.control));
  }
  const reaching = (controlId: string, day: string) => reach.get(day)?.get(controlId) ?? [];
  return {
    async at(controlId, day, row) {
      const mine = reaching(controlId, day);
      if (!mine.some((i) => history.changedAfter(i.id, day))) return stateOf(row);
      const then = mine.flatMap((i) => {
        const status = history.statusAt(i.id, i.status, day);
        return status ? [{ ...i, status }] : [];
      });
      // As soaRow in statementOfApplicability.ts, on that day's statuses.
      const { applicable, live, exclusion } = applicability(then, (i) => i.onScope);
      const status = exclusion ? 'excluded' : (furthestAlong(live)?.status ?? 'not-implemented');
      return { applicable, status, evidence: summariseEvidence(live.flatMap((i) => i.evidence)) };
    },
    weighs: (controlId) => new Set(days.flatMap((day) => reaching(controlId, day).map((i) => i.id))),
  };
}

// The organisation's statement weighs its own implementations and every control's status counts (markers.ts).
const organizationCypher = `
MATCH (o:Organization {id: $scopeId})
MATCH (c:Control)
RETURN c.id AS control, coalesce(c.statusCounts, [0, 0, 0, 0, 0]) AS statusCounts,
  COLLECT { MATCH (o)<-[:APPLIES_TO]-(i:Implementation)-[:IMPLEMENTS]->(c) RETURN {id: i.id, status: i.status} ORDER BY i.id } AS own`;

// A control's evidence on $asOf over the implementations live that day: today's live ones, but $notLive, and $live.
const organizationEvidence = `
MATCH (:Control {id: $controlId})<-[:IMPLEMENTS]-(i:Implementation)<-[:SUPPORTS]-(e:Evidence)
WHERE ((i.status <> 'excluded' AND NOT i.id IN $notLive) OR i.id IN $live) AND ${evidenceRecordedBy('e')}
WITH DISTINCT e
WITH ${evidenceFreshness('e')} AS freshness, coalesce(e.reviewState, '') = 'rejected' AS rejected, count(*) AS n
RETURN collect({freshness: freshness, rejected: rejected, n: n}) AS evidence`;

export async function organizationDecisions(graph: Graph, scopeId: string, history: StatusHistory, expiringDays: number): Promise<Decisions> {
  const rows = await graph.read(organizationCypher, { scopeId });
  const byControl = new Map(rows.map((r) => [String(r.control), { counts: (r.statusCounts as number[]).map(Number), own: r.own as { id: string; status: Status }[] }]));
  return {
    async at(controlId, day, row) {
      const control = byControl.get(controlId);
      const changed = history.implementationsOf(controlId).filter((id) => history.changedAfter(id, day));
      if (!control || changed.length === 0) return stateOf(row);
      // That day's counts: today's, with each implementation written since counted at its status then.
      const counts = [...control.counts];
      const [live, notLive]: [string[], string[]] = [[], []];
      for (const id of changed) {
        const now = history.currentStatus(id);
        const then = history.statusAt(id, now, day);
        if (now) counts[statusIndex(now)]! -= 1;
        if (then) counts[statusIndex(then)]! += 1;
        const [liveThen, liveNow] = [isLive(then), isLive(now)];
        if (liveThen && !liveNow) live.push(id);
        if (!liveThen && liveNow) notLive.push(id);
      }
      const own = control.own.flatMap((i) => {
        const status = history.statusAt(i.id, i.status, day);
        return status ? [{ id: i.id, status }] : [];
      });
      // As organizationRow in statementOfApplicability.ts: its own exclusion, or nothing live and a narrower exclusion.
      const ownExcluded = own.filter((i) => i.status === 'excluded').length;
      const liveCount = counts.slice(0, 4).reduce((n, k) => n + k, 0);
      if (ownExcluded > 0 || (liveCount === 0 && counts[4]! - ownExcluded > 0)) {
        return { applicable: false, status: 'excluded', evidence: summariseCounts([]) };
      }
      const status = own.find((i) => i.status !== 'excluded')?.status ?? implementationStatuses.slice(0, 4).find((_, k) => counts[k]! > 0) ?? 'not-implemented';
      // The statement's evidence stands unless an implementation's exclusion differs, or it excludes the row today.
      if (row.applicable && !live.length && !notLive.length) return { applicable: true, status, evidence: row.evidence };
      const [evidence] = await graph.read(organizationEvidence, { controlId, live, notLive, asOf: cypherDate(day), expiringDays: int(expiringDays) });
      return { applicable: true, status, evidence: summariseCounts((evidence?.evidence ?? []) as EvidenceCount[]) };
    },
    weighs: () => null,
  };
}

const stateOf = (row: SoaRow): SoaState => ({ applicable: row.applicable, status: row.status, evidence: row.evidence });
const statusIndex = (status: Status) => implementationStatuses.indexOf(status);
const isLive = (status: Status | null) => status !== null && status !== 'excluded';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

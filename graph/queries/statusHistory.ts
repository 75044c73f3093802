import type { Graph } from '../db.js';
import { implementationStatuses } from '../model.js';
import { cypherDateTime } from '../plain.js';
import { toEvent, type ChangeEventRecord } from '../reads/history.js';

export type Status = (typeof implementationStatuses)[number];

/** One change event with what it bears on: implementations and controls, as the graph links them now. */
export interface Touch {
  event: ChangeEventRecord;
  implementationIds: string[];
  controlIds: string[];
  /** For an event on an implementation: its status and controls now (null and [] once deleted). */
  currentStatus: Status | null;
  currentControls: string[];
}

/*
 * Every change event on an implementation or evidence from `since` on, with the implementations it
 * bears on (evidence: those it supports now, or the one a SUPPORTS link names) and their controls.
 */
const cypher = `
MATCH (e:ChangeEvent) WHERE e.at >= $since AND e.targetLabel IN ['Implementation', 'Evidence']
WITH e ORDER BY e.at, e.id
WITH e, CASE WHEN e.targetLabel = 'Implementation' THEN [e.targetId] ELSE
  COLLECT {
    MATCH (x:Evidence)-[:SUPPORTS]->(i:Implementation)
    WHERE x.id IN CASE WHEN e.relationship = 'SUPERSEDES' THEN [e.targetId, e.otherId] ELSE [e.targetId] END
    RETURN DISTINCT i.id
  } + CASE WHEN e.relationship = 'SUPPORTS' THEN [e.otherId] ELSE [] END END AS ids
OPTIONAL MATCH (now:Implementation {id: e.targetId}) WHERE e.targetLabel = 'Implementation'
RETURN e {.*} AS event, ids AS implementationIds,
  COLLECT { MATCH (i:Implementation)-[:IMPLEMENTS]->(c:Control) WHERE i.id IN ids RETURN DISTINCT c.id }
    + CASE WHEN e.relationship = 'IMPLEMENTS' THEN [e.otherId] ELSE [] END AS controlIds,
  now.status AS currentStatus,
  COLLECT { MATCH (now)-[:IMPLEMENTS]->(c:Control) RETURN c.id } AS currentControls`;

/** The change events on implementations and evidence after the end of `day`, oldest first. */
export async function touchesAfter(graph: Graph, day: string): Promise<Touch[]> {
  const rows = await graph.read(cypher, { since: cypherDateTime(endOfDay(day)) });
  return rows.map((r) => ({
    event: toEvent(r.event as Record<string, unknown>),
    implementationIds: r.implementationIds as string[],
    controlIds: r.controlIds as string[],
    currentStatus: (r.currentStatus as Status | null) ?? null,
    currentControls: r.currentControls as string[],
  }));
}

/**
 * What the change events say about implementation statuses. The graph holds each status as it is
 * now; the status at the end of a past day is the `before` of the first write after that day.
 */
export class StatusHistory {
  /** Create, update and delete events per implementation, oldest first. */
  private readonly writes = new Map<string, ChangeEventRecord[]>();
  private readonly now = new Map<string, { status: Status | null; controls: string[] }>();

  constructor(touches: readonly Touch[]) {
    for (const t of touches) {
      const { event } = t;
      if (event.targetLabel !== 'Implementation') continue;
      this.now.set(event.targetId, { status: t.currentStatus, controls: t.currentControls });
      if (event.operation === 'link' || event.operation === 'unlink') continue;
      const list = this.writes.get(event.targetId) ?? [];
      list.push(event);
      this.writes.set(event.targetId, list);
    }
  }

  changedAfter(id: string, day: string): boolean {
    return (this.writes.get(id) ?? []).some((e) => e.at >= endOfDay(day));
  }

  /** The status at the end of `day`; null: it did not exist yet. */
  statusAt(id: string, current: Status | null, day: string): Status | null {
    const first = (this.writes.get(id) ?? []).find((e) => e.at >= endOfDay(day));
    if (!first) return current;
    if (first.operation === 'create') return null;
    return (first.before?.status as Status | undefined) ?? current;
  }

  currentStatus(id: string): Status | null {
    return this.now.get(id)?.status ?? null;
  }

  /** Implementations written to that implement `controlId` now. */
  implementationsOf(controlId: string): string[] {
    return [...this.writes.keys()].filter((id) => this.now.get(id)?.controls.includes(controlId));
  }
}

/** The first instant after `day` (UTC), as the ISO text change events carry: what happened that day is before it. */
export function endOfDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

import type { Graph } from '../db.js';
import { InputError, NotFoundError } from '../errors.js';
import { DEFAULT_EXPIRING_DAYS } from '../freshness.js';
import { labelOfId } from '../ids.js';
import type { ChangeEventRecord } from '../reads/history.js';
import { dayParam, intParam } from './input.js';
import type { ControlRef, NodeRef } from './refs.js';
import { organizationDecisions, systemDecisions, type SoaState } from './soaDecisions.js';
import { SOA_LIST_CAP, statementOfApplicability } from './statementOfApplicability.js';
import { endOfDay, StatusHistory, touchesAfter, type Touch } from './statusHistory.js';

export type { SoaState } from './soaDecisions.js';

export interface SoaChangesParams {
  /** The organisation (`ORG-…`) or an AI system (`SYS-…`). */
  scopeId: string;
  /** The earlier day, `YYYY-MM-DD`: the statement at its end. */
  from: string;
  /** The later day (on or after `from`). */
  to: string;
  expiringDays?: number;
}

export interface SoaChange {
  control: ControlRef;
  applicabilityChanged: boolean;
  statusChanged: boolean;
  /** The evidence counts by freshness, or the best freshness, differ. */
  evidenceChanged: boolean;
  from: SoaState;
  to: SoaState;
  /** Change events after `from`, up to the end of `to`, on the row's implementations and their evidence. */
  eventCount: number;
  /** The first SOA_LIST_CAP of them, oldest first. */
  events: ChangeEventRecord[];
}

export interface SoaChanges {
  scope: NodeRef;
  from: string;
  to: string;
  /** Only the controls whose row changed, in natural order. */
  rows: SoaChange[];
}

/**
 * Which controls of the statement of applicability changed between the end of `from` and the end
 * of `to` (applicability, status, or evidence freshness), with the change events that explain
 * them. Implementation statuses on each day are rebuilt from the change history (soaDecisions.ts);
 * links (what an implementation applies to, what evidence supports) are taken as they are now,
 * and a deleted implementation is counted on neither day.
 */
export async function statementOfApplicabilityChanges(graph: Graph, params: SoaChangesParams): Promise<SoaChanges> {
  const label = labelOfId(params.scopeId);
  if (label !== 'Organization' && label !== 'AISystem') {
    throw new InputError('scopeId', `scopeId must be the organisation (ORG-…) or an AI system (SYS-…); got "${params.scopeId}".`);
  }
  dayParam('from', params.from);
  dayParam('to', params.to);
  if (params.to < params.from) throw new InputError('to', `to (${params.to}) must be on or after from (${params.from}).`);
  const expiringDays = params.expiringDays ?? DEFAULT_EXPIRING_DAYS;
  intParam('expiringDays', expiringDays, 0, 3650);
  const ask = (asOf: string) => statementOfApplicability(graph, { scopeId: params.scopeId, asOf, expiringDays });
  const [before, after, touches] = await Promise.all([ask(params.from), ask(params.to), touchesAfter(graph, params.from)]);
  if (!before || !after) throw new NotFoundError('scopeId', params.scopeId, label);

  // Events after `to` are read too: the statuses that held on `to` are in them.
  const history = new StatusHistory(touches);
  const decisions = label === 'AISystem'
    ? await systemDecisions(graph, params.scopeId, history, [params.from, params.to], expiringDays)
    : await organizationDecisions(graph, params.scopeId, history, expiringDays);
  const inWindow = touches.filter((t) => t.event.at < endOfDay(params.to));
  const rowsFrom = new Map(before.rows.map((row) => [row.control.id, row]));

  const rows: SoaChange[] = [];
  for (const rowTo of after.rows) {
    const control = rowTo.control;
    const from = await decisions.at(control.id, params.from, rowsFrom.get(control.id)!);
    const to = await decisions.at(control.id, params.to, rowTo);
    const change = {
      applicabilityChanged: from.applicable !== to.applicable,
      statusChanged: from.status !== to.status,
      evidenceChanged: JSON.stringify(from.evidence) !== JSON.stringify(to.evidence),
    };
    if (!change.applicabilityChanged && !change.statusChanged && !change.evidenceChanged) continue;
    const weighed = decisions.weighs(control.id);
    const explaining = inWindow.filter((t) => bearsOn(t, control.id, weighed)).map((t) => t.event);
    rows.push({ control, ...change, from, to, eventCount: explaining.length, events: explaining.slice(0, SOA_LIST_CAP) });
  }
  return { scope: after.scope, from: params.from, to: params.to, rows };
}

/** An event explains a row when it touched the control, through an implementation the row weighs. */
function bearsOn(touch: Touch, controlId: string, implementations: ReadonlySet<string> | null): boolean {
  if (!touch.controlIds.includes(controlId)) return false;
  return !implementations || touch.implementationIds.some((id) => implementations.has(id));
}

import type { ActionState } from './generated/graphql';
import { daysBetween } from './dates';

/**
 * The corrective-action board: one column per state on the as-of day, the most urgent card on top
 * of each (most overdue, due soonest, done most recently).
 */
export const COLUMNS: { key: ActionState; title: string; detail: string }[] = [
  { key: 'OVERDUE', title: 'Overdue', detail: 'Past its due date and not done: a gap.' },
  { key: 'OPEN', title: 'Open', detail: 'Not done, still within its due date.' },
  { key: 'UNEVIDENCED', title: 'Done without evidence', detail: 'Marked done with nothing to show it worked: it cannot close its finding.' },
  { key: 'DONE', title: 'Done', detail: 'Done, with the evidence that closes it.' },
];

export interface BoardAction {
  id: string;
  state: ActionState;
  dueOn: string;
  completedOn?: string | null;
}

/** Days past due on asOf (0 when not yet due). */
export function daysOverdue(dueOn: string, asOf: string): number {
  return Math.max(0, daysBetween(dueOn, asOf));
}

export function board<T extends BoardAction>(actions: readonly T[]): Record<ActionState, T[]> {
  const columns: Record<ActionState, T[]> = { OPEN: [], OVERDUE: [], DONE: [], UNEVIDENCED: [] };
  for (const action of actions) columns[action.state]?.push(action);
  // Earliest due first is both "most overdue" and "due soonest".
  const byDue = (a: T, b: T) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id);
  const byDone = (a: T, b: T) => (b.completedOn ?? '').localeCompare(a.completedOn ?? '') || a.id.localeCompare(b.id);
  columns.OVERDUE.sort(byDue);
  columns.OPEN.sort(byDue);
  columns.DONE.sort(byDone);
  columns.UNEVIDENCED.sort(byDone);
  return columns;
}

/** A finding's actions counted by state, for "2 done · 1 overdue". */
export function actionCounts(actions: readonly { state: ActionState }[]): Partial<Record<ActionState, number>> {
  const counts: Partial<Record<ActionState, number>> = {};
  for (const a of actions) counts[a.state] = (counts[a.state] ?? 0) + 1;
  return counts;
}

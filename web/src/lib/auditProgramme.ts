import { addDays } from './dates';
import type { FindingKind } from './generated/graphql';

/**
 * The audit programme on a calendar: a row per audit, management reviews as marks on the same
 * axis, and each audit's findings counted by kind.
 */
export const FINDING_KINDS: { key: FindingKind; label: string; color: string }[] = [
  { key: 'MAJOR_NONCONFORMITY', label: 'Major nonconformity', color: '#b42318' },
  { key: 'MINOR_NONCONFORMITY', label: 'Minor nonconformity', color: '#dc6803' },
  { key: 'OBSERVATION', label: 'Observation', color: '#1570ef' },
  { key: 'OPPORTUNITY', label: 'Opportunity', color: '#079455' },
];

/** Audit status in the calendar: planned ahead, under way, done. */
export const AUDIT_STATUS_COLORS: Record<string, string> = {
  PLANNED: '#1570ef',
  IN_PROGRESS: '#dc6803',
  COMPLETED: '#079455',
};

export interface CalendarAudit {
  id: string;
  startsOn: string;
  endsOn?: string | null;
}

export interface CalendarRow<T> {
  audit: T;
  /** First and last day it covers (one day when it has no end, or an end before its start). */
  from: string;
  to: string;
}

/** One row per audit, in the order they start: a Gantt reads top to bottom as the programme runs. */
export function auditRows<T extends CalendarAudit>(audits: readonly T[]): CalendarRow<T>[] {
  return [...audits]
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id))
    .map((audit) => ({ audit, from: audit.startsOn, to: audit.endsOn && audit.endsOn >= audit.startsOn ? audit.endsOn : audit.startsOn }));
}

/** `text` cut to about `width` pixels of 12px type, with an ellipsis when it was cut. */
export function fitText(text: string, width: number, charWidth = 6.6): string {
  const max = Math.max(4, Math.floor(width / charWidth));
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Cut at a word when one ends near enough, without its trailing punctuation.
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,;:.·–-]+$/, '')}…`;
}

/** The calendar's span: every audit and review, and the as-of day, with a week either side. */
export function calendarSpan(days: readonly string[], asOf: string): { from: string; to: string } {
  const all = [...days, asOf].sort();
  return { from: addDays(all[0]!, -7), to: addDays(all.at(-1)!, 7) };
}

/** Findings counted by kind. */
export function findingCounts(findings: readonly { kind: FindingKind }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}

/** Nodes grouped by their type, types in the order first met: what a review reviewed, audits with audits. */
export function byLabel<T extends { __typename?: string }>(nodes: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const n of nodes) {
    const label = n.__typename ?? 'Node';
    groups.set(label, [...(groups.get(label) ?? []), n]);
  }
  return [...groups];
}

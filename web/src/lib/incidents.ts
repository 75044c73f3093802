import { addDays } from './dates';
import { instant } from './scales';

/**
 * The incident timeline's layout: incidents by severity lane on a calendar axis up to the as-of
 * day, and, per incident, its response and resolution measured against the protocol's deadlines.
 */
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

/** Solid severity colours for the timeline (graphics need 3:1 against the page; colors.test holds them to it). */
export const SEVERITY_COLORS: Record<string, string> = {
  SEV1: '#b42318',
  SEV2: '#e04f16',
  SEV3: '#a15c07',
  SEV4: '#667085',
};

const HOUR = 3_600_000;

export interface TimelineIncident {
  id: string;
  severity?: string | null;
  occurredAt?: string | null;
  resolvedAt?: string | null;
}

export interface TimelineItem<T> {
  incident: T;
  lane: number;
  start: number;
  /** Resolution, or the end of the as-of day while it is unresolved. */
  end: number;
  open: boolean;
}

export interface Timeline<T> {
  /** First and last day of the axis. */
  from: string;
  to: string;
  items: TimelineItem<T>[];
  /** Incidents that occurred after the as-of day, left out. */
  later: number;
}

/** The instant an as-of day ends: what was true "on" that day includes all of it. */
export function endOf(asOf: string): number {
  return instant(addDays(asOf, 1));
}

/**
 * Incidents up to the as-of day on an axis that shows at least `minDays` before it; a resolution
 * after the as-of day had not happened yet, so the incident is drawn open.
 */
export function incidentTimeline<T extends TimelineIncident>(incidents: readonly T[], asOf: string, minDays = 90): Timeline<T> {
  const cut = endOf(asOf);
  const shown = incidents.filter((i) => i.occurredAt && instant(i.occurredAt) < cut);
  let from = addDays(asOf, -minDays);
  for (const i of shown) {
    const day = addDays(i.occurredAt!.slice(0, 10), -7);
    if (day < from) from = day;
  }
  const items = shown
    .map((incident) => {
      const start = instant(incident.occurredAt!);
      const resolved = incident.resolvedAt ? instant(incident.resolvedAt) : null;
      const open = resolved === null || resolved >= cut;
      const lane = SEVERITIES.indexOf(incident.severity as (typeof SEVERITIES)[number]);
      return { incident, lane: lane < 0 ? SEVERITIES.length : lane, start, end: open ? cut : resolved, open };
    })
    .sort((a, b) => a.lane - b.lane || a.start - b.start);
  return { from, to: addDays(asOf, 7), items, later: incidents.length - shown.length };
}

export interface DeadlineTrack {
  /** Hours from occurrence to the step being done, or to `now` while it is not. */
  hours: number;
  deadline: number;
  done: boolean;
  late: boolean;
  /** The track's scale: room for both the deadline and the time taken. */
  max: number;
}

/** One step of the protocol (response or resolution) against its deadline, on `now` (ms). */
export function deadlineTrack(occurredAt: string, doneAt: string | null | undefined, withinHours: number, now: number): DeadlineTrack {
  const start = instant(occurredAt);
  const doneTime = doneAt ? instant(doneAt) : null;
  const done = doneTime !== null && doneTime <= now;
  const hours = Math.max(0, ((done ? doneTime : now) - start) / HOUR);
  return { hours, deadline: withinHours, done, late: hours > withinHours, max: Math.max(withinHours, hours) * 1.15 };
}

/** A duration in hours as people say it: `25 min`, `3.5 h`, `4 days`. */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Number(hours.toFixed(1))} h`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}

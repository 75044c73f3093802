import { addDays as checkedAddDays, type Clock } from '../organization/clock.js';

/**
 * Day arithmetic for the generator, as organization/clock.ts does it but memoised: a large
 * organisation asks for a few million dates, all within a few thousand days, so each input day is
 * parsed (and validated by clock.ts) once and each result day formatted once. Same results.
 */
const MS_PER_DAY = 86_400_000;
const epochDays = new Map<string, number>();
const days = new Map<number, string>();

function epochDay(day: string): number {
  let n = epochDays.get(day);
  if (n === undefined) {
    // clock.ts validates the format and rolls over day numbers past the month's end; so does this.
    n = Date.parse(`${checkedAddDays(day, 0)}T00:00:00Z`) / MS_PER_DAY;
    epochDays.set(day, n);
  }
  return n;
}

function dayOf(n: number): string {
  let day = days.get(n);
  if (day === undefined) {
    day = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    days.set(n, day);
  }
  return day;
}

/** `YYYY-MM-DD` plus n days (n may be negative). */
export const addDays = (day: string, n: number): string => dayOf(epochDay(day) + n);

/** ISO-8601 UTC datetime n days from `day`, at `time` (HH:MM). */
export const addDaysTime = (day: string, n: number, time = '09:00'): string => `${addDays(day, n)}T${time}:00Z`;

export function fastClock(today: string): Clock {
  const base = epochDay(today);
  return { today, day: (offset) => dayOf(base + offset), at: (offset, time) => addDaysTime(today, offset, time) };
}

/**
 * Every date in the reference organisation is an offset from the loading day, so the data looks
 * equally fresh (and equally stale where we want it stale) whenever it is loaded.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` plus n days (n may be negative). */
export function addDays(day: string, n: number): string {
  if (!DAY.test(day)) throw new Error(`Expected a YYYY-MM-DD day, got "${day}"`);
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`Not a calendar day: "${day}"`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO-8601 UTC datetime n days from `day`, at `time` (HH:MM). */
export function addDaysTime(day: string, n: number, time = '09:00'): string {
  return `${addDays(day, n)}T${time}:00Z`;
}

export interface Clock {
  today: string;
  day(offset: number): string;
  at(offset: number, time?: string): string;
}

export function clock(today: string): Clock {
  addDays(today, 0); // validate once, up front
  return {
    today,
    day: (offset) => addDays(today, offset),
    at: (offset, time) => addDaysTime(today, offset, time),
  };
}

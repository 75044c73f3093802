import { addDays, daysBetween, formatDate } from './dates';

/**
 * Scales and ticks for the governance charts (incident timeline, audit calendar, KPI lines): plain
 * functions, so the pictures are tested without a browser.
 */

/** Maps `domain` onto `range` linearly; a zero-width domain maps everything to the middle. */
export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  const span = d1 - d0;
  if (!span) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Round values from about `min` to about `max`, `count` or so of them: steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

/** `value` rounded for a label: at most `digits` decimals, no trailing zeros. */
export function roundLabel(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
}

/** Milliseconds since the epoch of a day (`YYYY-MM-DD`, midnight UTC) or an instant. */
export function instant(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

export interface DayTick {
  day: string;
  label: string;
}

/**
 * Ticks on a calendar axis from `from` to `to`: the first of each month, thinned so that at most
 * `max` are left, or weekly ones when the span is shorter than two months.
 */
export function dayTicks(from: string, to: string, max = 8): DayTick[] {
  const span = daysBetween(from, to);
  const days: string[] = [];
  if (span < 60) {
    const step = Math.max(7, Math.ceil(span / max / 7) * 7);
    for (let d = from; daysBetween(d, to) >= 0; d = addDays(d, step)) days.push(d);
  } else {
    let d = from.slice(8, 10) === '01' ? from : `${addDays(`${from.slice(0, 7)}-28`, 4).slice(0, 7)}-01`;
    for (; daysBetween(d, to) >= 0; d = `${addDays(`${d.slice(0, 7)}-28`, 4).slice(0, 7)}-01`) days.push(d);
  }
  const every = Math.max(1, Math.ceil(days.length / max));
  return days
    .filter((_, i) => i % every === 0)
    .map((day) => {
      const [dd, month, year] = formatDate(day).split(' ');
      const label = span < 60 ? `${dd} ${month}` : month === 'Jan' || day === days[0] ? `${month} ${year}` : (month ?? '');
      return { day, label };
    });
}

import { addDays, daysBetween } from './dates';

export interface ExpiringItem {
  id: string;
  title: string;
  expiresOn: string;
}

export interface Bucket {
  start: string;
  /** Last day in the bucket. */
  end: string;
  /** Before asOf: already expired. */
  past: boolean;
  items: ExpiringItem[];
}

/**
 * Evidence by expiry week, in weeks that start on asOf, so that every bar is wholly stale
 * (before it) or wholly expiring (from it on). Weeks with nothing still count, to keep time even.
 */
export function expiryWeeks(items: readonly ExpiringItem[], asOf: string, withinDays: number, minWeeksBefore = 8): Bucket[] {
  const earliest = items.reduce((min, i) => Math.min(min, daysBetween(asOf, i.expiresOn)), 0);
  const weeksBefore = Math.max(minWeeksBefore, Math.ceil(-earliest / 7));
  const weeksAfter = Math.max(1, Math.ceil((withinDays + 1) / 7));
  const buckets: Bucket[] = [];
  for (let w = -weeksBefore; w < weeksAfter; w++) {
    const start = addDays(asOf, w * 7);
    buckets.push({ start, end: addDays(start, 6), past: w < 0, items: [] });
  }
  for (const item of items) {
    const week = Math.floor(daysBetween(asOf, item.expiresOn) / 7) + weeksBefore;
    buckets[Math.min(Math.max(week, 0), buckets.length - 1)]!.items.push(item);
  }
  return buckets;
}

import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, formatDateTime, isIsoDate, relativeDays, todayIso } from './dates';

describe('dates', () => {
  it('accepts only real calendar days', () => {
    expect(isIsoDate('2026-11-26')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-11-2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it("takes today from the user's calendar", () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('adds and counts days across months, years and leap days', () => {
    expect(addDays('2026-11-26', 30)).toBe('2026-12-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-11-26', '2026-07-29')).toBe(-120);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('formats days, instants and distances for people', () => {
    expect(formatDate('2026-07-09')).toBe('9 Jul 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('2026-01-30T09:40:00.000Z')).toBe('30 Jan 2026 09:40 UTC');
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(1)).toBe('in 1 day');
    expect(relativeDays(-120)).toBe('120 days ago');
  });
});

import { describe, expect, it } from 'vitest';
import { dayTicks, instant, linear, niceTicks, roundLabel } from './scales';

describe('scales', () => {
  it('maps a domain onto a range, either way round', () => {
    const x = linear([0, 10], [100, 200]);
    expect(x(0)).toBe(100);
    expect(x(5)).toBe(150);
    expect(linear([0, 10], [200, 100])(10)).toBe(100);
    expect(linear([3, 3], [0, 50])(3)).toBe(25);
  });

  it('picks round ticks inside the domain', () => {
    expect(niceTicks(0, 100, 4)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(63.2, 81.7, 4)).toEqual([65, 70, 75, 80]);
    expect(niceTicks(0.1, 0.9, 4)).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(5, 5)).toEqual([5]);
    expect(roundLabel(68.456)).toBe('68.5');
    expect(roundLabel(70)).toBe('70');
  });

  it('reads days as UTC midnight and instants as they are', () => {
    expect(instant('2026-11-26')).toBe(Date.UTC(2026, 10, 26));
    expect(instant('2026-11-26T07:42:00Z')).toBe(Date.UTC(2026, 10, 26, 7, 42));
  });

  it('ticks months over long spans, naming the year at the start and in January', () => {
    const ticks = dayTicks('2026-08-14', '2027-02-10');
    expect(ticks.map((t) => t.day)).toEqual(['2026-09-01', '2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
    expect(ticks.map((t) => t.label)).toEqual(['Sep 2026', 'Oct', 'Nov', 'Dec', 'Jan 2027', 'Feb']);
    expect(dayTicks('2024-01-01', '2026-12-31', 6).length).toBeLessThanOrEqual(6);
  });

  it('ticks weeks over short spans', () => {
    expect(dayTicks('2026-11-01', '2026-11-30').map((t) => t.label)).toEqual(['1 Nov', '8 Nov', '15 Nov', '22 Nov', '29 Nov']);
  });
});

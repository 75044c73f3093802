import { describe, expect, it } from 'vitest';
import { addDays as clockAddDays, addDaysTime as clockAddDaysTime, clock } from '../organization/clock.js';
import { addDays, addDaysTime, fastClock } from './days.js';

describe('memoised day arithmetic', () => {
  it('gives what organization/clock.ts gives, leap days and month ends included', () => {
    for (const day of ['2024-02-28', '2024-02-29', '2026-11-26', '2025-12-31', '2026-02-30', '1999-01-01']) {
      for (const n of [-1500, -366, -365, -31, -1, 0, 1, 2, 30, 365, 366, 1000]) {
        expect(addDays(day, n), `${day} ${n}`).toBe(clockAddDays(day, n));
        expect(addDaysTime(day, n, '08:10'), `${day} ${n}`).toBe(clockAddDaysTime(day, n, '08:10'));
      }
    }
    const [fast, slow] = [fastClock('2026-11-26'), clock('2026-11-26')];
    for (const n of [-900, -1, 0, 45]) {
      expect(fast.day(n)).toBe(slow.day(n));
      expect(fast.at(n, '16:35')).toBe(slow.at(n, '16:35'));
    }
  });

  it('rejects what clock.ts rejects', () => {
    expect(() => addDays('2026-13-45x', 1)).toThrow();
    expect(() => fastClock('26-11-2026')).toThrow();
  });
});

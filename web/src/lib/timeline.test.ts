import { describe, expect, it } from 'vitest';
import { expiryWeeks } from './timeline';

describe('expiry timeline', () => {
  it('buckets evidence into weeks that start on asOf', () => {
    const weeks = expiryWeeks(
      [
        { id: 'EVD-1', title: 'old', expiresOn: '2026-07-29' },
        { id: 'EVD-2', title: 'yesterday', expiresOn: '2026-11-25' },
        { id: 'EVD-3', title: 'today', expiresOn: '2026-11-26' },
        { id: 'EVD-4', title: 'soon', expiresOn: '2026-12-20' },
      ],
      '2026-11-26',
      30,
    );
    const past = weeks.filter((w) => w.past);
    const future = weeks.filter((w) => !w.past);
    expect(past.length).toBe(18);
    expect(future.length).toBe(5);
    expect(future[0]!.start).toBe('2026-11-26');
    expect(past.at(-1)!.end).toBe('2026-11-25');
    expect(past[0]!.items.map((i) => i.id)).toEqual(['EVD-1']);
    expect(past.at(-1)!.items.map((i) => i.id)).toEqual(['EVD-2']);
    expect(future[0]!.items.map((i) => i.id)).toEqual(['EVD-3']);
    expect(future[3]!.items.map((i) => i.id)).toEqual(['EVD-4']);
  });

  it('keeps a few weeks of past even when nothing has expired', () => {
    const weeks = expiryWeeks([], '2026-11-26', 7);
    expect(weeks.filter((w) => w.past).length).toBe(8);
    expect(weeks.filter((w) => !w.past).length).toBe(2);
  });
});

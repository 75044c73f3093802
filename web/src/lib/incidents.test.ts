import { describe, expect, it } from 'vitest';
import { contrast } from './colors';
import { deadlineTrack, endOf, formatHours, incidentTimeline, SEVERITY_COLORS } from './incidents';

const asOf = '2026-11-26';

describe('incident timeline', () => {
  it('lays incidents out by severity lane, then time, up to the as-of day', () => {
    const t = incidentTimeline(
      [
        { id: 'INC-3', severity: 'SEV3', occurredAt: '2026-11-18T16:20:00Z', resolvedAt: null },
        { id: 'INC-1', severity: 'SEV1', occurredAt: '2026-09-13T07:42:00Z', resolvedAt: '2026-09-14T11:00:00Z' },
        { id: 'INC-2', severity: 'SEV1', occurredAt: '2026-10-26T13:05:00Z', resolvedAt: '2026-12-01T10:00:00Z' },
        { id: 'INC-LATER', severity: 'SEV2', occurredAt: '2026-11-27T01:00:00Z', resolvedAt: null },
      ],
      asOf,
    );
    expect(t.items.map((i) => [i.incident.id, i.lane, i.open])).toEqual([
      ['INC-1', 0, false],
      // Resolved after the as-of day: still open on it.
      ['INC-2', 0, true],
      ['INC-3', 2, true],
    ]);
    expect(t.later).toBe(1);
    expect(t.items[1]!.end).toBe(endOf(asOf));
    expect(t.to).toBe('2026-12-03');
    expect(t.from).toBe('2026-08-28');
  });

  it('shows at least the last 90 days when incidents are recent or absent', () => {
    expect(incidentTimeline([], asOf).from).toBe('2026-08-28');
    expect(incidentTimeline([{ id: 'I', severity: 'SEV4', occurredAt: '2026-11-20T00:00:00Z' }], asOf).from).toBe('2026-08-28');
  });

  it('measures a protocol step against its deadline, done or still running', () => {
    const occurred = '2026-09-13T07:00:00Z';
    const responded = deadlineTrack(occurred, '2026-09-13T09:30:00Z', 1, Date.parse('2026-11-27T00:00:00Z'));
    expect(responded).toMatchObject({ hours: 2.5, deadline: 1, done: true, late: true });
    expect(responded.max).toBeCloseTo(2.875);
    const onTime = deadlineTrack(occurred, '2026-09-14T01:00:00Z', 24, Date.parse('2026-11-27T00:00:00Z'));
    expect(onTime).toMatchObject({ hours: 18, late: false, max: 24 * 1.15 });
    // Resolved after `now`: not done yet, and counting.
    const running = deadlineTrack(occurred, '2026-09-20T00:00:00Z', 24, Date.parse('2026-09-13T19:00:00Z'));
    expect(running).toMatchObject({ hours: 12, done: false, late: false });
  });

  it('says durations as people do', () => {
    expect(formatHours(0.25)).toBe('15 min');
    expect(formatHours(3.46)).toBe('3.5 h');
    expect(formatHours(100)).toBe('4 days');
  });

  it('draws every severity at least 3:1 against the page', () => {
    for (const color of Object.values(SEVERITY_COLORS)) expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});

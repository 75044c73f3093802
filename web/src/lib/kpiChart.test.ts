import { describe, expect, it } from 'vitest';
import { kpiOrder, kpiPicture } from './kpiChart';

const box = { width: 300, height: 120, left: 30, right: 10, top: 10, bottom: 20 };

describe('KPI chart', () => {
  const csat = {
    direction: 'HIGHER_IS_BETTER',
    threshold: 72,
    target: 80,
    series: [
      { measuredOn: '2026-11-23', value: 68.5, breached: true },
      { measuredOn: '2026-09-01', value: 78, breached: false },
      { measuredOn: '2026-10-01', value: 74, breached: false },
    ],
  };

  it('draws the series oldest first on the window, inside the plot', () => {
    const p = kpiPicture(csat, box, '2026-08-28', '2026-11-26');
    expect(p.points.map((q) => q.measuredOn)).toEqual(['2026-09-01', '2026-10-01', '2026-11-23']);
    expect(p.x('2026-08-28')).toBe(30);
    expect(p.x('2026-11-26')).toBe(290);
    for (const q of p.points) {
      expect(q.y).toBeGreaterThanOrEqual(10);
      expect(q.y).toBeLessThanOrEqual(100);
    }
    expect(p.line.startsWith('M')).toBe(true);
    expect(p.line.split('L')).toHaveLength(3);
  });

  it('puts a breaching value beyond the threshold line, and the target on the good side', () => {
    const p = kpiPicture(csat, box, '2026-08-28', '2026-11-26');
    const breach = p.points.find((q) => q.breached)!;
    // Higher is better: lower on screen (larger y) than the threshold, the target above it.
    expect(breach.y).toBeGreaterThan(p.thresholdY!);
    expect(p.targetY!).toBeLessThan(p.thresholdY!);
    // The shaded band runs from the threshold down to the bottom of the plot.
    expect(p.breachBand).toEqual({ y: p.thresholdY, height: 100 - p.thresholdY! });
    expect(p.yTicks.length).toBeGreaterThan(1);
  });

  it('shades above the threshold when lower is better', () => {
    const p = kpiPicture({ direction: 'LOWER_IS_BETTER', threshold: 32, target: 25, series: [{ measuredOn: '2026-11-01', value: 34, breached: true }] }, box, '2026-08-28', '2026-11-26');
    expect(p.breachBand).toEqual({ y: 10, height: p.thresholdY! - 10 });
    expect(p.points[0]!.y).toBeLessThan(p.thresholdY!);
  });

  it('copes with no measurements and no target', () => {
    const p = kpiPicture({ direction: 'HIGHER_IS_BETTER', threshold: 5, target: null, series: [] }, box, '2026-08-28', '2026-11-26');
    expect(p.line).toBe('');
    expect(p.targetY).toBeNull();
    expect(Number.isFinite(p.thresholdY)).toBe(true);
  });

  it('lists KPIs in breach first, longest in breach first', () => {
    const order = kpiOrder([
      { name: 'B', signal: null },
      { name: 'C', signal: { breachedSince: '2026-11-01' } },
      { name: 'A', signal: null },
      { name: 'D', signal: { breachedSince: '2026-10-01' } },
    ]);
    expect(order.map((k) => k.name)).toEqual(['D', 'C', 'A', 'B']);
  });
});

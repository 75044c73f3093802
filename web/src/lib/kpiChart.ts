import { daysBetween } from './dates';
import { linear, niceTicks } from './scales';

/**
 * A KPI's small line chart: its series on a shared calendar window, the threshold and target as
 * lines, the side of the threshold that is a breach shaded, breaching points marked.
 */
export interface KpiSeriesPoint {
  measuredOn: string;
  value: number;
  breached: boolean;
}

export interface KpiLike {
  direction?: string | null;
  threshold?: number | null;
  target?: number | null;
  series: readonly KpiSeriesPoint[];
}

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface KpiPicture {
  points: (KpiSeriesPoint & { x: number; y: number })[];
  /** The series as an SVG path, oldest first. */
  line: string;
  thresholdY: number | null;
  targetY: number | null;
  /** The band beyond the threshold: below it when higher is better, above it when lower is. */
  breachBand: { y: number; height: number } | null;
  yTicks: { value: number; y: number }[];
  x: (day: string) => number;
}

export function kpiPicture(kpi: KpiLike, box: ChartBox, from: string, to: string): KpiPicture {
  const values = [...kpi.series.map((p) => p.value), kpi.threshold, kpi.target].filter((v): v is number => typeof v === 'number');
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!values.length) [lo, hi] = [0, 1];
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.12;
  [lo, hi] = [lo - pad, hi + pad];
  const [plotTop, plotBottom] = [box.top, box.height - box.bottom];
  const y = linear([lo, hi], [plotBottom, plotTop]);
  const span = Math.max(1, daysBetween(from, to));
  const xDay = linear([0, span], [box.left, box.width - box.right]);
  const x = (day: string) => xDay(daysBetween(from, day));
  const points = [...kpi.series].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn)).map((p) => ({ ...p, x: x(p.measuredOn), y: y(p.value) }));
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
  const thresholdY = typeof kpi.threshold === 'number' ? y(kpi.threshold) : null;
  const targetY = typeof kpi.target === 'number' ? y(kpi.target) : null;
  let breachBand: KpiPicture['breachBand'] = null;
  if (thresholdY !== null) {
    breachBand =
      kpi.direction === 'LOWER_IS_BETTER'
        ? { y: plotTop, height: Math.max(0, thresholdY - plotTop) }
        : { y: thresholdY, height: Math.max(0, plotBottom - thresholdY) };
  }
  const yTicks = niceTicks(lo, hi, 3).map((value) => ({ value, y: y(value) }));
  return { points, line, thresholdY, targetY, breachBand, yTicks, x };
}

/** KPIs in breach first (longest in breach first), then the rest by name. */
export function kpiOrder<T extends { name: string; signal?: { breachedSince: string } | null }>(kpis: readonly T[]): T[] {
  return [...kpis].sort((a, b) => {
    if (!!a.signal !== !!b.signal) return a.signal ? -1 : 1;
    if (a.signal && b.signal) return a.signal.breachedSince.localeCompare(b.signal.breachedSince) || a.name.localeCompare(b.name);
    return a.name.localeCompare(b.name);
  });
}

export const DIRECTION_TEXT: Record<string, { arrow: string; text: string }> = {
  HIGHER_IS_BETTER: { arrow: '↑', text: 'Higher is better' },
  LOWER_IS_BETTER: { arrow: '↓', text: 'Lower is better' },
};

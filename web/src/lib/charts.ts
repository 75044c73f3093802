/** Shapes the overview's charts take: rows of counts by key, and stacked segments in percent. */

export interface Segment {
  key: string;
  value: number;
  /** Offset and width in percent of the row total. */
  offset: number;
  width: number;
}

export function stack(counts: Record<string, number>, order: readonly string[], total?: number): Segment[] {
  const sum = total ?? order.reduce((s, k) => s + (counts[k] ?? 0), 0);
  let offset = 0;
  const out: Segment[] = [];
  for (const key of order) {
    const value = counts[key] ?? 0;
    if (!value || !sum) continue;
    const width = (value / sum) * 100;
    out.push({ key, value, offset, width });
    offset += width;
  }
  return out;
}

/** Natural order of dotted ids: A.2 < A.10, 6.1.2 < 6.1.10. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export interface AreaRow {
  id: string;
  title: string;
  counts: Record<string, number>;
  total: number;
}

/** SoA rows grouped by Annex A area, counted by status, areas in order. */
export function byArea(rows: readonly { area?: { id: string; title: string } | null; status: string }[]): AreaRow[] {
  const areas = new Map<string, AreaRow>();
  for (const row of rows) {
    const id = row.area?.id ?? '—';
    const area = areas.get(id) ?? { id, title: row.area?.title ?? 'No area', counts: {}, total: 0 };
    area.counts[row.status] = (area.counts[row.status] ?? 0) + 1;
    area.total++;
    areas.set(id, area);
  }
  return [...areas.values()].sort((a, b) => compareIds(a.id, b.id));
}

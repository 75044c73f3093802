import type { GraphData } from '../../graph/graphData.js';
import { DEFAULT_EXPIRING_DAYS } from '../../graph/freshness.js';
import { addDays } from '../organization/clock.js';

/**
 * Summary statistics of generated data: what the tests assert on and the CLI prints. Pure and
 * streaming (chunks are added one by one), so the large preset can be measured without holding
 * its rows; only ids, in-degrees and evidence expiries are kept.
 */
export interface Degree {
  targets: number;
  edges: number;
  max: number;
  p50: number;
  top5: [string, number][];
}

export interface Shape {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
  /** In-degree of DEPENDS_ON targets (platform hubs) and of PROVIDED_BY vendors. */
  dependsOn: Degree;
  providedBy: Degree;
  /** Freshness of the latest evidence (not superseded) as of `today`, as graph/freshness.ts computes it. */
  evidence: { latest: number; stale: number; expiring: number; current: number; staleShare: number; expiringShare: number };
  /** SUPERSEDES chains: how many, the longest (in records), and whether any loops back on itself. */
  chains: { count: number; longest: number; cyclic: boolean };
}

export class ShapeAccumulator {
  private readonly nodes = new Map<string, number>();
  private readonly rels = new Map<string, number>();
  private readonly inDegree = { DEPENDS_ON: new Map<string, number>(), PROVIDED_BY: new Map<string, number>() };
  private readonly expiry = new Map<string, string>();
  private readonly recordedOn = new Map<string, string>();
  /** newer → older. */
  private readonly supersedes = new Map<string, string[]>();

  constructor(
    private readonly today: string,
    private readonly expiringDays = DEFAULT_EXPIRING_DAYS,
  ) {}

  add(chunk: GraphData): this {
    for (const { label, rows } of chunk.nodes) {
      this.nodes.set(label, (this.nodes.get(label) ?? 0) + rows.length);
      if (label !== 'Evidence') continue;
      for (const e of rows) {
        const recorded = String(e.recordedAt).slice(0, 10);
        this.recordedOn.set(e.id, recorded);
        this.expiry.set(e.id, typeof e.validUntil === 'string' ? e.validUntil : addDays(recorded, Number(e.reviewIntervalDays)));
      }
    }
    for (const { type, rows } of chunk.relationships) {
      this.rels.set(type, (this.rels.get(type) ?? 0) + rows.length);
      if (type === 'DEPENDS_ON' || type === 'PROVIDED_BY') {
        const degree = this.inDegree[type];
        for (const { to } of rows) degree.set(to, (degree.get(to) ?? 0) + 1);
      }
      if (type === 'SUPERSEDES') {
        for (const { from, to } of rows) this.supersedes.set(from, [...(this.supersedes.get(from) ?? []), to]);
      }
    }
    return this;
  }

  result(): Shape {
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return {
      nodes: Object.fromEntries(this.nodes),
      relationships: Object.fromEntries(this.rels),
      totalNodes: sum(this.nodes),
      totalRelationships: sum(this.rels),
      dependsOn: degreeOf(this.inDegree.DEPENDS_ON),
      providedBy: degreeOf(this.inDegree.PROVIDED_BY),
      evidence: this.freshness(),
      chains: this.chains(),
    };
  }

  private freshness(): Shape['evidence'] {
    const superseded = new Set<string>();
    for (const [newer, olders] of this.supersedes) {
      if ((this.recordedOn.get(newer) ?? '9999-12-31') <= this.today) for (const o of olders) superseded.add(o);
    }
    const horizon = addDays(this.today, this.expiringDays);
    let [latest, stale, expiring] = [0, 0, 0];
    for (const [id, expiry] of this.expiry) {
      if (superseded.has(id) || (this.recordedOn.get(id) ?? '') > this.today) continue;
      latest++;
      if (expiry < this.today) stale++;
      else if (expiry <= horizon) expiring++;
    }
    const share = (n: number) => (latest ? n / latest : 0);
    return { latest, stale, expiring, current: latest - stale - expiring, staleShare: share(stale), expiringShare: share(expiring) };
  }

  /** Depth-first over SUPERSEDES (newer → older): longest chain in records, and any edge back onto the path is a loop. */
  private chains(): Shape['chains'] {
    const older = new Set([...this.supersedes.values()].flat());
    const length = new Map<string, number>(); // finished: longest chain starting at the record
    const onPath = new Set<string>();
    let cyclic = false;
    for (const start of this.supersedes.keys()) {
      if (length.has(start)) continue;
      const stack: [string, number][] = [[start, 0]];
      onPath.add(start);
      while (stack.length) {
        const top = stack[stack.length - 1] as [string, number];
        const child = this.supersedes.get(top[0])?.[top[1]++];
        if (child === undefined) {
          const children = this.supersedes.get(top[0]) ?? [];
          length.set(top[0], 1 + Math.max(0, ...children.map((c) => length.get(c) ?? 0)));
          onPath.delete(top[0]);
          stack.pop();
        } else if (onPath.has(child)) cyclic = true;
        else if (!length.has(child)) {
          onPath.add(child);
          stack.push([child, 0]);
        }
      }
    }
    const heads = [...this.supersedes.keys()].filter((id) => !older.has(id));
    return { count: heads.length, longest: heads.reduce((m, h) => Math.max(m, length.get(h) ?? 0), 0), cyclic };
  }
}

function degreeOf(degrees: Map<string, number>): Degree {
  const sorted = [...degrees].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const values = sorted.map(([, n]) => n);
  return {
    targets: sorted.length,
    edges: values.reduce((a, b) => a + b, 0),
    max: values[0] ?? 0,
    p50: values[Math.floor(values.length / 2)] ?? 0,
    top5: sorted.slice(0, 5),
  };
}

/** Shape of a whole body of chunks. */
export function shapeOf(chunks: Iterable<GraphData>, today: string): Shape {
  const acc = new ShapeAccumulator(today);
  for (const chunk of chunks) acc.add(chunk);
  return acc.result();
}

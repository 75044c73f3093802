import { canonicalPropertiesOf } from '../../graph/digest.js';
import type { Graph } from '../../graph/db.js';
import { domainLabels } from '../../graph/model.js';

/** The day the reference data is loaded as of (test/queries/fixture.ts); its history is dated from it. */
export const LOADED_ON = '2026-11-26';

/** Today and yesterday (UTC): the writes of a test happen today, so yesterday is before all of them. */
export const TODAY = new Date().toISOString().slice(0, 10);
export const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export const ACTOR = { keyId: 'key_timetravel', name: 'time travel test' };

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const NODES = `
MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN n.id AS id, labels(n) AS labels, ${canonicalPropertiesOf('n')} AS props,
  [(n)-[r]->(m) | [type(r), m.id, ${canonicalPropertiesOf('r')}]] AS out`;

/** A control's rollup keeps its expiry lists as multisets (markers.ts collects them unordered): compared sorted. */
const UNORDERED = new Set(['latestExpiries', 'latestRejectedExpiries']);

/** An answer with those lists sorted, wherever they are in it, so that two answers compare by content. */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, UNORDERED.has(k) && Array.isArray(v) ? [...v].sort() : canonical(v)]),
  ) as T;
}

/**
 * Every domain node and relationship (not the change history, keys or migrations), each as one
 * canonical line with its typed values (graph/digest.ts): two graphs are the same when their lines are.
 */
export async function domainLines(graph: Graph): Promise<Set<string>> {
  const lines = new Set<string>();
  const sort = (props: [string, ...unknown[]][]) => [...props].sort((a, b) => a[0].localeCompare(b[0]));
  for (const row of await graph.read(NODES, { labels: domainLabels })) {
    const props = (row.props as [string, ...unknown[]][]).map((p) => (UNORDERED.has(p[0]) && Array.isArray(p[2]) ? [p[0], p[1], [...p[2]].sort()] : p));
    lines.add(JSON.stringify(['N', row.id, row.labels, sort(props as [string, ...unknown[]][])]));
    for (const [type, to, props] of row.out as [string, string, [string, ...unknown[]][]][]) lines.add(JSON.stringify(['R', type, row.id, to, sort(props)]));
  }
  return lines;
}

/** The lines one snapshot has and the other has not, both ways: empty when they are the same graph. */
export function differences(a: Set<string>, b: Set<string>): { onlyFirst: string[]; onlySecond: string[] } {
  return { onlyFirst: [...a].filter((l) => !b.has(l)).sort(), onlySecond: [...b].filter((l) => !a.has(l)).sort() };
}

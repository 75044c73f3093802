import type { Graph } from '../db.js';
import { InputError } from '../errors.js';
import { DEFAULT_EXPIRING_DAYS } from '../freshness.js';
import type { BestFreshness } from './evidenceSummary.js';
import {
  better, controlSupport, judgeTree, weakest, type FrameworkSupport,
} from './frameworkSupport.js';
import { dayParam, decodeCursor, encodeCursor, firstParam, intParam, type Page } from './input.js';
import { statementOfApplicability, type SoaRow, type SoaStatus } from './statementOfApplicability.js';
import { pathNode, whyPath, type PathNode, type WhyPath } from './why.js';

export interface FrameworkCoverageParams {
  /** A framework other than ISO 42001: `NIST-AI-RMF`, `EU-AI-Act`, or an imported catalog's id. */
  framework: string;
  /** The organisation (`ORG-…`) or an AI system (`SYS-…`). */
  scopeId: string;
  asOf: string;
  expiringDays?: number;
  /** Only the items judged so. */
  support?: FrameworkSupport | null;
  first: number;
  after?: string | null;
}

/** One way our ISO 42001 work reaches the item: a crosswalk, maybe through another framework, to controls. */
export interface FrameworkRoute {
  /** The ISO 42001 clause, Annex A area or control the crosswalk starts from. */
  via: PathNode;
  /** The other framework's item a two-step crosswalk passes through; null when direct. */
  bridge: PathNode | null;
  /** The weakest confidence along the crosswalk. */
  confidence: string;
  /** Where the last crosswalk link was published. */
  source: string;
  /** How many Annex A controls the ISO item stands for (itself, an area's controls, a clause's addressing controls). */
  controlCount: number;
  /** The control that gives the route its judgement; null when the ISO item has no control. */
  control: { id: string; title: string } | null;
  status: SoaStatus | null;
  evidence: BestFreshness;
  support: FrameworkSupport;
  /** Item ← crosswalk ← ISO item ← … ← control ← implementation → scope. */
  why: WhyPath;
}

export interface FrameworkItem {
  requirement: { id: string; ref: string; title: string; kind: string; parentId: string | null };
  support: FrameworkSupport;
  /** True when judged by the items below it, having no crosswalk of its own. */
  rolledUp: boolean;
  routes: FrameworkRoute[];
}

export interface FrameworkCoverage {
  framework: { id: string; title: string };
  scope: PathNode;
  asOf: string;
  /** Items by judgement, over the whole framework (whatever the filter and page). */
  summary: Record<FrameworkSupport, number> & { total: number };
  items: Page<FrameworkItem>;
}

const LIST = 'frameworkCoverage';

// Each crosswalk start stands for Annex A controls: a control itself, an area's controls, or the
// controls addressing a clause or a clause below it (as the clause lineage counts them).
const controlsOf = (x: string) => `COLLECT {
    MATCH p = (${x}:Control) RETURN {id: ${x}.id, title: ${x}.title, sort: ${x}.sort, why: ${whyPath('p')}} AS c
    UNION ALL
    MATCH p = (${x}:ControlArea)<-[:PART_OF]-(:ControlObjective)<-[:PART_OF]-(c:Control)
    RETURN {id: c.id, title: c.title, sort: c.sort, why: ${whyPath('p')}} AS c
    UNION ALL
    MATCH p = (${x}:Clause)<-[:PART_OF*0..3]-(:Clause)<-[:ADDRESSES]-(c:Control)
    WITH c, p ORDER BY length(p), [n IN nodes(p) | n.id]
    WITH c, head(collect(p)) AS p
    RETURN {id: c.id, title: c.title, sort: c.sort, why: ${whyPath('p')}} AS c
  }`;

const cypher = `
MATCH (f:Standard {id: $framework})
CALL (f) {
  MATCH (it:Requirement {framework: f.id})
  OPTIONAL MATCH (it)-[:PART_OF]->(parent:Requirement)
  WITH it, parent, COLLECT {
      MATCH (x:Clause|ControlArea|Control)-[m:MAPS_TO]->(it)
      WITH it, x, m, ${controlsOf('x')} AS controls
      RETURN {via: ${pathNode('x')}, bridge: null, confidences: [m.confidence], source: m.source,
        steps: [{type: 'MAPS_TO', from: x.id, to: it.id}], controls: controls} AS route
      UNION ALL
      MATCH (x:Clause|ControlArea|Control)-[m1:MAPS_TO]->(b:Requirement)-[m2:MAPS_TO]-(it)
      WHERE b.framework <> it.framework
      WITH it, x, b, m1, m2, ${controlsOf('x')} AS controls
      RETURN {via: ${pathNode('x')}, bridge: ${pathNode('b')}, confidences: [m1.confidence, m2.confidence], source: m2.source,
        steps: [{type: 'MAPS_TO', from: x.id, to: b.id}, {type: 'MAPS_TO', from: startNode(m2).id, to: endNode(m2).id}],
        controls: controls} AS route
    } AS routes
  RETURN collect({
    id: it.id, ref: it.ref, title: it.title, kind: it.kind, sort: coalesce(it.sort, it.ref, it.id), parentId: parent.id, routes: routes
  }) AS items
}
RETURN {id: f.id, title: f.title} AS framework, items`;

interface RawControl { id: string; title: string; sort: string | null; why: WhyPath }
interface RawRoute {
  via: PathNode; bridge: PathNode | null; confidences: string[]; source: string;
  steps: WhyPath['relationships']; controls: RawControl[];
}
interface RawItem { id: string; ref: string; title: string; kind: string; sort: string; parentId: string | null; routes: RawRoute[] }

/**
 * The framework's order: depth first, each parent before its children, siblings by their sort key,
 * so a table of items reads as the framework's outline. `path` (the sort keys from the root,
 * joined by a character below any in a key) orders the items as that walk does: it is the cursor.
 */
function inTreeOrder(items: RawItem[]): (RawItem & { path: string })[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, RawItem[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const ordered: (RawItem & { path: string })[] = [];
  const visit = (parent: string | null, prefix: string, seen: Set<string>) => {
    const siblings = (children.get(parent) ?? []).sort((a, b) => compare([a.sort, a.id], [b.sort, b.id]));
    for (const item of siblings) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      const path = prefix ? `${prefix}\u0000${item.sort}` : item.sort;
      ordered.push({ ...item, path });
      visit(item.id, path, seen);
    }
  };
  visit(null, '', new Set());
  return ordered;
}

/**
 * Which items of another framework our ISO 42001 implementations and their evidence support for a
 * scope on a day, through the crosswalk, with the path and the crosswalk's confidence for each, and
 * which they do not. Controls are judged exactly as the Statement of Applicability judges them.
 * Null when the framework or the scope does not exist.
 */
export async function frameworkCoverage(graph: Graph, params: FrameworkCoverageParams): Promise<FrameworkCoverage | null> {
  if (params.framework === 'ISO42001') {
    throw new InputError('framework', 'ISO 42001 is the framework the others are judged against: ask statementOfApplicability for it.');
  }
  // Checked before anything is read: a missing scope must not hide a bad argument.
  dayParam('asOf', params.asOf);
  const expiringDays = Number(intParam('expiringDays', params.expiringDays ?? DEFAULT_EXPIRING_DAYS, 0, 3650));
  const first = Number(firstParam(params.first));
  const after = decodeCursor(LIST, params.after, ['string', 'string']);
  const [soa, [row]] = await Promise.all([
    statementOfApplicability(graph, { scopeId: params.scopeId, asOf: params.asOf, expiringDays }),
    graph.read(cypher, { framework: params.framework }),
  ]);
  if (!soa || !row) return null;
  const rows = new Map(soa.rows.map((r) => [r.control.id, r]));
  const raw = inTreeOrder(row.items as RawItem[]);
  const routes = new Map(raw.map((item) => [item.id, item.routes.map((r) => judgeRoute(item, r, rows))]));
  const judged = judgeTree(
    raw.map((i) => i.id),
    new Map(raw.map((i) => [i.id, i.parentId])),
    new Map([...routes].map(([id, rs]) => [id, rs.length ? rs.map((r) => r.support).reduce(better) : null])),
  );
  const items: (FrameworkItem & { key: [string, string] })[] = raw.map((i) => ({
    requirement: { id: i.id, ref: i.ref, title: i.title, kind: i.kind, parentId: i.parentId },
    ...judged.get(i.id)!,
    routes: routes.get(i.id)!.sort((a, b) => rank(a.support) - rank(b.support) || compare([a.via.id], [b.via.id])),
    key: [i.path, i.id],
  }));
  const summary = { total: items.length, supported: 0, partial: 0, unsupported: 0, unmapped: 0 };
  for (const i of items) summary[i.support] += 1;
  const chosen = items.filter((i) => !params.support || i.support === params.support);
  const rest = after ? chosen.filter((i) => compare(i.key, after as [string, string]) > 0) : chosen;
  const page = rest.slice(0, first);
  const last = page.at(-1);
  return {
    framework: row.framework as FrameworkCoverage['framework'],
    scope: soa.scope,
    asOf: params.asOf,
    summary,
    items: {
      rows: page.map(({ key: _key, ...item }) => item),
      totalCount: chosen.length,
      hasNextPage: rest.length > first,
      endCursor: last ? encodeCursor(LIST, last.key) : null,
    },
  };
}

const rank = (s: FrameworkSupport) => ['supported', 'partial', 'unsupported', 'unmapped'].indexOf(s);

const compare = (a: readonly string[], b: readonly string[]): number => {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] ?? '') < (b[k] ?? '') ? -1 : 1;
  return 0;
};

/** The route's best control, as the Statement of Applicability has it, and the path behind it. */
function judgeRoute(item: RawItem, route: RawRoute, rows: ReadonlyMap<string, SoaRow>): FrameworkRoute {
  let best: { control: RawControl; row: SoaRow; support: FrameworkSupport } | null = null;
  const controls = [...route.controls].sort((a, b) => compare([a.sort ?? a.id], [b.sort ?? b.id]));
  for (const control of controls) {
    const row = rows.get(control.id);
    if (!row) continue;
    const support = controlSupport(row);
    if (!best || rank(support) < rank(best.support)) best = { control, row, support };
  }
  const head: PathNode[] = [{ id: item.id, label: 'Requirement', name: item.title }, ...(route.bridge ? [route.bridge] : [])];
  const down = best?.control.why ?? { nodes: [route.via], relationships: [] };
  // The SoA's why runs from the scope to the control; the route reads on from the control to the scope.
  const up = best?.row.why ? { nodes: [...best.row.why.nodes].reverse().slice(1), relationships: [...best.row.why.relationships].reverse() } : null;
  return {
    via: route.via,
    bridge: route.bridge,
    confidence: weakest(route.confidences),
    source: route.source,
    controlCount: route.controls.length,
    control: best ? { id: best.control.id, title: best.control.title } : null,
    status: best?.row.status ?? null,
    evidence: best?.row.evidence.best ?? 'none',
    support: best?.support ?? 'unsupported',
    why: {
      nodes: [...head, ...down.nodes, ...(up?.nodes ?? [])],
      relationships: [...route.steps.slice().reverse(), ...down.relationships, ...(up?.relationships ?? [])],
    },
  };
}

/**
 * The explorer's routes: paths people can share and open in a new tab. Matching and link building
 * are pure so that they are tested without a browser; router.svelte.ts wires them to history.
 */
export type RouteName =
  | 'landing'
  | 'overview'
  | 'systems'
  | 'system'
  | 'stale'
  | 'evidence'
  | 'control'
  | 'clause'
  | 'soa'
  | 'gaps'
  | 'impact'
  | 'graph'
  | 'stress'
  | 'frameworks'
  | 'import'
  | 'approvals'
  | 'incidents'
  | 'actions'
  | 'audits'
  | 'kpis'
  | 'assistants'
  | 'node'
  | 'notFound';

export interface Route {
  name: RouteName;
  id?: string;
}

const PATTERNS: [RegExp, RouteName][] = [
  [/^\/$/, 'landing'],
  [/^\/overview$/, 'overview'],
  [/^\/systems$/, 'systems'],
  [/^\/systems\/([^/]+)$/, 'system'],
  [/^\/stale$/, 'stale'],
  [/^\/evidence$/, 'evidence'],
  [/^\/controls\/([^/]+)$/, 'control'],
  [/^\/clauses\/([^/]+)$/, 'clause'],
  [/^\/soa$/, 'soa'],
  [/^\/gaps$/, 'gaps'],
  [/^\/impact\/([^/]+)$/, 'impact'],
  [/^\/graph$/, 'graph'],
  [/^\/frameworks$/, 'frameworks'],
  [/^\/import$/, 'import'],
  [/^\/approvals$/, 'approvals'],
  [/^\/incidents$/, 'incidents'],
  [/^\/actions$/, 'actions'],
  [/^\/audits$/, 'audits'],
  [/^\/kpis$/, 'kpis'],
  [/^\/assistants$/, 'assistants'],
  // Not in the navigation: thousands of nodes to check the canvas at scale, synthetic or a real neighbourhood (?from=).
  [/^\/dev\/graph-stress$/, 'stress'],
  [/^\/nodes\/([^/]+)$/, 'node'],
];

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const [pattern, name] of PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    if (m[1] === undefined) return { name };
    try {
      return { name, id: decodeURIComponent(m[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

export type Params = Record<string, string | number | null | undefined>;

/** Query parameters that follow the user from view to view: the day they are looking at. */
export const STICKY = ['asOf'] as const;

/**
 * A link to `path` with `params`, keeping the sticky parameters of `current` unless `params`
 * says otherwise (null or '' drops one).
 */
export function buildHref(path: string, params: Params = {}, current?: URLSearchParams, keep: readonly string[] = STICKY): string {
  const out = new URLSearchParams();
  for (const key of keep) {
    const value = current?.get(key);
    if (value) out.set(key, value);
  }
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') out.delete(key);
    else out.set(key, String(value));
  }
  const query = out.toString();
  return query ? `${path}?${query}` : path;
}

/** The view that answers best for a node, by its label. */
export function nodePath(id: string, label: string): string {
  const e = encodeURIComponent(id);
  switch (label) {
    case 'AISystem':
      return `/systems/${e}`;
    case 'Control':
      return `/controls/${e}`;
    case 'Clause':
      return `/clauses/${e}`;
    default:
      return `/nodes/${e}`;
  }
}

/** Labels whose failure `impact(id)` can trace. */
export const IMPACT_LABELS = new Set(['AISystem', 'Model', 'Dataset', 'Vendor']);

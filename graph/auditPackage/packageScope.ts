import type { Graph } from '../db.js';
import { InputError, NotFoundError } from '../errors.js';
import { labelOfId } from '../ids.js';
import { dayParam } from '../queries/input.js';

/** What a package covers: the organisation or one AI system. */
export interface PackageScope {
  id: string;
  label: 'Organization' | 'AISystem';
  name: string;
  /** The organisation's name (Source-Organization), also for a system it operates. */
  organization: string | null;
}

// The label comes from ids.ts, never from the caller's text.
const cypher = (label: PackageScope['label']) => `
MATCH (n:${label} {id: $id})
OPTIONAL MATCH (o:Organization) WHERE o = n OR (o)-[:OPERATES]->(n)
RETURN n.id AS id, coalesce(n.name, n.id) AS name, o.name AS organization
ORDER BY o.id LIMIT 1`;

const FIRST_ORGANIZATION = 'MATCH (o:Organization) RETURN o.id AS id ORDER BY o.id LIMIT 1';

/**
 * The scope a package is asked for: `org` (the organisation, whatever its id), an `ORG-…` or a
 * `SYS-…` id. Anything else is refused before a byte is written.
 */
export async function resolvePackageScope(graph: Graph, scope: string): Promise<PackageScope> {
  let id = scope;
  if (scope === 'org') {
    const [org] = await graph.read(FIRST_ORGANIZATION);
    if (!org) throw new NotFoundError('scope', scope, 'Organization');
    id = String(org.id);
  }
  const label = labelOfId(id);
  if (label !== 'Organization' && label !== 'AISystem') {
    throw new InputError('scope', `scope must be "org", the organisation's id (ORG-…) or an AI system's id (SYS-…); got "${scope}".`);
  }
  const [row] = await graph.read(cypher(label), { id });
  if (!row?.id) throw new NotFoundError('scope', id, label);
  return { id, label, name: String(row.name), organization: (row.organization as string | null) ?? null };
}

/** Checks a package's day (`YYYY-MM-DD`), naming the option it came from. */
export function checkDay(field: string, day: string): string {
  dayParam(field, day);
  return day;
}

/** The package's name, also its base directory and file name: `aims-audit-<scope>-<asOf>`. */
export const packageName = (scopeId: string, asOf: string) => `aims-audit-${scopeId}-${asOf}`;

import type { Graph } from '../db.js';
import { InputError, NotFoundError } from '../errors.js';
import { labelOfId } from '../ids.js';
import { relationships, type Label } from '../model.js';

/** What an implementation may APPLY_TO: the scopes a component definition describes. */
export const scopeLabels: readonly Label[] = relationships.APPLIES_TO.to;

/** The word that names the organisation's own scope, whatever its id. */
export const ORG_SCOPE = 'org';

/**
 * The id and label of the scope asked for: `org` is the organisation (the graph holds one), any
 * other id must name an Organization, AI system, model, dataset or vendor.
 */
export async function resolveScope(graph: Graph, scope: string, field = 'scope'): Promise<{ id: string; label: Label }> {
  if (scope === ORG_SCOPE) {
    const rows = await graph.read('MATCH (o:Organization) RETURN o.id AS id ORDER BY id LIMIT 2');
    if (rows.length !== 1) {
      throw new InputError(field, rows.length ? 'The graph holds several organisations; give the scope by its id.' : 'The graph holds no organisation.');
    }
    return { id: rows[0]!.id as string, label: 'Organization' };
  }
  const label = labelOfId(scope);
  if (!label || !scopeLabels.includes(label)) {
    throw new InputError(field, `"${scope}" is not a scope: give "${ORG_SCOPE}" or the id of an AI system, model, dataset, vendor or organisation.`);
  }
  const [row] = await graph.read(`MATCH (x:${label} {id: $id}) RETURN x.id AS id`, { id: scope });
  if (!row) throw new NotFoundError(field, scope, label);
  return { id: scope, label };
}

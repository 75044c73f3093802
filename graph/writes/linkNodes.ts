import type { Graph } from '../db.js';
import { InputError, NotFoundError } from '../errors.js';
import { labelOfId } from '../ids.js';
import { isRelationshipType, relationships, type Label, type RelationshipSpec } from '../model.js';
import { refreshMarkers } from '../markers.js';
import { recordChange, type Actor } from './recordChange.js';
import { validateRelationshipProperties } from './validate.js';

export interface LinkInput {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown> | null;
}

/**
 * Relationships clients may read but not rewire: the catalog's, and those a workflow step writes
 * with its checks (a forged DECIDES would approve a change no approver approved).
 */
const notLinkable = new Set([
  'PART_OF', 'MAPS_TO', 'CHANGES', 'REQUESTED_BY', 'NEEDS_APPROVAL_OF', 'DECIDES', 'GIVEN_BY', 'MEASUREMENT_OF',
]);

/** The rules of a link (type clients may write, labels at both ends, no self-links where none makes sense), before any Cypher. */
export function resolveLink({ type, from, to }: LinkInput): { fromLabel: Label; toLabel: Label; spec: RelationshipSpec } {
  if (!isRelationshipType(type) || notLinkable.has(type)) throw new InputError('type', `${type} is not a relationship clients can write.`);
  const spec: RelationshipSpec = relationships[type];
  const fromLabel = labelOfId(from);
  const toLabel = labelOfId(to);
  if (!fromLabel) throw new NotFoundError('from', from);
  if (!toLabel) throw new NotFoundError('to', to);
  if (!spec.from.includes(fromLabel)) throw new InputError('from', `${type} cannot start at a ${fromLabel}.`);
  if (!spec.to.includes(toLabel)) throw new InputError('to', `${type} cannot end at a ${toLabel}.`);
  if (type === 'DEPENDS_ON' && from === to) throw new InputError('to', 'A system cannot depend on itself.');
  // It would be superseded from the day it was recorded: stale the moment it lands.
  if (type === 'SUPERSEDES' && from === to) throw new InputError('to', 'Evidence cannot supersede itself.');
  return { fromLabel, toLabel, spec };
}

/**
 * Creates the relationship if it is not there (idempotent) and records the change; over one that
 * was there, the event keeps its properties before (`{}` without any), so that time travel
 * (graph/timeTravel) knows it existed and what it held.
 */
export async function linkNodes(graph: Graph, actor: Actor, input: LinkInput): Promise<boolean> {
  const { fromLabel, toLabel, spec } = resolveLink(input);
  const props = validateRelationshipProperties(spec, input.properties ?? {});
  return graph.writeTx(async (tx) => {
    const [row] = await tx.run(
      `OPTIONAL MATCH (a:${fromLabel} {id: $from})
       OPTIONAL MATCH (b:${toLabel} {id: $to})
       CALL (a, b) {
         WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
         OPTIONAL MATCH (a)-[old:${input.type}]->(b)
         WITH a, b, head(collect(properties(old))) AS before
         MERGE (a)-[r:${input.type}]->(b) SET r += $props
         RETURN count(r) AS linked, collect(before) AS before
       }
       RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, before[0] AS before`,
      { from: input.from, to: input.to, props },
    );
    if (!row?.hasFrom) throw new NotFoundError('from', input.from, fromLabel);
    if (!row.hasTo) throw new NotFoundError('to', input.to, toLabel);
    await refreshMarkers(tx, [input.from, input.to]);
    await recordChange(tx, actor, {
      operation: 'link',
      targetId: input.from,
      targetLabel: fromLabel,
      relationship: input.type,
      otherId: input.to,
      before: (row.before as Record<string, unknown> | null) ?? null,
      after: Object.keys(props).length ? (input.properties as Record<string, unknown>) : null,
    });
    return true;
  });
}

/** Removes the relationship; answers false (and records nothing) when there was none. The event keeps its properties. */
export async function unlinkNodes(graph: Graph, actor: Actor, input: LinkInput): Promise<boolean> {
  const { fromLabel, toLabel } = resolveLink(input);
  return graph.writeTx(async (tx) => {
    const [row] = await tx.run(
      `MATCH (a:${fromLabel} {id: $from})-[r:${input.type}]->(b:${toLabel} {id: $to})
       WITH r, properties(r) AS before DELETE r RETURN count(*) AS removed, head(collect(before)) AS before`,
      { from: input.from, to: input.to },
    );
    if (!row || Number(row.removed) === 0) return false;
    await refreshMarkers(tx, [input.from, input.to]);
    await recordChange(tx, actor, {
      operation: 'unlink',
      targetId: input.from,
      targetLabel: fromLabel,
      relationship: input.type,
      otherId: input.to,
      before: row.before as Record<string, unknown>,
    });
    return true;
  });
}

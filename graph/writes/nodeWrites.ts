import { randomBytes } from 'node:crypto';
import type { Graph, Tx } from '../db.js';
import { InputError, NotFoundError } from '../errors.js';
import { labelOfId } from '../ids.js';
import { labels, type PropertySpec } from '../model.js';
import { refreshMarkers } from '../markers.js';
import { nodeRecord, type NodeRecord } from '../reads/nodeRecord.js';
import { recordChange, type Actor, type DeletedLink } from './recordChange.js';
import { validateProperties, type Input } from './validate.js';
import { prefixOf, type WritableLabel } from './writableLabels.js';

/** Links a create makes along with the node, e.g. an implementation's control and scope. */
export interface CreateLinks {
  /** Relationship type → ids at the other end; `out` from the new node unless listed in `incoming`. */
  [type: string]: string[] | undefined;
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;

/** Whether `id` may name a new node of `label`: the label's prefix, then letters, digits, ".", "_", ":" or "-". */
export function fitsIdScheme(label: WritableLabel, id: string): boolean {
  return idPattern.test(id) && labelOfId(id) === label;
}

/**
 * Creates a node with its required links in one write transaction and records the change.
 * The id is the client's (an external id, checked against the label's scheme) or minted here.
 */
export async function createNode(
  graph: Graph,
  actor: Actor,
  label: WritableLabel,
  input: Input & { id?: string | null },
  links: { type: string; direction: 'out' | 'in'; ids: string[]; field: string }[] = [],
  /** Datetime properties the database stamps with its own clock, e.g. Evidence.recordedAt. */
  stampNow: readonly string[] = [],
): Promise<NodeRecord> {
  const { id: requested, ...properties } = input;
  const id = requested ?? `${prefixOf(label)}${randomBytes(6).toString('hex').toUpperCase()}`;
  if (!fitsIdScheme(label, id)) {
    throw new InputError('input.id', `id must start with ${prefixOf(label)} and use letters, digits, ".", "_", ":" or "-".`);
  }
  const props = validateProperties(label, properties, 'create');
  for (const name of stampNow) {
    if ((labels[label].properties as Record<string, PropertySpec>)[name]?.type !== 'datetime') throw new Error(`${label}.${name} is not a datetime`);
  }
  const stamps = stampNow.map((name) => `, n.${name} = datetime()`).join('');
  try {
    return await graph.writeTx(async (tx) => {
      const [created] = await tx.run(`CREATE (n:${label} {id: $id}) SET n += $props${stamps} RETURN ${nodeRecord('n')} AS node`, { id, props });
      for (const link of links) await linkAll(tx, label, id, link);
      await refreshMarkers(tx, [id, ...links.flatMap((l) => l.ids)]);
      const node = created!.node as NodeRecord;
      await recordChange(tx, actor, { operation: 'create', targetId: id, targetLabel: label, after: plainProps(node) });
      return node;
    });
  } catch (e) {
    // The uniqueness constraint is the arbiter, also between two clients creating the same id.
    if ((e as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new InputError('input.id', `A ${label} with id "${id}" already exists.`);
    }
    throw e;
  }
}

async function linkAll(tx: Tx, label: WritableLabel, id: string, link: { type: string; direction: 'out' | 'in'; ids: string[]; field: string }) {
  for (const [i, otherId] of link.ids.entries()) {
    const other = labelOfId(otherId);
    const field = `${link.field}[${i}]`;
    if (!other) throw new NotFoundError(field, otherId);
    const arrow = link.direction === 'out' ? `-[:${link.type}]->` : `<-[:${link.type}]-`;
    const rows = await tx.run(
      `MATCH (n:${label} {id: $id}) MATCH (m:${other} {id: $otherId}) MERGE (n)${arrow}(m) RETURN m.id AS id`,
      { id, otherId },
    );
    if (!rows.length) throw new NotFoundError(field, otherId, other);
  }
}

/** Sets the given properties (null clears one) and records the change. */
export async function updateNode(graph: Graph, actor: Actor, label: WritableLabel, id: string, input: Input): Promise<NodeRecord> {
  return graph.writeTx(async (tx) => {
    const before = await readNode(tx, label, id);
    const was = plainProps(before);
    // A stored artifact is known by its hash: a new hash would leave it unreachable (verify: missing).
    if (label === 'Evidence' && was.artifactSize != null && 'sha256' in input && input.sha256 !== was.sha256) {
      throw new InputError('input.sha256', `${id} has a stored artifact, so its sha256 cannot change: record a new evidence item that supersedes it.`);
    }
    const props = validateProperties(label, input, 'update', was, 'patch');
    const [row] = await tx.run(`MATCH (n:${label} {id: $id}) SET n += $props RETURN ${nodeRecord('n')} AS node`, { id, props });
    const after = row!.node as NodeRecord;
    await refreshMarkers(tx, [id]);
    await recordChange(tx, actor, { operation: 'update', targetId: id, targetLabel: label, before: plainProps(before), after: plainProps(after) });
    return after;
  });
}

// The relationships a delete takes away, each as the delete event keeps it (DeletedLink).
const linksOf = (label: WritableLabel) => `
  MATCH (n:${label} {id: $id})
  RETURN COLLECT {
    MATCH (n)-[r]-(m)
    RETURN {type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END, otherId: m.id, properties: properties(r)} AS link
  } AS links`;

/** Deletes a node and its relationships and records the change, relationships included; returns what was deleted. */
export async function deleteNode(graph: Graph, actor: Actor, label: WritableLabel, id: string): Promise<NodeRecord> {
  return graph.writeTx(async (tx) => {
    const before = await readNode(tx, label, id);
    const [row] = await tx.run(linksOf(label), { id });
    const links = (row!.links as DeletedLink[]).map(({ properties, ...link }) => (properties && Object.keys(properties).length ? { ...link, properties } : link));
    await tx.run(`MATCH (n:${label} {id: $id}) DETACH DELETE n`, { id });
    // Its former neighbours' derived values may have leant on it (markers ignore labels without any).
    await refreshMarkers(tx, [...new Set(links.map((l) => l.otherId))]);
    await recordChange(tx, actor, { operation: 'delete', targetId: id, targetLabel: label, before: plainProps(before), links });
    return before;
  });
}

async function readNode(tx: Tx, label: WritableLabel, id: string): Promise<NodeRecord> {
  const [row] = await tx.run(`MATCH (n:${label} {id: $id}) RETURN ${nodeRecord('n')} AS node`, { id });
  if (!row) throw new NotFoundError('id', id, label);
  return row.node as NodeRecord;
}

/** What the change history keeps: the properties people wrote, not the dates derived from them. */
export function plainProps(node: NodeRecord): Record<string, unknown> {
  const { __typename: label, ...props } = node;
  const spec: Record<string, PropertySpec> = labels[label].properties;
  return Object.fromEntries(Object.entries(props).filter(([name]) => !spec[name]?.derived));
}

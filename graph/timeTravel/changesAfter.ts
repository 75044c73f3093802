import type { Tx } from '../db.js';
import { labelOfId } from '../ids.js';
import { domainLabels, isRelationshipType, labels, relationships, type Label, type PropertySpec, type RelationshipSpec, type RelationshipType } from '../model.js';
import { cypherDateTime } from '../plain.js';
import type { DeletedLink } from '../writes/recordChange.js';
import { storedValues } from './storedValues.js';

/** A node as it was at the instant rewound to. */
export interface NodeState {
  id: string;
  props: Record<string, unknown>;
  /**
   * Deleted since (and perhaps created again): every relationship it has now is newer than the
   * instant, so it is rebuilt bare and its relationships of then come back one by one.
   */
  rebuild: boolean;
}

/** One relationship, by its type, ends and source; `props` null: keep whatever it holds. */
export interface LinkState {
  from: string;
  to: string;
  /** Told apart by its `source`: see IDENTITY. */
  source?: string;
  props: Record<string, unknown> | null;
}

/** Relationships of one type between two labels (model names: they become Cypher text). */
export interface LinkGroup {
  type: RelationshipType;
  fromLabel: Label;
  toLabel: Label;
  /** Each is the one with its `source` (IDENTITY), not any of its type between its ends. */
  bySource: boolean;
  links: LinkState[];
}

/**
 * A type whose relationships declare a `source` may hold several between the same two nodes, one
 * per source (crosswalk mappings: the loaders and the crosswalk import merge on it); the others
 * hold at most one, as linkNodes merges them.
 */
export const IDENTITY = 'source';

/** What undoes every recorded change after an instant. */
export interface RewindPlan {
  /** Nodes created after it, by label: they did not exist. */
  absent: Map<Label, string[]>;
  /** Nodes updated or deleted after it, by label: as the first such change found them. */
  restored: Map<Label, NodeState[]>;
  /** Relationships first linked after it: they did not exist. */
  unlinked: LinkGroup[];
  /** Relationships first unlinked after it (or deleted with a node): they existed; and links first recorded over an existing one, with its properties then. */
  linked: LinkGroup[];
  /** Change events read. */
  events: number;
}

/*
 * Only the first change after the instant says what held at it: per node its first create, update
 * or delete (and whether it was deleted at any point since); per relationship its first link or
 * unlink (picked below: a relationship is known by its source too, which only the JSON holds); the
 * delete events with the relationships they took away, each an unlink of its own.
 */
const cypher = `
CALL () {
  MATCH (e:ChangeEvent) WHERE e.at >= $since AND e.operation IN ['create', 'update', 'delete']
  WITH e ORDER BY e.at, e.id
  WITH e.targetId AS id, collect(e) AS events
  RETURN collect({id: id, label: events[0].targetLabel, operation: events[0].operation, before: events[0].before,
    deleted: any(x IN events WHERE x.operation = 'delete'), n: size(events)}) AS nodes
}
CALL () {
  MATCH (e:ChangeEvent) WHERE e.at >= $since AND e.operation IN ['link', 'unlink']
  RETURN collect({type: e.relationship, from: e.targetId, to: e.otherId, operation: e.operation, before: e.before,
    after: e.after, at: e.at, event: e.id}) AS links
}
CALL () {
  MATCH (e:ChangeEvent) WHERE e.at >= $since AND e.operation = 'delete' AND e.links IS NOT NULL
  RETURN collect({id: e.targetId, at: e.at, event: e.id, links: e.links}) AS deletes
}
RETURN nodes, links, deletes`;

// Bookkeeping nodes (keys, migrations, the events themselves) are never rewound.
const rewindable = new Set<string>(domainLabels);

interface NodeRow { id: string; label: string; operation: string; before: string | null; deleted: boolean; n: number }
interface LinkRow { type: string; from: string; to: string; operation: string; before: string | null; after: string | null; at: string; event: string }
interface DeleteRow { id: string; at: string; event: string; links: string }

/** Reads the change events after `since` (an ISO instant) in `tx` and works out what undoes them. */
export async function changesAfter(tx: Tx, since: string): Promise<RewindPlan> {
  const [row] = await tx.run(cypher, { since: cypherDateTime(since) });
  const nodes = (row?.nodes ?? []) as NodeRow[];
  const links = (row?.links ?? []) as LinkRow[];
  const deletes = (row?.deletes ?? []) as DeleteRow[];
  const plan: RewindPlan = {
    absent: new Map(), restored: new Map(), unlinked: [], linked: [],
    events: nodes.reduce((n, r) => n + Number(r.n), links.length),
  };

  for (const node of nodes) {
    if (!rewindable.has(node.label)) continue;
    const label = node.label as Label;
    if (node.operation === 'create') {
      push(plan.absent, label, node.id);
    } else if (node.before) {
      const declared: Record<string, PropertySpec> = labels[label].properties;
      const props = storedValues(JSON.parse(node.before) as Record<string, unknown>, declared);
      push(plan.restored, label, { id: node.id, props: { ...props, id: node.id }, rebuild: node.deleted });
    }
  }

  // Per relationship, the earliest of its first link or unlink and the deletes that took it away.
  const first = new Map<string, { at: string; event: string; operation: string; link: LinkState; type: string }>();
  const consider = (type: string, state: Omit<LinkState, 'source'>, operation: string, at: string, event: string, props?: Record<string, unknown> | null) => {
    const source = bySource(type) ? props?.[IDENTITY] : undefined;
    const link: LinkState = typeof source === 'string' ? { ...state, source } : state;
    const key = JSON.stringify([type, link.from, link.to, link.source ?? null]);
    const known = first.get(key);
    if (!known || at < known.at || (at === known.at && event < known.event)) first.set(key, { at, event, operation, link, type });
  };
  for (const l of links) {
    // An event that carries `before` knew the relationship's properties then: an unlink's, or a
    // link's recorded over one that existed (then it existed, and only its properties come back).
    const before = l.before ? (JSON.parse(l.before) as Record<string, unknown>) : null;
    const after = l.after ? (JSON.parse(l.after) as Record<string, unknown>) : null;
    consider(l.type, { from: l.from, to: l.to, props: before }, l.operation === 'link' && before ? 'relink' : l.operation, l.at, l.event, before ?? after);
  }
  for (const d of deletes) {
    for (const link of JSON.parse(d.links) as DeletedLink[]) {
      const [from, to] = link.direction === 'out' ? [d.id, link.otherId] : [link.otherId, d.id];
      consider(link.type, { from, to, props: link.properties ?? {} }, 'unlink', d.at, d.event, link.properties);
    }
  }
  const unlinked = new Map<string, LinkGroup>();
  const linked = new Map<string, LinkGroup>();
  for (const { type, operation, link } of first.values()) {
    const group = groupFor(operation === 'link' ? unlinked : linked, type, link);
    if (!group) continue;
    const spec: RelationshipSpec = relationships[group.type];
    const declared: Record<string, PropertySpec> = spec.properties ?? {};
    group.links.push(link.props ? { ...link, props: storedValues(link.props, declared) } : link);
  }
  plan.unlinked = [...unlinked.values()];
  plan.linked = [...linked.values()];
  return plan;
}

/** The group of a relationship by its type and the labels of its ends; null when the model does not allow it. */
function groupFor(groups: Map<string, LinkGroup>, type: string, link: LinkState): LinkGroup | null {
  const { from, to } = link;
  const [fromLabel, toLabel] = [labelOfId(from), labelOfId(to)];
  if (!isRelationshipType(type) || !fromLabel || !toLabel || !rewindable.has(fromLabel) || !rewindable.has(toLabel)) return null;
  const spec = relationships[type];
  if (!(spec.from as readonly Label[]).includes(fromLabel) || !(spec.to as readonly Label[]).includes(toLabel)) return null;
  const keyed = link.source !== undefined;
  const key = `${type} ${fromLabel} ${toLabel} ${keyed}`;
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { type, fromLabel, toLabel, bySource: keyed, links: [] }));
  return group;
}

function bySource(type: string): boolean {
  if (!isRelationshipType(type)) return false;
  const spec: RelationshipSpec = relationships[type];
  return Object.hasOwn(spec.properties ?? {}, IDENTITY);
}

function push<T>(map: Map<Label, T[]>, label: Label, item: T): void {
  const list = map.get(label);
  if (list) list.push(item);
  else map.set(label, [item]);
}

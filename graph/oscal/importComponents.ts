import type { Graph, Tx } from '../db.js';
import { ConflictError } from '../errors.js';
import { labels, type Label, type PropertySpec } from '../model.js';
import { refreshMarkers } from '../markers.js';
import { recordChanges, type Actor, type Change } from '../writes/recordChange.js';
import { validateProperties } from '../writes/validate.js';
import { countOutcomes, differs, present, type Outcome, type OutcomeCounts } from './outcome.js';
import { readComponentDefinition, type ComponentImplementation, type Reference } from './readComponents.js';
import { ShapeReader } from './shapeReader.js';

export interface ComponentImportOptions {
  dryRun?: boolean;
  log?: (line: string) => void;
}

export interface ComponentImportSummary {
  dryRun: boolean;
  implementations: OutcomeCounts;
  /** IMPLEMENTS, APPLIES_TO, SUPPORTS and OWNS relationships the import adds (it never removes one). */
  linksCreated: number;
}

/** A relationship the import makes: its type, its ends and their labels (from the model's allow-list). */
interface Link {
  type: 'IMPLEMENTS' | 'APPLIES_TO' | 'SUPPORTS' | 'OWNS';
  from: string;
  fromLabel: Label;
  to: string;
  toLabel: Label;
}

interface Stored {
  props: Record<string, unknown>;
  controls: string[];
  links: Set<string>;
}

const READ = `
  UNWIND $ids AS id
  MATCH (i:Implementation {id: id})
  RETURN i.id AS id, i {.*} AS props, [(i)-[:IMPLEMENTS]->(c:Control) | c.id] AS controls,
    [(i)-[:APPLIES_TO]->(s) | 'APPLIES_TO>' + s.id] + [(e:Evidence)-[:SUPPORTS]->(i) | 'SUPPORTS<' + e.id]
      + [(o)-[:OWNS]->(i) | 'OWNS<' + o.id] + [(i)-[:IMPLEMENTS]->(c) | 'IMPLEMENTS>' + c.id] AS links`;
const WRITE = 'UNWIND $rows AS row MERGE (i:Implementation {id: row.id}) SET i += row.props';
const link = (l: Pick<Link, 'type' | 'fromLabel' | 'toLabel'>) => `
  UNWIND $rows AS row
  MATCH (a:${l.fromLabel} {id: row.from})
  MATCH (b:${l.toLabel} {id: row.to})
  MERGE (a)-[:${l.type}]->(b)`;

const implementationSpec: Record<string, PropertySpec> = labels.Implementation.properties;
/** The properties people write, which a change event keeps (not those markers.ts derives). */
const written = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).filter(([k]) => !implementationSpec[k]?.derived));

/**
 * Imports an OSCAL component definition (as exportComponentDefinition writes it) into the graph:
 * each implemented requirement upserts its Implementation by id (properties as the file gives
 * them, absent ones cleared) and adds its IMPLEMENTS, APPLIES_TO, SUPPORTS and OWNS links. Every
 * node it names must exist; an implementation the graph holds for another control is a conflict.
 * One transaction, with change events and the derived values of markers.ts; the same file again
 * changes nothing.
 */
export async function importComponentDefinition(graph: Graph, actor: Actor, document: unknown, options: ComponentImportOptions = {}): Promise<ComponentImportSummary> {
  const implementations = readComponentDefinition(document);
  options.log?.(`Read ${implementations.length} implemented requirements.`);
  const work = async (tx: Tx): Promise<ComponentImportSummary> => {
    await checkExisting(tx, implementations);
    const stored = await readStored(tx, implementations.map((i) => i.id));
    const plans = implementations.map((i) => plan(i, stored.get(i.id)));
    const summary: ComponentImportSummary = {
      dryRun: options.dryRun === true,
      implementations: countOutcomes(plans.map((p) => p.outcome)),
      linksCreated: plans.reduce((n, p) => n + p.newLinks.length, 0),
    };
    if (options.dryRun) return summary;
    const upserts = plans.filter((p) => p.propsChanged);
    await tx.run(WRITE, {
      rows: upserts.map((p) => ({ id: p.implementation.id, props: driverValues(p.implementation) })),
    });
    const newLinks = plans.flatMap((p) => p.newLinks);
    const groups = new Map<string, Link[]>();
    for (const l of newLinks) {
      const key = `${l.type} ${l.fromLabel} ${l.toLabel}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(l);
    }
    for (const group of groups.values()) await tx.run(link(group[0]!), { rows: group.map(({ from, to }) => ({ from, to })) });
    const touched = plans.filter((p) => p.outcome !== 'unchanged');
    await refreshMarkers(tx, [...new Set(touched.flatMap((p) => [p.implementation.id, ...p.implementation.evidence.map((e) => e.id)]))]);

    const changes: Change[] = [];
    for (const p of upserts) {
      const { id } = p.implementation;
      const before = p.stored ? written(p.stored.props) : null;
      const kept = Object.fromEntries(Object.entries(before ?? {}).filter(([k]) => !(k in p.implementation.props)));
      changes.push({
        operation: before ? 'update' : 'create', targetId: id, targetLabel: 'Implementation',
        before, after: { ...kept, id, ...present(p.implementation.props) },
      });
    }
    for (const l of newLinks) changes.push({ operation: 'link', targetId: l.from, targetLabel: l.fromLabel, relationship: l.type, otherId: l.to });
    await recordChanges(tx, actor, changes);
    return summary;
  };
  return options.dryRun ? graph.readTx(work) : graph.writeTx(work);
}

function plan(implementation: ComponentImplementation, stored: Stored | undefined) {
  const { id, control, scope, evidence, owners, path } = implementation;
  if (stored?.controls.length && !(stored.controls.length === 1 && stored.controls[0] === control.id)) {
    throw new ConflictError(`${path}.control-id`, `${id} implements ${stored.controls.join(', ')} in the graph, not ${control.id}; give this implementation another implementation-id.`);
  }
  const wanted: (Link & { key: string })[] = [
    { type: 'IMPLEMENTS', from: id, fromLabel: 'Implementation', to: control.id, toLabel: 'Control', key: `IMPLEMENTS>${control.id}` },
    { type: 'APPLIES_TO', from: id, fromLabel: 'Implementation', to: scope.id, toLabel: scope.label, key: `APPLIES_TO>${scope.id}` },
    ...evidence.map((e: Reference) => ({ type: 'SUPPORTS' as const, from: e.id, fromLabel: e.label, to: id, toLabel: 'Implementation' as const, key: `SUPPORTS<${e.id}` })),
    ...owners.map((o: Reference) => ({ type: 'OWNS' as const, from: o.id, fromLabel: o.label, to: id, toLabel: 'Implementation' as const, key: `OWNS<${o.id}` })),
  ];
  const seen = new Set<string>();
  const newLinks = wanted.filter((l) => !stored?.links.has(l.key) && !seen.has(l.key) && seen.add(l.key));
  const propsChanged = differs(stored?.props ?? null, implementation.props);
  const outcome: Outcome = !stored ? 'created' : propsChanged || newLinks.length ? 'updated' : 'unchanged';
  return { implementation, stored, outcome, propsChanged, newLinks };
}

/** The file's values as Cypher takes them, absent ones as null so that the node loses them. */
function driverValues(implementation: ComponentImplementation): Record<string, unknown> {
  const given = Object.fromEntries(Object.entries(implementation.props).filter(([, v]) => v !== null));
  const cleared = Object.fromEntries(Object.entries(implementation.props).filter(([, v]) => v === null));
  return { ...cleared, ...validateProperties('Implementation', given, 'create', {}, implementation.path) };
}

/** Every scope, control, evidence and owner the file names must be in the graph; all the missing ones are reported at once. */
async function checkExisting(tx: Tx, implementations: readonly ComponentImplementation[]): Promise<void> {
  const byLabel = new Map<Label, Map<string, string>>();
  for (const i of implementations) {
    for (const ref of [i.scope, i.control, ...i.evidence, ...i.owners]) {
      const ids = byLabel.get(ref.label) ?? new Map<string, string>();
      if (!ids.has(ref.id)) ids.set(ref.id, ref.path);
      byLabel.set(ref.label, ids);
    }
  }
  const r = new ShapeReader();
  for (const [label, ids] of byLabel) {
    const missing = await tx.run(`UNWIND $ids AS id WITH id WHERE NOT EXISTS { MATCH (:${label} {id: id}) } RETURN id`, { ids: [...ids.keys()] });
    for (const row of missing) r.problem(ids.get(row.id as string)!, `no ${label} "${row.id as string}" in the graph`);
  }
  r.throwIfAny('OSCAL component definition');
}

async function readStored(tx: Tx, ids: readonly string[]): Promise<Map<string, Stored>> {
  const rows = await tx.run(READ, { ids });
  return new Map(rows.map((r) => [r.id as string, { props: r.props as Record<string, unknown>, controls: r.controls as string[], links: new Set(r.links as string[]) }]));
}

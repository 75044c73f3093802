import { InputError } from '../errors.js';
import { labelOfId } from '../ids.js';
import { toPlain } from '../plain.js';
import { plainProps } from '../writes/nodeWrites.js';
import { validateProperties } from '../writes/validate.js';
import { kindSpec, type InventoryKind, type LinkColumn } from './kinds.js';
import type { PreparedRow } from './prepareRows.js';
import type { Problem } from './problems.js';
import type { CurrentState } from './readCurrent.js';

export type Outcome = 'created' | 'updated' | 'unchanged';

/** What the import does with one row. */
export interface PlannedRow {
  line: number;
  id: string;
  outcome: Outcome;
  /** Driver values to set: every given one on a create, only those that differ on an update (null clears). */
  props: Record<string, unknown>;
  /** The node's properties before (not the derived ones), for its change event; null on a create. */
  before: Record<string, unknown> | null;
  links: { link: LinkColumn; add: string[]; remove: string[] }[];
}

type Report = (field: string, message: string) => void;

const PREFIX = 'row';

/**
 * Judges each row against the graph as it is: a create or an update (by id), its properties
 * through the model's own validation (graph/writes/validate.ts) as a mutation would be, and its
 * links, whose other ends must exist (in the graph, or as rows of this file).
 */
export function planRows(
  kind: InventoryKind,
  rows: readonly PreparedRow[],
  current: CurrentState,
): { planned: PlannedRow[]; problems: Problem[] } {
  const { label } = kindSpec(kind);
  const fileIds = new Set(rows.map((r) => r.id));
  const problems: Problem[] = [];
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const { line, id } = row;
    const before = problems.length;
    const report: Report = (field, message) => problems.push({ line, id, field, message });
    const stored = current.nodes.get(id);
    const storedPlain = stored ? plainProps({ ...stored, __typename: label, id }) : null;
    const props = propertiesToSet(kind, row, storedPlain, report);
    const links = linkChanges(kind, row, !stored, current, fileIds, report);
    if (problems.length > before) continue;
    const outcome: Outcome = !stored ? 'created' : Object.keys(props).length || links.length ? 'updated' : 'unchanged';
    planned.push({ line, id, outcome, props, before: storedPlain, links });
  }
  return { planned, problems };
}

/** The row's properties validated, as driver values: all of them for a new node, those that change for an existing one. */
function propertiesToSet(kind: InventoryKind, row: PreparedRow, stored: Record<string, unknown> | null, report: Report): Record<string, unknown> {
  const { label, stampOnCreate: stamped = [] } = kindSpec(kind);
  // A stamped property left empty keeps its stamp: a file re-imported as it was changes nothing.
  const given = Object.entries(row.properties).filter(([name, v]) => v !== null || !stamped.includes(name));
  const input = Object.fromEntries(stored ? given : given.filter(([, v]) => v !== null));
  // Each value alone first, so that a row reports every bad cell, not only the first one; the
  // rules across properties see the node as the row would leave it.
  const node = { ...stored, ...input };
  const refused = new Set<string>();
  for (const [name, value] of Object.entries(input)) {
    const field = fieldOf(() => validateProperties(label, { [name]: value }, 'update', node, PREFIX));
    if (field?.[0] === name) {
      report(name, field[1]);
      refused.add(name);
    }
  }
  // Then the row as a whole (required properties, rules across them), without the cells already
  // refused, so that a missing name is reported beside a bad kind.
  const valid = Object.fromEntries(Object.entries(input).filter(([name]) => !refused.has(name)));
  let props: Record<string, unknown> = {};
  const field = fieldOf(() => {
    props = validateProperties(label, valid, stored ? 'update' : 'create', stored ?? {}, PREFIX);
  });
  if (field && !refused.has(field[0])) report(field[0], field[1]);
  return stored ? changedOnly(props, stored) : props;
}

/** The column and message of the InputError `check` throws, or null when it passes. */
function fieldOf(check: () => void): [string, string] | null {
  try {
    check();
    return null;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return [e.field.replace(`${PREFIX}.`, ''), e.message];
  }
}

/** Links to add and remove for each relationship column the row gives; every id must exist. */
function linkChanges(
  kind: InventoryKind,
  row: PreparedRow,
  created: boolean,
  current: CurrentState,
  fileIds: ReadonlySet<string>,
  report: Report,
): PlannedRow['links'] {
  const { label, links: columns } = kindSpec(kind);
  const changes: PlannedRow['links'] = [];
  for (const link of columns) {
    const ids = row.links.get(link);
    if (!ids) {
      if (created && link.required) report(link.column, `${link.column} is required for a new ${label}.`);
      continue;
    }
    if (link.required && !ids.length) report(link.column, `${link.column} is required: a ${label} needs one at least.`);
    for (const other of ids) {
      const inFile = labelOfId(other) === label && fileIds.has(other);
      if (!inFile && !current.existing.has(other)) report(link.column, `No ${labelOfId(other)} with id "${other}", in the graph or in this file.`);
    }
    const now = created ? [] : (current.links.get(link)?.get(row.id) ?? []);
    const add = ids.filter((other) => !now.includes(other));
    const remove = now.filter((other) => !ids.includes(other));
    if (add.length || remove.length) changes.push({ link, add, remove });
  }
  return changes;
}

/** Of validated driver values, those that differ from what is stored (compared as plain values). */
function changedOnly(props: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (JSON.stringify(toPlain(value)) !== JSON.stringify(stored[name] ?? null)) out[name] = value;
  }
  return out;
}

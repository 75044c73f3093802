import { InputError, NotFoundError } from '../errors.js';
import { labelOfId } from '../ids.js';
import type { Label } from '../model.js';
import { resolveLink } from '../writes/linkNodes.js';
import { fitsIdScheme } from '../writes/nodeWrites.js';
import { prefixOf, type WritableLabel } from '../writes/writableLabels.js';
import { columnNamed } from './columns.js';
import { kindSpec, otherLabels, type InventoryKind, type LinkColumn } from './kinds.js';
import type { SourceRow } from './parseInventory.js';
import type { Problem } from './problems.js';

/** A row whose id and links passed every check that needs no graph. */
export interface PreparedRow {
  line: number;
  id: string;
  /** Property columns the row gives (id aside), as JSON would hold them; null clears one. */
  properties: Record<string, unknown>;
  /** Link columns the row gives, with their ids (each once). */
  links: Map<LinkColumn, string[]>;
}

export interface PreparedRows {
  rows: PreparedRow[];
  problems: Problem[];
  /** Ids the rows link to that must exist in the graph, by label (ids of this file's own rows aside). */
  referenced: Map<Label, Set<string>>;
}

/**
 * The checks of each row that need no graph: its id (present, of the label's scheme, once in the
 * file), the shape of its link cells, and each link's rules (graph/writes/linkNodes.ts).
 */
export function prepareRows(kind: InventoryKind, source: readonly SourceRow[]): PreparedRows {
  const { label } = kindSpec(kind);
  const problems: Problem[] = [];
  const rows: PreparedRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values } of source) {
    const id = checkId(label, kind, values.id, line, firstLine, problems);
    if (id === null) continue;
    const before = problems.length;
    const properties: Record<string, unknown> = {};
    const links = new Map<LinkColumn, string[]>();
    for (const [name, value] of Object.entries(values)) {
      const column = columnNamed(kind, name);
      if (!column || name === 'id') continue;
      if (column.property) {
        properties[name] = value;
        continue;
      }
      const ids = linkIds(column.link, value);
      if (typeof ids === 'string') problems.push({ line, id, field: name, message: ids });
      else links.set(column.link, [...new Set(ids)]);
    }
    for (const [link, ids] of links) {
      for (const other of ids) {
        const message = linkProblem(link, id, other);
        if (message) problems.push({ line, id, field: link.column, message });
      }
    }
    if (problems.length === before) rows.push({ line, id, properties, links });
  }
  const inFile = new Set(firstLine.keys());
  const referenced = new Map<Label, Set<string>>();
  for (const row of rows) {
    for (const ids of row.links.values()) {
      for (const other of ids) {
        const otherLabel = labelOfId(other)!;
        if (otherLabel === label && inFile.has(other)) continue;
        let set = referenced.get(otherLabel);
        if (!set) referenced.set(otherLabel, (set = new Set()));
        set.add(other);
      }
    }
  }
  return { rows, problems, referenced };
}

function checkId(
  label: WritableLabel,
  kind: InventoryKind,
  value: unknown,
  line: number,
  firstLine: Map<string, number>,
  problems: Problem[],
): string | null {
  if (value === null || value === undefined || value === '') {
    problems.push({ line, field: 'id', message: 'id is required: rows are matched by the id you keep for them.' });
    return null;
  }
  const id = typeof value === 'string' ? value.trim() : '';
  if (!fitsIdScheme(label, id)) {
    // The same words as createNode: the id must say its label.
    problems.push({ line, field: 'id', message: `id must start with ${prefixOf(label)} and use letters, digits, ".", "_", ":" or "-" (${kind} are ${label} nodes).` });
    return null;
  }
  const seen = firstLine.get(id);
  if (seen !== undefined) {
    problems.push({ line, id, field: 'id', message: `${id} is also on line ${seen}; give each row once.` });
    return null;
  }
  firstLine.set(id, line);
  return id;
}

/** The ids of a link cell, or what is wrong with its shape. */
function linkIds(link: LinkColumn, value: unknown): string[] | string {
  if (value === null || value === undefined) return [];
  if (!link.many) return typeof value === 'string' ? (value ? [value] : []) : `${link.column} must be one id (text).`;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.filter(Boolean);
  return `${link.column} must be a list of ids (in CSV, separated by ";").`;
}

/** Why the row cannot link to `other` through this column, by the rules every link follows; null when it can. */
function linkProblem(link: LinkColumn, id: string, other: string): string | null {
  const [from, to] = link.direction === 'out' ? [id, other] : [other, id];
  try {
    resolveLink({ type: link.type, from, to });
    return null;
  } catch (e) {
    if (!(e instanceof InputError) && !(e instanceof NotFoundError)) throw e;
    const allowed = otherLabels(link);
    const otherLabel = labelOfId(other);
    return otherLabel && allowed.includes(otherLabel) ? e.message : `"${other}" is not the id of a ${allowed.join(' or ')}.`;
  }
}

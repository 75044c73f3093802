import { parse as parseCsv } from 'csv-parse/sync';
import { cellValue } from './cellValue.js';
import { columnsOf, type Column } from './columns.js';
import { jsonElementLines } from './jsonElementLines.js';
import type { InventoryKind } from './kinds.js';
import type { Problem } from './problems.js';

export type InventoryFormat = 'csv' | 'json';

/** A row as read from the file: its values by column, as JSON would hold them. */
export interface SourceRow {
  line: number;
  /** Only the columns the row gives: a column left out leaves the node's value (or links) as they are. */
  values: Record<string, unknown>;
}

export interface ParsedInventory {
  rows: SourceRow[];
  problems: Problem[];
}

/** Reads an inventory file of one kind; what cannot be read becomes problems, never an exception. */
export function parseInventory(kind: InventoryKind, text: string, format: InventoryFormat): ParsedInventory {
  return format === 'csv' ? parseCsvInventory(kind, text) : parseJsonInventory(kind, text);
}

function columnIndex(kind: InventoryKind): Map<string, Column> {
  return new Map(columnsOf(kind).map((c) => [c.name, c]));
}

const unknownColumn = (kind: InventoryKind, name: string) =>
  `Unknown column "${name}"; the columns of ${kind} are ${columnsOf(kind).map((c) => c.name).join(', ')}.`;

function parseCsvInventory(kind: InventoryKind, text: string): ParsedInventory {
  const problems: Problem[] = [];
  let records: { info: { lines: number }; raw: string; record: string[] }[];
  try {
    // Line ends made \n first, so that a record's raw text counts its lines (see startLine).
    records = parseCsv(text.replace(/\r\n?/g, '\n'), {
      bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true,
    }) as never;
  } catch (e) {
    const line = Number((e as { lines?: number }).lines) || 1;
    return { rows: [], problems: [{ line, field: 'file', message: `Not readable as CSV: ${(e as Error).message}.` }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 1, field: 'file', message: 'The file is empty; it needs a header line naming the columns.' }] };
  const known = columnIndex(kind);
  const names = header.record.map((n) => n.trim());
  const columns: (Column | undefined)[] = names.map((name, i) => {
    const column = known.get(name);
    if (!column) problems.push({ line: startLine(header), field: name || `column ${i + 1}`, message: unknownColumn(kind, name) });
    else if (names.indexOf(name) !== i) problems.push({ line: startLine(header), field: name, message: `Column "${name}" appears twice.` });
    return column;
  });
  if (!names.includes('id')) problems.push({ line: startLine(header), field: 'id', message: 'The header needs an id column: rows are matched by id.' });
  if (problems.length) return { rows: [], problems };
  const rows: SourceRow[] = [];
  for (const r of body) {
    const line = startLine(r);
    if (r.record.length !== names.length) {
      problems.push({ line, field: 'file', message: `The row has ${r.record.length} cells; the header has ${names.length}.` });
      continue;
    }
    const values: Record<string, unknown> = {};
    r.record.forEach((cell, i) => {
      const column = columns[i]!;
      values[column.name] = cellValue(column, cell);
    });
    rows.push({ line, values });
  }
  return { rows, problems };
}

/** The line a record starts on: csv-parse counts the line it ends on, and its raw text holds the lines between (after any skipped blank lines). */
function startLine(r: { info: { lines: number }; raw: string }): number {
  const own = r.raw.replace(/^\s*\n/, '').replace(/\n$/, '');
  return r.info.lines - (own.split('\n').length - 1);
}

function parseJsonInventory(kind: InventoryKind, text: string): ParsedInventory {
  let data: unknown;
  const source = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(source);
  } catch (e) {
    // JSON.parse names no position (Node 20): its message quotes the text around the fault.
    return { rows: [], problems: [{ line: 1, field: 'file', message: `Not readable as JSON: ${(e as Error).message}.` }] };
  }
  if (!Array.isArray(data)) return { rows: [], problems: [{ line: 1, field: 'file', message: 'The file must hold a JSON array of rows (objects).' }] };
  const lines = jsonElementLines(source);
  const known = columnIndex(kind);
  const problems: Problem[] = [];
  const rows: SourceRow[] = [];
  data.forEach((element: unknown, i) => {
    const line = lines[i] ?? 1;
    if (element === null || typeof element !== 'object' || Array.isArray(element)) {
      problems.push({ line, field: 'file', message: `Row ${i + 1} is not an object of column: value.` });
      return;
    }
    const values = element as Record<string, unknown>;
    const id = typeof values.id === 'string' ? values.id : undefined;
    for (const name of Object.keys(values)) {
      if (!known.has(name)) problems.push({ line, id, field: name, message: unknownColumn(kind, name) });
    }
    rows.push({ line, values });
  });
  return { rows, problems };
}

import { toCell } from './cellValue.js';
import { columnsOf } from './columns.js';
import { exampleRows } from './exampleRows.js';
import type { InventoryKind } from './kinds.js';
import type { InventoryFormat } from './parseInventory.js';

/**
 * A file to fill in: every column of the kind (from the model) with one example row. CSV: the
 * header and the row; JSON: an array holding the row with every column (null where empty).
 */
export function templateFor(kind: InventoryKind, format: InventoryFormat): string {
  const columns = columnsOf(kind);
  const example = exampleRows[kind];
  if (format === 'csv') {
    const header = columns.map((c) => c.name).join(',');
    const row = columns.map((c) => toCell(example[c.name])).join(',');
    return `${header}\n${row}\n`;
  }
  const row = Object.fromEntries(columns.map((c) => [c.name, example[c.name] ?? (c.link?.many ? [] : null)]));
  return `${JSON.stringify([row], null, 2)}\n`;
}

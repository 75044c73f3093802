import type { Column } from './columns.js';

/** Separates the items of a list in one CSV cell (string[] properties and relationship columns). */
export const LIST_SEPARATOR = ';';

/**
 * A CSV cell as the value a JSON file would hold for its column: empty is null, a list is split
 * on `;`, numbers and booleans are read when they parse. A cell that does not parse is passed on
 * as text, so that the model's validation (graph/writes/validate.ts) refuses it with its own words.
 */
export function cellValue(column: Column, cell: string): unknown {
  const text = cell.trim();
  if (column.link) {
    if (!column.link.many) return text || null;
    return splitList(text);
  }
  if (!text) return null;
  switch (column.property.type) {
    case 'string':
      // Text keeps its spaces; only a blank cell means "no value".
      return cell;
    case 'string[]':
      return splitList(text);
    case 'int':
      return /^[+-]?\d+$/.test(text) ? Number(text) : text;
    case 'float': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'boolean':
      return /^(true|false)$/i.test(text) ? text.toLowerCase() === 'true' : text;
    default:
      return text;
  }
}

function splitList(text: string): string[] {
  return text.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);
}

/** A value as its CSV cell (the inverse of `cellValue`), quoted when it must be. */
export function toCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

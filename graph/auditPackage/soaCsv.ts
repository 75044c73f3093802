import type { SoaRow } from '../queries/statementOfApplicability.js';

/** The columns of data/statement-of-applicability.csv, in order, each read from a row of the statement. */
export const SOA_COLUMNS: readonly (readonly [string, (row: SoaRow) => string | number | boolean | null])[] = [
  ['control_id', (r) => r.control.id],
  ['control_title', (r) => r.control.title],
  ['area_id', (r) => r.area?.id ?? null],
  ['area_title', (r) => r.area?.title ?? null],
  ['applicable', (r) => r.applicable],
  ['status', (r) => r.status],
  ['justification', (r) => r.justification],
  ['implementation_count', (r) => r.implementationCount],
  ['evidence_best', (r) => r.evidence.best],
  ['evidence_total', (r) => r.evidence.total],
  ['evidence_current', (r) => r.evidence.current],
  ['evidence_expiring', (r) => r.evidence.expiring],
  ['evidence_stale', (r) => r.evidence.stale],
  ['evidence_superseded', (r) => r.evidence.superseded],
  ['evidence_rejected', (r) => r.evidence.rejected],
  ['owners', (r) => r.owners.join('; ')],
  ['owner_count', (r) => r.ownerCount],
  ['exclusion_count', (r) => r.exclusionCount],
  // Last, so readers of the earlier columns by position are unaffected.
  ['notes', (r) => r.notes.join(' | ')],
];

/**
 * The statement as CSV (RFC 4180, CRLF, a header row). A cell a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) is prefixed with `'`: a justification is anyone's text.
 */
export function soaCsv(rows: readonly SoaRow[]): string {
  const lines = [SOA_COLUMNS.map(([name]) => name), ...rows.map((row) => SOA_COLUMNS.map(([, cell]) => csvCell(cell(row))))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

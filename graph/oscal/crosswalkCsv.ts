import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import { labelOfId } from '../ids.js';
import type { Label } from '../model.js';
import { levels } from '../modelSpec.js';
import { isUnicodeText } from '../writes/validate.js';
import { ShapeReader } from './shapeReader.js';

/** One mapping of a crosswalk file, turned the way it is stored (an ISO 42001 end first). */
export interface CrosswalkRow {
  /** Line of the file where the row starts. */
  line: number;
  from: string;
  fromLabel: Label;
  to: string;
  source: string;
  confidence: string;
  basis: string | null;
  note: string | null;
}

const REQUIRED = ['from', 'to', 'source', 'confidence'] as const;
const COLUMNS = [...REQUIRED, 'basis', 'note'] as const;
type Column = (typeof COLUMNS)[number];

/** ISO/IEC 42001 nodes a crosswalk may start at (MAPS_TO in the model). */
const ISO_ENDS: readonly Label[] = ['Clause', 'ControlArea', 'Control'];
const DOCUMENT = 'crosswalk CSV';

/**
 * Reads a crosswalk CSV: a header naming `from,to,source,confidence` and optionally `basis,note`
 * (any order), then one mapping a row. Each end is an ISO/IEC 42001 clause, area or control or a
 * framework requirement (`NIST-SP-800-53:AC-2`); a row with an ISO end is turned to go ISO → other,
 * any other goes from → to. Every problem is reported by line, all at once; whether the ids exist
 * is the import's to judge.
 */
export function parseCrosswalkCsv(text: string): CrosswalkRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true }) as never;
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    throw new InputError('csv', `The ${DOCUMENT} cannot be read, so nothing was written: ${e.message}.`);
  }
  const r = new ShapeReader();
  const [header, ...rows] = records;
  if (!header) throw new InputError('csv', `The ${DOCUMENT} is empty: its first line names the columns ${COLUMNS.join(',')}.`);
  const columns = readHeader(header.record);
  if (!rows.length) throw new InputError('csv', `The ${DOCUMENT} has a header and no rows.`);

  const out: CrosswalkRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    // csv-parse counts the line a record ends on; a quoted value may span lines.
    const line = info.lines - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const at = `line ${line}`;
    const cell = (column: Column) => {
      const i = columns.get(column);
      const value = i === undefined ? '' : (record[i] ?? '').trim();
      if (!isUnicodeText(value)) r.problem(at, `${column} is not Unicode text`);
      return value;
    };
    if (record.length > columns.size) r.problem(at, `${record.length} values for ${columns.size} columns`);
    const missing = REQUIRED.filter((c) => !cell(c));
    if (missing.length) {
      r.problem(at, `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} empty`);
      continue;
    }
    const confidence = cell('confidence').toLowerCase();
    if (!(levels as readonly string[]).includes(confidence)) r.problem(at, `confidence "${cell('confidence')}" is not high, medium or low`);
    let [from, to] = [cell('from'), cell('to')];
    let [fromLabel, toLabel] = [labelOfId(from), labelOfId(to)];
    const bad = [[from, fromLabel, 'from'], [to, toLabel, 'to']].filter(([, label]) => !label || (label !== 'Requirement' && !ISO_ENDS.includes(label as Label)));
    for (const [id, label, column] of bad) r.problem(at, `${column} "${id}" is ${label ? `a ${label}` : 'no id of the graph'}; each end is an ISO/IEC 42001 clause, area or control (e.g. A.6.2.4) or a framework requirement (e.g. NIST-AI-RMF:GOVERN 1.1)`);
    if (bad.length) continue;
    if (fromLabel !== 'Requirement' && toLabel !== 'Requirement') {
      r.problem(at, `both ends are ISO/IEC 42001 (${from}, ${to}); a crosswalk maps it to another framework`);
      continue;
    }
    if (toLabel !== 'Requirement') [from, to, fromLabel, toLabel] = [to, from, toLabel, fromLabel];
    if (from === to) {
      r.problem(at, `from and to are both "${from}"`);
      continue;
    }
    const row: CrosswalkRow = {
      line, from, fromLabel: fromLabel!, to, source: cell('source'), confidence,
      basis: cell('basis') || null, note: cell('note') || null,
    };
    const key = JSON.stringify([row.from, row.to, row.source]);
    const first = seen.get(key);
    if (first) r.problem(at, `maps ${row.from} to ${row.to} for source "${row.source}" as line ${first} does; give each mapping once`);
    else seen.set(key, line);
    out.push(row);
  }
  r.throwIfAny(DOCUMENT);
  return out;
}

/** Column name → index; the header must name the required columns, and no others than ours. */
function readHeader(names: readonly string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  names.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (!(COLUMNS as readonly string[]).includes(name)) {
      throw new InputError('csv', `line 1: column "${raw}" is not one of ${COLUMNS.join(', ')}; the first line of a crosswalk CSV is its header.`);
    }
    if (columns.has(name as Column)) throw new InputError('csv', `line 1: column "${name}" is named twice.`);
    columns.set(name as Column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length) throw new InputError('csv', `line 1: the header lacks ${missing.join(', ')}; it names the columns ${COLUMNS.join(',')}.`);
  return columns;
}

import type { EvidenceRecord, ImplementationRecord } from './types.js';

/** The artifact of a reference evidence item: a short document written from its record. */
export interface EvidenceDocument {
  evidenceId: string;
  /** Path under the evidence store, e.g. `governance/ai-policy-2.1.md`. */
  path: string;
  /** File name, the path's last part. */
  name: string;
  mediaType: string;
  content: Buffer;
}

/** What the document says about the evidence, as its node has it. */
export interface EvidenceFacts {
  /** The organisation's name. */
  organization: string;
  periodStart: string;
  periodEnd: string;
  recordedAt: string;
  validUntil?: string;
  reviewIntervalDays?: number;
  reviewState: string;
}

/**
 * A stand-in for the file the record names (`file`): a CSV report when that is a CSV file, else a
 * Markdown one, saying what the evidence is, the period it covers and which implementations (with
 * their control, scope and description) it backs. Pure: the same record and facts, the same bytes,
 * so its sha256 is known before it is stored.
 */
export function evidenceDocument(e: EvidenceRecord, facts: EvidenceFacts, backs: readonly ImplementationRecord[]): EvidenceDocument {
  const csv = e.file.endsWith('.csv');
  const path = csv ? e.file : e.file.replace(/(\.[a-z]+)?$/, '.md');
  const fields: [string, string][] = [
    ['organisation', facts.organization],
    ['evidence', e.id],
    ['title', e.title],
    ['kind', e.kind],
    ['period', facts.periodStart === facts.periodEnd ? facts.periodStart : `${facts.periodStart} to ${facts.periodEnd}`],
    ['recorded', facts.recordedAt.slice(0, 10)],
    facts.validUntil ? ['valid until', facts.validUntil] : ['review', `every ${facts.reviewIntervalDays} days`],
    ['review state', facts.reviewState],
    ...(e.supersedes ? [['supersedes', e.supersedes] as [string, string]] : []),
    ['original', e.file],
  ];
  const shows = backs.map((i) => `IMP-${i.control}-${i.scope} (control ${i.control}, ${i.scope}): ${i.description}`);
  const text = csv ? csvReport(fields, shows) : markdownReport(e.title, fields, shows);
  return {
    evidenceId: e.id,
    path,
    name: path.slice(path.lastIndexOf('/') + 1),
    mediaType: csv ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
    content: Buffer.from(text, 'utf8'),
  };
}

function markdownReport(title: string, fields: [string, string][], shows: string[]): string {
  return [
    `# ${title}`,
    '',
    ...fields.map(([name, value]) => `- **${name}**: ${value}`),
    '',
    '## What it shows',
    '',
    'That these implementations of ISO/IEC 42001 Annex A controls work as described:',
    '',
    ...shows.map((s) => `- ${s}`),
    '',
    '_A stand-in written from the evidence record for the reference organisation; the original is named above._',
    '',
  ].join('\n');
}

function csvReport(fields: [string, string][], shows: string[]): string {
  const rows = [['field', 'value'], ...fields, ...shows.map((s): [string, string] => ['shows', s])];
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

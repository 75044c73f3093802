import { toCsv } from './csv';
import type { SoaQuery } from './generated/graphql';

type SoaRow = NonNullable<SoaQuery['statementOfApplicability']>['rows'][number];

export const SOA_HEADER = [
  'control_id',
  'control_title',
  'area',
  'applicable',
  'justification',
  'status',
  'implementations',
  'evidence_best',
  'evidence_current',
  'evidence_expiring',
  'evidence_stale',
  'evidence_total',
  'owners',
  'exclusions_on_narrower_scopes',
  'notes',
] as const;

/** The Statement of Applicability as auditors file it: one row per Annex A control, in order. */
export function soaCsv(rows: readonly SoaRow[]): string {
  return toCsv(
    SOA_HEADER,
    rows.map((r) => [
      r.control.id,
      r.control.title,
      r.area ? `${r.area.id} ${r.area.title}` : '',
      r.applicable,
      r.justification ?? '',
      r.status,
      r.implementationCount,
      r.evidence.best,
      r.evidence.current,
      r.evidence.expiring,
      r.evidence.stale,
      r.evidence.total,
      r.owners.join('; '),
      r.exclusions.map((e) => `${e.scope.id}: ${e.justification ?? 'no justification recorded'}`).join(' | '),
      r.notes.join(' | '),
    ]),
  );
}

export function soaFilename(scopeId: string, asOf: string): string {
  return `statement-of-applicability-${scopeId.replace(/[^A-Za-z0-9._-]+/g, '_')}-${asOf}.csv`;
}

import { formatDate, formatDateTime } from './dates';

/** Words for the API's enum values and labels, as analysts and auditors say them. */

const LABEL_NAMES: Record<string, string> = {
  AISystem: 'AI system',
  ControlArea: 'Control area',
  ControlObjective: 'Control objective',
  OrganizationalObjective: 'Organisational objective',
  RiskSource: 'Risk source',
  KPI: 'KPI',
  Organization: 'Organisation',
  ChangeRequest: 'Change request',
  ImpactAssessment: 'Impact assessment',
  CorrectiveAction: 'Corrective action',
  ManagementReview: 'Management review',
};

export function labelName(label: string): string {
  return LABEL_NAMES[label] ?? label.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

const SPECIAL: Record<string, string> = {
  NONE: 'No evidence',
  NOT_IMPLEMENTED: 'Not implemented',
  EXCLUDED: 'Excluded',
  ORGANIZATION: 'Organisation-wide',
};

/** `NOT_STARTED` → `Not started`. */
export function humanize(value: string | null | undefined): string {
  if (!value) return '—';
  return SPECIAL[value] ?? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** How a control reaches a system, in the order the coverage view lists them. */
export const HOW_ORDER = ['DIRECT', 'ORGANIZATION', 'DEPENDENCY', 'MODEL', 'DATASET', 'VENDOR'] as const;

export const HOW_TEXT: Record<string, { title: string; detail: string }> = {
  DIRECT: { title: 'Direct', detail: 'Implemented on the system itself.' },
  ORGANIZATION: { title: 'Organisation-wide', detail: 'Inherited from an implementation for the whole organisation.' },
  DEPENDENCY: { title: 'Through a dependency', detail: 'Inherited from a system it calls (up to 3 hops), or from that system’s model, dataset or vendor.' },
  MODEL: { title: 'Through a model', detail: 'Inherited from a model the system runs.' },
  DATASET: { title: 'Through a dataset', detail: 'Inherited from a dataset the system uses.' },
  VENDOR: { title: 'Through a vendor', detail: 'Inherited from a vendor that provides the system.' },
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const FACT_LABELS: Record<string, string> = { sha256: 'SHA-256', uri: 'URI', kind: 'Kind', aimsRole: 'AIMS role' };

/** A property name as a heading: `recordedAt` → `Recorded at`. */
export function factLabel(key: string): string {
  return FACT_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()).replace(/ ([A-Z])(?=[a-z])/g, (_, c: string) => ` ${c.toLowerCase()}`);
}

/** A property value for reading: enum values in words, days and instants formatted, booleans as Yes/No. */
export function factValue(value: string): string {
  if (value === 'true' || value === 'false') return value === 'true' ? 'Yes' : 'No';
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (/^[A-Z][A-Z_]+$/.test(value)) return humanize(value);
  return value;
}

/** A size as people read it: `930 B`, `12.4 KB`, `3.1 MB` (powers of 1024). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** Evidence counts in words, `2 current · 1 expiring of 4`, or `none` when there is none. */
export function evidenceWords(s: { current: number; expiring: number; stale: number; total: number }): string {
  if (!s.total) return 'none';
  const parts = (
    [
      [s.current, 'current'],
      [s.expiring, 'expiring'],
      [s.stale, 'stale'],
    ] as const
  )
    .filter(([n]) => n)
    .map(([n, w]) => `${n} ${w}`);
  return `${parts.length ? parts.join(' · ') : 'none usable'} of ${s.total}`;
}

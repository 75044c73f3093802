import { toCsv } from './csv';
import type { FrameworkCoverageQuery, FrameworkSupport } from './generated/graphql';
import { SUPPORT_COLORS } from './colors';

/** Another framework through our ISO 42001 work: the judgements in order, their words, the CSV. */
export type FrameworkItem = NonNullable<FrameworkCoverageQuery['frameworkCoverage']>['items']['rows'][number];

export const SUPPORT_ORDER = ['SUPPORTED', 'PARTIAL', 'UNSUPPORTED', 'UNMAPPED'] as const satisfies readonly FrameworkSupport[];

export const SUPPORT_TEXT: Record<FrameworkSupport, { label: string; detail: string }> = {
  SUPPORTED: { label: 'Supported', detail: 'A mapped control is applicable, implemented and has current evidence.' },
  PARTIAL: { label: 'Partial', detail: 'A mapped control is only partly implemented, or lacks current evidence.' },
  UNSUPPORTED: { label: 'Unsupported', detail: 'Mapped, but no mapped control is under way.' },
  UNMAPPED: { label: 'Unmapped', detail: 'No crosswalk reaches it from ISO 42001.' },
};

/** The stacked bar's series: the judgements, in the colours of the statuses behind them. */
export const SUPPORT_SERIES = SUPPORT_ORDER.map((key) => ({ key, label: SUPPORT_TEXT[key].label, color: SUPPORT_COLORS[key]! }));

export function isSupport(value: string | null | undefined): value is FrameworkSupport {
  return (SUPPORT_ORDER as readonly string[]).includes(value ?? '');
}

/**
 * How deep each item sits in its framework, from `parentId`, for indenting. Items come in the
 * framework's order, parents first; a parent not loaded (filtered out, on a later page) is
 * stood in for by the depth its kind had elsewhere, so a filtered list keeps its shape.
 */
export function depths(items: readonly { requirement: { id: string; kind: string; parentId?: string | null } }[]): Map<string, number> {
  const depth = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const { requirement: r } of items) {
    const parent = r.parentId ? depth.get(r.parentId) : undefined;
    const d = parent !== undefined ? parent + 1 : r.parentId ? (byKind.get(r.kind) ?? 1) : 0;
    depth.set(r.id, d);
    if (!byKind.has(r.kind)) byKind.set(r.kind, d);
  }
  return depth;
}

export const FRAMEWORK_HEADER = [
  'ref',
  'id',
  'title',
  'kind',
  'parent_id',
  'support',
  'rolled_up',
  'best_via',
  'best_bridge',
  'best_control',
  'best_status',
  'best_evidence',
  'best_confidence',
  'best_source',
  'routes',
] as const;

/** The items as shown (filter and pages loaded), one row each, in framework order: for working papers. */
export function frameworkCsv(items: readonly FrameworkItem[]): string {
  return toCsv(
    FRAMEWORK_HEADER,
    items.map((item) => {
      const best = item.routes[0];
      return [
        item.requirement.ref,
        item.requirement.id,
        item.requirement.title,
        item.requirement.kind,
        item.requirement.parentId ?? '',
        item.support,
        item.rolledUp,
        best?.via.id ?? '',
        best?.bridge?.id ?? '',
        best?.control?.id ?? '',
        best?.status ?? '',
        best?.evidence ?? '',
        best?.confidence ?? '',
        best?.source ?? '',
        item.routes.map((r) => [r.via.id, r.bridge?.id, r.control?.id].filter(Boolean).join(' > ') + ` (${r.support})`).join(' | '),
      ];
    }),
  );
}

export function frameworkFilename(frameworkId: string, scopeId: string, asOf: string, support?: string | null): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `framework-coverage-${safe(frameworkId)}-${safe(scopeId)}${support ? `-${support.toLowerCase()}` : ''}-${asOf}.csv`;
}

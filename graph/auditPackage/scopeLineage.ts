import type { Graph } from '../db.js';
import { controlLineage, type LineageImplementation } from '../queries/controlLineage.js';
import { coverage, type CoverageRow, type ExcludedRow } from '../queries/coverage.js';
import { MAX_PAGE_SIZE } from '../queries/input.js';
import type { SoaRow } from '../queries/statementOfApplicability.js';
import { implementationDetails } from './implementationDetails.js';
import type { PackageScope } from './packageScope.js';

/** What a system's lineage reached: the nodes whose history and artifacts its package holds. */
export interface Reached {
  /** The system, the implementations reaching it and their scopes. */
  nodeIds: Set<string>;
  evidenceIds: Set<string>;
}

export interface LineageOptions {
  graph: Graph;
  scope: PackageScope;
  asOf: string;
  expiringDays: number;
  /** The statement's rows: the controls, in natural order. */
  controls: readonly SoaRow[];
  /** For a system, filled with what its lineage reaches. */
  reached: Reached;
  onControl?: (done: number, total: number) => void;
}

/**
 * data/lineage.json, piece by piece: `{ scope, asOf, expiringDays, controls: [{ control, area,
 * implementations: [...] }] }`, each implementation as a control's lineage gives it (owners,
 * scope, why, evidence with freshness on asOf and sha256). The organisation's lists every
 * implementation, read a page at a time (controlLineage); a system's, those its coverage says
 * reach it, each with `how`.
 */
export async function* lineageJson(options: LineageOptions): AsyncGenerator<string> {
  const { scope, asOf, expiringDays, controls } = options;
  yield `{"scope":${JSON.stringify({ id: scope.id, label: scope.label, name: scope.name })},"asOf":"${asOf}","expiringDays":${expiringDays},"controls":[\n`;
  const implementations = scope.label === 'Organization' ? organizationImplementations(options) : await systemImplementations(options);
  for (const [k, row] of controls.entries()) {
    yield `${k ? ',\n' : ''}{"control":${JSON.stringify(row.control)},"area":${JSON.stringify(row.area)},"implementations":[`;
    let separator = '';
    for await (const page of implementations(row.control.id)) {
      if (!page.length) continue;
      // One piece per page: the zip sees a few large writes rather than one per implementation.
      yield page.map((implementation, j) => `${j ? ',' : separator}\n${JSON.stringify(implementation)}`).join('');
      separator = ',';
    }
    yield ']}';
    options.onControl?.(k + 1, controls.length);
  }
  yield '\n]}\n';
}

type Pages = (controlId: string) => AsyncGenerator<LineageImplementation[]>;

function organizationImplementations({ graph, asOf, expiringDays }: LineageOptions): Pages {
  return async function* pages(controlId) {
    for (let after: string | null = null; ;) {
      const lineage = await controlLineage(graph, { controlId, asOf, expiringDays, first: MAX_PAGE_SIZE, after });
      if (!lineage) return;
      yield lineage.implementations.rows;
      if (!lineage.implementations.hasNextPage) return;
      after = lineage.implementations.endCursor;
    }
  };
}

/** A system's implementations, read at once: its reach is a few hundred at most. */
async function systemImplementations({ graph, scope, asOf, expiringDays, reached }: LineageOptions): Promise<Pages> {
  const answer = await coverage(graph, { systemId: scope.id, asOf, expiringDays });
  const rows: (CoverageRow | ExcludedRow)[] = [...(answer?.covered ?? []), ...(answer?.excluded ?? [])];
  const details = await implementationDetails(graph, [...new Set(rows.map((r) => r.implementation.id))], asOf, expiringDays);
  reached.nodeIds.add(scope.id);
  const byControl = new Map<string, (LineageImplementation & { how: string })[]>();
  for (const row of rows) {
    const more = details.get(row.implementation.id);
    if (!more) continue;
    reached.nodeIds.add(row.implementation.id);
    reached.nodeIds.add(row.scope.id);
    for (const e of more.evidence) reached.evidenceIds.add(e.id);
    const list = byControl.get(row.control.id) ?? [];
    list.push({ ...row.implementation, ...more, scope: row.scope, how: row.how, why: row.why });
    byControl.set(row.control.id, list);
  }
  return async function* pages(controlId) {
    yield byControl.get(controlId) ?? [];
  };
}

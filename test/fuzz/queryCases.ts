import fc from 'fast-check';
import { expect } from 'vitest';
import { labelOfId, type Role } from '../../graph/index.js';
import { wrongType } from './fieldValues.js';
import { injectionPayloads, notADay, oddText, sizedText } from './oddStrings.js';
import {
  anyId, ask, cursorArg, dayArg, enumArg, existing, idArg, idFilterArg, intArg, labelsArg, type Arg, type Ask, type Reference,
} from './queryArgs.js';
import { enumValues, sdl } from './sdl.js';

/** A Query field and how to fuzz it; `runs` weighs what it costs against what it covers. */
export interface QueryCase {
  field: string;
  runs: number;
  arb: fc.Arbitrary<Ask>;
  /** The least role that may ask (viewer unless said). */
  role?: Role;
}

type Page = { edges: { node: { id: string } }[]; totalCount: number; pageInfo: { hasNextPage: boolean } };

/** A page holds at most `first` distinct items, no more than the total, and is full when more follow. */
function expectPage(rows: { id: string }[], totalCount: number, hasNextPage: boolean, first: number) {
  expect(rows.length).toBeLessThanOrEqual(first);
  expect(totalCount).toBeGreaterThanOrEqual(rows.length);
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  if (hasNextPage) expect(rows.length).toBe(first);
}

/** The label an argument's id names; nothing for a value that is not a string (GraphQL refuses it). */
const labelOf = (id: unknown) => (typeof id === 'string' ? labelOfId(id) : null);

const firstOf = (v: Record<string, unknown>, fallback: number) => (typeof v.first === 'number' ? v.first : fallback);

/** Search text: words, operators and escapes of Lucene, hostile and huge strings. */
const searchText = (): fc.Arbitrary<Arg> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.oneof(oddText(), fc.constantFrom('customer', 'bias AND OR NOT', '*', '?', 'a~2', '"quoted', '\\', 'title:x', '(((', '+-&&||!', ...injectionPayloads)).map((value) => ({ value })) },
    { weight: 1, arbitrary: sizedText(1_000, 100_000).map((value) => ({ value })) },
    { weight: 1, arbitrary: fc.oneof(wrongType('String'), fc.constant(null)).map((value): Arg => ({ value, fault: 'coerce' })) },
  );

const filters: Record<string, Record<string, string>> = {
  aiSystems: { kind: 'SystemKind', channel: 'Channel', lifecycleStage: 'LifecycleStage', riskTier: 'Level', ownerId: 'ID', vendorId: 'ID' },
  models: { ownerId: 'ID', vendorId: 'ID' },
  datasets: { personalData: 'Boolean', ownerId: 'ID', vendorId: 'ID' },
  vendors: { criticality: 'Level', ownerId: 'ID' },
  risks: { category: 'String', treatment: 'Treatment', ownerId: 'ID' },
  implementations: { status: 'ImplementationStatus', controlId: 'ID', scopeId: 'ID', ownerId: 'ID' },
  evidence: { kind: 'EvidenceKind', reviewState: 'ReviewState', freshness: 'Freshness', asOf: 'Date', expiringDays: 'Int', ownerId: 'ID' },
  people: {},
  clauses: {},
  controls: {},
  changeRequests: { status: 'ChangeStatus', kind: 'ChangeKind' },
  impactAssessments: {},
  incidents: { severity: 'Severity', status: 'IncidentStatus' },
  findings: { kind: 'FindingKind', status: 'FindingStatus' },
  correctiveActions: {},
  audits: { kind: 'AuditKind', status: 'AuditStatus' },
  managementReviews: {},
  kpis: {},
};
const filterTypes: Record<string, string> = {
  aiSystems: 'AISystemFilter', models: 'ModelFilter', datasets: 'DatasetFilter', vendors: 'VendorFilter', risks: 'RiskFilter',
  implementations: 'ImplementationFilter', evidence: 'EvidenceFilter', changeRequests: 'ChangeRequestFilter', incidents: 'IncidentFilter',
  findings: 'FindingFilter', audits: 'AuditFilter',
};

function filterArg(ref: Reference, type: string): fc.Arbitrary<Arg> {
  if (type === 'ID') return idFilterArg(ref);
  if (type === 'Date') return dayArg();
  if (type === 'Int') return intArg(0, 3650);
  if (type === 'String') return fc.oneof(fc.constant<Arg>({ value: undefined }), oddText().map((value): Arg => ({ value })));
  if (type === 'Boolean') return fc.oneof(fc.constant<Arg>({ value: undefined }), fc.boolean().map((value): Arg => ({ value })), wrongType('Boolean').map((value): Arg => ({ value, fault: 'coerce' })));
  return enumArg(enumValues(type));
}

/** The workflows' lists read through the same generic list as the others: fewer runs each. */
const workflowLists = new Set(['changeRequests', 'impactAssessments', 'incidents', 'findings', 'correctiveActions', 'audits', 'managementReviews', 'kpis']);

function listCase(ref: Reference, list: string): QueryCase {
  const type = filterTypes[list];
  const args: Record<string, fc.Arbitrary<Arg>> = { first: intArg(1, 100), after: cursorArg(ref, list) };
  for (const [name, t] of Object.entries(filters[list]!)) args[`filter.${name}`] = filterArg(ref, t);
  const query = `query(${type ? `$filter: ${type}, ` : ''}$first: Int, $after: String) {
    ${list}(${type ? 'filter: $filter, ' : ''}first: $first, after: $after) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`;
  return {
    field: list,
    runs: workflowLists.has(list) ? 60 : 200,
    arb: ask(query, args, {
      check: (data, v) => {
        const page = data[list] as Page;
        expectPage(page.edges.map((e) => e.node), page.totalCount, page.pageInfo.hasNextPage, firstOf(v, defaultFirst(list)));
      },
    }),
  };
}

/** A list's page size when `first` is left out, as the SDL declares it (the workflows' lists take fewer). */
function defaultFirst(list: string): number {
  const first = sdl.getQueryType()!.getFields()[list]!.args.find((a) => a.name === 'first')?.defaultValue;
  return typeof first === 'number' ? first : 50;
}

/** The fields queryCases fuzzes, known before the reference graph is (one test each). */
export const queryFields = [
  'node', 'nodes', 'search', 'aiSystem', 'control', 'clause', ...Object.keys(filters), 'staleEvidence', 'gaps', 'impact',
  'statementOfApplicability', 'statementOfApplicabilityChanges', 'frameworkCoverage', 'verifyEvidence', 'path', 'history', 'kpiSignals',
];

/** A `Date!` argument between two days: within, left out, null, not a day. */
function requiredDay(min: string, max: string): fc.Arbitrary<Arg> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d): Arg => ({ value: d.toISOString().slice(0, 10) })) },
    { weight: 1, arbitrary: fc.constantFrom<Arg>({ value: undefined, fault: 'coerce' }, { value: null, fault: 'coerce' }) },
    { weight: 1, arbitrary: fc.oneof(notADay(), wrongType('String')).map((value): Arg => ({ value, fault: 'coerce' })) },
  );
}

const coverageOf = `{ system { id } covered { how control { id } } uncovered { id } excluded { control { id } } }`;
const impactSubjects = ['Vendor', 'Dataset', 'Model', 'AISystem'];

/** Every Query field the fuzz drives, with its arguments' arbitraries and what an answer must hold. */
export function queryCases(ref: Reference): QueryCase[] {
  const id = idArg(ref);
  return [
    {
      field: 'node',
      runs: 600,
      arb: ask('query($id: ID!) { node(id: $id) { id __typename } }', { id }, {
        check: (data, v) => {
          const node = data.node as { id: string } | null;
          expect(node === null ? null : node.id).toBe(existing(ref, String(v.id)) ? String(v.id) : null);
        },
      }),
    },
    {
      field: 'nodes',
      runs: 350,
      arb: ask('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: fc.oneof(
          { weight: 8, arbitrary: fc.array(anyId(ref), { maxLength: 100 }).map((value): Arg => ({ value })) },
          { weight: 1, arbitrary: anyId(ref).map((value): Arg => ({ value })) },
          { weight: 1, arbitrary: fc.array(anyId(ref), { minLength: 101, maxLength: 400 }).map((value): Arg => ({ value, fault: 'domain' })) },
          { weight: 1, arbitrary: fc.array(fc.oneof(fc.constant(null), wrongType('ID')), { minLength: 1, maxLength: 3 }).map((value): Arg => ({ value, fault: 'coerce' })) },
        ),
      }, {
        // In the order asked, null where missing; a single id is a list of one.
        check: (data, v) => {
          const asked = ([] as unknown[]).concat(v.ids).map(String);
          expect((data.nodes as ({ id: string } | null)[]).map((n) => n?.id ?? null)).toEqual(asked.map((i) => (existing(ref, i) ? i : null)));
        },
      }),
    },
    {
      field: 'search',
      runs: 450,
      arb: ask('query($text: String!, $labels: [String!], $first: Int, $after: String) { search(text: $text, labels: $labels, first: $first, after: $after) { totalCount complete pageInfo { hasNextPage } rows { id label score } } }', {
        text: searchText(), labels: labelsArg(), first: intArg(1, 100), after: cursorArg(ref, 'search'),
      }, {
        check: (data, v) => {
          const page = data.search as { rows: { id: string; label: string }[]; totalCount: number; pageInfo: { hasNextPage: boolean } };
          expectPage(page.rows, page.totalCount, page.pageInfo.hasNextPage, firstOf(v, 20));
          const labels = v.labels as string[] | undefined;
          if (labels?.length) for (const row of page.rows) expect(labels).toContain(row.label);
        },
      }),
    },
    {
      field: 'aiSystem',
      runs: 250,
      arb: ask(`query($id: ID!, $asOf: Date, $expiringDays: Int) { aiSystem(id: $id) { id coverage(asOf: $asOf, expiringDays: $expiringDays) ${coverageOf} } }`, {
        id, asOf: dayArg(), expiringDays: intArg(0, 3650),
      }, {
        applies: (v) => labelOf(v.id) === 'AISystem',
        check: (data, v) => {
          const system = data.aiSystem as { id: string; coverage: { system: { id: string } } } | null;
          expect(system?.coverage.system.id ?? null).toBe(existing(ref, v.id) === 'AISystem' ? v.id : null);
        },
      }),
    },
    {
      field: 'control',
      runs: 200,
      arb: ask('query($id: ID!, $asOf: Date, $expiringDays: Int, $first: Int, $after: String) { control(id: $id) { id lineage(asOf: $asOf, expiringDays: $expiringDays, first: $first, after: $after) { control { id } clauses { id } implementations { totalCount pageInfo { hasNextPage } rows { id evidence { id freshness } } } } } }', {
        id, asOf: dayArg(), expiringDays: intArg(0, 3650), first: intArg(1, 100), after: cursorArg(ref, 'controlLineage'),
      }, {
        applies: (v) => labelOf(v.id) === 'Control',
        check: (data, v) => {
          const control = data.control as { lineage: { control: { id: string }; implementations: { rows: { id: string }[]; totalCount: number; pageInfo: { hasNextPage: boolean } } } } | null;
          expect(control?.lineage.control.id ?? null).toBe(existing(ref, v.id) === 'Control' ? v.id : null);
          if (control) expectPage(control.lineage.implementations.rows, control.lineage.implementations.totalCount, control.lineage.implementations.pageInfo.hasNextPage, firstOf(v, 50));
        },
      }),
    },
    {
      field: 'clause',
      runs: 200,
      arb: ask('query($id: ID!, $asOf: Date, $expiringDays: Int, $first: Int, $after: String) { clause(id: $id) { id lineage(asOf: $asOf, expiringDays: $expiringDays, first: $first, after: $after) { clause { id } subclauses { id } controls { totalCount pageInfo { hasNextPage } rows { id evidence { best } } } } } }', {
        id, asOf: dayArg(), expiringDays: intArg(0, 3650), first: intArg(1, 100), after: cursorArg(ref, 'clauseLineage'),
      }, {
        applies: (v) => labelOf(v.id) === 'Clause',
        check: (data, v) => {
          const clause = data.clause as { lineage: { clause: { id: string }; controls: { rows: { id: string }[]; totalCount: number; pageInfo: { hasNextPage: boolean } } } } | null;
          expect(clause?.lineage.clause.id ?? null).toBe(existing(ref, v.id) === 'Clause' ? v.id : null);
          if (clause) expectPage(clause.lineage.controls.rows, clause.lineage.controls.totalCount, clause.lineage.controls.pageInfo.hasNextPage, firstOf(v, 50));
        },
      }),
    },
    ...Object.keys(filters).map((list) => listCase(ref, list)),
    {
      field: 'staleEvidence',
      runs: 250,
      arb: ask('query($asOf: Date, $withinDays: Int, $first: Int, $after: String) { staleEvidence(asOf: $asOf, withinDays: $withinDays, first: $first, after: $after) { totalCount pageInfo { hasNextPage } rows { id daysLeft freshness } } }', {
        asOf: dayArg(), withinDays: intArg(0, 3650), first: intArg(1, 100), after: cursorArg(ref, 'staleEvidence'),
      }, {
        check: (data, v) => {
          const page = data.staleEvidence as { rows: { id: string; daysLeft: number }[]; totalCount: number; pageInfo: { hasNextPage: boolean } };
          expectPage(page.rows, page.totalCount, page.pageInfo.hasNextPage, firstOf(v, 50));
          const within = typeof v.withinDays === 'number' ? v.withinDays : 30;
          for (const row of page.rows) expect(row.daysLeft).toBeLessThanOrEqual(within);
        },
      }),
    },
    {
      field: 'gaps',
      runs: 150,
      arb: ask('query($asOf: Date, $expiringDays: Int, $first: Int) { gaps(asOf: $asOf, expiringDays: $expiringDays, first: $first) { counts { uncoveredControls orphans unownedSystems lateIncidents kpisInBreach managementReviewOverdue } uncoveredControls { id } orphans { id } unownedSystems { id } lateIncidents { id } kpisInBreach { id } managementReviewOverdue { id } } }', {
        asOf: dayArg(), expiringDays: intArg(0, 3650), first: intArg(0, 1000),
      }, {
        check: (data, v) => {
          const gaps = data.gaps as Record<string, { id: string }[]> & { counts: Record<string, number> };
          for (const kind of ['uncoveredControls', 'orphans', 'unownedSystems', 'lateIncidents', 'kpisInBreach', 'managementReviewOverdue']) {
            expect(gaps[kind]!.length).toBe(Math.min(firstOf(v, 100), gaps.counts[kind]!));
          }
        },
      }),
    },
    {
      field: 'impact',
      runs: 250,
      arb: ask('query($id: ID!, $maxDepth: Int, $first: Int) { impact(id: $id, maxDepth: $maxDepth, first: $first) { subject { id } affectedCount affected { id distance } riskCount risks { id } } }', {
        id, maxDepth: intArg(0, 8), first: intArg(0, 1000),
      }, {
        check: (data, v) => {
          const impact = data.impact as { subject: { id: string }; affectedCount: number; affected: { distance: number }[] } | null;
          expect(impact?.subject.id ?? null).toBe(impactSubjects.includes(existing(ref, v.id) ?? '') ? v.id : null);
          if (!impact) return;
          expect(impact.affected.length).toBe(Math.min(firstOf(v, 100), impact.affectedCount));
          for (const a of impact.affected) expect(a.distance).toBeLessThanOrEqual(typeof v.maxDepth === 'number' ? v.maxDepth : 4);
        },
      }),
    },
    {
      field: 'statementOfApplicability',
      runs: 120,
      arb: ask('query($scopeId: ID!, $asOf: Date, $expiringDays: Int) { statementOfApplicability(scopeId: $scopeId, asOf: $asOf, expiringDays: $expiringDays) { scope { id } rows { control { id } status applicable } } }', {
        scopeId: idArg(ref), asOf: dayArg(), expiringDays: intArg(0, 3650),
      }, {
        applies: (v) => ['Organization', 'AISystem'].includes(labelOf(v.scopeId) ?? ''),
        // Every Annex A control has its row, for the organisation or a system that exists; else null.
        check: (data, v) => {
          const soa = data.statementOfApplicability as { scope: { id: string }; rows: unknown[] } | null;
          expect(soa?.scope.id ?? null).toBe(['Organization', 'AISystem'].includes(existing(ref, v.scopeId) ?? '') ? v.scopeId : null);
          if (soa) expect(soa.rows).toHaveLength(ref.byLabel('Control').length);
        },
      }),
    },
    {
      field: 'statementOfApplicabilityChanges',
      runs: 60,
      role: 'auditor',
      arb: ask('query($scopeId: ID!, $from: Date!, $to: Date!, $expiringDays: Int) { statementOfApplicabilityChanges(scopeId: $scopeId, from: $from, to: $to, expiringDays: $expiringDays) { scope { id } from to rows { control { id } statusChanged from { status } to { status } eventCount events { id } } } }', {
        scopeId: fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...ref.byLabel('Organization'), ...ref.byLabel('AISystem')).map((value): Arg => ({ value })) },
          { weight: 2, arbitrary: anyId(ref).filter((i) => !['Organization', 'AISystem'].includes(labelOfId(i) ?? '')).map((value): Arg => ({ value, fault: 'domain' })) },
          { weight: 1, arbitrary: wrongType('ID').map((value): Arg => ({ value, fault: 'coerce' })) },
        ),
        // Drawn apart so that `to` is never before `from` (that refusal is tested in test/auditPackage).
        from: requiredDay('0000-01-01', '2026-11-20'),
        to: requiredDay('2026-11-20', '9999-12-31'),
        expiringDays: intArg(0, 3650),
      }, {
        check: (data, v) => {
          const changes = data.statementOfApplicabilityChanges as { scope: { id: string }; from: string; to: string; rows: { eventCount: number; events: unknown[] }[] };
          expect([changes.scope.id, changes.from, changes.to]).toEqual([v.scopeId, v.from, v.to]);
          expect(changes.rows.length).toBeLessThanOrEqual(ref.byLabel('Control').length);
          for (const row of changes.rows) expect(row.events.length).toBe(Math.min(row.eventCount, 50));
        },
      }),
    },
    {
      field: 'frameworkCoverage',
      runs: 80,
      arb: ask('query($framework: ID!, $scopeId: ID!, $asOf: Date, $expiringDays: Int, $support: FrameworkSupport, $first: Int) { frameworkCoverage(framework: $framework, scopeId: $scopeId, asOf: $asOf, expiringDays: $expiringDays, support: $support, first: $first) { framework { id } scope { id } summary { total } items { totalCount rows { requirement { id } support routes { confidence why { nodes { id } } } } } } }', {
        framework: fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...ref.byLabel('Standard').filter((f) => f !== 'ISO42001')).map((value): Arg => ({ value })) },
          // ISO 42001 is what the others are judged against: asked of itself, it is refused.
          { weight: 1, arbitrary: fc.constant<Arg>({ value: 'ISO42001', fault: 'domain' }) },
          { weight: 2, arbitrary: anyId(ref).filter((i) => labelOfId(i) !== 'Standard').map((value): Arg => ({ value })) },
          { weight: 1, arbitrary: wrongType('ID').map((value): Arg => ({ value, fault: 'coerce' })) },
        ),
        scopeId: idArg(ref),
        asOf: dayArg(),
        expiringDays: intArg(0, 3650),
        support: enumArg(enumValues('FrameworkSupport')),
        first: intArg(1, 100),
      }, {
        // A framework or scope that does not exist (or is no scope) answers null; else every item counted once.
        check: (data, v) => {
          const answer = data.frameworkCoverage as { framework: { id: string }; scope: { id: string }; summary: { total: number }; items: { totalCount: number; rows: unknown[] } } | null;
          const known = existing(ref, v.framework) === 'Standard' && ['Organization', 'AISystem'].includes(existing(ref, v.scopeId) ?? '');
          expect(answer !== null).toBe(known);
          if (!answer) return;
          expect([answer.framework.id, answer.scope.id]).toEqual([v.framework, v.scopeId]);
          expect(answer.items.totalCount).toBeLessThanOrEqual(answer.summary.total);
          expect(answer.items.rows.length).toBeLessThanOrEqual(Math.min(answer.items.totalCount, firstOf(v, 100)));
        },
      }),
    },
    {
      field: 'verifyEvidence',
      runs: 40,
      arb: ask('query($ids: [ID!]) { verifyEvidence(ids: $ids) { checked ok problems { status } } }', {
        // The small graph stores no artifact: evidence named is refused, having nothing to verify.
        ids: fc.oneof(
          { weight: 2, arbitrary: fc.constant<Arg>({ value: undefined }) },
          // (Unknown ids are NOT_FOUND, tested in test/artifacts.test.ts.)
          { weight: 4, arbitrary: fc.array(fc.constantFrom(...ref.byLabel('Evidence')), { minLength: 1, maxLength: 5 }).map((value): Arg => ({ value, fault: 'domain' })) },
          { weight: 1, arbitrary: fc.array(wrongType('ID'), { minLength: 1, maxLength: 2 }).map((value): Arg => ({ value, fault: 'coerce' })) },
        ),
      }, {
        check: (data) => expect(data.verifyEvidence).toEqual({ checked: 0, ok: true, problems: [] }),
      }),
    },
    {
      field: 'path',
      runs: 250,
      arb: ask('query($from: ID!, $to: ID!, $maxLength: Int) { path(from: $from, to: $to, maxLength: $maxLength) { nodes { id } relationships { from to } } }', {
        from: id, to: id, maxLength: intArg(1, 8),
      }, {
        check: (data, v) => {
          const path = data.path as { nodes: { id: string }[]; relationships: unknown[] } | null;
          if (!existing(ref, v.from) || !existing(ref, v.to)) expect(path).toBeNull();
          if (!path) return;
          expect([path.nodes[0]?.id, path.nodes.at(-1)?.id]).toEqual([v.from, v.to]);
          expect(path.relationships.length).toBe(path.nodes.length - 1);
          expect(path.relationships.length).toBeLessThanOrEqual(typeof v.maxLength === 'number' ? v.maxLength : 8);
        },
      }),
    },
    {
      field: 'history',
      runs: 150,
      role: 'auditor',
      arb: ask('query($id: ID!, $first: Int, $after: String) { history(id: $id, first: $first, after: $after) { totalCount pageInfo { hasNextPage } edges { node { id targetId otherId } } } }', {
        // Mostly the node that has a history (a cursor is only read when there are events to page).
        id: fc.oneof({ weight: 3, arbitrary: fc.constant<Arg>({ value: 'SYS-WEBCHAT' }) }, { weight: 1, arbitrary: id }),
        first: intArg(1, 100),
        after: cursorArg(ref, 'history'),
      }, {
        check: (data, v) => {
          const page = data.history as Page & { edges: { node: { id: string; targetId: string; otherId: string | null } }[] };
          expectPage(page.edges.map((e) => e.node), page.totalCount, page.pageInfo.hasNextPage, firstOf(v, 50));
          for (const { node } of page.edges) expect([node.targetId, node.otherId]).toContain(v.id);
        },
      }),
    },
    {
      field: 'kpiSignals',
      runs: 120,
      arb: ask('query($asOf: Date) { kpiSignals(asOf: $asOf) { kpi { id direction } value threshold measuredOn breachedSince systems { id } risks { id } } }', {
        asOf: dayArg(),
      }, {
        // Each KPI once, on the wrong side of its threshold, measured by asOf, breaching since no later than that.
        check: (data, v) => {
          const signals = data.kpiSignals as { kpi: { id: string; direction: string | null }; value: number; threshold: number; measuredOn: string; breachedSince: string }[];
          expect(new Set(signals.map((s) => s.kpi.id)).size).toBe(signals.length);
          for (const s of signals) {
            expect(s.kpi.direction === 'LOWER_IS_BETTER' ? s.value > s.threshold : s.value < s.threshold, JSON.stringify(s)).toBe(true);
            expect(s.breachedSince <= s.measuredOn).toBe(true);
            if (typeof v.asOf === 'string') expect(s.measuredOn <= v.asOf).toBe(true);
          }
        },
      }),
    },
  ];
}

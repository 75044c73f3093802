import {
  actionState,
  isBreach,
  kpiSeries,
  kpiSignals,
  lateness,
  responseProtocols,
  type Hop,
  type KpiSignal,
  type NodeRecord,
  type Severity,
} from '../../graph/index.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { today } from './connection.js';
import { relationshipFields } from './relationships.js';
import { orderedLister } from './workflows.js';

const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The related nodes a relationship field of relationships.ts reads, through the request's loader. */
const related = (ctx: Context, label: 'CorrectiveAction' | 'AISystem' | 'Risk' | 'Measurement', field: string, id: string): Promise<NodeRecord[]> =>
  ctx.loaders.related(label, relationshipFields[label]![field] as Hop).load(id);

const signalsOf = async (kpis: NodeRecord[], asOf: string | null | undefined, { graph }: Context): Promise<KpiSignal[]> =>
  kpis.length ? kpiSignals(graph, asOf ?? today(), kpis.map((k) => k.id)) : [];

/** Impact assessments, incidents, findings, corrective actions, audits, reviews and KPIs: fields computed on a day. */
export const assuranceResolvers: Resolvers = {
  ImpactAssessment: {
    reviewDueOn: (ia) => addDays(String(ia.assessedOn), Number(ia.reviewIntervalDays ?? 365)),
    state: (ia, { asOf }) => {
      if (ia.status !== 'approved') return 'draft';
      return addDays(String(ia.assessedOn), Number(ia.reviewIntervalDays ?? 365)) < (asOf ?? today()) ? 'due' : 'current';
    },
  },
  Incident: {
    protocol: (incident) => responseProtocols[incident.severity as Severity] ?? null,
    // The deadlines missed by the end of asOf (default: now).
    late: (incident, { asOf }) =>
      lateness(incident as Parameters<typeof lateness>[0], asOf ? `${addDays(asOf, 1)}T00:00:00Z` : new Date().toISOString()),
  },
  Finding: {
    nonconformity: (finding) => String(finding.kind).endsWith('nonconformity'),
  },
  ManagementReview: {
    // A review recorded without decisions (or with them cleared) has none: the list is never null.
    decisions: (review) => (review.decisions as string[] | null | undefined) ?? [],
  },
  CorrectiveAction: {
    state: async (action, { asOf }, ctx) => actionState(action, (await related(ctx, 'CorrectiveAction', 'closedBy', action.id)).length > 0, asOf ?? today()),
  },
  Measurement: {
    breached: async (m, _, ctx) => {
      const [kpi] = await related(ctx, 'Measurement', 'kpi', m.id);
      return isBreach(kpi?.direction as string | undefined, kpi?.threshold as number | undefined, m.value as number);
    },
  },
  KPI: {
    series: (kpi, { from, to }, { graph }) => {
      const end = to ?? today();
      const start = from ?? addDays(end, -180);
      if (start > end) throw badInput('from', 'from must not be after to.');
      return kpiSeries(graph, kpi.id, start, end);
    },
    signal: async (kpi, { asOf }, ctx) => (await signalsOf([kpi], asOf, ctx))[0] ?? null,
  },
  KpiSignal: {
    systems: async (s, _, { loaders }) => (await loaders.node.loadMany(s.systemIds)).filter((n): n is NodeRecord => n !== null && !(n instanceof Error)),
    risks: async (s, _, { loaders }) => (await loaders.node.loadMany(s.riskIds)).filter((n): n is NodeRecord => n !== null && !(n instanceof Error)),
  },
  AISystem: {
    signals: async (system, { asOf }, ctx) => signalsOf(await related(ctx, 'AISystem', 'kpis', system.id), asOf, ctx),
  },
  Risk: {
    signals: async (risk, { asOf }, ctx) =>
      signalsOf(await ctx.loaders.related('Risk', { type: 'INDICATES', direction: 'in', targets: ['KPI'] }).load(risk.id), asOf, ctx),
  },
  Query: {
    impactAssessments: orderedLister('ImpactAssessment', 'assessedOn', true),
    incidents: orderedLister('Incident', 'occurredAt', true),
    findings: orderedLister('Finding', 'raisedOn', true),
    correctiveActions: orderedLister('CorrectiveAction', 'dueOn', false),
    audits: orderedLister('Audit', 'startsOn', false),
    managementReviews: orderedLister('ManagementReview', 'heldOn', true),
    kpis: orderedLister('KPI', 'id', false),
    kpiSignals: (_, { asOf }, { graph }) => kpiSignals(graph, asOf ?? today()),
  },
};

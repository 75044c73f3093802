import { model, type Hop, type Label, type NodeRecord } from '../../graph/index.js';
import type { Context } from '../context.js';

const owners: Hop = { type: 'OWNS', direction: 'in', targets: ['Person', 'Team'] };
const ownable = [...model.relationships.OWNS.to];
const scopes = ['Organization', 'AISystem', 'Model', 'Dataset', 'Vendor'] as const;
const changedBy: Hop = { type: 'CHANGES', direction: 'in', targets: ['ChangeRequest'] };

/**
 * Every relationship field of the schema, as the hop it walks. Resolvers are made from this table:
 * each asks the request's loader for that hop, so a page of nodes costs one read per field.
 * Fields marked `one` take the first neighbour (the model allows only one).
 */
export const relationshipFields: Partial<Record<Label, Record<string, Hop & { one?: true }>>> = {
  Organization: { systems: { type: 'OPERATES', direction: 'out', targets: ['AISystem'] } },
  AISystem: {
    owners,
    dependsOn: { type: 'DEPENDS_ON', direction: 'out', targets: ['AISystem'] },
    dependents: { type: 'DEPENDS_ON', direction: 'in', targets: ['AISystem'] },
    models: { type: 'RUNS', direction: 'out', targets: ['Model'] },
    datasets: { type: 'USES', direction: 'out', targets: ['Dataset'] },
    vendors: { type: 'PROVIDED_BY', direction: 'out', targets: ['Vendor'] },
    risks: { type: 'THREATENS', direction: 'in', targets: ['Risk'] },
    implementations: { type: 'APPLIES_TO', direction: 'in', targets: ['Implementation'] },
    changeRequests: changedBy,
    impactAssessments: { type: 'ASSESSES', direction: 'in', targets: ['ImpactAssessment'] },
    incidents: { type: 'AFFECTED', direction: 'in', targets: ['Incident'] },
    kpis: { type: 'MEASURES', direction: 'in', targets: ['KPI'] },
  },
  Model: {
    changeRequests: changedBy,
    owners,
    trainedOn: { type: 'TRAINED_ON', direction: 'out', targets: ['Dataset'] },
    vendors: { type: 'PROVIDED_BY', direction: 'out', targets: ['Vendor'] },
    systems: { type: 'RUNS', direction: 'in', targets: ['AISystem'] },
  },
  Dataset: {
    owners,
    changeRequests: changedBy,
    vendors: { type: 'PROVIDED_BY', direction: 'out', targets: ['Vendor'] },
    systems: { type: 'USES', direction: 'in', targets: ['AISystem'] },
    risks: { type: 'THREATENS', direction: 'in', targets: ['Risk'] },
  },
  Vendor: {
    owners,
    systems: { type: 'PROVIDED_BY', direction: 'in', targets: ['AISystem'] },
    models: { type: 'PROVIDED_BY', direction: 'in', targets: ['Model'] },
    datasets: { type: 'PROVIDED_BY', direction: 'in', targets: ['Dataset'] },
  },
  Risk: {
    owners,
    threatens: { type: 'THREATENS', direction: 'out', targets: ['AISystem', 'Dataset'] },
    mitigatedBy: { type: 'MITIGATES', direction: 'in', targets: ['Control'] },
    sources: { type: 'ARISES_FROM', direction: 'out', targets: ['RiskSource'] },
    incidents: { type: 'MATERIALISED', direction: 'in', targets: ['Incident'] },
  },
  Implementation: {
    owners,
    control: { type: 'IMPLEMENTS', direction: 'out', targets: ['Control'], one: true },
    scope: { type: 'APPLIES_TO', direction: 'out', targets: scopes, one: true },
    evidence: { type: 'SUPPORTS', direction: 'in', targets: ['Evidence'] },
  },
  Evidence: {
    owners,
    supports: { type: 'SUPPORTS', direction: 'out', targets: ['Implementation'] },
    supersedes: { type: 'SUPERSEDES', direction: 'out', targets: ['Evidence'] },
    supersededBy: { type: 'SUPERSEDES', direction: 'in', targets: ['Evidence'] },
    closes: { type: 'CLOSES', direction: 'out', targets: ['CorrectiveAction'] },
  },
  Person: {
    teams: { type: 'MEMBER_OF', direction: 'out', targets: ['Team'] },
    owns: { type: 'OWNS', direction: 'out', targets: ownable },
  },
  Team: {
    members: { type: 'MEMBER_OF', direction: 'in', targets: ['Person'] },
    owns: { type: 'OWNS', direction: 'out', targets: ownable },
  },
  Policy: { owners, addresses: { type: 'ADDRESSES', direction: 'out', targets: ['Control', 'Clause'] } },
  Incident: {
    owners,
    affected: { type: 'AFFECTED', direction: 'out', targets: ['AISystem'] },
    materialised: { type: 'MATERIALISED', direction: 'out', targets: ['Risk'] },
    failedControls: { type: 'FAILED', direction: 'out', targets: ['Control'] },
    findings: { type: 'RAISED_IN', direction: 'in', targets: ['Finding'] },
  },
  KPI: {
    owners,
    systems: { type: 'MEASURES', direction: 'out', targets: ['AISystem'] },
    risks: { type: 'INDICATES', direction: 'out', targets: ['Risk'] },
  },
  Measurement: { kpi: { type: 'MEASUREMENT_OF', direction: 'out', targets: ['KPI'], one: true } },
  ChangeRequest: {
    changes: { type: 'CHANGES', direction: 'out', targets: ['AISystem', 'Model', 'Dataset', 'Vendor'] },
    risks: { type: 'REVIEWS', direction: 'out', targets: ['Risk'] },
    requestedBy: { type: 'REQUESTED_BY', direction: 'out', targets: ['Person'], one: true },
  },
  Approval: {
    givenBy: { type: 'GIVEN_BY', direction: 'out', targets: ['Person'], one: true },
    changeRequest: { type: 'DECIDES', direction: 'out', targets: ['ChangeRequest'], one: true },
  },
  ImpactAssessment: { owners, system: { type: 'ASSESSES', direction: 'out', targets: ['AISystem'], one: true } },
  Finding: {
    owners,
    raisedIn: { type: 'RAISED_IN', direction: 'out', targets: ['Audit', 'Incident', 'ManagementReview'], one: true },
    concerns: { type: 'CONCERNS', direction: 'out', targets: ['Clause', 'Control', 'Implementation', 'Evidence', 'AISystem'] },
    correctiveActions: { type: 'CORRECTS', direction: 'in', targets: ['CorrectiveAction'] },
  },
  CorrectiveAction: {
    owners,
    finding: { type: 'CORRECTS', direction: 'out', targets: ['Finding'], one: true },
    closedBy: { type: 'CLOSES', direction: 'in', targets: ['Evidence'] },
  },
  Audit: {
    owners,
    covers: { type: 'COVERS', direction: 'out', targets: ['Clause', 'Control', 'AISystem'] },
    auditors: { type: 'AUDITOR_OF', direction: 'in', targets: ['Person'] },
    findings: { type: 'RAISED_IN', direction: 'in', targets: ['Finding'] },
  },
  ManagementReview: {
    owners,
    reviewed: { type: 'REVIEWED', direction: 'out', targets: [...model.relationships.REVIEWED.to] },
    attendees: { type: 'ATTENDED', direction: 'in', targets: ['Person'] },
  },
  Clause: {
    parent: { type: 'PART_OF', direction: 'out', targets: ['Clause'], one: true },
    subclauses: { type: 'PART_OF', direction: 'in', targets: ['Clause'] },
    controls: { type: 'ADDRESSES', direction: 'in', targets: ['Control'] },
  },
  ControlArea: { objectives: { type: 'PART_OF', direction: 'in', targets: ['ControlObjective'] } },
  ControlObjective: {
    area: { type: 'PART_OF', direction: 'out', targets: ['ControlArea'], one: true },
    controls: { type: 'PART_OF', direction: 'in', targets: ['Control'] },
  },
  Control: {
    objective: { type: 'PART_OF', direction: 'out', targets: ['ControlObjective'], one: true },
    clauses: { type: 'ADDRESSES', direction: 'out', targets: ['Clause'] },
    implementations: { type: 'IMPLEMENTS', direction: 'in', targets: ['Implementation'] },
    risks: { type: 'MITIGATES', direction: 'out', targets: ['Risk'] },
  },
  Requirement: { parent: { type: 'PART_OF', direction: 'out', targets: ['Requirement', 'Standard'], one: true } },
};

type FieldResolver = (parent: NodeRecord, args: unknown, context: Context) => Promise<NodeRecord[] | NodeRecord | null>;

/** Resolvers for every field of the table above, per type. */
export function relationshipResolvers(): Record<string, Record<string, FieldResolver>> {
  const out: Record<string, Record<string, FieldResolver>> = {};
  for (const [label, fields] of Object.entries(relationshipFields)) {
    out[label] = Object.fromEntries(
      Object.entries(fields).map(([field, hop]) => [
        field,
        async (parent: NodeRecord, _args: unknown, { loaders }: Context) => {
          const nodes = await loaders.related(label as Label, hop).load(parent.id);
          return hop.one ? (nodes[0] ?? null) : nodes;
        },
      ]),
    );
  }
  return out;
}

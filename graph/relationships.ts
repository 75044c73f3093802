import type { Label } from './model.js';
import { levels, text, type PropertySpec } from './modelSpec.js';

/** Every relationship type, with the labels it joins; part of the model (import it from model.ts). */
export interface RelationshipSpec {
  doc: string;
  from: readonly Label[];
  to: readonly Label[];
  properties?: Record<string, PropertySpec>;
}

const scopes = ['Organization', 'AISystem', 'Model', 'Dataset', 'Vendor'] as const;
const ownable = [
  'AISystem', 'Model', 'Dataset', 'Vendor', 'Risk', 'Implementation', 'Evidence', 'Policy', 'Incident', 'KPI', 'Team',
  'ImpactAssessment', 'Finding', 'CorrectiveAction', 'Audit', 'ManagementReview',
] as const;

export const relationships = {
  PART_OF: {
    doc: 'Catalog tree: a clause, area, objective, control or requirement inside its parent or standard.',
    from: ['Clause', 'ControlArea', 'ControlObjective', 'Control', 'OrganizationalObjective', 'RiskSource', 'Requirement'],
    to: ['Standard', 'Clause', 'ControlArea', 'ControlObjective', 'Requirement'],
  },
  ADDRESSES: {
    doc: 'A control supports a clause (every control supports 6.1.3; areas add their topical clauses), or a policy addresses a control.',
    from: ['Control', 'Policy'],
    to: ['Clause', 'Control'],
    properties: { basis: text('Why the link holds.') },
  },
  MAPS_TO: {
    doc: 'Crosswalk from an ISO 42001 clause, Annex A area or control to another framework\'s item, or between two other frameworks\' items.',
    from: ['Clause', 'ControlArea', 'Control', 'Requirement'],
    to: ['Requirement'],
    properties: {
      source: text('Where the mapping was published.', { required: true }),
      confidence: text('high, medium or low.', { required: true, values: levels }),
      basis: text('What the mapping rests on.'),
      note: text('Caveats.'),
    },
  },
  ADOPTS: { doc: 'The organisation runs its AIMS against a standard.', from: ['Organization'], to: ['Standard'] },
  OPERATES: { doc: 'The organisation operates a system.', from: ['Organization'], to: ['AISystem'] },
  DEPENDS_ON: {
    doc: 'A system calls another at run time; controls implemented on the callee are inherited.',
    from: ['AISystem'],
    to: ['AISystem'],
    properties: { purpose: text('What it relies on the other for.') },
  },
  RUNS: { doc: 'A system serves a model version.', from: ['AISystem'], to: ['Model'] },
  USES: {
    doc: 'A system uses a dataset.',
    from: ['AISystem'],
    to: ['Dataset'],
    properties: { purpose: text('training, evaluation, inference or retrieval.') },
  },
  TRAINED_ON: { doc: 'A model version was trained or fine-tuned on a dataset.', from: ['Model'], to: ['Dataset'] },
  PROVIDED_BY: { doc: 'A system, model or dataset comes from a vendor.', from: ['AISystem', 'Model', 'Dataset'], to: ['Vendor'] },
  IMPLEMENTS: { doc: 'An implementation applies a control.', from: ['Implementation'], to: ['Control'] },
  APPLIES_TO: { doc: 'The scope an implementation covers.', from: ['Implementation'], to: scopes },
  SUPPORTS: { doc: 'Evidence that an implementation works.', from: ['Evidence'], to: ['Implementation'] },
  SUPERSEDES: { doc: 'A newer piece of evidence replaces an older one from the day it is recorded.', from: ['Evidence'], to: ['Evidence'] },
  MITIGATES: { doc: 'A control reduces a risk.', from: ['Control'], to: ['Risk'] },
  THREATENS: { doc: 'A risk bears on a system or dataset.', from: ['Risk'], to: ['AISystem', 'Dataset'] },
  ARISES_FROM: { doc: 'A risk comes from an Annex C risk source.', from: ['Risk'], to: ['RiskSource'] },
  OWNS: { doc: 'Accountability: a person or team owns something.', from: ['Person', 'Team'], to: ownable },
  MEMBER_OF: {
    doc: 'A person sits in a team or committee.',
    from: ['Person'],
    to: ['Team'],
    properties: { role: text('chair, secretary, member …') },
  },
  AFFECTED: { doc: 'An incident affected a system.', from: ['Incident'], to: ['AISystem'] },
  MATERIALISED: { doc: 'An incident is a risk that happened.', from: ['Incident'], to: ['Risk'] },
  MEASURES: { doc: 'A KPI measures a system.', from: ['KPI'], to: ['AISystem'] },
  INDICATES: { doc: 'A KPI is an indicator of a risk: its breach is a signal that the risk is materialising.', from: ['KPI'], to: ['Risk'] },
  MEASUREMENT_OF: { doc: 'A value of a KPI\'s series.', from: ['Measurement'], to: ['KPI'] },
  FAILED: { doc: 'An incident showed a control failing.', from: ['Incident'], to: ['Control'] },

  // Governance workflows (graph/workflows)
  CHANGES: { doc: 'What a change request changes; a model or dataset version links to the change that brought it.', from: ['ChangeRequest'], to: ['AISystem', 'Model', 'Dataset', 'Vendor'] },
  REVIEWS: { doc: 'A risk the change request\'s risk review considered.', from: ['ChangeRequest'], to: ['Risk'] },
  REQUESTED_BY: { doc: 'Who asked for the change.', from: ['ChangeRequest'], to: ['Person'] },
  NEEDS_APPROVAL_OF: { doc: 'An approver the change request names; their decision is an Approval.', from: ['ChangeRequest'], to: ['Person'] },
  DECIDES: { doc: 'An approval or rejection of a change request.', from: ['Approval'], to: ['ChangeRequest'] },
  GIVEN_BY: { doc: 'Who gave the approval or rejection.', from: ['Approval'], to: ['Person'] },
  ASSESSES: { doc: 'An impact assessment of a system.', from: ['ImpactAssessment'], to: ['AISystem'] },
  RAISED_IN: { doc: 'Where a finding was raised.', from: ['Finding'], to: ['Audit', 'Incident', 'ManagementReview'] },
  CONCERNS: { doc: 'What a finding is about: a clause or control not met, or the implementation, evidence or system involved.', from: ['Finding'], to: ['Clause', 'Control', 'Implementation', 'Evidence', 'AISystem'] },
  CORRECTS: { doc: 'A corrective action removes the cause of a finding.', from: ['CorrectiveAction'], to: ['Finding'] },
  CLOSES: { doc: 'Evidence that a corrective action was done and worked.', from: ['Evidence'], to: ['CorrectiveAction'] },
  COVERS: { doc: 'An audit\'s scope: clauses, controls and systems.', from: ['Audit'], to: ['Clause', 'Control', 'AISystem'] },
  AUDITOR_OF: { doc: 'Someone auditing an audit.', from: ['Person'], to: ['Audit'] },
  REVIEWED: {
    doc: 'An input a management review considered.',
    from: ['ManagementReview'],
    to: ['Audit', 'Incident', 'KPI', 'Risk', 'Finding', 'Policy', 'ImpactAssessment', 'ChangeRequest'],
  },
  ATTENDED: { doc: 'Someone took part in a management review.', from: ['Person'], to: ['ManagementReview'] },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof relationships;
export const relationshipTypes = Object.keys(relationships) as RelationshipType[];

export function isRelationshipType(name: string): name is RelationshipType {
  return Object.prototype.hasOwnProperty.call(relationships, name);
}

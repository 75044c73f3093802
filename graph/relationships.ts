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
const ownable = ['AISystem', 'Model', 'Dataset', 'Vendor', 'Risk', 'Implementation', 'Evidence', 'Policy', 'Incident', 'KPI', 'Team'] as const;

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
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof relationships;
export const relationshipTypes = Object.keys(relationships) as RelationshipType[];

export function isRelationshipType(name: string): name is RelationshipType {
  return Object.prototype.hasOwnProperty.call(relationships, name);
}

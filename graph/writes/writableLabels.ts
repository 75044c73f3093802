import { idPrefixes } from '../ids.js';

/**
 * The labels the API creates, updates and deletes; the catalog is read-only, and change requests,
 * approvals and measurements are written only by their workflow's steps (graph/workflows).
 */
export const writableLabels = [
  'AISystem', 'Model', 'Dataset', 'Vendor', 'Risk', 'Implementation', 'Evidence', 'Person',
  'Incident', 'KPI', 'ImpactAssessment', 'Finding', 'CorrectiveAction', 'Audit', 'ManagementReview',
] as const;
export const workflowLabels = ['ChangeRequest', 'Approval', 'Measurement'] as const;
/** Every label the writes of graph/ write: the clients' and the workflows'. */
export type WritableLabel = (typeof writableLabels)[number] | (typeof workflowLabels)[number];

export function prefixOf(label: WritableLabel): string {
  return idPrefixes[label];
}

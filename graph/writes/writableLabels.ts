import { idPrefixes } from '../ids.js';

/** The labels the API creates, updates and deletes; the catalog is read-only. */
export const writableLabels = ['AISystem', 'Model', 'Dataset', 'Vendor', 'Risk', 'Implementation', 'Evidence', 'Person'] as const;
export type WritableLabel = (typeof writableLabels)[number];

export function prefixOf(label: WritableLabel): string {
  return idPrefixes[label];
}

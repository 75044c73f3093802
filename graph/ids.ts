import type { Label } from './model.js';

/** Prefix of the ids the organisation's nodes take (minted by the API when a client gives none). */
export const idPrefixes = {
  Organization: 'ORG-',
  AISystem: 'SYS-',
  Model: 'MDL-',
  Dataset: 'DS-',
  Vendor: 'VND-',
  Risk: 'RSK-',
  Implementation: 'IMP-',
  Evidence: 'EVD-',
  Person: 'PER-',
  Team: 'TEAM-',
  Policy: 'POL-',
  Incident: 'INC-',
  KPI: 'KPI-',
  Measurement: 'MSR-',
  ChangeRequest: 'CR-',
  Approval: 'APR-',
  ImpactAssessment: 'IA-',
  Finding: 'FND-',
  CorrectiveAction: 'CA-',
  Audit: 'AUD-',
  ManagementReview: 'MR-',
} as const satisfies Partial<Record<Label, string>>;

/**
 * Every id says its label: organisation nodes carry a prefix, catalog ids keep the numbering of
 * their framework. So `node(id)` seeks one label's unique index instead of scanning every node,
 * and a mutation can tell an id of the wrong kind from a missing one.
 */
const patterns: [RegExp, Label][] = [
  ...Object.entries(idPrefixes).map(([label, prefix]): [RegExp, Label] => [new RegExp(`^${prefix}`), label as Label]),
  [/^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)*$/, 'Standard'],
  [/^\d+(\.\d+)*$/, 'Clause'],
  [/^A\.\d+$/, 'ControlArea'],
  [/^A\.\d+(\.\d+)+$/, 'Control'],
  [/^B\.\d+(\.\d+)+$/, 'ControlObjective'],
  [/^C\.2\.\d+$/, 'OrganizationalObjective'],
  [/^C\.3\.\d+$/, 'RiskSource'],
  [/^[A-Za-z][\w.-]*:.+$/, 'Requirement'],
];

/** The label an id belongs to, or null when it fits no label's scheme. */
export function labelOfId(id: string): Label | null {
  for (const [pattern, label] of patterns) if (pattern.test(id)) return label;
  return null;
}

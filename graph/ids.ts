import type { Label } from './model.js';

/**
 * Every id says its label: organisation nodes carry a prefix (SYS-, EVD- …), catalog ids keep the
 * numbering of their framework. So `node(id)` seeks one label's unique index instead of scanning
 * every node, and a mutation can tell an id of the wrong kind from a missing one.
 */
const patterns: [RegExp, Label][] = [
  [/^ORG-/, 'Organization'],
  [/^SYS-/, 'AISystem'],
  [/^MDL-/, 'Model'],
  [/^DS-/, 'Dataset'],
  [/^VND-/, 'Vendor'],
  [/^RSK-/, 'Risk'],
  [/^IMP-/, 'Implementation'],
  [/^EVD-/, 'Evidence'],
  [/^PER-/, 'Person'],
  [/^TEAM-/, 'Team'],
  [/^POL-/, 'Policy'],
  [/^INC-/, 'Incident'],
  [/^KPI-/, 'KPI'],
  [/^(ISO42001|NIST-AI-RMF|EU-AI-Act)$/, 'Standard'],
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

/** Prefix that new ids of a label take, for the labels whose ids the organisation mints. */
export const idPrefixes: Partial<Record<Label, string>> = {
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
};

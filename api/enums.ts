import { evidenceKinds, implementationStatuses, model, roles, systemKinds } from '../graph/index.js';

/**
 * GraphQL enum values are UPPER_SNAKE; the graph stores lower-kebab strings. These maps are the
 * one translation between the two, derived from the model's allowed values, for Apollo's enum
 * resolvers (inputs arrive as stored strings, outputs leave as enum values).
 */
export function enumMap(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase().replace(/-/g, '_'), v]));
}

const values = (label: keyof typeof model.labels, property: string) =>
  (model.labels[label].properties as Record<string, { values?: readonly string[] }>)[property]?.values ?? [];

export const enumValues = {
  SystemKind: systemKinds,
  Channel: values('AISystem', 'channel'),
  LifecycleStage: values('AISystem', 'lifecycleStage'),
  Level: values('AISystem', 'riskTier'),
  Treatment: values('Risk', 'treatment'),
  ImplementationStatus: implementationStatuses,
  EvidenceKind: evidenceKinds,
  ReviewState: values('Evidence', 'reviewState'),
  Freshness: ['current', 'expiring', 'stale', 'superseded'],
  BestFreshness: ['current', 'expiring', 'stale', 'superseded', 'none'],
  SoaStatus: [...implementationStatuses, 'not-implemented'],
  CoverageHow: ['direct', 'model', 'dataset', 'vendor', 'organization', 'dependency'],
  ChangeOperation: ['create', 'update', 'delete', 'link', 'unlink'],
  ArtifactProblem: ['modified', 'missing'],
  Role: roles,
  FrameworkSupport: ['supported', 'partial', 'unsupported', 'unmapped'],
  Confidence: model.relationships.MAPS_TO.properties.confidence.values ?? [],
  Severity: values('Incident', 'severity'),
  IncidentStatus: values('Incident', 'status'),
  RootCause: values('Incident', 'rootCause'),
  KpiDirection: values('KPI', 'direction'),
  ChangeKind: values('ChangeRequest', 'kind'),
  ChangeStatus: values('ChangeRequest', 'status'),
  Decision: values('Approval', 'decision'),
  AssessmentStatus: values('ImpactAssessment', 'status'),
  AssessmentState: ['current', 'due', 'draft'],
  FindingKind: values('Finding', 'kind'),
  FindingStatus: values('Finding', 'status'),
  ActionState: ['open', 'overdue', 'done', 'unevidenced'],
  AuditKind: values('Audit', 'kind'),
  AuditStatus: values('Audit', 'status'),
} as const;

export const enumResolvers = Object.fromEntries(Object.entries(enumValues).map(([name, list]) => [name, enumMap(list)]));

/** The graph's string for a value of a GraphQL enum, as a type (for the generated resolver types). */
export type EnumValue<Name extends keyof typeof enumValues> = (typeof enumValues)[Name][number];

/**
 * Authoring shapes for the reference organisation. Each record carries its node properties plus
 * its outgoing relationships inline (owner, dependsOn, supports …); build.ts turns them into
 * node and relationship batches. Relationship targets are ids; their label follows from the prefix.
 */

export type SystemKind =
  | 'chatbot' | 'voice-bot' | 'intent-classifier' | 'sentiment-analysis' | 'routing-engine'
  | 'response-generation' | 'agent-assist' | 'qa-scoring' | 'speech-to-text' | 'retrieval'
  | 'redaction' | 'translation' | 'email-triage' | 'social-response';
export type Channel = 'chat' | 'voice' | 'email' | 'social' | 'omnichannel';
export type Stage = 'design' | 'development' | 'validation' | 'production' | 'retired';
export type Level = 'high' | 'medium' | 'low';
export type UsePurpose = 'training' | 'evaluation' | 'inference' | 'retrieval';

/** A person or team id (PER-…, TEAM-…). */
export type OwnerId = string;

export interface OrganizationRecord {
  id: string;
  name: string;
  sector: string;
  description: string;
  riskAppetite: number;
  adopts: string[];
}

export interface SystemRecord {
  id: string;
  name: string;
  kind: SystemKind;
  channel: Channel;
  lifecycleStage: Stage;
  riskTier: Level;
  customerFacing: boolean;
  description: string;
  owner?: OwnerId;
  /** Callee id → what this system relies on it for. */
  dependsOn?: Record<string, string>;
  runs?: string[];
  uses?: { dataset: string; purpose: UsePurpose }[];
  providedBy?: string;
}

export interface ModelRecord {
  id: string;
  name: string;
  version: string;
  modelType: string;
  releasedOn: string;
  description: string;
  owner?: OwnerId;
  trainedOn?: string[];
  providedBy?: string;
}

export interface DatasetRecord {
  id: string;
  name: string;
  provenance: string;
  personalData: boolean;
  languages: string[];
  retentionDays: number;
  knownLimitations: string;
  description: string;
  owner?: OwnerId;
  providedBy?: string;
}

export interface VendorRecord {
  id: string;
  name: string;
  service: string;
  slaUptime?: number;
  slaResponseHours: number;
  lastAssessedOn: string;
  criticality: Level;
  owner?: OwnerId;
}

export interface RiskRecord {
  id: string;
  title: string;
  description: string;
  category: 'accuracy' | 'fairness' | 'privacy' | 'security' | 'availability' | 'transparency' | 'autonomy';
  likelihood: number;
  impact: number;
  residualLikelihood: number;
  residualImpact: number;
  treatment: 'mitigate' | 'accept' | 'transfer' | 'avoid';
  owner?: OwnerId;
  threatens: string[];
  arisesFrom: string[];
  /** Annex A controls that reduce it (written as MITIGATES from the control). */
  mitigatedBy: string[];
}

export type ImplementationStatus = 'implemented' | 'partial' | 'planned' | 'not-started' | 'excluded';

export interface ImplementationRecord {
  control: string;
  scope: string;
  status: ImplementationStatus;
  description: string;
  justification?: string;
  updatedOn: string;
  owner: OwnerId;
}

export type EvidenceKind =
  | 'report' | 'test-result' | 'log-extract' | 'policy-document' | 'meeting-minutes'
  | 'assessment' | 'attestation' | 'dashboard-export' | 'training-record' | 'contract';

/**
 * Evidence is written in days before the loading day rather than through the clock, so its
 * freshness can be read off the record: expiry = validUntilInDays, or
 * reviewIntervalDays − recordedDaysAgo.
 */
export type EvidenceRecord = {
  id: string;
  title: string;
  kind: EvidenceKind;
  /** Path under the evidence store. */
  file: string;
  supports: string[];
  supersedes?: string;
  /** ≥ 1: evidence is never recorded on the loading day itself. */
  recordedDaysAgo: number;
  /** Length of the period covered, which ends the day before recording. */
  periodDays: number;
  reviewState?: 'submitted' | 'rejected';
} & ({ validUntilInDays: number } | { reviewIntervalDays: number });

export interface PersonRecord {
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  aimsRole: string;
  memberOf?: Record<string, 'chair' | 'secretary' | 'lead' | 'member'>;
}

export interface TeamRecord {
  id: string;
  name: string;
  purpose: string;
  owner?: OwnerId;
}

export interface PolicyRecord {
  id: string;
  title: string;
  version: string;
  approvedOn: string;
  reviewIntervalDays: number;
  summary: string;
  owner: OwnerId;
  addresses: string[];
}

export interface IncidentRecord {
  id: string;
  title: string;
  severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
  occurredAt: string;
  /** When the response began and when the harm stopped (graph/workflows/responseProtocol.ts). */
  respondedAt?: string;
  resolvedAt?: string;
  status: 'open' | 'mitigated' | 'closed';
  rootCause: 'model-error' | 'process-design' | 'data' | 'vendor' | 'unknown';
  customersAffected: number;
  summary: string;
  owner?: OwnerId;
  affected: string[];
  materialised: string[];
  /** Annex A controls the incident showed failing. */
  failed?: string[];
}

export interface KpiRecord {
  id: string;
  name: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  target: number;
  threshold: number;
  lastValue: number;
  measuredOn: string;
  owner?: OwnerId;
  measures: string[];
  /** Risks whose materialising a breach of it signals. */
  indicates?: string[];
}

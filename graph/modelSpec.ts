/**
 * The vocabulary model.ts and relationships.ts are written in: what a property and a label
 * declare, the value lists several labels share, and the shorthands for common properties.
 */

export type PropertyType = 'string' | 'string[]' | 'int' | 'int[]' | 'float' | 'boolean' | 'date' | 'date[]' | 'datetime';

export interface PropertySpec {
  type: PropertyType;
  doc: string;
  required?: boolean;
  /** A range index for lookups and filters. */
  indexed?: boolean;
  /** The only values allowed (a GraphQL enum in the API). */
  values?: readonly string[];
  /**
   * Kept by graph/markers.ts inside every write that changes what it is derived from (and by the
   * loaders); clients never write it. It exists so that the questions asked at scale start from
   * an index instead of recomputing it for every node.
   */
  derived?: true;
}

export interface LabelSpec {
  doc: string;
  group: 'catalog' | 'organisation' | 'system';
  properties: Record<string, PropertySpec>;
  /** Properties fed to the `search` full-text index. */
  searchable?: string[];
  /** Range indexes over several properties, equality on the first ones and a range on the last. */
  compositeIndexes?: string[][];
}

export const levels = ['high', 'medium', 'low'] as const;
export const systemKinds = [
  'chatbot', 'voice-bot', 'intent-classifier', 'sentiment-analysis', 'routing-engine', 'response-generation',
  'agent-assist', 'qa-scoring', 'speech-to-text', 'retrieval', 'redaction', 'translation', 'email-triage', 'social-response',
] as const;
export const implementationStatuses = ['implemented', 'partial', 'planned', 'not-started', 'excluded'] as const;
export const evidenceKinds = [
  'report', 'test-result', 'log-extract', 'policy-document', 'meeting-minutes', 'assessment', 'attestation',
  'dashboard-export', 'training-record', 'contract',
] as const;

export const changeKinds = ['model', 'dataset', 'prompt', 'vendor', 'system'] as const;
export const changeStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const findingKinds = ['major-nonconformity', 'minor-nonconformity', 'observation', 'opportunity'] as const;
export const incidentSeverities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

export const id = (doc: string): PropertySpec => ({ type: 'string', doc, required: true });
export const text = (doc: string, extra: Partial<PropertySpec> = {}): PropertySpec => ({ type: 'string', doc, ...extra });
export const date = (doc: string, extra: Partial<PropertySpec> = {}): PropertySpec => ({ type: 'date', doc, ...extra });
export const int = (doc: string, extra: Partial<PropertySpec> = {}): PropertySpec => ({ type: 'int', doc, ...extra });

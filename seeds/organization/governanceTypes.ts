/**
 * Authoring shapes for the governance workflows of the reference organisation (graph/workflows):
 * measurement series, change requests and their approvals, impact assessments, audits, findings,
 * corrective actions and management reviews. As in types.ts, each record carries its outgoing
 * relationships inline as ids; buildGovernance.ts turns them into batches.
 */

import type { Level, OwnerId } from './types.js';

export interface MeasurementRecord {
  id: string;
  kpi: string;
  value: number;
  measuredOn: string;
  note?: string;
}

export interface ApprovalRecord {
  id: string;
  /** The approver (one of the request's approvers). */
  by: string;
  decision: 'approved' | 'rejected';
  decidedAt: string;
  comment?: string;
}

export interface ChangeRequestRecord {
  id: string;
  title: string;
  kind: 'model' | 'dataset' | 'prompt' | 'vendor' | 'system';
  description: string;
  riskReview: string;
  riskTier: Level;
  requiredApprovals: number;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  requestedAt: string;
  deployedOn?: string;
  deploymentNote?: string;
  changes: string[];
  reviews: string[];
  requestedBy: string;
  approvers: string[];
  approvals: ApprovalRecord[];
}

export interface ImpactAssessmentRecord {
  id: string;
  title: string;
  assessedOn: string;
  reviewIntervalDays: number;
  status: 'draft' | 'approved';
  individuals: string;
  groups: string;
  society: string;
  brandRisk: Level;
  overallImpact: Level;
  owner: OwnerId;
  assesses: string;
}

export interface AuditRecord {
  id: string;
  title: string;
  kind: 'internal' | 'external' | 'certification';
  startsOn: string;
  endsOn: string;
  status: 'planned' | 'in-progress' | 'completed';
  summary?: string;
  owner: OwnerId;
  /** Clauses, controls and systems in scope. */
  covers: string[];
  auditors: string[];
}

export interface CorrectiveActionRecord {
  id: string;
  title: string;
  description: string;
  dueOn: string;
  completedOn?: string;
  owner: OwnerId;
  /** Evidence that shows it done and working (CLOSES). */
  closedBy?: string[];
}

export interface FindingRecord {
  id: string;
  title: string;
  kind: 'major-nonconformity' | 'minor-nonconformity' | 'observation' | 'opportunity';
  description: string;
  raisedOn: string;
  status: 'open' | 'closed';
  closedOn?: string;
  owner: OwnerId;
  /** The audit, incident or management review it was raised in. */
  raisedIn: string;
  concerns: string[];
  actions?: CorrectiveActionRecord[];
}

export interface ManagementReviewRecord {
  id: string;
  title: string;
  heldOn: string;
  summary: string;
  decisions: string[];
  owner: OwnerId;
  reviewed: string[];
  attended: string[];
}

export interface GovernanceRecords {
  measurements: MeasurementRecord[];
  changeRequests: ChangeRequestRecord[];
  impactAssessments: ImpactAssessmentRecord[];
  audits: AuditRecord[];
  findings: FindingRecord[];
  managementReviews: ManagementReviewRecord[];
}

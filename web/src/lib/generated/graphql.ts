/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AiSystemFilter = {
  channel?: Channel | null | undefined;
  kind?: SystemKind | null | undefined;
  lifecycleStage?: LifecycleStage | null | undefined;
  ownerId?: string | number | null | undefined;
  riskTier?: Level | null | undefined;
  vendorId?: string | number | null | undefined;
};

/** Where a corrective action stands on a day. */
export type ActionState =
  /** Done, with evidence that closes it. */
  | 'DONE'
  | 'OPEN'
  | 'OVERDUE'
  /** Marked done without any evidence: it cannot close its finding. */
  | 'UNEVIDENCED';

/** What is wrong with a stored artifact. */
export type ArtifactProblem =
  /** Nothing is stored under the evidence's sha256. */
  | 'MISSING'
  /** The stored content no longer hashes to the evidence's sha256. */
  | 'MODIFIED';

/** Whether an impact assessment may still be relied on, on a day. */
export type AssessmentState =
  /** Approved and its review not yet due. */
  | 'CURRENT'
  /** Not approved. */
  | 'DRAFT'
  /** Approved, but its review date has passed. */
  | 'DUE';

export type AuditKind =
  | 'CERTIFICATION'
  | 'EXTERNAL'
  | 'INTERNAL';

export type AuditStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** The best freshness among evidence, or NONE when there is none. */
export type BestFreshness =
  | 'CURRENT'
  | 'EXPIRING'
  | 'NONE'
  | 'STALE'
  | 'SUPERSEDED';

/** What a change request changes. */
export type ChangeKind =
  | 'DATASET'
  | 'MODEL'
  | 'PROMPT'
  | 'SYSTEM'
  | 'VENDOR';

export type ChangeOperation =
  | 'CREATE'
  | 'DELETE'
  | 'LINK'
  | 'UNLINK'
  | 'UPDATE';

/** Where a change request stands: rejected as soon as one named approver rejects it, approved once the approvals its risk tier requires are given. */
export type ChangeStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'WITHDRAWN';

export type Channel =
  | 'CHAT'
  | 'EMAIL'
  | 'OMNICHANNEL'
  | 'SOCIAL'
  | 'VOICE';

export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** How an implementation reaches an AI system. */
export type CoverageHow =
  /** Applied to a dataset the system uses. */
  | 'DATASET'
  /** Applied to a system it depends on (up to 3 hops), or to that system's model, dataset or vendor. */
  | 'DEPENDENCY'
  /** Applied to the system itself. */
  | 'DIRECT'
  /** Applied to a model the system runs. */
  | 'MODEL'
  /** Applied to the whole organisation. */
  | 'ORGANIZATION'
  /** Applied to a vendor that provides the system. */
  | 'VENDOR';

export type DecideChangeInput = {
  /** One of the approvers the request names. */
  approverId: string | number;
  changeRequestId: string | number;
  comment?: string | null | undefined;
  decision: Decision;
};

export type Decision =
  | 'APPROVED'
  | 'REJECTED';

export type EvidenceFilter = {
  asOf?: string | null | undefined;
  expiringDays?: number | null | undefined;
  /** With asOf and expiringDays. */
  freshness?: Freshness | null | undefined;
  kind?: EvidenceKind | null | undefined;
  ownerId?: string | number | null | undefined;
  reviewState?: ReviewState | null | undefined;
};

export type EvidenceKind =
  | 'ASSESSMENT'
  | 'ATTESTATION'
  | 'CONTRACT'
  | 'DASHBOARD_EXPORT'
  | 'LOG_EXTRACT'
  | 'MEETING_MINUTES'
  | 'POLICY_DOCUMENT'
  | 'REPORT'
  | 'TEST_RESULT'
  | 'TRAINING_RECORD';

export type FindingKind =
  | 'MAJOR_NONCONFORMITY'
  | 'MINOR_NONCONFORMITY'
  | 'OBSERVATION'
  | 'OPPORTUNITY';

export type FindingStatus =
  | 'CLOSED'
  | 'OPEN';

/** How far our ISO 42001 work supports an item of another framework, through the crosswalk. */
export type FrameworkSupport =
  /** A mapped control is implemented without current evidence, or partially implemented. */
  | 'PARTIAL'
  /** A mapped control is applicable, implemented, and has current (or expiring) evidence. */
  | 'SUPPORTED'
  /** No crosswalk reaches it. */
  | 'UNMAPPED'
  /** Mapped, but no mapped control is under way (planned, not started, none, excluded). */
  | 'UNSUPPORTED';

/** Evidence freshness on the day asked about: computed, never stored. */
export type Freshness =
  | 'CURRENT'
  | 'EXPIRING'
  | 'STALE'
  | 'SUPERSEDED';

export type ImplementationStatus =
  | 'EXCLUDED'
  | 'IMPLEMENTED'
  | 'NOT_STARTED'
  | 'PARTIAL'
  | 'PLANNED';

export type IncidentStatus =
  | 'CLOSED'
  | 'MITIGATED'
  | 'OPEN';

export type KpiDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type Level =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type LifecycleStage =
  | 'DESIGN'
  | 'DEVELOPMENT'
  | 'PRODUCTION'
  | 'RETIRED'
  | 'VALIDATION';

export type ReviewState =
  | 'ACCEPTED'
  | 'REJECTED'
  | 'SUBMITTED';

export type Role =
  /** Everything, and manages keys. */
  | 'ADMIN'
  /** Reads, and sees history and exports. */
  | 'AUDITOR'
  /** Reads and writes. */
  | 'EDITOR'
  /** Reads the graph. */
  | 'VIEWER';

export type RootCause =
  | 'DATA'
  | 'MODEL_ERROR'
  | 'PROCESS_DESIGN'
  | 'UNKNOWN'
  | 'VENDOR';

export type Severity =
  | 'SEV1'
  | 'SEV2'
  | 'SEV3'
  | 'SEV4';

export type SoaStatus =
  | 'EXCLUDED'
  | 'IMPLEMENTED'
  | 'NOT_IMPLEMENTED'
  | 'NOT_STARTED'
  | 'PARTIAL'
  | 'PLANNED';

export type SystemKind =
  | 'AGENT_ASSIST'
  | 'CHATBOT'
  | 'EMAIL_TRIAGE'
  | 'INTENT_CLASSIFIER'
  | 'QA_SCORING'
  | 'REDACTION'
  | 'RESPONSE_GENERATION'
  | 'RETRIEVAL'
  | 'ROUTING_ENGINE'
  | 'SENTIMENT_ANALYSIS'
  | 'SOCIAL_RESPONSE'
  | 'SPEECH_TO_TEXT'
  | 'TRANSLATION'
  | 'VOICE_BOT';

export type ChangeRequestFieldsFragment = { id: string, title: string, kind: ChangeKind, description: string | null, riskReview: string, riskTier: Level | null, requiredApprovals: number, approvalsMissing: number, status: ChangeStatus, requestedAt: string, deployedOn: string | null, deploymentNote: string | null, deployedWithoutApproval: boolean, changes: Array<
    | { __typename: 'AISystem', name: string, id: string }
    | { __typename: 'Approval', id: string }
    | { __typename: 'Audit', title: string, id: string }
    | { __typename: 'ChangeRequest', title: string, id: string }
    | { __typename: 'Clause', title: string, id: string }
    | { __typename: 'Control', title: string, id: string }
    | { __typename: 'ControlArea', id: string }
    | { __typename: 'ControlObjective', id: string }
    | { __typename: 'CorrectiveAction', title: string, id: string }
    | { __typename: 'Dataset', name: string, id: string }
    | { __typename: 'Evidence', title: string, id: string }
    | { __typename: 'Finding', title: string, id: string }
    | { __typename: 'ImpactAssessment', title: string, id: string }
    | { __typename: 'Implementation', status: ImplementationStatus, id: string }
    | { __typename: 'Incident', title: string, id: string }
    | { __typename: 'KPI', name: string, id: string }
    | { __typename: 'ManagementReview', title: string, id: string }
    | { __typename: 'Measurement', id: string }
    | { __typename: 'Model', name: string, id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'OrganizationalObjective', id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'Policy', title: string, id: string }
    | { __typename: 'Requirement', id: string }
    | { __typename: 'Risk', title: string, id: string }
    | { __typename: 'RiskSource', id: string }
    | { __typename: 'Standard', id: string }
    | { __typename: 'Team', name: string, id: string }
    | { __typename: 'Vendor', name: string, id: string }
  >, risks: Array<{ id: string, title: string }>, requestedBy: { id: string, name: string } | null, approvers: Array<{ person: { id: string, name: string, jobTitle: string | null }, approval: { id: string, decision: Decision, decidedAt: string, comment: string | null } | null }> };

export type ChangeRequestsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ChangeRequestsQuery = { changeRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: ChangeKind, description: string | null, riskReview: string, riskTier: Level | null, requiredApprovals: number, approvalsMissing: number, status: ChangeStatus, requestedAt: string, deployedOn: string | null, deploymentNote: string | null, deployedWithoutApproval: boolean, changes: Array<
          | { __typename: 'AISystem', name: string, id: string }
          | { __typename: 'Approval', id: string }
          | { __typename: 'Audit', title: string, id: string }
          | { __typename: 'ChangeRequest', title: string, id: string }
          | { __typename: 'Clause', title: string, id: string }
          | { __typename: 'Control', title: string, id: string }
          | { __typename: 'ControlArea', id: string }
          | { __typename: 'ControlObjective', id: string }
          | { __typename: 'CorrectiveAction', title: string, id: string }
          | { __typename: 'Dataset', name: string, id: string }
          | { __typename: 'Evidence', title: string, id: string }
          | { __typename: 'Finding', title: string, id: string }
          | { __typename: 'ImpactAssessment', title: string, id: string }
          | { __typename: 'Implementation', status: ImplementationStatus, id: string }
          | { __typename: 'Incident', title: string, id: string }
          | { __typename: 'KPI', name: string, id: string }
          | { __typename: 'ManagementReview', title: string, id: string }
          | { __typename: 'Measurement', id: string }
          | { __typename: 'Model', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'OrganizationalObjective', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Policy', title: string, id: string }
          | { __typename: 'Requirement', id: string }
          | { __typename: 'Risk', title: string, id: string }
          | { __typename: 'RiskSource', id: string }
          | { __typename: 'Standard', id: string }
          | { __typename: 'Team', name: string, id: string }
          | { __typename: 'Vendor', name: string, id: string }
        >, risks: Array<{ id: string, title: string }>, requestedBy: { id: string, name: string } | null, approvers: Array<{ person: { id: string, name: string, jobTitle: string | null }, approval: { id: string, decision: Decision, decidedAt: string, comment: string | null } | null }> } }> } };

export type DecideChangeMutationVariables = Exact<{
  input: DecideChangeInput;
}>;


export type DecideChangeMutation = { decideChange: { id: string, title: string, kind: ChangeKind, description: string | null, riskReview: string, riskTier: Level | null, requiredApprovals: number, approvalsMissing: number, status: ChangeStatus, requestedAt: string, deployedOn: string | null, deploymentNote: string | null, deployedWithoutApproval: boolean, changes: Array<
      | { __typename: 'AISystem', name: string, id: string }
      | { __typename: 'Approval', id: string }
      | { __typename: 'Audit', title: string, id: string }
      | { __typename: 'ChangeRequest', title: string, id: string }
      | { __typename: 'Clause', title: string, id: string }
      | { __typename: 'Control', title: string, id: string }
      | { __typename: 'ControlArea', id: string }
      | { __typename: 'ControlObjective', id: string }
      | { __typename: 'CorrectiveAction', title: string, id: string }
      | { __typename: 'Dataset', name: string, id: string }
      | { __typename: 'Evidence', title: string, id: string }
      | { __typename: 'Finding', title: string, id: string }
      | { __typename: 'ImpactAssessment', title: string, id: string }
      | { __typename: 'Implementation', status: ImplementationStatus, id: string }
      | { __typename: 'Incident', title: string, id: string }
      | { __typename: 'KPI', name: string, id: string }
      | { __typename: 'ManagementReview', title: string, id: string }
      | { __typename: 'Measurement', id: string }
      | { __typename: 'Model', name: string, id: string }
      | { __typename: 'Organization', name: string, id: string }
      | { __typename: 'OrganizationalObjective', id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Policy', title: string, id: string }
      | { __typename: 'Requirement', id: string }
      | { __typename: 'Risk', title: string, id: string }
      | { __typename: 'RiskSource', id: string }
      | { __typename: 'Standard', id: string }
      | { __typename: 'Team', name: string, id: string }
      | { __typename: 'Vendor', name: string, id: string }
    >, risks: Array<{ id: string, title: string }>, requestedBy: { id: string, name: string } | null, approvers: Array<{ person: { id: string, name: string, jobTitle: string | null }, approval: { id: string, decision: Decision, decidedAt: string, comment: string | null } | null }> } };

export type EvidenceArtifactQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceArtifactQuery = { node:
    | { __typename: 'AISystem', id: string }
    | { __typename: 'Approval', id: string }
    | { __typename: 'Audit', id: string }
    | { __typename: 'ChangeRequest', id: string }
    | { __typename: 'Clause', id: string }
    | { __typename: 'Control', id: string }
    | { __typename: 'ControlArea', id: string }
    | { __typename: 'ControlObjective', id: string }
    | { __typename: 'CorrectiveAction', id: string }
    | { __typename: 'Dataset', id: string }
    | { __typename: 'Evidence', title: string, sha256: string | null, id: string, artifact: { sha256: string, size: number, mediaType: string, name: string | null, uploadedBy: string, uploadedAt: string, downloadUrl: string } | null }
    | { __typename: 'Finding', id: string }
    | { __typename: 'ImpactAssessment', id: string }
    | { __typename: 'Implementation', id: string }
    | { __typename: 'Incident', id: string }
    | { __typename: 'KPI', id: string }
    | { __typename: 'ManagementReview', id: string }
    | { __typename: 'Measurement', id: string }
    | { __typename: 'Model', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'OrganizationalObjective', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'Requirement', id: string }
    | { __typename: 'Risk', id: string }
    | { __typename: 'RiskSource', id: string }
    | { __typename: 'Standard', id: string }
    | { __typename: 'Team', id: string }
    | { __typename: 'Vendor', id: string }
   | null };

export type VerifyEvidenceQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type VerifyEvidenceQuery = { verifyEvidence: { checked: number, ok: boolean, problems: Array<{ sha256: string, status: ArtifactProblem, evidence: { id: string, title: string } }> } };

export type AuditsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AuditsQuery = { audits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: AuditKind | null, status: AuditStatus | null, startsOn: string, endsOn: string | null, summary: string | null, covers: Array<
          | { __typename: 'AISystem', name: string, id: string }
          | { __typename: 'Approval', id: string }
          | { __typename: 'Audit', title: string, id: string }
          | { __typename: 'ChangeRequest', title: string, id: string }
          | { __typename: 'Clause', title: string, id: string }
          | { __typename: 'Control', title: string, id: string }
          | { __typename: 'ControlArea', id: string }
          | { __typename: 'ControlObjective', id: string }
          | { __typename: 'CorrectiveAction', title: string, id: string }
          | { __typename: 'Dataset', name: string, id: string }
          | { __typename: 'Evidence', title: string, id: string }
          | { __typename: 'Finding', title: string, id: string }
          | { __typename: 'ImpactAssessment', title: string, id: string }
          | { __typename: 'Implementation', status: ImplementationStatus, id: string }
          | { __typename: 'Incident', title: string, id: string }
          | { __typename: 'KPI', name: string, id: string }
          | { __typename: 'ManagementReview', title: string, id: string }
          | { __typename: 'Measurement', id: string }
          | { __typename: 'Model', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'OrganizationalObjective', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Policy', title: string, id: string }
          | { __typename: 'Requirement', id: string }
          | { __typename: 'Risk', title: string, id: string }
          | { __typename: 'RiskSource', id: string }
          | { __typename: 'Standard', id: string }
          | { __typename: 'Team', name: string, id: string }
          | { __typename: 'Vendor', name: string, id: string }
        >, auditors: Array<{ id: string, name: string }>, findings: Array<{ id: string, title: string, kind: FindingKind, status: FindingStatus | null }> } }> } };

export type ManagementReviewsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ManagementReviewsQuery = { managementReviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, heldOn: string, summary: string | null, decisions: Array<string>, reviewed: Array<
          | { __typename: 'AISystem', name: string, id: string }
          | { __typename: 'Approval', id: string }
          | { __typename: 'Audit', title: string, id: string }
          | { __typename: 'ChangeRequest', title: string, id: string }
          | { __typename: 'Clause', title: string, id: string }
          | { __typename: 'Control', title: string, id: string }
          | { __typename: 'ControlArea', id: string }
          | { __typename: 'ControlObjective', id: string }
          | { __typename: 'CorrectiveAction', title: string, id: string }
          | { __typename: 'Dataset', name: string, id: string }
          | { __typename: 'Evidence', title: string, id: string }
          | { __typename: 'Finding', title: string, id: string }
          | { __typename: 'ImpactAssessment', title: string, id: string }
          | { __typename: 'Implementation', status: ImplementationStatus, id: string }
          | { __typename: 'Incident', title: string, id: string }
          | { __typename: 'KPI', name: string, id: string }
          | { __typename: 'ManagementReview', title: string, id: string }
          | { __typename: 'Measurement', id: string }
          | { __typename: 'Model', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'OrganizationalObjective', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Policy', title: string, id: string }
          | { __typename: 'Requirement', id: string }
          | { __typename: 'Risk', title: string, id: string }
          | { __typename: 'RiskSource', id: string }
          | { __typename: 'Standard', id: string }
          | { __typename: 'Team', name: string, id: string }
          | { __typename: 'Vendor', name: string, id: string }
        >, attendees: Array<{ id: string, name: string }> } }> } };

export type CorrectiveActionsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type CorrectiveActionsQuery = { correctiveActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string | null, dueOn: string, completedOn: string | null, state: ActionState, finding: { id: string, title: string, kind: FindingKind, status: FindingStatus | null } | null, closedBy: Array<{ id: string, title: string, freshness: Freshness }>, owners: Array<
          | { id: string, name: string }
          | { id: string, name: string }
        > } }> } };

export type FindingsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type FindingsQuery = { findings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: FindingKind, status: FindingStatus | null, raisedOn: string, closedOn: string | null, raisedIn:
          | { __typename: 'AISystem', name: string, id: string }
          | { __typename: 'Approval', id: string }
          | { __typename: 'Audit', title: string, id: string }
          | { __typename: 'ChangeRequest', title: string, id: string }
          | { __typename: 'Clause', title: string, id: string }
          | { __typename: 'Control', title: string, id: string }
          | { __typename: 'ControlArea', id: string }
          | { __typename: 'ControlObjective', id: string }
          | { __typename: 'CorrectiveAction', title: string, id: string }
          | { __typename: 'Dataset', name: string, id: string }
          | { __typename: 'Evidence', title: string, id: string }
          | { __typename: 'Finding', title: string, id: string }
          | { __typename: 'ImpactAssessment', title: string, id: string }
          | { __typename: 'Implementation', status: ImplementationStatus, id: string }
          | { __typename: 'Incident', title: string, id: string }
          | { __typename: 'KPI', name: string, id: string }
          | { __typename: 'ManagementReview', title: string, id: string }
          | { __typename: 'Measurement', id: string }
          | { __typename: 'Model', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'OrganizationalObjective', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Policy', title: string, id: string }
          | { __typename: 'Requirement', id: string }
          | { __typename: 'Risk', title: string, id: string }
          | { __typename: 'RiskSource', id: string }
          | { __typename: 'Standard', id: string }
          | { __typename: 'Team', name: string, id: string }
          | { __typename: 'Vendor', name: string, id: string }
         | null, concerns: Array<
          | { __typename: 'AISystem', name: string, id: string }
          | { __typename: 'Approval', id: string }
          | { __typename: 'Audit', title: string, id: string }
          | { __typename: 'ChangeRequest', title: string, id: string }
          | { __typename: 'Clause', title: string, id: string }
          | { __typename: 'Control', title: string, id: string }
          | { __typename: 'ControlArea', id: string }
          | { __typename: 'ControlObjective', id: string }
          | { __typename: 'CorrectiveAction', title: string, id: string }
          | { __typename: 'Dataset', name: string, id: string }
          | { __typename: 'Evidence', title: string, id: string }
          | { __typename: 'Finding', title: string, id: string }
          | { __typename: 'ImpactAssessment', title: string, id: string }
          | { __typename: 'Implementation', status: ImplementationStatus, id: string }
          | { __typename: 'Incident', title: string, id: string }
          | { __typename: 'KPI', name: string, id: string }
          | { __typename: 'ManagementReview', title: string, id: string }
          | { __typename: 'Measurement', id: string }
          | { __typename: 'Model', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'OrganizationalObjective', id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Policy', title: string, id: string }
          | { __typename: 'Requirement', id: string }
          | { __typename: 'Risk', title: string, id: string }
          | { __typename: 'RiskSource', id: string }
          | { __typename: 'Standard', id: string }
          | { __typename: 'Team', name: string, id: string }
          | { __typename: 'Vendor', name: string, id: string }
        >, correctiveActions: Array<{ id: string, state: ActionState }> } }> } };

export type StaleEvidenceQueryVariables = Exact<{
  asOf?: string | null | undefined;
  withinDays?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaleEvidenceQuery = { staleEvidence: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, rows: Array<{ id: string, title: string, kind: EvidenceKind | null, freshness: Freshness, expiresOn: string, daysLeft: number, recordedAt: string, reviewState: ReviewState | null, sha256: string | null, owners: Array<{ id: string, label: string, name: string }>, backs: Array<{ control: { id: string, title: string }, clauses: Array<{ id: string, title: string }>, implementation: { id: string, status: ImplementationStatus }, scope: { id: string, label: string, name: string } | null }>, affectedSystems: Array<{ id: string, name: string, riskTier: Level | null, customerFacing: boolean | null }> }> } };

export type ExpiryTimelineQueryVariables = Exact<{
  asOf?: string | null | undefined;
  withinDays?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExpiryTimelineQuery = { staleEvidence: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, rows: Array<{ id: string, title: string, expiresOn: string, daysLeft: number, freshness: Freshness }> } };

export type EvidenceListQueryVariables = Exact<{
  asOf?: string | null | undefined;
  filter?: EvidenceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvidenceListQuery = { evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: EvidenceKind | null, recordedAt: string, expiresOn: string | null, reviewState: ReviewState | null, freshness: Freshness, supports: Array<{ id: string, status: ImplementationStatus, control: { id: string, title: string } | null }> } }> } };

export type WhyFieldsFragment = { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> };

export type EvidenceCountsFragment = { best: BestFreshness, current: number, expiring: number, stale: number, superseded: number, rejected: number, total: number };

export type StandardsQueryVariables = Exact<{ [key: string]: never; }>;


export type StandardsQuery = { standards: Array<{ id: string, title: string, publisher: string | null, version: string | null }> };

export type FrameworkCoverageQueryVariables = Exact<{
  framework: string | number;
  scopeId: string | number;
  asOf?: string | null | undefined;
  support?: FrameworkSupport | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FrameworkCoverageQuery = { frameworkCoverage: { asOf: string, framework: { id: string, title: string }, scope: { id: string, label: string, name: string }, summary: { total: number, supported: number, partial: number, unsupported: number, unmapped: number }, items: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, rows: Array<{ support: FrameworkSupport, rolledUp: boolean, requirement: { id: string, ref: string, title: string, kind: string, parentId: string | null }, routes: Array<{ confidence: Confidence, source: string, controlCount: number, status: SoaStatus | null, evidence: BestFreshness, support: FrameworkSupport, via: { id: string, label: string, name: string }, bridge: { id: string, label: string, name: string } | null, control: { id: string, title: string } | null, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } }> }> } } | null };

export type GapsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type GapsQuery = { gaps: { asOf: string, counts: { uncoveredControls: number, implementationsWithoutCurrentEvidence: number, risksAboveAppetite: number, unownedSystems: number, unownedDatasets: number, orphans: number, unapprovedDeployments: number, impactAssessmentsMissingOrDue: number, overdueCorrectiveActions: number, unevidencedCorrectiveActions: number, recurringNonconformities: number, kpisInBreach: number, lateIncidents: number, managementReviewOverdue: number }, uncoveredControls: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, implementationsWithoutCurrentEvidence: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, risksAboveAppetite: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, unownedSystems: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, unownedDatasets: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, orphans: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, unapprovedDeployments: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, impactAssessmentsMissingOrDue: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, overdueCorrectiveActions: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, unevidencedCorrectiveActions: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, recurringNonconformities: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, kpisInBreach: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, lateIncidents: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }>, managementReviewOverdue: Array<{ id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null }> } };

export type GapFieldsFragment = { id: string, label: string, name: string, reason: string, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } | null };

type GraphRef_AiSystem_Fragment = { __typename: 'AISystem', name: string, riskTier: Level | null, id: string };

type GraphRef_Approval_Fragment = { __typename: 'Approval', decision: Decision, id: string };

type GraphRef_Audit_Fragment = { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null };

type GraphRef_ChangeRequest_Fragment = { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus };

type GraphRef_Clause_Fragment = { __typename: 'Clause', title: string, id: string };

type GraphRef_Control_Fragment = { __typename: 'Control', title: string, id: string };

type GraphRef_ControlArea_Fragment = { __typename: 'ControlArea', title: string, id: string };

type GraphRef_ControlObjective_Fragment = { __typename: 'ControlObjective', title: string, id: string };

type GraphRef_CorrectiveAction_Fragment = { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState };

type GraphRef_Dataset_Fragment = { __typename: 'Dataset', name: string, id: string };

type GraphRef_Evidence_Fragment = { __typename: 'Evidence', title: string, freshness: Freshness, id: string };

type GraphRef_Finding_Fragment = { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null };

type GraphRef_ImpactAssessment_Fragment = { __typename: 'ImpactAssessment', title: string, id: string };

type GraphRef_Implementation_Fragment = { __typename: 'Implementation', status: ImplementationStatus, id: string };

type GraphRef_Incident_Fragment = { __typename: 'Incident', title: string, id: string };

type GraphRef_Kpi_Fragment = { __typename: 'KPI', name: string, id: string };

type GraphRef_ManagementReview_Fragment = { __typename: 'ManagementReview', title: string, id: string };

type GraphRef_Measurement_Fragment = { __typename: 'Measurement', id: string };

type GraphRef_Model_Fragment = { __typename: 'Model', name: string, id: string };

type GraphRef_Organization_Fragment = { __typename: 'Organization', name: string, id: string };

type GraphRef_OrganizationalObjective_Fragment = { __typename: 'OrganizationalObjective', title: string, id: string };

type GraphRef_Person_Fragment = { __typename: 'Person', name: string, id: string };

type GraphRef_Policy_Fragment = { __typename: 'Policy', title: string, id: string };

type GraphRef_Requirement_Fragment = { __typename: 'Requirement', title: string, id: string };

type GraphRef_Risk_Fragment = { __typename: 'Risk', title: string, id: string };

type GraphRef_RiskSource_Fragment = { __typename: 'RiskSource', title: string, id: string };

type GraphRef_Standard_Fragment = { __typename: 'Standard', title: string, id: string };

type GraphRef_Team_Fragment = { __typename: 'Team', name: string, id: string };

type GraphRef_Vendor_Fragment = { __typename: 'Vendor', name: string, id: string };

export type GraphRefFragment =
  | GraphRef_AiSystem_Fragment
  | GraphRef_Approval_Fragment
  | GraphRef_Audit_Fragment
  | GraphRef_ChangeRequest_Fragment
  | GraphRef_Clause_Fragment
  | GraphRef_Control_Fragment
  | GraphRef_ControlArea_Fragment
  | GraphRef_ControlObjective_Fragment
  | GraphRef_CorrectiveAction_Fragment
  | GraphRef_Dataset_Fragment
  | GraphRef_Evidence_Fragment
  | GraphRef_Finding_Fragment
  | GraphRef_ImpactAssessment_Fragment
  | GraphRef_Implementation_Fragment
  | GraphRef_Incident_Fragment
  | GraphRef_Kpi_Fragment
  | GraphRef_ManagementReview_Fragment
  | GraphRef_Measurement_Fragment
  | GraphRef_Model_Fragment
  | GraphRef_Organization_Fragment
  | GraphRef_OrganizationalObjective_Fragment
  | GraphRef_Person_Fragment
  | GraphRef_Policy_Fragment
  | GraphRef_Requirement_Fragment
  | GraphRef_Risk_Fragment
  | GraphRef_RiskSource_Fragment
  | GraphRef_Standard_Fragment
  | GraphRef_Team_Fragment
  | GraphRef_Vendor_Fragment
;

export type NeighboursQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type NeighboursQuery = { node:
    | { __typename: 'AISystem', description: string | null, lifecycleStage: LifecycleStage | null, customerFacing: boolean | null, name: string, riskTier: Level | null, id: string, systemKind: SystemKind, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, dependsOn: Array<{ __typename: 'AISystem', name: string, riskTier: Level | null, id: string }>, dependents: Array<{ __typename: 'AISystem', name: string, riskTier: Level | null, id: string }>, models: Array<{ __typename: 'Model', name: string, id: string }>, datasets: Array<{ __typename: 'Dataset', name: string, id: string }>, vendors: Array<{ __typename: 'Vendor', name: string, id: string }>, risks: Array<{ __typename: 'Risk', title: string, id: string }>, implementations: Array<{ __typename: 'Implementation', status: ImplementationStatus, id: string }>, changeRequests: Array<{ __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }>, impactAssessments: Array<{ __typename: 'ImpactAssessment', title: string, id: string }>, incidents: Array<{ __typename: 'Incident', title: string, id: string }>, kpis: Array<{ __typename: 'KPI', name: string, id: string }> }
    | { __typename: 'Approval', decidedAt: string, comment: string | null, decision: Decision, id: string, givenBy: { __typename: 'Person', name: string, id: string } | null, changeRequest: { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus } | null }
    | { __typename: 'Audit', startsOn: string, endsOn: string | null, summary: string | null, title: string, id: string, auditKind: AuditKind | null, auditStatus: AuditStatus | null, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, covers: Array<
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
      >, auditors: Array<{ __typename: 'Person', name: string, id: string }>, findings: Array<{ __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }> }
    | { __typename: 'ChangeRequest', description: string | null, riskReview: string, riskTier: Level | null, requiredApprovals: number, approvalsMissing: number, requestedAt: string, deployedOn: string | null, deploymentNote: string | null, deployedWithoutApproval: boolean, title: string, id: string, changeKind: ChangeKind, changeStatus: ChangeStatus, changes: Array<
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
      >, risks: Array<{ __typename: 'Risk', title: string, id: string }>, requestedBy: { __typename: 'Person', name: string, id: string } | null, approvers: Array<{ person: { __typename: 'Person', name: string, id: string } }> }
    | { __typename: 'Clause', summary: string | null, title: string, id: string, parent: { __typename: 'Clause', title: string, id: string } | null, subclauses: Array<{ __typename: 'Clause', title: string, id: string }>, controls: Array<{ __typename: 'Control', title: string, id: string }>, mappings: Array<{ requirement: { __typename: 'Requirement', title: string, id: string } }> }
    | { __typename: 'Control', summary: string | null, title: string, id: string, objective: { __typename: 'ControlObjective', title: string, id: string } | null, clauses: Array<{ __typename: 'Clause', title: string, id: string }>, implementations: Array<{ __typename: 'Implementation', status: ImplementationStatus, id: string }>, risks: Array<{ __typename: 'Risk', title: string, id: string }>, mappings: Array<{ requirement: { __typename: 'Requirement', title: string, id: string } }> }
    | { __typename: 'ControlArea', summary: string | null, title: string, id: string, objectives: Array<{ __typename: 'ControlObjective', title: string, id: string }> }
    | { __typename: 'ControlObjective', summary: string | null, title: string, id: string, area: { __typename: 'ControlArea', title: string, id: string } | null, controls: Array<{ __typename: 'Control', title: string, id: string }> }
    | { __typename: 'CorrectiveAction', description: string | null, dueOn: string, completedOn: string | null, title: string, id: string, actionState: ActionState, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, finding: { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null } | null, closedBy: Array<{ __typename: 'Evidence', title: string, freshness: Freshness, id: string }> }
    | { __typename: 'Dataset', description: string | null, personalData: boolean | null, provenance: string | null, name: string, id: string, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, vendors: Array<{ __typename: 'Vendor', name: string, id: string }>, systems: Array<{ __typename: 'AISystem', name: string, riskTier: Level | null, id: string }>, risks: Array<{ __typename: 'Risk', title: string, id: string }>, changeRequests: Array<{ __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }> }
    | { __typename: 'Evidence', sha256: string | null, uri: string | null, recordedAt: string, expiresOn: string | null, reviewState: ReviewState | null, title: string, freshness: Freshness, id: string, evidenceKind: EvidenceKind | null, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, supports: Array<{ __typename: 'Implementation', status: ImplementationStatus, id: string }>, supersedes: Array<{ __typename: 'Evidence', title: string, freshness: Freshness, id: string }>, supersededBy: Array<{ __typename: 'Evidence', title: string, freshness: Freshness, id: string }>, closes: Array<{ __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }> }
    | { __typename: 'Finding', description: string | null, raisedOn: string, closedOn: string | null, title: string, id: string, findingKind: FindingKind, findingStatus: FindingStatus | null, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, raisedIn:
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
       | null, concerns: Array<
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
      >, correctiveActions: Array<{ __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }> }
    | { __typename: 'ImpactAssessment', assessedOn: string, reviewDueOn: string, overallImpact: Level | null, brandRisk: Level | null, individuals: string | null, groups: string | null, society: string | null, title: string, id: string, assessmentState: AssessmentState, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, system: { __typename: 'AISystem', name: string, riskTier: Level | null, id: string } | null }
    | { __typename: 'Implementation', description: string | null, justification: string | null, updatedOn: string | null, status: ImplementationStatus, id: string, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, control: { __typename: 'Control', title: string, id: string } | null, scope:
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
       | null, evidence: Array<{ __typename: 'Evidence', title: string, freshness: Freshness, id: string }> }
    | { __typename: 'Incident', summary: string | null, severity: Severity | null, rootCause: RootCause | null, customersAffected: number | null, occurredAt: string | null, respondedAt: string | null, resolvedAt: string | null, title: string, id: string, incidentStatus: IncidentStatus | null, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, affected: Array<{ __typename: 'AISystem', name: string, riskTier: Level | null, id: string }>, materialised: Array<{ __typename: 'Risk', title: string, id: string }>, failedControls: Array<{ __typename: 'Control', title: string, id: string }>, findings: Array<{ __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }> }
    | { __typename: 'KPI', unit: string | null, direction: KpiDirection | null, lastValue: number | null, threshold: number | null, target: number | null, breached: boolean | null, name: string, id: string, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, systems: Array<{ __typename: 'AISystem', name: string, riskTier: Level | null, id: string }>, risks: Array<{ __typename: 'Risk', title: string, id: string }> }
    | { __typename: 'ManagementReview', heldOn: string, summary: string | null, decisions: Array<string>, title: string, id: string, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, reviewed: Array<
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
      >, attendees: Array<{ __typename: 'Person', name: string, id: string }> }
    | { __typename: 'Measurement', value: number, measuredOn: string, note: string | null, id: string, measurementBreached: boolean, kpi: { __typename: 'KPI', name: string, id: string } | null }
    | { __typename: 'Model', version: string, modelType: string | null, description: string | null, name: string, id: string, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, trainedOn: Array<{ __typename: 'Dataset', name: string, id: string }>, vendors: Array<{ __typename: 'Vendor', name: string, id: string }>, systems: Array<{ __typename: 'AISystem', name: string, riskTier: Level | null, id: string }>, changeRequests: Array<{ __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }> }
    | { __typename: 'Organization', sector: string | null, description: string | null, name: string, id: string, systems: Array<{ __typename: 'AISystem', name: string, riskTier: Level | null, id: string }> }
    | { __typename: 'OrganizationalObjective', title: string, id: string }
    | { __typename: 'Person', jobTitle: string | null, aimsRole: string | null, name: string, id: string, teams: Array<{ __typename: 'Team', name: string, id: string }>, owns: Array<
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
      > }
    | { __typename: 'Policy', summary: string | null, title: string, id: string, policyVersion: string | null, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, addresses: Array<
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
      > }
    | { __typename: 'Requirement', text: string | null, framework: string, title: string, id: string, parent:
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
       | null }
    | { __typename: 'Risk', description: string | null, category: string | null, inherentScore: number, residualScore: number | null, appetite: number | null, title: string, id: string, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, threatens: Array<
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
      >, mitigatedBy: Array<{ __typename: 'Control', title: string, id: string }>, sources: Array<{ __typename: 'RiskSource', title: string, id: string }>, incidents: Array<{ __typename: 'Incident', title: string, id: string }> }
    | { __typename: 'RiskSource', title: string, id: string }
    | { __typename: 'Standard', title: string, id: string }
    | { __typename: 'Team', purpose: string | null, name: string, id: string, members: Array<{ __typename: 'Person', name: string, id: string }>, owns: Array<
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
      > }
    | { __typename: 'Vendor', service: string | null, criticality: Level | null, lastAssessedOn: string | null, name: string, id: string, owners: Array<
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Team', name: string, id: string }
      >, systems: Array<{ __typename: 'AISystem', name: string, riskTier: Level | null, id: string }>, models: Array<{ __typename: 'Model', name: string, id: string }>, datasets: Array<{ __typename: 'Dataset', name: string, id: string }> }
   | null, scoped: { edges: Array<{ node: { __typename: 'Implementation', status: ImplementationStatus, id: string } }> } };

export type GraphNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  asOf?: string | null | undefined;
}>;


export type GraphNodesQuery = { nodes: Array<
    | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
    | { __typename: 'Approval', decision: Decision, id: string }
    | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
    | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
    | { __typename: 'Clause', title: string, id: string }
    | { __typename: 'Control', title: string, id: string }
    | { __typename: 'ControlArea', title: string, id: string }
    | { __typename: 'ControlObjective', title: string, id: string }
    | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
    | { __typename: 'Dataset', name: string, id: string }
    | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
    | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
    | { __typename: 'ImpactAssessment', title: string, id: string }
    | { __typename: 'Implementation', status: ImplementationStatus, id: string }
    | { __typename: 'Incident', title: string, id: string }
    | { __typename: 'KPI', name: string, id: string }
    | { __typename: 'ManagementReview', title: string, id: string }
    | { __typename: 'Measurement', id: string }
    | { __typename: 'Model', name: string, id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'OrganizationalObjective', title: string, id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'Policy', title: string, id: string }
    | { __typename: 'Requirement', title: string, id: string }
    | { __typename: 'Risk', title: string, id: string }
    | { __typename: 'RiskSource', title: string, id: string }
    | { __typename: 'Standard', title: string, id: string }
    | { __typename: 'Team', name: string, id: string }
    | { __typename: 'Vendor', name: string, id: string }
   | null> };

export type GraphPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
}>;


export type GraphPathQuery = { path: { nodes: Array<{ id: string, label: string, name: string, node:
        | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
        | { __typename: 'Approval', decision: Decision, id: string }
        | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
        | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
        | { __typename: 'Clause', title: string, id: string }
        | { __typename: 'Control', title: string, id: string }
        | { __typename: 'ControlArea', title: string, id: string }
        | { __typename: 'ControlObjective', title: string, id: string }
        | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
        | { __typename: 'Dataset', name: string, id: string }
        | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
        | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
        | { __typename: 'ImpactAssessment', title: string, id: string }
        | { __typename: 'Implementation', status: ImplementationStatus, id: string }
        | { __typename: 'Incident', title: string, id: string }
        | { __typename: 'KPI', name: string, id: string }
        | { __typename: 'ManagementReview', title: string, id: string }
        | { __typename: 'Measurement', id: string }
        | { __typename: 'Model', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'OrganizationalObjective', title: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Policy', title: string, id: string }
        | { __typename: 'Requirement', title: string, id: string }
        | { __typename: 'Risk', title: string, id: string }
        | { __typename: 'RiskSource', title: string, id: string }
        | { __typename: 'Standard', title: string, id: string }
        | { __typename: 'Team', name: string, id: string }
        | { __typename: 'Vendor', name: string, id: string }
       | null }>, relationships: Array<{ from: string, to: string, type: string }> } | null };

export type UncoveredQueryVariables = Exact<{
  asOf?: string | null | undefined;
  systemId: string | number;
  isSystem: boolean;
}>;


export type UncoveredQuery = { gaps: { uncoveredControls: Array<{ id: string }> }, aiSystem?: { coverage: { uncovered: Array<{ id: string }> } } | null };

export type StressQueryVariables = Exact<{
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type StressQuery = { implementations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Implementation', status: ImplementationStatus, id: string, control: { __typename: 'Control', title: string, id: string } | null, scope:
          | { __typename: 'AISystem', name: string, riskTier: Level | null, id: string }
          | { __typename: 'Approval', decision: Decision, id: string }
          | { __typename: 'Audit', title: string, id: string, auditStatus: AuditStatus | null }
          | { __typename: 'ChangeRequest', title: string, id: string, changeStatus: ChangeStatus }
          | { __typename: 'Clause', title: string, id: string }
          | { __typename: 'Control', title: string, id: string }
          | { __typename: 'ControlArea', title: string, id: string }
          | { __typename: 'ControlObjective', title: string, id: string }
          | { __typename: 'CorrectiveAction', title: string, id: string, actionState: ActionState }
          | { __typename: 'Dataset', name: string, id: string }
          | { __typename: 'Evidence', title: string, freshness: Freshness, id: string }
          | { __typename: 'Finding', title: string, id: string, findingStatus: FindingStatus | null }
          | { __typename: 'ImpactAssessment', title: string, id: string }
          | { __typename: 'Implementation', status: ImplementationStatus, id: string }
          | { __typename: 'Incident', title: string, id: string }
          | { __typename: 'KPI', name: string, id: string }
          | { __typename: 'ManagementReview', title: string, id: string }
          | { __typename: 'Measurement', id: string }
          | { __typename: 'Model', name: string, id: string }
          | { __typename: 'Organization', name: string, id: string }
          | { __typename: 'OrganizationalObjective', title: string, id: string }
          | { __typename: 'Person', name: string, id: string }
          | { __typename: 'Policy', title: string, id: string }
          | { __typename: 'Requirement', title: string, id: string }
          | { __typename: 'Risk', title: string, id: string }
          | { __typename: 'RiskSource', title: string, id: string }
          | { __typename: 'Standard', title: string, id: string }
          | { __typename: 'Team', name: string, id: string }
          | { __typename: 'Vendor', name: string, id: string }
         | null, evidence: Array<{ __typename: 'Evidence', title: string, freshness: Freshness, id: string }> } }> } };

export type ImpactQueryVariables = Exact<{
  id: string | number;
  maxDepth?: number | null | undefined;
}>;


export type ImpactQuery = { impact: { maxDepth: number, affectedCount: number, customerFacingCount: number, riskCount: number, subject: { id: string, label: string, name: string }, affectedByLabel: Array<{ label: string, count: number }>, affected: Array<{ id: string, label: string, name: string, distance: number, riskTier: Level | null, customerFacing: boolean | null, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } }>, risks: Array<{ id: string, label: string, name: string, residualScore: number | null, threatens: Array<string> }> } | null };

export type IncidentsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, severity: Severity | null, status: IncidentStatus | null, rootCause: RootCause | null, customersAffected: number | null, summary: string | null, occurredAt: string | null, respondedAt: string | null, resolvedAt: string | null, late: Array<string>, protocol: { severity: Severity, respondWithinHours: number, resolveWithinHours: number, notify: Array<string>, steps: Array<string> } | null, affected: Array<{ id: string, name: string, riskTier: Level | null }>, materialised: Array<{ id: string, title: string }>, failedControls: Array<{ id: string, title: string }>, findings: Array<{ id: string, title: string, kind: FindingKind, status: FindingStatus | null }>, owners: Array<
          | { id: string, name: string }
          | { id: string, name: string }
        > } }> } };

export type KpisQueryVariables = Exact<{
  asOf?: string | null | undefined;
  from?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type KpisQuery = { kpis: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, unit: string | null, direction: KpiDirection | null, target: number | null, threshold: number | null, series: Array<{ id: string, value: number, measuredOn: string, breached: boolean, note: string | null }>, systems: Array<{ id: string, name: string }>, risks: Array<{ id: string, title: string }>, signal: { value: number, measuredOn: string, threshold: number, breachedSince: string, systems: Array<{ id: string, name: string }>, risks: Array<{ id: string, title: string }> } | null } }> } };

export type SystemSignalsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type SystemSignalsQuery = { aiSystem: { id: string, signals: Array<{ value: number, measuredOn: string, threshold: number, breachedSince: string, kpi: { id: string, name: string, unit: string | null, direction: KpiDirection | null }, risks: Array<{ id: string, title: string }> }> } | null };

export type ControlLineageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ControlLineageQuery = { control: { id: string, lineage: { control: { id: string, title: string, summary: string | null }, area: { id: string, title: string } | null, objective: { id: string, title: string, summary: string | null } | null, clauses: Array<{ id: string, title: string }>, implementations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, rows: Array<{ id: string, status: ImplementationStatus, description: string | null, justification: string | null, updatedOn: string | null, owners: Array<{ id: string, label: string, name: string }>, scope: { id: string, label: string, name: string } | null, evidence: Array<{ id: string, title: string, kind: EvidenceKind | null, freshness: Freshness, sha256: string | null, uri: string | null, periodStart: string | null, periodEnd: string | null, recordedAt: string, validUntil: string | null, expiresOn: string | null, reviewState: ReviewState | null, supersedes: string | null, supersededBy: string | null, owners: Array<{ id: string, label: string, name: string }> }> }> } } } | null };

export type ClauseLineageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClauseLineageQuery = { clause: { id: string, lineage: { clause: { id: string, title: string, summary: string | null }, parent: { id: string, title: string } | null, subclauses: Array<{ id: string, title: string }>, controls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, rows: Array<{ id: string, title: string, addresses: Array<string>, evidence: { best: BestFreshness, current: number, expiring: number, stale: number, superseded: number, rejected: number, total: number }, implementations: Array<{ id: string, status: ImplementationStatus, scope: { id: string, label: string, name: string } | null, evidence: { best: BestFreshness, current: number, expiring: number, stale: number, superseded: number, rejected: number, total: number } }> }> } } } | null };

export type HistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HistoryQuery = { history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actor: string, operation: ChangeOperation, targetId: string, targetLabel: string, relationship: string | null, otherId: string | null, before: unknown, after: unknown } }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, role: Role } };

type NodeRefFields_AiSystem_Fragment = { __typename: 'AISystem', name: string, id: string };

type NodeRefFields_Approval_Fragment = { __typename: 'Approval', id: string };

type NodeRefFields_Audit_Fragment = { __typename: 'Audit', title: string, id: string };

type NodeRefFields_ChangeRequest_Fragment = { __typename: 'ChangeRequest', title: string, id: string };

type NodeRefFields_Clause_Fragment = { __typename: 'Clause', title: string, id: string };

type NodeRefFields_Control_Fragment = { __typename: 'Control', title: string, id: string };

type NodeRefFields_ControlArea_Fragment = { __typename: 'ControlArea', id: string };

type NodeRefFields_ControlObjective_Fragment = { __typename: 'ControlObjective', id: string };

type NodeRefFields_CorrectiveAction_Fragment = { __typename: 'CorrectiveAction', title: string, id: string };

type NodeRefFields_Dataset_Fragment = { __typename: 'Dataset', name: string, id: string };

type NodeRefFields_Evidence_Fragment = { __typename: 'Evidence', title: string, id: string };

type NodeRefFields_Finding_Fragment = { __typename: 'Finding', title: string, id: string };

type NodeRefFields_ImpactAssessment_Fragment = { __typename: 'ImpactAssessment', title: string, id: string };

type NodeRefFields_Implementation_Fragment = { __typename: 'Implementation', status: ImplementationStatus, id: string };

type NodeRefFields_Incident_Fragment = { __typename: 'Incident', title: string, id: string };

type NodeRefFields_Kpi_Fragment = { __typename: 'KPI', name: string, id: string };

type NodeRefFields_ManagementReview_Fragment = { __typename: 'ManagementReview', title: string, id: string };

type NodeRefFields_Measurement_Fragment = { __typename: 'Measurement', id: string };

type NodeRefFields_Model_Fragment = { __typename: 'Model', name: string, id: string };

type NodeRefFields_Organization_Fragment = { __typename: 'Organization', name: string, id: string };

type NodeRefFields_OrganizationalObjective_Fragment = { __typename: 'OrganizationalObjective', id: string };

type NodeRefFields_Person_Fragment = { __typename: 'Person', name: string, id: string };

type NodeRefFields_Policy_Fragment = { __typename: 'Policy', title: string, id: string };

type NodeRefFields_Requirement_Fragment = { __typename: 'Requirement', id: string };

type NodeRefFields_Risk_Fragment = { __typename: 'Risk', title: string, id: string };

type NodeRefFields_RiskSource_Fragment = { __typename: 'RiskSource', id: string };

type NodeRefFields_Standard_Fragment = { __typename: 'Standard', id: string };

type NodeRefFields_Team_Fragment = { __typename: 'Team', name: string, id: string };

type NodeRefFields_Vendor_Fragment = { __typename: 'Vendor', name: string, id: string };

export type NodeRefFieldsFragment =
  | NodeRefFields_AiSystem_Fragment
  | NodeRefFields_Approval_Fragment
  | NodeRefFields_Audit_Fragment
  | NodeRefFields_ChangeRequest_Fragment
  | NodeRefFields_Clause_Fragment
  | NodeRefFields_Control_Fragment
  | NodeRefFields_ControlArea_Fragment
  | NodeRefFields_ControlObjective_Fragment
  | NodeRefFields_CorrectiveAction_Fragment
  | NodeRefFields_Dataset_Fragment
  | NodeRefFields_Evidence_Fragment
  | NodeRefFields_Finding_Fragment
  | NodeRefFields_ImpactAssessment_Fragment
  | NodeRefFields_Implementation_Fragment
  | NodeRefFields_Incident_Fragment
  | NodeRefFields_Kpi_Fragment
  | NodeRefFields_ManagementReview_Fragment
  | NodeRefFields_Measurement_Fragment
  | NodeRefFields_Model_Fragment
  | NodeRefFields_Organization_Fragment
  | NodeRefFields_OrganizationalObjective_Fragment
  | NodeRefFields_Person_Fragment
  | NodeRefFields_Policy_Fragment
  | NodeRefFields_Requirement_Fragment
  | NodeRefFields_Risk_Fragment
  | NodeRefFields_RiskSource_Fragment
  | NodeRefFields_Standard_Fragment
  | NodeRefFields_Team_Fragment
  | NodeRefFields_Vendor_Fragment
;

export type OverviewQueryVariables = Exact<{
  asOf: string;
}>;


export type OverviewQuery = { organization: { id: string, name: string, sector: string | null } | null, allSystems: { totalCount: number }, high: { totalCount: number }, medium: { totalCount: number }, low: { totalCount: number }, current: { totalCount: number }, expiring: { totalCount: number }, stale: { totalCount: number }, superseded: { totalCount: number }, gaps: { counts: { uncoveredControls: number, implementationsWithoutCurrentEvidence: number, risksAboveAppetite: number, unownedSystems: number, unownedDatasets: number, orphans: number }, uncoveredControls: Array<{ id: string, label: string, name: string, reason: string }>, implementationsWithoutCurrentEvidence: Array<{ id: string, label: string, name: string, reason: string }>, risksAboveAppetite: Array<{ id: string, label: string, name: string, reason: string }>, unownedSystems: Array<{ id: string, label: string, name: string, reason: string }>, unownedDatasets: Array<{ id: string, label: string, name: string, reason: string }>, orphans: Array<{ id: string, label: string, name: string, reason: string }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  labels?: Array<string> | string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, rows: Array<{ id: string, label: string, name: string }> } };

export type SoaQueryVariables = Exact<{
  scopeId: string | number;
  asOf?: string | null | undefined;
}>;


export type SoaQuery = { statementOfApplicability: { asOf: string, scope: { id: string, label: string, name: string }, rows: Array<{ applicable: boolean, justification: string | null, status: SoaStatus, implementationCount: number, owners: Array<string>, notes: Array<string>, area: { id: string, title: string } | null, control: { id: string, title: string }, evidence: { best: BestFreshness, current: number, expiring: number, stale: number, superseded: number, rejected: number, total: number }, exclusions: Array<{ implementationId: string, justification: string | null, scope: { id: string, label: string, name: string } }> }> } | null };

export type ScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopesQuery = { organization: { id: string, name: string } | null, aiSystems: { edges: Array<{ node: { id: string, name: string } }> } };

export type SoaChangesQueryVariables = Exact<{
  scopeId: string | number;
  from: string;
  to: string;
}>;


export type SoaChangesQuery = { statementOfApplicabilityChanges: { from: string, to: string, scope: { id: string, label: string, name: string }, rows: Array<{ applicabilityChanged: boolean, statusChanged: boolean, evidenceChanged: boolean, eventCount: number, control: { id: string, title: string }, from: { applicable: boolean, status: SoaStatus, evidence: { best: BestFreshness, current: number, expiring: number, stale: number, superseded: number, rejected: number, total: number } }, to: { applicable: boolean, status: SoaStatus, evidence: { best: BestFreshness, current: number, expiring: number, stale: number, superseded: number, rejected: number, total: number } }, events: Array<{ id: string, at: string, actor: string, operation: ChangeOperation, targetId: string, targetLabel: string, relationship: string | null, otherId: string | null, before: unknown, after: unknown }> }> } };

export type SystemsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AiSystemFilter | null | undefined;
}>;


export type SystemsQuery = { aiSystems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: SystemKind, channel: Channel | null, lifecycleStage: LifecycleStage | null, riskTier: Level | null, customerFacing: boolean | null } }> } };

export type SystemCoverageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type SystemCoverageQuery = { aiSystem: { id: string, name: string, kind: SystemKind, channel: Channel | null, lifecycleStage: LifecycleStage | null, riskTier: Level | null, customerFacing: boolean | null, description: string | null, owners: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, models: Array<{ id: string, name: string, version: string }>, datasets: Array<{ id: string, name: string }>, vendors: Array<{ id: string, name: string }>, dependsOn: Array<{ id: string, name: string }>, dependents: Array<{ id: string, name: string }>, coverage: { asOf: string, covered: Array<{ how: CoverageHow, control: { id: string, title: string }, scope: { id: string, label: string, name: string }, implementation: { id: string, status: ImplementationStatus }, evidence: { best: BestFreshness, current: number, expiring: number, stale: number, superseded: number, rejected: number, total: number }, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } }>, uncovered: Array<{ id: string, title: string }>, excluded: Array<{ how: CoverageHow, justification: string | null, control: { id: string, title: string }, scope: { id: string, label: string, name: string }, implementation: { id: string, status: ImplementationStatus }, why: { nodes: Array<{ id: string, label: string, name: string }>, relationships: Array<{ from: string, to: string, type: string }> } }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeRefFieldsFragmentDoc = new TypedDocumentString(`
    fragment NodeRefFields on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on ChangeRequest {
    title
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
  }
  ... on CorrectiveAction {
    title
  }
  ... on Audit {
    title
  }
  ... on ManagementReview {
    title
  }
}
    `, {"fragmentName":"NodeRefFields"}) as unknown as TypedDocumentString<NodeRefFieldsFragment, unknown>;
export const ChangeRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChangeRequestFields on ChangeRequest {
  id
  title
  kind
  description
  riskReview
  riskTier
  requiredApprovals
  approvalsMissing
  status
  requestedAt
  deployedOn
  deploymentNote
  deployedWithoutApproval
  changes {
    ...NodeRefFields
  }
  risks {
    id
    title
  }
  requestedBy {
    id
    name
  }
  approvers {
    person {
      id
      name
      jobTitle
    }
    approval {
      id
      decision
      decidedAt
      comment
    }
  }
}
    fragment NodeRefFields on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on ChangeRequest {
    title
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
  }
  ... on CorrectiveAction {
    title
  }
  ... on Audit {
    title
  }
  ... on ManagementReview {
    title
  }
}`, {"fragmentName":"ChangeRequestFields"}) as unknown as TypedDocumentString<ChangeRequestFieldsFragment, unknown>;
export const EvidenceCountsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceCounts on EvidenceSummary {
  best
  current
  expiring
  stale
  superseded
  rejected
  total
}
    `, {"fragmentName":"EvidenceCounts"}) as unknown as TypedDocumentString<EvidenceCountsFragment, unknown>;
export const WhyFieldsFragmentDoc = new TypedDocumentString(`
    fragment WhyFields on WhyPath {
  nodes {
    id
    label
    name
  }
  relationships {
    from
    to
    type
  }
}
    `, {"fragmentName":"WhyFields"}) as unknown as TypedDocumentString<WhyFieldsFragment, unknown>;
export const GapFieldsFragmentDoc = new TypedDocumentString(`
    fragment GapFields on Gap {
  id
  label
  name
  reason
  why {
    ...WhyFields
  }
}
    fragment WhyFields on WhyPath {
  nodes {
    id
    label
    name
  }
  relationships {
    from
    to
    type
  }
}`, {"fragmentName":"GapFields"}) as unknown as TypedDocumentString<GapFieldsFragment, unknown>;
export const GraphRefFragmentDoc = new TypedDocumentString(`
    fragment GraphRef on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
    riskTier
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
    freshness(asOf: $asOf)
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on ControlArea {
    title
  }
  ... on ControlObjective {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on Requirement {
    title
  }
  ... on RiskSource {
    title
  }
  ... on Standard {
    title
  }
  ... on OrganizationalObjective {
    title
  }
  ... on ChangeRequest {
    title
    changeStatus: status
  }
  ... on Approval {
    decision
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
    findingStatus: status
  }
  ... on CorrectiveAction {
    title
    actionState: state(asOf: $asOf)
  }
  ... on Audit {
    title
    auditStatus: status
  }
  ... on ManagementReview {
    title
  }
}
    `, {"fragmentName":"GraphRef"}) as unknown as TypedDocumentString<GraphRefFragment, unknown>;
export const ChangeRequestsDocument = new TypedDocumentString(`
    query ChangeRequests($after: String) {
  changeRequests(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ChangeRequestFields
      }
    }
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  title
  kind
  description
  riskReview
  riskTier
  requiredApprovals
  approvalsMissing
  status
  requestedAt
  deployedOn
  deploymentNote
  deployedWithoutApproval
  changes {
    ...NodeRefFields
  }
  risks {
    id
    title
  }
  requestedBy {
    id
    name
  }
  approvers {
    person {
      id
      name
      jobTitle
    }
    approval {
      id
      decision
      decidedAt
      comment
    }
  }
}
fragment NodeRefFields on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on ChangeRequest {
    title
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
  }
  ... on CorrectiveAction {
    title
  }
  ... on Audit {
    title
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<ChangeRequestsQuery, ChangeRequestsQueryVariables>;
export const DecideChangeDocument = new TypedDocumentString(`
    mutation DecideChange($input: DecideChangeInput!) {
  decideChange(input: $input) {
    ...ChangeRequestFields
  }
}
    fragment ChangeRequestFields on ChangeRequest {
  id
  title
  kind
  description
  riskReview
  riskTier
  requiredApprovals
  approvalsMissing
  status
  requestedAt
  deployedOn
  deploymentNote
  deployedWithoutApproval
  changes {
    ...NodeRefFields
  }
  risks {
    id
    title
  }
  requestedBy {
    id
    name
  }
  approvers {
    person {
      id
      name
      jobTitle
    }
    approval {
      id
      decision
      decidedAt
      comment
    }
  }
}
fragment NodeRefFields on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on ChangeRequest {
    title
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
  }
  ... on CorrectiveAction {
    title
  }
  ... on Audit {
    title
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<DecideChangeMutation, DecideChangeMutationVariables>;
export const EvidenceArtifactDocument = new TypedDocumentString(`
    query EvidenceArtifact($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Evidence {
      title
      sha256
      artifact {
        sha256
        size
        mediaType
        name
        uploadedBy
        uploadedAt
        downloadUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceArtifactQuery, EvidenceArtifactQueryVariables>;
export const VerifyEvidenceDocument = new TypedDocumentString(`
    query VerifyEvidence($ids: [ID!]) {
  verifyEvidence(ids: $ids) {
    checked
    ok
    problems {
      sha256
      status
      evidence {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyEvidenceQuery, VerifyEvidenceQueryVariables>;
export const AuditsDocument = new TypedDocumentString(`
    query Audits($after: String) {
  audits(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        kind
        status
        startsOn
        endsOn
        summary
        covers {
          ...NodeRefFields
        }
        auditors {
          id
          name
        }
        findings {
          id
          title
          kind
          status
        }
      }
    }
  }
}
    fragment NodeRefFields on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on ChangeRequest {
    title
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
  }
  ... on CorrectiveAction {
    title
  }
  ... on Audit {
    title
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<AuditsQuery, AuditsQueryVariables>;
export const ManagementReviewsDocument = new TypedDocumentString(`
    query ManagementReviews($after: String) {
  managementReviews(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        heldOn
        summary
        decisions
        reviewed {
          ...NodeRefFields
        }
        attendees {
          id
          name
        }
      }
    }
  }
}
    fragment NodeRefFields on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on ChangeRequest {
    title
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
  }
  ... on CorrectiveAction {
    title
  }
  ... on Audit {
    title
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<ManagementReviewsQuery, ManagementReviewsQueryVariables>;
export const CorrectiveActionsDocument = new TypedDocumentString(`
    query CorrectiveActions($asOf: Date, $after: String) {
  correctiveActions(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        description
        dueOn
        completedOn
        state(asOf: $asOf)
        finding {
          id
          title
          kind
          status
        }
        closedBy {
          id
          title
          freshness(asOf: $asOf)
        }
        owners {
          ... on Person {
            id
            name
          }
          ... on Team {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectiveActionsQuery, CorrectiveActionsQueryVariables>;
export const FindingsDocument = new TypedDocumentString(`
    query Findings($asOf: Date, $after: String) {
  findings(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        kind
        status
        raisedOn
        closedOn
        raisedIn {
          ...NodeRefFields
        }
        concerns {
          ...NodeRefFields
        }
        correctiveActions {
          id
          state(asOf: $asOf)
        }
      }
    }
  }
}
    fragment NodeRefFields on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on ChangeRequest {
    title
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
  }
  ... on CorrectiveAction {
    title
  }
  ... on Audit {
    title
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<FindingsQuery, FindingsQueryVariables>;
export const StaleEvidenceDocument = new TypedDocumentString(`
    query StaleEvidence($asOf: Date, $withinDays: Int, $first: Int, $after: String) {
  staleEvidence(
    asOf: $asOf
    withinDays: $withinDays
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    rows {
      id
      title
      kind
      freshness
      expiresOn
      daysLeft
      recordedAt
      reviewState
      sha256
      owners {
        id
        label
        name
      }
      backs {
        control {
          id
          title
        }
        clauses {
          id
          title
        }
        implementation {
          id
          status
        }
        scope {
          id
          label
          name
        }
      }
      affectedSystems {
        id
        name
        riskTier
        customerFacing
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaleEvidenceQuery, StaleEvidenceQueryVariables>;
export const ExpiryTimelineDocument = new TypedDocumentString(`
    query ExpiryTimeline($asOf: Date, $withinDays: Int, $after: String) {
  staleEvidence(asOf: $asOf, withinDays: $withinDays, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    rows {
      id
      title
      expiresOn
      daysLeft
      freshness
    }
  }
}
    `) as unknown as TypedDocumentString<ExpiryTimelineQuery, ExpiryTimelineQueryVariables>;
export const EvidenceListDocument = new TypedDocumentString(`
    query EvidenceList($asOf: Date, $filter: EvidenceFilter, $first: Int, $after: String) {
  evidence(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        kind
        recordedAt
        expiresOn
        reviewState
        freshness(asOf: $asOf)
        supports {
          id
          status
          control {
            id
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceListQuery, EvidenceListQueryVariables>;
export const StandardsDocument = new TypedDocumentString(`
    query Standards {
  standards {
    id
    title
    publisher
    version
  }
}
    `) as unknown as TypedDocumentString<StandardsQuery, StandardsQueryVariables>;
export const FrameworkCoverageDocument = new TypedDocumentString(`
    query FrameworkCoverage($framework: ID!, $scopeId: ID!, $asOf: Date, $support: FrameworkSupport, $first: Int, $after: String) {
  frameworkCoverage(
    framework: $framework
    scopeId: $scopeId
    asOf: $asOf
    support: $support
    first: $first
    after: $after
  ) {
    framework {
      id
      title
    }
    scope {
      id
      label
      name
    }
    asOf
    summary {
      total
      supported
      partial
      unsupported
      unmapped
    }
    items {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      rows {
        requirement {
          id
          ref
          title
          kind
          parentId
        }
        support
        rolledUp
        routes {
          via {
            id
            label
            name
          }
          bridge {
            id
            label
            name
          }
          confidence
          source
          controlCount
          control {
            id
            title
          }
          status
          evidence
          support
          why {
            ...WhyFields
          }
        }
      }
    }
  }
}
    fragment WhyFields on WhyPath {
  nodes {
    id
    label
    name
  }
  relationships {
    from
    to
    type
  }
}`) as unknown as TypedDocumentString<FrameworkCoverageQuery, FrameworkCoverageQueryVariables>;
export const GapsDocument = new TypedDocumentString(`
    query Gaps($asOf: Date) {
  gaps(asOf: $asOf) {
    asOf
    counts {
      uncoveredControls
      implementationsWithoutCurrentEvidence
      risksAboveAppetite
      unownedSystems
      unownedDatasets
      orphans
      unapprovedDeployments
      impactAssessmentsMissingOrDue
      overdueCorrectiveActions
      unevidencedCorrectiveActions
      recurringNonconformities
      kpisInBreach
      lateIncidents
      managementReviewOverdue
    }
    uncoveredControls {
      ...GapFields
    }
    implementationsWithoutCurrentEvidence {
      ...GapFields
    }
    risksAboveAppetite {
      ...GapFields
    }
    unownedSystems {
      ...GapFields
    }
    unownedDatasets {
      ...GapFields
    }
    orphans {
      ...GapFields
    }
    unapprovedDeployments {
      ...GapFields
    }
    impactAssessmentsMissingOrDue {
      ...GapFields
    }
    overdueCorrectiveActions {
      ...GapFields
    }
    unevidencedCorrectiveActions {
      ...GapFields
    }
    recurringNonconformities {
      ...GapFields
    }
    kpisInBreach {
      ...GapFields
    }
    lateIncidents {
      ...GapFields
    }
    managementReviewOverdue {
      ...GapFields
    }
  }
}
    fragment WhyFields on WhyPath {
  nodes {
    id
    label
    name
  }
  relationships {
    from
    to
    type
  }
}
fragment GapFields on Gap {
  id
  label
  name
  reason
  why {
    ...WhyFields
  }
}`) as unknown as TypedDocumentString<GapsQuery, GapsQueryVariables>;
export const NeighboursDocument = new TypedDocumentString(`
    query Neighbours($id: ID!, $asOf: Date) {
  node(id: $id) {
    ...GraphRef
    ... on Organization {
      sector
      description
      systems {
        ...GraphRef
      }
    }
    ... on AISystem {
      description
      systemKind: kind
      lifecycleStage
      customerFacing
      owners {
        ...GraphRef
      }
      dependsOn {
        ...GraphRef
      }
      dependents {
        ...GraphRef
      }
      models {
        ...GraphRef
      }
      datasets {
        ...GraphRef
      }
      vendors {
        ...GraphRef
      }
      risks {
        ...GraphRef
      }
      implementations {
        ...GraphRef
      }
      changeRequests {
        ...GraphRef
      }
      impactAssessments {
        ...GraphRef
      }
      incidents {
        ...GraphRef
      }
      kpis {
        ...GraphRef
      }
    }
    ... on Model {
      version
      modelType
      description
      owners {
        ...GraphRef
      }
      trainedOn {
        ...GraphRef
      }
      vendors {
        ...GraphRef
      }
      systems {
        ...GraphRef
      }
      changeRequests {
        ...GraphRef
      }
    }
    ... on Dataset {
      description
      personalData
      provenance
      owners {
        ...GraphRef
      }
      vendors {
        ...GraphRef
      }
      systems {
        ...GraphRef
      }
      risks {
        ...GraphRef
      }
      changeRequests {
        ...GraphRef
      }
    }
    ... on Vendor {
      service
      criticality
      lastAssessedOn
      owners {
        ...GraphRef
      }
      systems {
        ...GraphRef
      }
      models {
        ...GraphRef
      }
      datasets {
        ...GraphRef
      }
    }
    ... on Risk {
      description
      category
      inherentScore
      residualScore
      appetite
      owners {
        ...GraphRef
      }
      threatens {
        ...GraphRef
      }
      mitigatedBy {
        ...GraphRef
      }
      sources {
        ...GraphRef
      }
      incidents {
        ...GraphRef
      }
    }
    ... on Implementation {
      description
      justification
      updatedOn
      owners {
        ...GraphRef
      }
      control {
        ...GraphRef
      }
      scope {
        ...GraphRef
      }
      evidence {
        ...GraphRef
      }
    }
    ... on Evidence {
      evidenceKind: kind
      sha256
      uri
      recordedAt
      expiresOn
      reviewState
      owners {
        ...GraphRef
      }
      supports {
        ...GraphRef
      }
      supersedes {
        ...GraphRef
      }
      supersededBy {
        ...GraphRef
      }
      closes {
        ...GraphRef
      }
    }
    ... on Person {
      jobTitle
      aimsRole
      teams {
        ...GraphRef
      }
      owns {
        ...GraphRef
      }
    }
    ... on Team {
      purpose
      members {
        ...GraphRef
      }
      owns {
        ...GraphRef
      }
    }
    ... on Policy {
      summary
      policyVersion: version
      owners {
        ...GraphRef
      }
      addresses {
        ...GraphRef
      }
    }
    ... on Incident {
      summary
      severity
      incidentStatus: status
      rootCause
      customersAffected
      occurredAt
      respondedAt
      resolvedAt
      owners {
        ...GraphRef
      }
      affected {
        ...GraphRef
      }
      materialised {
        ...GraphRef
      }
      failedControls {
        ...GraphRef
      }
      findings {
        ...GraphRef
      }
    }
    ... on KPI {
      unit
      direction
      lastValue
      threshold
      target
      breached
      owners {
        ...GraphRef
      }
      systems {
        ...GraphRef
      }
      risks {
        ...GraphRef
      }
    }
    ... on Measurement {
      value
      measuredOn
      note
      measurementBreached: breached
      kpi {
        ...GraphRef
      }
    }
    ... on ChangeRequest {
      changeKind: kind
      description
      riskReview
      riskTier
      requiredApprovals
      approvalsMissing
      requestedAt
      deployedOn
      deploymentNote
      deployedWithoutApproval
      changes {
        ...GraphRef
      }
      risks {
        ...GraphRef
      }
      requestedBy {
        ...GraphRef
      }
      approvers {
        person {
          ...GraphRef
        }
      }
    }
    ... on Approval {
      decidedAt
      comment
      givenBy {
        ...GraphRef
      }
      changeRequest {
        ...GraphRef
      }
    }
    ... on ImpactAssessment {
      assessedOn
      reviewDueOn
      assessmentState: state(asOf: $asOf)
      overallImpact
      brandRisk
      individuals
      groups
      society
      owners {
        ...GraphRef
      }
      system {
        ...GraphRef
      }
    }
    ... on Finding {
      findingKind: kind
      description
      raisedOn
      closedOn
      owners {
        ...GraphRef
      }
      raisedIn {
        ...GraphRef
      }
      concerns {
        ...GraphRef
      }
      correctiveActions {
        ...GraphRef
      }
    }
    ... on CorrectiveAction {
      description
      dueOn
      completedOn
      owners {
        ...GraphRef
      }
      finding {
        ...GraphRef
      }
      closedBy {
        ...GraphRef
      }
    }
    ... on Audit {
      auditKind: kind
      startsOn
      endsOn
      summary
      owners {
        ...GraphRef
      }
      covers {
        ...GraphRef
      }
      auditors {
        ...GraphRef
      }
      findings {
        ...GraphRef
      }
    }
    ... on ManagementReview {
      heldOn
      summary
      decisions
      owners {
        ...GraphRef
      }
      reviewed {
        ...GraphRef
      }
      attendees {
        ...GraphRef
      }
    }
    ... on Clause {
      summary
      parent {
        ...GraphRef
      }
      subclauses {
        ...GraphRef
      }
      controls {
        ...GraphRef
      }
      mappings {
        requirement {
          ...GraphRef
        }
      }
    }
    ... on ControlArea {
      summary
      objectives {
        ...GraphRef
      }
    }
    ... on ControlObjective {
      summary
      area {
        ...GraphRef
      }
      controls {
        ...GraphRef
      }
    }
    ... on Control {
      summary
      objective {
        ...GraphRef
      }
      clauses {
        ...GraphRef
      }
      implementations {
        ...GraphRef
      }
      risks {
        ...GraphRef
      }
      mappings {
        requirement {
          ...GraphRef
        }
      }
    }
    ... on Requirement {
      text
      framework
      parent {
        ...GraphRef
      }
    }
  }
  scoped: implementations(filter: {scopeId: $id}, first: 100) {
    edges {
      node {
        ...GraphRef
      }
    }
  }
}
    fragment GraphRef on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
    riskTier
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
    freshness(asOf: $asOf)
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on ControlArea {
    title
  }
  ... on ControlObjective {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on Requirement {
    title
  }
  ... on RiskSource {
    title
  }
  ... on Standard {
    title
  }
  ... on OrganizationalObjective {
    title
  }
  ... on ChangeRequest {
    title
    changeStatus: status
  }
  ... on Approval {
    decision
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
    findingStatus: status
  }
  ... on CorrectiveAction {
    title
    actionState: state(asOf: $asOf)
  }
  ... on Audit {
    title
    auditStatus: status
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<NeighboursQuery, NeighboursQueryVariables>;
export const GraphNodesDocument = new TypedDocumentString(`
    query GraphNodes($ids: [ID!]!, $asOf: Date) {
  nodes(ids: $ids) {
    ...GraphRef
  }
}
    fragment GraphRef on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
    riskTier
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
    freshness(asOf: $asOf)
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on ControlArea {
    title
  }
  ... on ControlObjective {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on Requirement {
    title
  }
  ... on RiskSource {
    title
  }
  ... on Standard {
    title
  }
  ... on OrganizationalObjective {
    title
  }
  ... on ChangeRequest {
    title
    changeStatus: status
  }
  ... on Approval {
    decision
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
    findingStatus: status
  }
  ... on CorrectiveAction {
    title
    actionState: state(asOf: $asOf)
  }
  ... on Audit {
    title
    auditStatus: status
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<GraphNodesQuery, GraphNodesQueryVariables>;
export const GraphPathDocument = new TypedDocumentString(`
    query GraphPath($from: ID!, $to: ID!, $asOf: Date) {
  path(from: $from, to: $to) {
    nodes {
      id
      label
      name
      node {
        ...GraphRef
      }
    }
    relationships {
      from
      to
      type
    }
  }
}
    fragment GraphRef on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
    riskTier
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
    freshness(asOf: $asOf)
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on ControlArea {
    title
  }
  ... on ControlObjective {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on Requirement {
    title
  }
  ... on RiskSource {
    title
  }
  ... on Standard {
    title
  }
  ... on OrganizationalObjective {
    title
  }
  ... on ChangeRequest {
    title
    changeStatus: status
  }
  ... on Approval {
    decision
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
    findingStatus: status
  }
  ... on CorrectiveAction {
    title
    actionState: state(asOf: $asOf)
  }
  ... on Audit {
    title
    auditStatus: status
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<GraphPathQuery, GraphPathQueryVariables>;
export const UncoveredDocument = new TypedDocumentString(`
    query Uncovered($asOf: Date, $systemId: ID!, $isSystem: Boolean!) {
  gaps(asOf: $asOf) {
    uncoveredControls {
      id
    }
  }
  aiSystem(id: $systemId) @include(if: $isSystem) {
    coverage(asOf: $asOf) {
      uncovered {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UncoveredQuery, UncoveredQueryVariables>;
export const StressDocument = new TypedDocumentString(`
    query Stress($asOf: Date, $after: String) {
  implementations(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...GraphRef
        ... on Implementation {
          control {
            ...GraphRef
          }
          scope {
            ...GraphRef
          }
          evidence {
            ...GraphRef
          }
        }
      }
    }
  }
}
    fragment GraphRef on Node {
  __typename
  id
  ... on Organization {
    name
  }
  ... on AISystem {
    name
    riskTier
  }
  ... on Model {
    name
  }
  ... on Dataset {
    name
  }
  ... on Vendor {
    name
  }
  ... on Person {
    name
  }
  ... on Team {
    name
  }
  ... on KPI {
    name
  }
  ... on Risk {
    title
  }
  ... on Implementation {
    status
  }
  ... on Evidence {
    title
    freshness(asOf: $asOf)
  }
  ... on Control {
    title
  }
  ... on Clause {
    title
  }
  ... on ControlArea {
    title
  }
  ... on ControlObjective {
    title
  }
  ... on Policy {
    title
  }
  ... on Incident {
    title
  }
  ... on Requirement {
    title
  }
  ... on RiskSource {
    title
  }
  ... on Standard {
    title
  }
  ... on OrganizationalObjective {
    title
  }
  ... on ChangeRequest {
    title
    changeStatus: status
  }
  ... on Approval {
    decision
  }
  ... on ImpactAssessment {
    title
  }
  ... on Finding {
    title
    findingStatus: status
  }
  ... on CorrectiveAction {
    title
    actionState: state(asOf: $asOf)
  }
  ... on Audit {
    title
    auditStatus: status
  }
  ... on ManagementReview {
    title
  }
}`) as unknown as TypedDocumentString<StressQuery, StressQueryVariables>;
export const ImpactDocument = new TypedDocumentString(`
    query Impact($id: ID!, $maxDepth: Int) {
  impact(id: $id, maxDepth: $maxDepth) {
    maxDepth
    subject {
      id
      label
      name
    }
    affectedCount
    customerFacingCount
    affectedByLabel {
      label
      count
    }
    riskCount
    affected {
      id
      label
      name
      distance
      riskTier
      customerFacing
      why {
        ...WhyFields
      }
    }
    risks {
      id
      label
      name
      residualScore
      threatens
    }
  }
}
    fragment WhyFields on WhyPath {
  nodes {
    id
    label
    name
  }
  relationships {
    from
    to
    type
  }
}`) as unknown as TypedDocumentString<ImpactQuery, ImpactQueryVariables>;
export const IncidentsDocument = new TypedDocumentString(`
    query Incidents($asOf: Date, $after: String) {
  incidents(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        severity
        status
        rootCause
        customersAffected
        summary
        occurredAt
        respondedAt
        resolvedAt
        late(asOf: $asOf)
        protocol {
          severity
          respondWithinHours
          resolveWithinHours
          notify
          steps
        }
        affected {
          id
          name
          riskTier
        }
        materialised {
          id
          title
        }
        failedControls {
          id
          title
        }
        findings {
          id
          title
          kind
          status
        }
        owners {
          ... on Person {
            id
            name
          }
          ... on Team {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentsQuery, IncidentsQueryVariables>;
export const KpisDocument = new TypedDocumentString(`
    query Kpis($asOf: Date, $from: Date, $after: String) {
  kpis(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        unit
        direction
        target
        threshold
        series(from: $from, to: $asOf) {
          id
          value
          measuredOn
          breached
          note
        }
        systems {
          id
          name
        }
        risks {
          id
          title
        }
        signal(asOf: $asOf) {
          value
          measuredOn
          threshold
          breachedSince
          systems {
            id
            name
          }
          risks {
            id
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KpisQuery, KpisQueryVariables>;
export const SystemSignalsDocument = new TypedDocumentString(`
    query SystemSignals($id: ID!, $asOf: Date) {
  aiSystem(id: $id) {
    id
    signals(asOf: $asOf) {
      value
      measuredOn
      threshold
      breachedSince
      kpi {
        id
        name
        unit
        direction
      }
      risks {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SystemSignalsQuery, SystemSignalsQueryVariables>;
export const ControlLineageDocument = new TypedDocumentString(`
    query ControlLineage($id: ID!, $asOf: Date, $first: Int, $after: String) {
  control(id: $id) {
    id
    lineage(asOf: $asOf, first: $first, after: $after) {
      control {
        id
        title
        summary
      }
      area {
        id
        title
      }
      objective {
        id
        title
        summary
      }
      clauses {
        id
        title
      }
      implementations {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        rows {
          id
          status
          description
          justification
          updatedOn
          owners {
            id
            label
            name
          }
          scope {
            id
            label
            name
          }
          evidence {
            id
            title
            kind
            freshness
            sha256
            uri
            periodStart
            periodEnd
            recordedAt
            validUntil
            expiresOn
            reviewState
            supersedes
            supersededBy
            owners {
              id
              label
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ControlLineageQuery, ControlLineageQueryVariables>;
export const ClauseLineageDocument = new TypedDocumentString(`
    query ClauseLineage($id: ID!, $asOf: Date, $first: Int, $after: String) {
  clause(id: $id) {
    id
    lineage(asOf: $asOf, first: $first, after: $after) {
      clause {
        id
        title
        summary
      }
      parent {
        id
        title
      }
      subclauses {
        id
        title
      }
      controls {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        rows {
          id
          title
          addresses
          evidence {
            ...EvidenceCounts
          }
          implementations {
            id
            status
            scope {
              id
              label
              name
            }
            evidence {
              ...EvidenceCounts
            }
          }
        }
      }
    }
  }
}
    fragment EvidenceCounts on EvidenceSummary {
  best
  current
  expiring
  stale
  superseded
  rejected
  total
}`) as unknown as TypedDocumentString<ClauseLineageQuery, ClauseLineageQueryVariables>;
export const HistoryDocument = new TypedDocumentString(`
    query History($id: ID!, $first: Int, $after: String) {
  history(id: $id, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        actor
        operation
        targetId
        targetLabel
        relationship
        otherId
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($asOf: Date!) {
  organization {
    id
    name
    sector
  }
  allSystems: aiSystems(first: 1) {
    totalCount
  }
  high: aiSystems(first: 1, filter: {riskTier: HIGH}) {
    totalCount
  }
  medium: aiSystems(first: 1, filter: {riskTier: MEDIUM}) {
    totalCount
  }
  low: aiSystems(first: 1, filter: {riskTier: LOW}) {
    totalCount
  }
  current: evidence(first: 1, filter: {freshness: CURRENT, asOf: $asOf}) {
    totalCount
  }
  expiring: evidence(first: 1, filter: {freshness: EXPIRING, asOf: $asOf}) {
    totalCount
  }
  stale: evidence(first: 1, filter: {freshness: STALE, asOf: $asOf}) {
    totalCount
  }
  superseded: evidence(first: 1, filter: {freshness: SUPERSEDED, asOf: $asOf}) {
    totalCount
  }
  gaps(asOf: $asOf, first: 3) {
    counts {
      uncoveredControls
      implementationsWithoutCurrentEvidence
      risksAboveAppetite
      unownedSystems
      unownedDatasets
      orphans
    }
    uncoveredControls {
      id
      label
      name
      reason
    }
    implementationsWithoutCurrentEvidence {
      id
      label
      name
      reason
    }
    risksAboveAppetite {
      id
      label
      name
      reason
    }
    unownedSystems {
      id
      label
      name
      reason
    }
    unownedDatasets {
      id
      label
      name
      reason
    }
    orphans {
      id
      label
      name
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int, $after: String, $labels: [String!]) {
  search(text: $text, first: $first, after: $after, labels: $labels) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    rows {
      id
      label
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SoaDocument = new TypedDocumentString(`
    query Soa($scopeId: ID!, $asOf: Date) {
  statementOfApplicability(scopeId: $scopeId, asOf: $asOf) {
    asOf
    scope {
      id
      label
      name
    }
    rows {
      applicable
      area {
        id
        title
      }
      control {
        id
        title
      }
      justification
      status
      implementationCount
      owners
      notes
      evidence {
        ...EvidenceCounts
      }
      exclusions {
        implementationId
        justification
        scope {
          id
          label
          name
        }
      }
    }
  }
}
    fragment EvidenceCounts on EvidenceSummary {
  best
  current
  expiring
  stale
  superseded
  rejected
  total
}`) as unknown as TypedDocumentString<SoaQuery, SoaQueryVariables>;
export const ScopesDocument = new TypedDocumentString(`
    query Scopes {
  organization {
    id
    name
  }
  aiSystems(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScopesQuery, ScopesQueryVariables>;
export const SoaChangesDocument = new TypedDocumentString(`
    query SoaChanges($scopeId: ID!, $from: Date!, $to: Date!) {
  statementOfApplicabilityChanges(scopeId: $scopeId, from: $from, to: $to) {
    scope {
      id
      label
      name
    }
    from
    to
    rows {
      control {
        id
        title
      }
      applicabilityChanged
      statusChanged
      evidenceChanged
      from {
        applicable
        status
        evidence {
          ...EvidenceCounts
        }
      }
      to {
        applicable
        status
        evidence {
          ...EvidenceCounts
        }
      }
      eventCount
      events {
        id
        at
        actor
        operation
        targetId
        targetLabel
        relationship
        otherId
        before
        after
      }
    }
  }
}
    fragment EvidenceCounts on EvidenceSummary {
  best
  current
  expiring
  stale
  superseded
  rejected
  total
}`) as unknown as TypedDocumentString<SoaChangesQuery, SoaChangesQueryVariables>;
export const SystemsDocument = new TypedDocumentString(`
    query Systems($first: Int, $after: String, $filter: AISystemFilter) {
  aiSystems(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        kind
        channel
        lifecycleStage
        riskTier
        customerFacing
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SystemsQuery, SystemsQueryVariables>;
export const SystemCoverageDocument = new TypedDocumentString(`
    query SystemCoverage($id: ID!, $asOf: Date) {
  aiSystem(id: $id) {
    id
    name
    kind
    channel
    lifecycleStage
    riskTier
    customerFacing
    description
    owners {
      ... on Person {
        id
        name
      }
      ... on Team {
        id
        name
      }
    }
    models {
      id
      name
      version
    }
    datasets {
      id
      name
    }
    vendors {
      id
      name
    }
    dependsOn {
      id
      name
    }
    dependents {
      id
      name
    }
    coverage(asOf: $asOf) {
      asOf
      covered {
        control {
          id
          title
        }
        how
        scope {
          id
          label
          name
        }
        implementation {
          id
          status
        }
        evidence {
          ...EvidenceCounts
        }
        why {
          ...WhyFields
        }
      }
      uncovered {
        id
        title
      }
      excluded {
        control {
          id
          title
        }
        how
        scope {
          id
          label
          name
        }
        implementation {
          id
          status
        }
        justification
        why {
          ...WhyFields
        }
      }
    }
  }
}
    fragment WhyFields on WhyPath {
  nodes {
    id
    label
    name
  }
  relationships {
    from
    to
    type
  }
}
fragment EvidenceCounts on EvidenceSummary {
  best
  current
  expiring
  stale
  superseded
  rejected
  total
}`) as unknown as TypedDocumentString<SystemCoverageQuery, SystemCoverageQueryVariables>;
// The traceability questions, one module each: what api/ resolvers call.
export { graphCounts, type GraphCounts } from './graphCounts.js';
export {
  coverage, type Coverage, type CoverageImplementation, type CoverageParams, type CoverageRow, type CoverageSystem,
  type ExcludedRow,
} from './coverage.js';
export {
  staleEvidence, type AffectedSystem, type BackedControl, type StaleEvidenceParams, type StaleEvidenceRow,
} from './staleEvidence.js';
export {
  controlLineage, type ControlLineage, type ControlLineageParams, type LineageEvidence, type LineageImplementation,
} from './controlLineage.js';
export {
  clauseLineage, type ClauseControl, type ClauseImplementation, type ClauseLineage, type ClauseLineageParams,
} from './clauseLineage.js';
export { gaps, type Gap, type Gaps, type GapsParams } from './gaps.js';
export {
  governanceGaps, type GovernanceGapCounts, type GovernanceGaps, type GovernanceGapsParams,
} from './governanceGaps.js';
export {
  impact, DEFAULT_IMPACT_DEPTH, type AffectedNode, type Impact, type ImpactParams, type ImpactRisk,
} from './impact.js';
export {
  statementOfApplicability, type SoaExclusion, type SoaRow, type SoaStatus, type StatementOfApplicability,
  type StatementOfApplicabilityParams,
} from './statementOfApplicability.js';
export {
  statementOfApplicabilityChanges, type SoaChange, type SoaChanges, type SoaChangesParams, type SoaState,
} from './statementOfApplicabilityChanges.js';
export {
  frameworkCoverage, type FrameworkCoverage, type FrameworkCoverageParams, type FrameworkItem, type FrameworkRoute,
} from './frameworkCoverage.js';
export type { FrameworkSupport } from './frameworkSupport.js';
export { shortestPath, MAX_PATH_LENGTH, type ShortestPathParams } from './shortestPath.js';
export { search, luceneQuery, searchableLabels, type SearchHit, type SearchPage, type SearchParams } from './search.js';

// Shapes shared by the answers.
export { MAX_PAGE_SIZE, decodeCursor, encodeCursor, type Page } from './input.js';
export type { CoverageHow, ImplementationStatus } from './reach.js';
export type { BestFreshness, EvidenceSummary } from './evidenceSummary.js';
export type { ClauseRef, ControlRef, NodeRef, OwnerRef } from './refs.js';
export type { PathNode, PathStep, WhyPath } from './why.js';

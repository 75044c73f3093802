// The governance workflows' steps and answers: change approvals, measurements, corrective actions.
export { approvalsRequired, highestTier, type Tier } from './approvalPolicy.js';
export { requestChange, type RequestChangeInput } from './requestChange.js';
export { decideChange, deployChange, withdrawChange, type DecideChangeInput, type DeployChangeInput } from './changeSteps.js';
export { recordMeasurement, kpiSeries, kpiSignals, measurementId, type KpiSignal, type RecordMeasurementInput } from './measurements.js';
export { actionState, checkActionDue, checkNewDueOn, completeCorrectiveAction, closeFinding, type ActionState } from './correctiveActions.js';
export { responseProtocols, lateness, type ResponseProtocol, type Severity } from './responseProtocol.js';
export { isBreach, breachCypher } from './kpiBreach.js';
export { approverStates, type ApproverState } from './approverStates.js';
export { todayUtc } from './lockedNode.js';
export { governanceRecord, type GovernanceRecord } from './governanceRecord.js';

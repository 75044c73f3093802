import type { PlainValue } from '../../graph/graphData.js';
import type { Label, RelationshipType } from '../../graph/model.js';
import type { GovernanceRecords } from './governanceTypes.js';

export type AddNode = (label: Label, props: Record<string, PlainValue | undefined> & { id: string }) => void;
export type AddLink = (type: RelationshipType, from: string, to: string, properties?: Record<string, PlainValue>) => void;

/** The governance workflow records as nodes and relationships, through buildGraph's own node and link. */
export function buildGovernance(r: GovernanceRecords, node: AddNode, link: AddLink): void {
  for (const { kpi, ...props } of r.measurements) {
    node('Measurement', props);
    link('MEASUREMENT_OF', props.id, kpi);
  }
  for (const { changes, reviews, requestedBy, approvers, approvals, ...props } of r.changeRequests) {
    node('ChangeRequest', props);
    for (const target of changes) link('CHANGES', props.id, target);
    for (const risk of reviews) link('REVIEWS', props.id, risk);
    link('REQUESTED_BY', props.id, requestedBy);
    for (const person of approvers) link('NEEDS_APPROVAL_OF', props.id, person);
    for (const { by, ...approval } of approvals) {
      node('Approval', approval);
      link('DECIDES', approval.id, props.id);
      link('GIVEN_BY', approval.id, by);
    }
  }
  for (const { owner, assesses, ...props } of r.impactAssessments) {
    node('ImpactAssessment', props);
    link('ASSESSES', props.id, assesses);
    link('OWNS', owner, props.id);
  }
  for (const { owner, covers, auditors, ...props } of r.audits) {
    node('Audit', props);
    link('OWNS', owner, props.id);
    for (const target of covers) link('COVERS', props.id, target);
    for (const person of auditors) link('AUDITOR_OF', person, props.id);
  }
  for (const { owner, raisedIn, concerns, actions = [], ...props } of r.findings) {
    node('Finding', props);
    link('OWNS', owner, props.id);
    link('RAISED_IN', props.id, raisedIn);
    for (const target of concerns) link('CONCERNS', props.id, target);
    for (const { owner: actionOwner, closedBy = [], ...action } of actions) {
      node('CorrectiveAction', action);
      link('OWNS', actionOwner, action.id);
      link('CORRECTS', action.id, props.id);
      for (const evidence of closedBy) link('CLOSES', evidence, action.id);
    }
  }
  for (const { owner, reviewed, attended, ...props } of r.managementReviews) {
    node('ManagementReview', props);
    link('OWNS', owner, props.id);
    for (const input of reviewed) link('REVIEWED', props.id, input);
    for (const person of attended) link('ATTENDED', person, props.id);
  }
}

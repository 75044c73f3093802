/**
 * The labels of the governance workflows (graph/workflows): change requests and their approvals,
 * impact assessments, findings, corrective actions, audits and management reviews. Part of the
 * model: model.ts spreads them into `labels`; import them from there.
 */

import { changeKinds, changeStatuses, date, findingKinds, id, int, levels, text, type LabelSpec } from './modelSpec.js';

export const governanceLabels = {
  ChangeRequest: {
    doc: 'A proposed change to a model, dataset, prompt, vendor or system, with its risk review; it needs the approvals its system\'s risk tier requires before deployment.',
    group: 'organisation',
    properties: {
      id: id('e.g. `CR-2026-031`.'),
      title: text('What changes, in a line.', { required: true }),
      kind: text('model, dataset, prompt, vendor or system.', { required: true, indexed: true, values: changeKinds }),
      description: text('The change and why it is made.'),
      riskReview: text('The risk review: what could go wrong and how it was tested.', { required: true }),
      riskTier: text('The highest risk tier among the systems it changes, when requested.', { values: levels }),
      requiredApprovals: int('Approvals that tier requires (high 3, medium 2, low 1).'),
      status: text('pending, approved, rejected or withdrawn.', { required: true, indexed: true, values: changeStatuses }),
      requestedAt: { type: 'datetime', doc: 'When it was requested.', required: true, indexed: true },
      deployedOn: date('Day it reached production; absent until then.'),
      deploymentNote: text('Why it was deployed without the approvals it needed (an emergency change), when it was.'),
    },
    searchable: ['title', 'description', 'riskReview'],
  },
  Approval: {
    doc: 'One approver\'s decision on a change request.',
    group: 'organisation',
    properties: {
      id: id('e.g. `APR-…` (minted).'),
      decision: text('approved or rejected.', { required: true, values: ['approved', 'rejected'] }),
      decidedAt: { type: 'datetime', doc: 'When it was given.', required: true },
      comment: text('The approver\'s reasons or conditions.'),
    },
  },
  ImpactAssessment: {
    doc: 'An AI system impact assessment (clause 6.1.4, A.5): consequences for individuals, groups and society, reviewed on a cadence.',
    group: 'organisation',
    properties: {
      id: id('e.g. `IA-WEBCHAT-2026`.'),
      title: text('Title.', { required: true }),
      assessedOn: date('Day it was completed.', { required: true }),
      reviewIntervalDays: int('Review cadence; due again assessedOn + this (default 365).'),
      status: text('draft or approved; only an approved one counts.', { values: ['draft', 'approved'] }),
      individuals: text('Consequences for individual customers.'),
      groups: text('Consequences for groups, e.g. customer equity across languages or disabilities.'),
      society: text('Consequences for society.'),
      brandRisk: text('high, medium or low.', { values: levels }),
      overallImpact: text('high, medium or low.', { values: levels }),
    },
    searchable: ['title', 'individuals', 'groups', 'society'],
  },
  Finding: {
    doc: 'What an audit, incident or management review found: a major or minor nonconformity (clause 10.2), an observation or an opportunity for improvement.',
    group: 'organisation',
    properties: {
      id: id('e.g. `FND-2026-07`.'),
      title: text('Title.', { required: true }),
      kind: text('major-nonconformity, minor-nonconformity, observation or opportunity.', { required: true, indexed: true, values: findingKinds }),
      description: text('What was found and against which requirement.'),
      raisedOn: date('Day it was raised.', { required: true, indexed: true }),
      status: text('open or closed.', { indexed: true, values: ['open', 'closed'] }),
      closedOn: date('Day it was closed.'),
    },
    searchable: ['title', 'description'],
  },
  CorrectiveAction: {
    doc: 'An action that removes the cause of a nonconformity, with its owner, due date and the evidence that closes it.',
    group: 'organisation',
    properties: {
      id: id('e.g. `CA-2026-07-1`.'),
      title: text('Title.', { required: true }),
      description: text('What will be done.'),
      dueOn: date('When it must be done.', { required: true, indexed: true }),
      completedOn: date('When it was done; absent while open.'),
    },
    searchable: ['title', 'description'],
  },
  Audit: {
    doc: 'An audit in the audit programme (clause 9.2), with its scope, dates and auditors.',
    group: 'organisation',
    properties: {
      id: id('e.g. `AUD-2026-Q3`.'),
      title: text('Title.', { required: true }),
      kind: text('internal, external or certification.', { values: ['internal', 'external', 'certification'] }),
      startsOn: date('First day.', { required: true, indexed: true }),
      endsOn: date('Last day.'),
      status: text('planned, in-progress or completed.', { indexed: true, values: ['planned', 'in-progress', 'completed'] }),
      summary: text('Conclusion.'),
    },
    searchable: ['title', 'summary'],
  },
  ManagementReview: {
    doc: 'A management review (clause 9.3): what it reviewed and what it decided.',
    group: 'organisation',
    properties: {
      id: id('e.g. `MR-2026-H2`.'),
      title: text('Title.', { required: true }),
      heldOn: date('Day it was held.', { required: true, indexed: true }),
      summary: text('Conclusions.'),
      decisions: { type: 'string[]', doc: 'Decisions and actions, one each.' },
    },
    searchable: ['title', 'summary'],
  },
} as const satisfies Record<string, LabelSpec>;

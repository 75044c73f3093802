/**
 * The graph model, declared once: every label with its key and properties (here, with the
 * governance workflows' in governanceLabels.ts and the bookkeeping ones in systemLabels.ts), every
 * relationship type with the labels it joins (relationships.ts), in the vocabulary of
 * modelSpec.ts. Import all of it from this file. Migrations derive constraints and indexes from
 * it, loaders take their label and type allow-lists from it, /health counts by it and
 * graph/README.md is generated from it (`npm run docs:model`).
 */

import { date, evidenceKinds, id, implementationStatuses, incidentSeverities, int, levels, systemKinds, text, type LabelSpec } from './modelSpec.js';
import { governanceLabels } from './governanceLabels.js';
import { systemLabels } from './systemLabels.js';

export {
  changeKinds, changeStatuses, evidenceKinds, findingKinds, implementationStatuses, incidentSeverities, systemKinds,
  type LabelSpec, type PropertySpec, type PropertyType,
} from './modelSpec.js';
export {
  isRelationshipType, relationships, relationshipTypes, type RelationshipSpec, type RelationshipType,
} from './relationships.js';

export const labels = {
  // ── Catalog ────────────────────────────────────────────────────────────────
  Standard: {
    doc: 'A framework the graph holds: ISO/IEC 42001 and the crosswalk targets.',
    group: 'catalog',
    properties: {
      id: id('Short id: `ISO42001`, `NIST-AI-RMF`, `EU-AI-Act`, or one given to an imported OSCAL catalog (capitals, digits and hyphens, e.g. `NIST-SP-800-53`).'),
      title: text('Full title.', { required: true }),
      publisher: text('Who publishes it.'),
      version: text('Edition or date of the text.'),
      license: text('Terms under which its identifiers and titles are reused.'),
      source: text('Where the catalog was taken from.'),
      oscalUuid: text('The OSCAL catalog\'s uuid, for a framework imported from OSCAL.'),
    },
    searchable: ['title'],
  },
  Clause: {
    doc: 'A clause or subclause of ISO/IEC 42001 (4 to 10); a tree through PART_OF.',
    group: 'catalog',
    properties: {
      id: id('Clause number, e.g. `6.1.2`.'),
      title: text('Title from the standard.', { required: true }),
      summary: text('Our own one-line summary.'),
      depth: int('1 for a main clause, 2 and 3 below it.'),
      sort: text('Zero-padded number for natural ordering.', { indexed: true }),
      // Its implementations rolled up (graph/markers.ts), so organisation-wide answers read 38 nodes.
      statusCounts: { type: 'int[]', doc: 'Its implementations by status: implemented, partial, planned, not-started, excluded.', derived: true },
      firstImplementationIds: { type: 'string[]', doc: 'Its first 20 implementations, organisation first, then by scope and id.', derived: true },
      furthestImplementationId: text('Among those not excluded, the first of the ones furthest along.', { derived: true }),
      exclusionIds: { type: 'string[]', doc: 'Its first 51 exclusions on scopes narrower than the organisation, by id.', derived: true },
      ownerIds: { type: 'string[]', doc: 'Who OWNS its implementations that are not excluded.', derived: true },
      evidenceRecordedOn: date('Day the newest evidence of its implementations (not excluded) was recorded; from then on the figures below describe it.', { derived: true }),
      evidenceTotal: int('That evidence, each piece once.', { derived: true }),
      evidenceSuperseded: int('Of which superseded.', { derived: true }),
      evidenceSupersededBacking: int('Of which superseded and not rejected.', { derived: true }),
      evidenceRejected: int('Of which rejected in review.', { derived: true }),
      latestExpiries: { type: 'date[]', doc: 'Expiry of each piece not superseded nor rejected (9999-12-31: never).', derived: true },
      latestRejectedExpiries: { type: 'date[]', doc: 'Expiry of each piece not superseded but rejected.', derived: true },
    },
    searchable: ['title', 'summary'],
  },
  ControlArea: {
    doc: 'An Annex A control area (A.2 to A.10).',
    group: 'catalog',
    properties: {
      id: id('Area number, e.g. `A.7`.'),
      title: text('Title from the standard.', { required: true }),
      summary: text('Our own summary.'),
      sort: text('Zero-padded number for natural ordering.'),
    },
    searchable: ['title', 'summary'],
  },
  ControlObjective: {
    doc: 'An Annex A objective; numbered as Annex B numbers it (B.2.1 …, B.6.1.1, B.6.2.1).',
    group: 'catalog',
    properties: {
      id: id('Objective reference, e.g. `B.7.1`.'),
      heading: text('The Annex A heading it stands under, e.g. `A.7` or `A.6.2`.', { required: true }),
      title: text('Title of that heading.', { required: true }),
      summary: text('Our own summary of the objective.'),
    },
    searchable: ['title', 'summary'],
  },
  Control: {
    doc: 'An Annex A control (38).',
    group: 'catalog',
    properties: {
      id: id('Control number, e.g. `A.6.2.4`.'),
      title: text('Title from the standard.', { required: true }),
      summary: text('Our own summary.'),
      sort: text('Zero-padded number for natural ordering.', { indexed: true }),
      // Its implementations rolled up (graph/markers.ts), so organisation-wide answers read 38 nodes.
      statusCounts: { type: 'int[]', doc: 'Its implementations by status: implemented, partial, planned, not-started, excluded.', derived: true },
      firstImplementationIds: { type: 'string[]', doc: 'Its first 20 implementations, organisation first, then by scope and id.', derived: true },
      furthestImplementationId: text('Among those not excluded, the first of the ones furthest along.', { derived: true }),
      exclusionIds: { type: 'string[]', doc: 'Its first 51 exclusions on scopes narrower than the organisation, by id.', derived: true },
      ownerIds: { type: 'string[]', doc: 'Who OWNS its implementations that are not excluded.', derived: true },
      evidenceRecordedOn: date('Day the newest evidence of its implementations (not excluded) was recorded; from then on the figures below describe it.', { derived: true }),
      evidenceTotal: int('That evidence, each piece once.', { derived: true }),
      evidenceSuperseded: int('Of which superseded.', { derived: true }),
      evidenceSupersededBacking: int('Of which superseded and not rejected.', { derived: true }),
      evidenceRejected: int('Of which rejected in review.', { derived: true }),
      latestExpiries: { type: 'date[]', doc: 'Expiry of each piece not superseded nor rejected (9999-12-31: never).', derived: true },
      latestRejectedExpiries: { type: 'date[]', doc: 'Expiry of each piece not superseded but rejected.', derived: true },
    },
    searchable: ['title', 'summary'],
  },
  OrganizationalObjective: {
    doc: 'An Annex C.2 AI-related organisational objective (accountability, fairness, privacy …).',
    group: 'catalog',
    properties: { id: id('e.g. `C.2.5`.'), title: text('Title.', { required: true }), summary: text('Our own summary.') },
    searchable: ['title', 'summary'],
  },
  RiskSource: {
    doc: 'An Annex C.3 source of AI risk (complexity of environment, level of automation …).',
    group: 'catalog',
    properties: { id: id('e.g. `C.3.4`.'), title: text('Title.', { required: true }), summary: text('Our own summary.') },
    searchable: ['title', 'summary'],
  },
  Requirement: {
    doc: 'An item of another framework (NIST AI RMF function, category or subcategory; EU AI Act chapter, section, article or annex; an imported OSCAL catalog\'s groups and controls); a tree through PART_OF.',
    group: 'catalog',
    properties: {
      id: id('Framework-prefixed id as the crosswalk names it, e.g. `NIST-AI-RMF:GOVERN 1.1`, `EU-AI-Act:Art. 9`.'),
      framework: text('Standard id it belongs to.', { required: true, indexed: true }),
      kind: text('function, category, subcategory, chapter, section, article or annex; group or control for an OSCAL catalog.', { required: true, indexed: true }),
      ref: text('Id inside its framework, e.g. `GOVERN 1.1`, `Art. 9`.', { required: true }),
      title: text('Title, or the statement where the framework gives no title.', { required: true }),
      text: text('Statement or description where the framework gives one.'),
      sort: text('Zero-padded number for natural ordering.'),
      oscalId: text('Its id in the OSCAL catalog it came from, e.g. `ac-2.1`.'),
      guidance: text('The catalog\'s guidance (OSCAL part `guidance`).'),
      params: { type: 'string[]', doc: 'OSCAL parameters, one `id: label (values)` each.' },
    },
    searchable: ['ref', 'title', 'text'],
  },

  // ── Organisation ───────────────────────────────────────────────────────────
  Organization: {
    doc: 'The organisation that runs the AI management system: the root scope.',
    group: 'organisation',
    properties: {
      id: id('e.g. `ORG-BRIGHTWATER`.'),
      name: text('Name.', { required: true }),
      sector: text('Industry.'),
      description: text('What it does and what the AIMS covers.'),
      riskAppetite: int('Highest residual risk score (likelihood × impact, 1–25) accepted without escalation.'),
    },
    searchable: ['name', 'description'],
  },
  AISystem: {
    doc: 'An AI system in scope of the AIMS.',
    group: 'organisation',
    properties: {
      id: id('e.g. `SYS-WEBCHAT`.'),
      name: text('Name.', { required: true }),
      kind: text('chatbot, voice-bot, intent-classifier, sentiment-analysis, routing-engine, response-generation, agent-assist, qa-scoring, speech-to-text, retrieval, redaction, translation, email-triage, social-response.', { required: true, indexed: true, values: systemKinds }),
      channel: text('chat, voice, email, social, or omnichannel for shared platforms.', { indexed: true, values: ['chat', 'voice', 'email', 'social', 'omnichannel'] }),
      lifecycleStage: text('design, development, validation, production or retired.', { indexed: true, values: ['design', 'development', 'validation', 'production', 'retired'] }),
      riskTier: text('high, medium or low.', { indexed: true, values: levels }),
      customerFacing: { type: 'boolean', doc: 'Whether customers interact with it directly.' },
      description: text('What it does.'),
      ownerCount: int('How many people and teams OWN it (none is a gap).', { derived: true, indexed: true }),
      threatIds: { type: 'string[]', doc: 'The risks that THREATEN it, by id (what impact lists).', derived: true },
    },
    searchable: ['name', 'description', 'kind'],
  },
  Model: {
    doc: 'A model a system runs, at one version.',
    group: 'organisation',
    properties: {
      id: id('e.g. `MDL-INTENT-3.2`.'),
      name: text('Name.', { required: true }),
      version: text('Version.', { required: true }),
      modelType: text('e.g. transformer-classifier, llm, gradient-boosting.'),
      releasedOn: date('When this version went to production.'),
      description: text('What it is.'),
    },
    searchable: ['name', 'description'],
  },
  Dataset: {
    doc: 'Data used to train, evaluate or run a system.',
    group: 'organisation',
    properties: {
      id: id('e.g. `DS-CHAT-TRANSCRIPTS`.'),
      name: text('Name.', { required: true }),
      provenance: text('Where the data comes from and how it was labelled.'),
      personalData: { type: 'boolean', doc: 'Whether it holds personal data.', indexed: true },
      languages: { type: 'string[]', doc: 'ISO 639-1 codes.' },
      retentionDays: int('How long records are kept.'),
      knownLimitations: text('Gaps and biases known.'),
      description: text('What it holds.'),
      ownerCount: int('How many people and teams OWN it (none is a gap).', { derived: true, indexed: true }),
      threatIds: { type: 'string[]', doc: 'The risks that THREATEN it, by id (what impact lists).', derived: true },
    },
    searchable: ['name', 'description', 'provenance'],
  },
  Vendor: {
    doc: 'A third party that provides a system, model or dataset.',
    group: 'organisation',
    properties: {
      id: id('e.g. `VND-NIMBUS`.'),
      name: text('Name.', { required: true }),
      service: text('What it provides.'),
      slaUptime: { type: 'float', doc: 'Contracted availability, percent.' },
      slaResponseHours: int('Contracted response time for severity-1 tickets.'),
      lastAssessedOn: date('Date of the last third-party risk assessment.'),
      criticality: text('high, medium or low.', { values: levels }),
    },
    searchable: ['name', 'service'],
  },
  Risk: {
    doc: 'An AI risk in the register. Scores are likelihood × impact (1–25); the residual one is kept derived for range seeks.',
    group: 'organisation',
    properties: {
      id: id('e.g. `RSK-MISROUTING`.'),
      title: text('Short name.', { required: true }),
      description: text('What could happen and to whom.'),
      category: text('e.g. accuracy, fairness, privacy, security, availability, transparency.', { indexed: true }),
      likelihood: int('Inherent likelihood 1–5.', { required: true }),
      impact: int('Inherent impact 1–5.', { required: true }),
      residualLikelihood: int('Likelihood 1–5 after treatment.'),
      residualImpact: int('Impact 1–5 after treatment.'),
      treatment: text('mitigate, accept, transfer or avoid.', { values: ['mitigate', 'accept', 'transfer', 'avoid'] }),
      appetite: int('Highest residual score accepted for this risk; defaults to the organisation\'s.', { indexed: true }),
      residualScore: int('residualLikelihood × residualImpact.', { indexed: true, derived: true }),
      threatCount: int('How many things it THREATENS; 0 marks a loose risk.', { indexed: true, derived: true }),
      mitigatorCount: int('How many controls MITIGATE it; 0 means none can.', { indexed: true, derived: true }),
    },
    searchable: ['title', 'description'],
  },
  Implementation: {
    doc: 'A control applied to a scope (the organisation, a system, model, dataset or vendor).',
    group: 'organisation',
    properties: {
      id: id('e.g. `IMP-A.6.2.4-SYS-INTENT`.'),
      status: text('implemented, partial, planned, not-started or excluded.', { required: true, indexed: true, values: implementationStatuses }),
      description: text('How the control is met for this scope.'),
      justification: text('Why the control is excluded; required when status is excluded.'),
      updatedOn: date('When the status last changed.'),
      evidencedUntil: date('Latest expiry among its evidence that is neither superseded nor rejected; 0001-01-01 when none.', { indexed: true, derived: true }),
      evidenceRecordedOn: date('Day its newest evidence was recorded; from then on evidencedUntil alone says whether it is evidenced.', { indexed: true, derived: true }),
      scopeId: text('Id of what it APPLIES_TO (the smallest, should there be several).', { derived: true }),
      linked: { type: 'boolean', doc: 'It IMPLEMENTS a control and APPLIES_TO a scope; false marks a loose implementation.', indexed: true, derived: true },
      scopeRank: int('0 organisation, 1 system, 2 model, 3 dataset, 4 vendor, 5 none: a control lists its implementations in this order.', { derived: true }),
    },
    searchable: ['description', 'justification'],
    compositeIndexes: [['status', 'evidencedUntil']],
  },
  Evidence: {
    doc: 'A record that an implementation works. Freshness (current, expiring, stale, superseded) is computed for the day asked about from the derived dates, never stored.',
    group: 'organisation',
    properties: {
      id: id('e.g. `EVD-0007`.'),
      title: text('What it is.', { required: true }),
      kind: text('report, test-result, log-extract, policy-document, meeting-minutes, assessment, attestation, dashboard-export, training-record, contract.', { indexed: true, values: evidenceKinds }),
      uri: text('Where the artifact lives, when it is held elsewhere.'),
      sha256: text('Hex digest of the artifact: declared by whoever records it, or computed on upload. A stored artifact must match it.'),
      artifactSize: int('Bytes of the artifact stored here (by its sha256); absent while none is uploaded.'),
      artifactMediaType: text('Media type the artifact was uploaded with.'),
      artifactName: text('File name it was uploaded under.'),
      artifactUploadedBy: text('Name and id of the API key that uploaded it.'),
      artifactUploadedAt: { type: 'datetime', doc: 'When it was uploaded.' },
      periodStart: date('First day the evidence covers.'),
      periodEnd: date('Last day the evidence covers.'),
      recordedAt: { type: 'datetime', doc: 'When it was recorded in the graph.', required: true, indexed: true },
      validUntil: date('Last day it may be relied on; when absent, recordedAt + reviewIntervalDays.', { indexed: true }),
      reviewIntervalDays: int('Review cadence when no validUntil is set.'),
      reviewState: text('submitted, accepted or rejected.', { indexed: true, values: ['submitted', 'accepted', 'rejected'] }),
      expiresOn: date('validUntil, or the day recorded + reviewIntervalDays; absent when it never expires.', { derived: true }),
      supersededOn: date('Day the first newer evidence that SUPERSEDES it was recorded; absent while none does.', { indexed: true, derived: true }),
      latestExpiresOn: date('expiresOn while nothing supersedes it, else absent: the index behind the stale list.', { indexed: true, derived: true }),
      supportCount: int('How many implementations it SUPPORTS; 0 marks loose evidence.', { indexed: true, derived: true }),
    },
    searchable: ['title'],
  },
  Person: {
    doc: 'Someone who owns or decides.',
    group: 'organisation',
    properties: {
      id: id('e.g. `PER-DPO`.'),
      name: text('Name.', { required: true }),
      email: text('Work email.'),
      jobTitle: text('Job title.'),
      aimsRole: text('Role in the AIMS, e.g. AI governance lead, data protection officer, system owner.'),
    },
    searchable: ['name', 'jobTitle', 'aimsRole'],
  },
  Team: {
    doc: 'A team or committee.',
    group: 'organisation',
    properties: {
      id: id('e.g. `TEAM-GOV-COMMITTEE`.'),
      name: text('Name.', { required: true }),
      purpose: text('What it is for; for a committee, its mandate and escalation path.'),
    },
    searchable: ['name', 'purpose'],
  },
  Policy: {
    doc: 'A written policy of the AIMS.',
    group: 'organisation',
    properties: {
      id: id('e.g. `POL-AI`.'),
      title: text('Title.', { required: true }),
      version: text('Version.'),
      approvedOn: date('Approval date.'),
      reviewIntervalDays: int('Review cadence.'),
      summary: text('What it requires.'),
    },
    searchable: ['title', 'summary'],
  },
  Incident: {
    doc: 'Something that went wrong with an AI system. Its severity sets the response it requires (graph/workflows/responseProtocol.ts).',
    group: 'organisation',
    properties: {
      id: id('e.g. `INC-2026-014`.'),
      title: text('Title.', { required: true }),
      severity: text('SEV1 (highest) to SEV4.', { indexed: true, values: incidentSeverities }),
      occurredAt: { type: 'datetime', doc: 'When it started.' },
      respondedAt: { type: 'datetime', doc: 'When the response began (the protocol\'s first deadline counts from occurredAt).' },
      resolvedAt: { type: 'datetime', doc: 'When service was restored and the harm stopped.' },
      status: text('open, mitigated or closed.', { indexed: true, values: ['open', 'mitigated', 'closed'] }),
      rootCause: text('model-error, process-design, data, vendor or unknown.', { values: ['model-error', 'process-design', 'data', 'vendor', 'unknown'] }),
      customersAffected: int('Customers reached by it.'),
      summary: text('What happened.'),
    },
    searchable: ['title', 'summary'],
  },
  KPI: {
    doc: 'A measure of a system\'s performance with its thresholds; its series is its Measurements.',
    group: 'organisation',
    properties: {
      id: id('e.g. `KPI-FCR-WEBCHAT`.'),
      name: text('Name.', { required: true }),
      unit: text('percent, seconds, score …'),
      direction: text('higher-is-better or lower-is-better.', { values: ['higher-is-better', 'lower-is-better'] }),
      target: { type: 'float', doc: 'Where it should be.' },
      threshold: { type: 'float', doc: 'Where a breach begins: below it (higher-is-better) or above it (lower-is-better).' },
      lastValue: { type: 'float', doc: 'Latest measurement (recordMeasurement keeps it).' },
      measuredOn: date('Date of the latest measurement.'),
    },
    searchable: ['name'],
  },
  Measurement: {
    doc: 'One value of a KPI\'s series.',
    group: 'organisation',
    properties: {
      id: id('e.g. `MSR-KPI-FCR-WEBCHAT-2026-11-01`.'),
      value: { type: 'float', doc: 'The value measured.', required: true },
      measuredOn: date('Day it was measured for.', { required: true, indexed: true }),
      note: text('How it was measured, or what explains it.'),
    },
  },

  // ── Governance workflows (governanceLabels.ts) ─────────────────────────────
  ...governanceLabels,

  // ── System (systemLabels.ts) ─────────────────────────────────────────────
  ...systemLabels,
} as const satisfies Record<string, LabelSpec>;

export type Label = keyof typeof labels;
export const labelNames = Object.keys(labels) as Label[];

export function isLabel(name: string): name is Label {
  return Object.prototype.hasOwnProperty.call(labels, name);
}

/** Labels counted by /health and shown to users (every label but the bookkeeping ones). */
export const domainLabels = labelNames.filter((l) => labels[l].group !== 'system');

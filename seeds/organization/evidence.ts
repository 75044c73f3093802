import { implementationId } from './implementations.js';
import type { EvidenceRecord } from './types.js';

const imp = (control: string, scope = 'ORG-BRIGHTWATER'): string => implementationId(control, scope);

/**
 * Evidence, by Annex A area. Expiry in days from the loading day is validUntilInDays, or
 * reviewIntervalDays − recordedDaysAgo. The mix is deliberate and holds on any loading day:
 *   expiring (1–29 days left): 0006, 0012, 0015, 0043, 0063, 0068
 *   stale and not superseded:  0020, 0047, 0048, 0056, 0058, 0070, 0073
 *   superseded chains:         0001→0002, 0027→0028, 0029→0030→0031, 0035→0036, 0071→0072
 * IMP-A.6.2.8-SYS-RESPGEN (inherited by SYS-WEBCHAT) and IMP-A.7.5-DS-CHAT-TRANSCRIPTS are
 * `implemented` with stale evidence only.
 */
export const evidence: EvidenceRecord[] = [
  // A.2, A.3 Policies and internal organisation
  { id: 'EVD-0001', kind: 'policy-document', title: 'AI Policy 2.1, approved', file: 'governance/ai-policy-2.1.pdf', supports: [imp('A.2.2'), imp('A.9.3')], supersedes: 'EVD-0002', recordedDaysAgo: 196, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0002', kind: 'policy-document', title: 'AI Policy 2.0', file: 'governance/ai-policy-2.0.pdf', supports: [imp('A.2.2')], recordedDaysAgo: 560, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0003', kind: 'meeting-minutes', title: 'Committee minutes: annual AI policy review', file: 'governance/minutes/policy-review.pdf', supports: [imp('A.2.4'), imp('A.2.2')], recordedDaysAgo: 197, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0004', kind: 'report', title: 'Policy alignment cross-reference table', file: 'governance/policy-crossref.xlsx', supports: [imp('A.2.3')], recordedDaysAgo: 190, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0005', kind: 'report', title: 'AIMS RACI and committee terms of reference', file: 'governance/raci.pdf', supports: [imp('A.3.2')], recordedDaysAgo: 150, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0006', kind: 'dashboard-export', title: 'Speak-up and agent AI flags, last quarter', file: 'governance/speak-up-q.csv', supports: [imp('A.3.3')], recordedDaysAgo: 85, periodDays: 90, reviewIntervalDays: 90 },
  { id: 'EVD-0007', kind: 'policy-document', title: 'AI incident handling and communication procedure 1.2', file: 'governance/incident-procedure-1.2.pdf', supports: [imp('A.3.3'), imp('A.8.4')], recordedDaysAgo: 75, periodDays: 0, reviewIntervalDays: 365 },

  // A.4 Resources
  { id: 'EVD-0008', kind: 'report', title: 'Web chat resource register extract', file: 'resources/webchat-register.pdf', supports: [imp('A.4.2', 'SYS-WEBCHAT')], recordedDaysAgo: 60, periodDays: 0, validUntilInDays: 120 },
  { id: 'EVD-0009', kind: 'report', title: 'Resource register coverage review', file: 'resources/register-coverage.pdf', supports: [imp('A.4.2')], recordedDaysAgo: 40, periodDays: 0, reviewIntervalDays: 180 },
  { id: 'EVD-0010', kind: 'log-extract', title: 'Data catalogue export: AI datasets', file: 'resources/data-catalogue.csv', supports: [imp('A.4.3')], recordedDaysAgo: 30, periodDays: 0, reviewIntervalDays: 90 },
  { id: 'EVD-0011', kind: 'report', title: 'ML tooling inventory', file: 'resources/ml-tooling.xlsx', supports: [imp('A.4.4')], recordedDaysAgo: 120, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0012', kind: 'test-result', title: 'Model-serving disaster-recovery restore test', file: 'resources/dr-restore-test.pdf', supports: [imp('A.4.5', 'VND-STRATUS')], recordedDaysAgo: 170, periodDays: 2, validUntilInDays: 10 },
  { id: 'EVD-0013', kind: 'report', title: 'Model-serving capacity plan', file: 'resources/capacity-plan.pdf', supports: [imp('A.4.5', 'VND-STRATUS')], recordedDaysAgo: 100, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0014', kind: 'test-result', title: 'LLM fallback drill: timeout and hand-off message', file: 'resources/llm-fallback-drill.pdf', supports: [imp('A.4.5', 'SYS-RESPGEN')], recordedDaysAgo: 20, periodDays: 1, reviewIntervalDays: 90, reviewState: 'submitted' },
  { id: 'EVD-0015', kind: 'training-record', title: 'AI supervision course completions', file: 'people/ai-supervision-completions.csv', supports: [imp('A.4.6')], recordedDaysAgo: 75, periodDays: 180, reviewIntervalDays: 90 },

  // A.5 Impact assessment
  { id: 'EVD-0016', kind: 'policy-document', title: 'AI impact assessment procedure', file: 'impact/procedure.pdf', supports: [imp('A.5.2'), imp('A.5.3')], recordedDaysAgo: 180, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0017', kind: 'assessment', title: 'Web chat AI impact assessment', file: 'impact/webchat.pdf', supports: [imp('A.5.4', 'SYS-WEBCHAT'), imp('A.5.3')], recordedDaysAgo: 70, periodDays: 0, validUntilInDays: 295 },
  { id: 'EVD-0018', kind: 'assessment', title: 'Billing assistant impact reassessment after INC-0141', file: 'impact/billing-reassessment.pdf', supports: [imp('A.5.4', 'SYS-BILLING-BOT')], recordedDaysAgo: 45, periodDays: 0, validUntilInDays: 320 },
  { id: 'EVD-0019', kind: 'assessment', title: 'Sentiment per-language impact assessment (four languages)', file: 'impact/sentiment-languages.pdf', supports: [imp('A.5.4', 'SYS-SENTIMENT')], recordedDaysAgo: 50, periodDays: 0, reviewIntervalDays: 180, reviewState: 'submitted' },
  { id: 'EVD-0020', kind: 'report', title: 'Digital exclusion review: older and offline customers', file: 'impact/digital-exclusion.pdf', supports: [imp('A.5.5')], recordedDaysAgo: 420, periodDays: 60, reviewIntervalDays: 365 },

  // A.6 Life cycle
  { id: 'EVD-0021', kind: 'policy-document', title: 'Project charter template with responsible-development objectives', file: 'lifecycle/charter-template.docx', supports: [imp('A.6.1.2')], recordedDaysAgo: 160, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0022', kind: 'policy-document', title: 'Model change approval procedure 3.0', file: 'lifecycle/model-change-3.0.pdf', supports: [imp('A.6.1.3'), imp('A.6.2.5')], recordedDaysAgo: 110, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0023', kind: 'report', title: 'Web chat system specification 4', file: 'lifecycle/webchat-spec-4.pdf', supports: [imp('A.6.2.2', 'SYS-WEBCHAT')], recordedDaysAgo: 60, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0024', kind: 'report', title: 'Social responder draft specification', file: 'lifecycle/social-spec-draft.pdf', supports: [imp('A.6.2.2', 'SYS-SOCIAL')], recordedDaysAgo: 18, periodDays: 0, reviewIntervalDays: 90, reviewState: 'submitted' },
  { id: 'EVD-0025', kind: 'report', title: 'Intent classifier 3.2 design record', file: 'lifecycle/intent-3.2-design.pdf', supports: [imp('A.6.2.3', 'SYS-INTENT')], recordedDaysAgo: 64, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0026', kind: 'report', title: 'Web chat dialogue flow documentation', file: 'lifecycle/webchat-flows.pdf', supports: [imp('A.6.2.3', 'SYS-WEBCHAT')], recordedDaysAgo: 60, periodDays: 0, reviewIntervalDays: 180 },
  { id: 'EVD-0027', kind: 'test-result', title: 'Intent classifier 3.2 validation report', file: 'validation/intent-3.2.pdf', supports: [imp('A.6.2.4', 'SYS-INTENT'), imp('A.6.2.5', 'SYS-INTENT')], supersedes: 'EVD-0028', recordedDaysAgo: 64, periodDays: 14, validUntilInDays: 300 },
  { id: 'EVD-0028', kind: 'test-result', title: 'Intent classifier 3.1 validation report', file: 'validation/intent-3.1.pdf', supports: [imp('A.6.2.4', 'SYS-INTENT')], recordedDaysAgo: 251, periodDays: 14, validUntilInDays: 114 },
  { id: 'EVD-0029', kind: 'report', title: 'LLM red-team report, latest quarter', file: 'validation/redteam-q0.pdf', supports: [imp('A.6.2.4', 'SYS-RESPGEN')], supersedes: 'EVD-0030', recordedDaysAgo: 35, periodDays: 10, validUntilInDays: 55 },
  { id: 'EVD-0030', kind: 'report', title: 'LLM red-team report, previous quarter', file: 'validation/redteam-q1.pdf', supports: [imp('A.6.2.4', 'SYS-RESPGEN')], supersedes: 'EVD-0031', recordedDaysAgo: 125, periodDays: 10, validUntilInDays: -35 },
  { id: 'EVD-0031', kind: 'report', title: 'LLM red-team report, two quarters ago', file: 'validation/redteam-q2.pdf', supports: [imp('A.6.2.4', 'SYS-RESPGEN')], recordedDaysAgo: 215, periodDays: 10, validUntilInDays: -125 },
  { id: 'EVD-0032', kind: 'test-result', title: 'Groundedness evaluation of knowledge answers', file: 'validation/groundedness.csv', supports: [imp('A.6.2.4', 'SYS-RESPGEN')], recordedDaysAgo: 35, periodDays: 7, reviewIntervalDays: 90 },
  { id: 'EVD-0033', kind: 'test-result', title: 'Vendor model 2025.06 regression suite', file: 'validation/nimbus-2025.06-regression.pdf', supports: [imp('A.6.2.4', 'MDL-NIMBUS-LLM-2025.06')], recordedDaysAgo: 100, periodDays: 5, validUntilInDays: 180 },
  { id: 'EVD-0034', kind: 'test-result', title: 'Billing scenario pack results, 600 cases', file: 'validation/billing-pack.csv', supports: [imp('A.6.2.4', 'SYS-BILLING-BOT')], recordedDaysAgo: 45, periodDays: 3, reviewIntervalDays: 90 },
  { id: 'EVD-0035', kind: 'test-result', title: 'PII redaction recall test, this month', file: 'validation/pii-recall-m0.csv', supports: [imp('A.6.2.4', 'SYS-PII-REDACT'), imp('A.7.6', 'SYS-PII-REDACT')], supersedes: 'EVD-0036', recordedDaysAgo: 6, periodDays: 30, reviewIntervalDays: 45 },
  { id: 'EVD-0036', kind: 'test-result', title: 'PII redaction recall test, last month', file: 'validation/pii-recall-m1.csv', supports: [imp('A.6.2.4', 'SYS-PII-REDACT'), imp('A.7.6', 'SYS-PII-REDACT')], recordedDaysAgo: 36, periodDays: 30, reviewIntervalDays: 45 },
  { id: 'EVD-0037', kind: 'test-result', title: 'Social responder pilot validation, interim', file: 'validation/social-interim.pdf', supports: [imp('A.6.2.4', 'SYS-SOCIAL')], recordedDaysAgo: 12, periodDays: 14, reviewIntervalDays: 60, reviewState: 'submitted' },
  { id: 'EVD-0038', kind: 'log-extract', title: 'Intent 3.2 shadow-mode comparison against 3.1', file: 'deployment/intent-3.2-shadow.csv', supports: [imp('A.6.2.5', 'SYS-INTENT')], recordedDaysAgo: 66, periodDays: 14, validUntilInDays: 300 },
  { id: 'EVD-0039', kind: 'log-extract', title: 'Release records with deployment checklists', file: 'deployment/releases.csv', supports: [imp('A.6.2.5')], recordedDaysAgo: 14, periodDays: 90, reviewIntervalDays: 90 },
  { id: 'EVD-0040', kind: 'dashboard-export', title: 'Web chat operations dashboard, last month', file: 'operations/webchat-dashboard.pdf', supports: [imp('A.6.2.6', 'SYS-WEBCHAT')], recordedDaysAgo: 3, periodDays: 30, reviewIntervalDays: 45 },
  { id: 'EVD-0041', kind: 'dashboard-export', title: 'Router transfer and repeat-contact control charts', file: 'operations/router-spc.pdf', supports: [imp('A.6.2.6', 'SYS-ROUTER')], recordedDaysAgo: 8, periodDays: 30, reviewIntervalDays: 60 },
  { id: 'EVD-0042', kind: 'report', title: 'Sentiment weekly drift check', file: 'operations/sentiment-drift.pdf', supports: [imp('A.6.2.6', 'SYS-SENTIMENT')], recordedDaysAgo: 4, periodDays: 7, reviewIntervalDays: 45 },
  { id: 'EVD-0043', kind: 'dashboard-export', title: 'IVR containment dashboard from the voice vendor', file: 'operations/ivr-vendor-dashboard.pdf', supports: [imp('A.6.2.6', 'SYS-VOICE-IVR')], recordedDaysAgo: 21, periodDays: 30, validUntilInDays: 9 },
  { id: 'EVD-0044', kind: 'report', title: 'Intent classifier technical file', file: 'documentation/intent-technical-file.pdf', supports: [imp('A.6.2.7', 'SYS-INTENT')], recordedDaysAgo: 64, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0045', kind: 'report', title: 'Intent 3.2 model card', file: 'documentation/intent-3.2-model-card.md', supports: [imp('A.6.2.7', 'MDL-INTENT-3.2')], recordedDaysAgo: 64, periodDays: 0, validUntilInDays: 300 },
  { id: 'EVD-0046', kind: 'report', title: 'Response service documentation and vendor model summary', file: 'documentation/respgen.pdf', supports: [imp('A.6.2.7', 'SYS-RESPGEN')], recordedDaysAgo: 98, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0047', kind: 'test-result', title: 'LLM event log retention and completeness test', file: 'logging/respgen-log-test.pdf', supports: [imp('A.6.2.8', 'SYS-RESPGEN')], recordedDaysAgo: 260, periodDays: 7, reviewIntervalDays: 180 },
  { id: 'EVD-0048', kind: 'log-extract', title: 'LLM event log sample for audit', file: 'logging/respgen-sample.jsonl', supports: [imp('A.6.2.8', 'SYS-RESPGEN')], recordedDaysAgo: 200, periodDays: 30, validUntilInDays: -20 },
  { id: 'EVD-0049', kind: 'log-extract', title: 'Billing answer log sample with cited articles', file: 'logging/billing-sample.jsonl', supports: [imp('A.6.2.8', 'SYS-BILLING-BOT')], recordedDaysAgo: 30, periodDays: 30, reviewIntervalDays: 90 },

  // A.7 Data
  { id: 'EVD-0050', kind: 'policy-document', title: 'AI data retention and minimisation standard 1.4', file: 'data/retention-standard-1.4.pdf', supports: [imp('A.7.2'), imp('A.7.3')], recordedDaysAgo: 230, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0051', kind: 'assessment', title: 'DPO data acquisition review log', file: 'data/acquisition-reviews.csv', supports: [imp('A.7.3')], recordedDaysAgo: 40, periodDays: 180, reviewIntervalDays: 180 },
  // Rejected: the review did not cover storing personal handles.
  { id: 'EVD-0052', kind: 'assessment', title: 'Social export licence and lawful-basis review', file: 'data/social-licence-review.pdf', supports: [imp('A.7.3', 'DS-SOCIAL-POSTS')], recordedDaysAgo: 21, periodDays: 0, reviewIntervalDays: 180, reviewState: 'rejected' },
  { id: 'EVD-0053', kind: 'report', title: 'Labelling batch quality report', file: 'data/labelling-quality.pdf', supports: [imp('A.7.4', 'DS-LABELLED-INTENTS'), imp('A.7.5', 'DS-LABELLED-INTENTS')], recordedDaysAgo: 25, periodDays: 30, reviewIntervalDays: 90 },
  { id: 'EVD-0054', kind: 'report', title: 'Sentiment set sample size per language', file: 'data/sentiment-sample-size.pdf', supports: [imp('A.7.4', 'DS-SENTIMENT-MULTI')], recordedDaysAgo: 50, periodDays: 0, reviewIntervalDays: 180 },
  { id: 'EVD-0055', kind: 'log-extract', title: 'Article re-approval log after price changes', file: 'data/kb-reapprovals.csv', supports: [imp('A.7.4', 'DS-KB-ARTICLES')], recordedDaysAgo: 10, periodDays: 90, reviewIntervalDays: 90 },
  { id: 'EVD-0056', kind: 'report', title: 'Chat transcript lineage report', file: 'data/chat-lineage.pdf', supports: [imp('A.7.5', 'DS-CHAT-TRANSCRIPTS')], recordedDaysAgo: 300, periodDays: 0, reviewIntervalDays: 180 },
  { id: 'EVD-0057', kind: 'log-extract', title: 'Labelling batch provenance manifest', file: 'data/labelling-manifest.json', supports: [imp('A.7.5', 'DS-LABELLED-INTENTS')], recordedDaysAgo: 25, periodDays: 30, reviewIntervalDays: 120 },
  { id: 'EVD-0058', kind: 'test-result', title: 'Call audio redaction test', file: 'data/call-redaction-test.pdf', supports: [imp('A.7.6', 'DS-CALL-RECORDINGS')], recordedDaysAgo: 150, periodDays: 5, reviewIntervalDays: 90 },

  // A.8 Information for interested parties
  { id: 'EVD-0059', kind: 'test-result', title: 'Web chat disclosure and "talk to a person" check', file: 'transparency/webchat-disclosure.pdf', supports: [imp('A.8.2', 'SYS-WEBCHAT')], recordedDaysAgo: 20, periodDays: 1, reviewIntervalDays: 90 },
  { id: 'EVD-0060', kind: 'test-result', title: 'IVR greeting disclosure test calls', file: 'transparency/ivr-disclosure.pdf', supports: [imp('A.8.2', 'SYS-VOICE-IVR')], recordedDaysAgo: 33, periodDays: 1, reviewIntervalDays: 90 },
  { id: 'EVD-0061', kind: 'report', title: 'AI-related complaints tagged for review, last quarter', file: 'transparency/ai-complaints.pdf', supports: [imp('A.8.3')], recordedDaysAgo: 16, periodDays: 90, reviewIntervalDays: 90 },
  { id: 'EVD-0062', kind: 'report', title: 'INC-0141 customer and regulator communication record', file: 'incidents/inc-0141-comms.pdf', supports: [imp('A.8.4')], recordedDaysAgo: 60, periodDays: 14, validUntilInDays: 305 },
  { id: 'EVD-0063', kind: 'report', title: 'Public AI transparency page snapshot', file: 'transparency/public-page.pdf', supports: [imp('A.8.5')], recordedDaysAgo: 155, periodDays: 0, reviewIntervalDays: 180 },

  // A.9 Use
  { id: 'EVD-0064', kind: 'policy-document', title: 'Responsible use and AI disclosure standard 1.3', file: 'use/responsible-use-1.3.pdf', supports: [imp('A.9.2')], recordedDaysAgo: 140, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0065', kind: 'report', title: 'Agent assist suggestion acceptance QA sample', file: 'use/agent-assist-qa.pdf', supports: [imp('A.9.2', 'SYS-AGENT-ASSIST'), imp('A.9.4', 'SYS-AGENT-ASSIST')], recordedDaysAgo: 9, periodDays: 30, reviewIntervalDays: 60 },
  { id: 'EVD-0066', kind: 'meeting-minutes', title: 'Committee minutes: responsible-use objectives for the year', file: 'governance/minutes/use-objectives.pdf', supports: [imp('A.9.3')], recordedDaysAgo: 196, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0067', kind: 'report', title: 'Web chat intended-use statement', file: 'use/webchat-intended-use.pdf', supports: [imp('A.9.4', 'SYS-WEBCHAT')], recordedDaysAgo: 60, periodDays: 0, reviewIntervalDays: 365 },
  { id: 'EVD-0068', kind: 'test-result', title: 'Refund-promise guardrail tests', file: 'use/billing-guardrail-tests.csv', supports: [imp('A.9.4', 'SYS-BILLING-BOT')], recordedDaysAgo: 40, periodDays: 2, reviewIntervalDays: 60 },

  // A.10 Suppliers and customers
  { id: 'EVD-0069', kind: 'contract', title: 'AI supplier responsibility schedules', file: 'suppliers/responsibility-schedules.pdf', supports: [imp('A.10.2')], recordedDaysAgo: 150, periodDays: 0, validUntilInDays: 580 },
  // Initial term ended; the contract runs month to month until renegotiated.
  { id: 'EVD-0070', kind: 'contract', title: 'Vocalis master services agreement', file: 'suppliers/vocalis-msa.pdf', supports: [imp('A.10.2', 'VND-VOCALIS')], recordedDaysAgo: 1110, periodDays: 0, validUntilInDays: -15 },
  { id: 'EVD-0071', kind: 'assessment', title: 'Nimbus AI supplier assessment', file: 'suppliers/nimbus-assessment.pdf', supports: [imp('A.10.3', 'VND-NIMBUS')], supersedes: 'EVD-0072', recordedDaysAgo: 118, periodDays: 0, validUntilInDays: 247 },
  { id: 'EVD-0072', kind: 'assessment', title: 'Nimbus AI supplier assessment, prior year', file: 'suppliers/nimbus-assessment-prior.pdf', supports: [imp('A.10.3', 'VND-NIMBUS')], recordedDaysAgo: 480, periodDays: 0, validUntilInDays: -115 },
  { id: 'EVD-0073', kind: 'assessment', title: 'Vocalis supplier assessment', file: 'suppliers/vocalis-assessment.pdf', supports: [imp('A.10.3', 'VND-VOCALIS')], recordedDaysAgo: 410, periodDays: 0, validUntilInDays: -45 },
  { id: 'EVD-0074', kind: 'assessment', title: 'LabelWorks supplier assessment', file: 'suppliers/labelworks-assessment.pdf', supports: [imp('A.10.3', 'VND-LABELWORKS')], recordedDaysAgo: 87, periodDays: 0, validUntilInDays: 278 },
  { id: 'EVD-0075', kind: 'assessment', title: 'Stratus Cloud supplier assessment', file: 'suppliers/stratus-assessment.pdf', supports: [imp('A.10.3', 'VND-STRATUS')], recordedDaysAgo: 205, periodDays: 0, validUntilInDays: 160 },
  { id: 'EVD-0076', kind: 'report', title: 'Nimbus SLA report with INC-0157 service credit', file: 'suppliers/nimbus-sla.pdf', supports: [imp('A.10.3', 'VND-NIMBUS')], recordedDaysAgo: 25, periodDays: 30, reviewIntervalDays: 90, reviewState: 'submitted' },
  { id: 'EVD-0077', kind: 'report', title: 'Customer expectations survey on AI service', file: 'customers/ai-expectations-survey.pdf', supports: [imp('A.10.4')], recordedDaysAgo: 58, periodDays: 30, reviewIntervalDays: 365 },
];

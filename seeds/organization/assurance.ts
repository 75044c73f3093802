import type { Clock } from './clock.js';
import type { AuditRecord, FindingRecord, ManagementReviewRecord } from './governanceTypes.js';
import { implementationId as imp } from './implementations.js';

/**
 * The audit programme (9.2): an internal audit of the chat channels' life cycle and data controls
 * three and a half months ago, the voice channel's audit next, and certification stage 1 after it.
 */
export const audits = (t: Clock): AuditRecord[] => [
  {
    id: 'AUD-0007', kind: 'internal', status: 'completed', owner: 'PER-AUDIT',
    title: 'Internal audit: life cycle and data controls of the chat channels',
    startsOn: t.day(-108), endsOn: t.day(-104),
    summary: 'Validation, deployment and model versioning of the chat systems conform. Two minor nonconformities (late re-approval of tariff articles; no plan to reassess the voice platform supplier before its assessment expires), one observation and one opportunity for improvement.',
    covers: ['8.1', '9.1', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6', 'A.7.4', 'A.7.5', 'A.10.2', 'A.10.3', 'SYS-WEBCHAT', 'SYS-BILLING-BOT', 'SYS-KNOWLEDGE', 'SYS-INTENT'],
    auditors: ['PER-AUDIT', 'PER-RISK-MGR'],
  },
  {
    id: 'AUD-0008', kind: 'internal', status: 'planned', owner: 'PER-AUDIT',
    title: 'Internal audit: voice channel, suppliers and incident response',
    startsOn: t.day(38), endsOn: t.day(41),
    covers: ['8.1', '10.2', 'A.5.4', 'A.6.2.6', 'A.8.4', 'A.10.2', 'A.10.3', 'SYS-VOICE-IVR', 'SYS-STT'],
    auditors: ['PER-AUDIT', 'PER-SEC-LEAD'],
  },
  {
    id: 'AUD-0009', kind: 'certification', status: 'planned', owner: 'PER-GOV-LEAD',
    title: 'ISO/IEC 42001 certification audit, stage 1 (documentation review)',
    startsOn: t.day(96), endsOn: t.day(97),
    covers: ['4.3', '5.2', '6.1.2', '6.1.3', '6.1.4', '9.2', '9.3', '10.2'],
    auditors: [],
  },
];

/**
 * Findings and their corrective actions (10.2). FND-0041 and FND-0045 both concern A.7.4 within a
 * year: a recurring nonconformity, since the first fix covered price changes but not withdrawn
 * schemes. CA-0042-1 is overdue; CA-0041-1 and CA-0045-1 are done and evidenced; the other two
 * INC-0141 actions are open and not yet due.
 */
export const findings = (t: Clock): FindingRecord[] => [
  {
    id: 'FND-0041', kind: 'minor-nonconformity', raisedIn: 'AUD-0007', raisedOn: t.day(-104), owner: 'PER-CX-HEAD',
    title: 'Tariff articles re-approved late after a price change',
    description: 'Of 20 tariff articles sampled after the last price change, 6 were re-approved more than a week after the new prices applied, while the assistants kept retrieving them (A.7.4: data quality for AI systems).',
    status: 'closed', closedOn: t.day(-8),
    concerns: ['A.7.4', imp('A.7.4', 'DS-KB-ARTICLES'), 'SYS-KNOWLEDGE'],
    actions: [{
      id: 'CA-0041-1', owner: 'PER-CX-HEAD', dueOn: t.day(-34), completedOn: t.day(-40), closedBy: ['EVD-0055'],
      title: 'Re-approve tariff and refund articles within two days of any price or policy change',
      description: 'Each article owner gets a task when a price or policy change is announced; the re-approval log shows the date of each change and each re-approval.',
    }],
  },
  {
    id: 'FND-0042', kind: 'minor-nonconformity', raisedIn: 'AUD-0007', raisedOn: t.day(-104), owner: 'PER-VENDOR-MGR',
    title: 'No plan to reassess the voice platform supplier before its assessment expires',
    description: 'The Vocalis AI supplier assessment was due to expire within two months with no reassessment scheduled, and the contract still does not say who approves speech-model updates (A.10.2, A.10.3).',
    status: 'open',
    concerns: ['A.10.3', 'A.10.2', imp('A.10.3', 'VND-VOCALIS'), imp('A.10.2', 'VND-VOCALIS'), 'EVD-0073'],
    actions: [{
      id: 'CA-0042-1', owner: 'PER-VENDOR-MGR', dueOn: t.day(-45),
      title: 'Reassess Vocalis as an AI supplier before the current assessment expires',
      description: 'Run the AI supplier checklist with Vocalis (data use, model change notice, hosting, SLA, exit) and agree a contract schedule for speech-model updates.',
    }],
  },
  {
    id: 'FND-0043', kind: 'observation', raisedIn: 'AUD-0007', raisedOn: t.day(-104), owner: 'PER-PLATFORM-ENG',
    title: 'Prompt template versions not linked to releases',
    description: 'The web chat prompt templates are versioned in the prompt registry, but release records do not say which version went live, so a reply cannot be traced to the template that produced it.',
    status: 'open',
    concerns: ['A.6.2.3', imp('A.6.2.3', 'SYS-WEBCHAT')],
  },
  {
    id: 'FND-0044', kind: 'opportunity', raisedIn: 'AUD-0007', raisedOn: t.day(-104), owner: 'PER-OPS-MGR',
    title: 'Monitor what the billing assistant says, not only how often it hands over',
    description: 'Billing monitoring counts containment and hand-offs; sampling answers against the approved articles would catch wrong advice sooner.',
    status: 'open',
    concerns: ['A.6.2.6', 'SYS-BILLING-BOT'],
  },
  {
    id: 'FND-0045', kind: 'major-nonconformity', raisedIn: 'INC-0141', raisedOn: t.day(-70), owner: 'PER-GOV-LEAD',
    title: 'Withdrawn goodwill scheme still retrievable by the billing assistant',
    description: 'The article on a withdrawn roaming goodwill scheme stayed in the retrieval index, and for three days nobody noticed the assistant promising refunds from it (A.7.4 again, within a year of FND-0041; A.6.2.6).',
    status: 'open',
    concerns: ['A.7.4', 'A.6.2.6', imp('A.7.4', 'DS-KB-ARTICLES'), 'SYS-BILLING-BOT'],
    actions: [
      {
        id: 'CA-0045-1', owner: 'PER-QA-LEAD', dueOn: t.day(-50), completedOn: t.day(-46), closedBy: ['EVD-0034', 'EVD-0068'],
        title: 'Hand refund and credit questions to an agent, and test the guardrail',
        description: 'Keep the emergency hand-off (CR-0194) and add refund cases to the billing scenario pack and the refund-promise guardrail tests.',
      },
      {
        id: 'CA-0045-2', owner: 'PER-CX-HEAD', dueOn: t.day(21),
        title: 'Give every offer and scheme article an end date, and drop it from retrieval when it ends',
        description: 'Articles about time-limited offers and goodwill schemes carry an end date; the retrieval index excludes them the day after.',
      },
      {
        id: 'CA-0045-3', owner: 'PER-PLATFORM-ENG', dueOn: t.day(38),
        title: 'Alert when a billing answer cites an article outside the approved set',
        description: 'Daily check of billing answers against the approved article list, with an alert to CX AI Operations on any mismatch.',
      },
    ],
  },
];

export const managementReviews = (t: Clock): ManagementReviewRecord[] => [
  {
    id: 'MR-0006', title: 'Management review of the AIMS, half year', heldOn: t.day(-38), owner: 'PER-GOV-LEAD',
    summary: 'The AIMS works but reacted late to INC-0141: wrong billing advice ran for three days before anyone responded, and billing CSAT is still below its threshold. Supplier oversight of the voice platform is behind. Certification stays on plan.',
    decisions: [
      'Refund and credit questions stay with agents under the emergency change CR-0194 until a billing prompt that cannot promise refunds passes committee approval and replaces it.',
      'The Vocalis reassessment is overdue: the vendor manager finishes it within 30 days and escalates to the chair if Vocalis does not answer.',
      'Second-region LLM fallback to be live before the next seasonal peak; progress reported monthly.',
      'Impact assessment of email triage added to the programme; the voice IVR assessment to be renewed before the voice audit.',
      'The residual risk of RSK-OPT-OUT is above appetite and stays open until opt-out is checked on voice and email.',
      'Certification stage 1 confirmed for the coming quarter.',
    ],
    reviewed: [
      'AUD-0007', 'INC-0141', 'INC-0157', 'KPI-CSAT-BILLING', 'KPI-ESCALATION-WEBCHAT', 'RSK-BILLING-ADVICE', 'RSK-LLM-OUTAGE',
      'RSK-OPT-OUT', 'FND-0041', 'FND-0042', 'FND-0045', 'IA-BILLING-BOT', 'CR-0194', 'POL-MODEL-CHANGE',
    ],
    attended: ['PER-GOV-LEAD', 'PER-RISK-MGR', 'PER-DPO', 'PER-CX-HEAD', 'PER-LEGAL', 'PER-SEC-LEAD', 'PER-ML-LEAD', 'PER-AUDIT'],
  },
];

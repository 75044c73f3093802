import type { Clock } from './clock.js';
import type { PersonRecord, PolicyRecord, TeamRecord } from './types.js';

const GOV = 'TEAM-GOV-COMMITTEE';
const OPS = 'TEAM-CX-AI-OPS';
const DATA = 'TEAM-DATA-PLATFORM';

export const people: PersonRecord[] = [
  {
    id: 'PER-GOV-LEAD', name: 'Amara Okafor', email: 'amara.okafor@brightwater.example',
    jobTitle: 'Head of AI Governance', aimsRole: 'AI governance lead', memberOf: { [GOV]: 'chair' },
  },
  {
    id: 'PER-RISK-MGR', name: 'Grace Mensah', email: 'grace.mensah@brightwater.example',
    jobTitle: 'Enterprise Risk Manager', aimsRole: 'risk manager', memberOf: { [GOV]: 'secretary' },
  },
  {
    id: 'PER-DPO', name: 'Lukas Brenner', email: 'lukas.brenner@brightwater.example',
    jobTitle: 'Data Protection Officer', aimsRole: 'data protection officer', memberOf: { [GOV]: 'member' },
  },
  {
    id: 'PER-CX-HEAD', name: 'Sofia Marin', email: 'sofia.marin@brightwater.example',
    jobTitle: 'Head of Customer Experience', aimsRole: 'business owner for customer-facing AI',
    memberOf: { [GOV]: 'member', [OPS]: 'member' },
  },
  {
    id: 'PER-LEGAL', name: 'Olivia Hart', email: 'olivia.hart@brightwater.example',
    jobTitle: 'Senior Legal Counsel, Technology', aimsRole: 'legal and regulatory adviser', memberOf: { [GOV]: 'member' },
  },
  {
    id: 'PER-SEC-LEAD', name: 'Mei Tanaka', email: 'mei.tanaka@brightwater.example',
    jobTitle: 'Head of Security Engineering', aimsRole: 'security lead', memberOf: { [GOV]: 'member' },
  },
  {
    id: 'PER-ML-LEAD', name: 'Ravi Chandran', email: 'ravi.chandran@brightwater.example',
    jobTitle: 'ML Engineering Lead', aimsRole: 'system owner, platform models',
    memberOf: { [GOV]: 'member', [OPS]: 'member', [DATA]: 'member' },
  },
  {
    id: 'PER-OPS-MGR', name: 'Marcus Reid', email: 'marcus.reid@brightwater.example',
    jobTitle: 'Contact Centre Operations Manager', aimsRole: 'system owner, voice and email; human oversight',
    memberOf: { [OPS]: 'lead' },
  },
  {
    id: 'PER-QA-LEAD', name: 'Daniel Kowalski', email: 'daniel.kowalski@brightwater.example',
    jobTitle: 'Quality Assurance Lead, Customer Service', aimsRole: 'evaluation and quality lead', memberOf: { [OPS]: 'member' },
  },
  {
    id: 'PER-PLATFORM-ENG', name: 'Priya Nair', email: 'priya.nair@brightwater.example',
    jobTitle: 'Principal Engineer, Conversational Platform', aimsRole: 'system owner, conversational platform',
    memberOf: { [OPS]: 'member' },
  },
  {
    id: 'PER-DATA-STEWARD', name: 'Hannah Lindqvist', email: 'hannah.lindqvist@brightwater.example',
    jobTitle: 'Senior Data Steward', aimsRole: 'data steward', memberOf: { [DATA]: 'lead' },
  },
  {
    id: 'PER-VENDOR-MGR', name: 'Tomás Ortega', email: 'tomas.ortega@brightwater.example',
    jobTitle: 'Vendor Manager, Technology Suppliers', aimsRole: 'supplier relationship owner', memberOf: { [DATA]: 'member' },
  },
  {
    id: 'PER-AUDIT', name: 'Jonas Weber', email: 'jonas.weber@brightwater.example',
    jobTitle: 'Internal Audit Manager', aimsRole: 'internal auditor (attends the committee without a vote)',
  },
];

export const teams: TeamRecord[] = [
  {
    id: GOV, name: 'AI Governance Committee', owner: 'PER-GOV-LEAD',
    purpose:
      'Approves AI systems and model changes for customer-facing use, sets risk appetite and accepts any residual risk above it, and reviews AIMS performance monthly. ' +
      'A SEV1 or SEV2 incident on a customer-facing AI system is raised by the CX AI Operations duty lead to the chair within 2 hours; the chair, or the Head of Customer Experience in the chair\'s absence, may switch the system to human-only service, and the committee meets within 2 working days to decide on customer communication and regulator notification.',
  },
  {
    id: OPS, name: 'CX AI Operations', owner: 'PER-OPS-MGR',
    purpose: 'Runs the bots and platform services day to day: monitoring, hand-off thresholds, incident response and feedback from agents to the model teams.',
  },
  {
    id: DATA, name: 'Data Platform', owner: 'PER-DATA-STEWARD',
    purpose: 'Operates the pipelines from service platforms to training and inference, the data catalogue, labelling vendors and retention jobs.',
  },
];

export const policies = (t: Clock): PolicyRecord[] => [
  {
    id: 'POL-AI', title: 'AI Policy', version: '2.1', approvedOn: t.day(-196), reviewIntervalDays: 365, owner: 'PER-GOV-LEAD',
    summary: 'Sets the purposes for which Brightwater uses AI, the principles it follows, who is accountable and how the policy fits the security, privacy and conduct policies.',
    addresses: ['A.2.2', 'A.2.3', 'A.2.4', 'A.3.2', 'A.6.1.2', 'A.9.3'],
  },
  {
    id: 'POL-RESPONSIBLE-USE', title: 'Responsible Use and AI Disclosure Standard', version: '1.3', approvedOn: t.day(-140),
    reviewIntervalDays: 365, owner: 'PER-LEGAL',
    summary: 'Customers are told at the start of every bot interaction that they are talking to an AI, can ask for a person at any point, and bots stay within their approved intended use.',
    addresses: ['A.8.2', 'A.8.5', 'A.9.2', 'A.9.4', 'A.10.4'],
  },
  {
    id: 'POL-OPT-OUT', title: 'Customer Opt-out from AI Service', version: '1.0', approvedOn: t.day(-58), reviewIntervalDays: 180,
    owner: 'PER-CX-HEAD',
    summary: 'A customer who opts out is served by people on every channel; the flag is held on the customer record and checked by each bot before it answers.',
    addresses: ['A.9.2', 'A.10.4'],
  },
  {
    id: 'POL-DATA-RETENTION', title: 'AI Data Retention and Minimisation Standard', version: '1.4', approvedOn: t.day(-230),
    reviewIntervalDays: 365, owner: 'PER-DPO',
    summary: 'Only redacted data may be used for training; each dataset has a retention period, an owner and recorded provenance; acquisitions are reviewed by the DPO.',
    addresses: ['A.4.3', 'A.7.2', 'A.7.3', 'A.7.5', 'A.7.6'],
  },
  {
    id: 'POL-MODEL-CHANGE', title: 'Model Change Approval Procedure', version: '3.0', approvedOn: t.day(-110), reviewIntervalDays: 365,
    owner: 'PER-ML-LEAD',
    summary: 'Every new model, prompt template or dataset version for a customer-facing system needs a requirements check, validation report, rollback plan and committee sign-off for high-tier systems.',
    addresses: ['A.6.1.3', 'A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5'],
  },
  {
    id: 'POL-INCIDENT-COMMS', title: 'AI Incident Handling and Communication Procedure', version: '1.2', approvedOn: t.day(-75),
    reviewIntervalDays: 365, owner: 'PER-OPS-MGR',
    summary: 'Severity levels for AI incidents, who is called, when customers and regulators are told, and how concerns from staff are raised.',
    addresses: ['A.3.3', 'A.8.3', 'A.8.4'],
  },
];

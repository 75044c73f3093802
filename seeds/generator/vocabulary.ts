import type { Channel, EvidenceKind, Level, RiskRecord, SystemKind } from '../organization/types.js';

/**
 * Word lists the generator draws from. Kept apart from the generating code so a reader sees the
 * shapes there and the wording here; every value that lands in a constrained property
 * (kind, channel, treatment …) is typed by the reference organisation's types, so a value the
 * model does not allow fails to compile.
 */

export const markets = [
  'UK', 'Ireland', 'Spain', 'Portugal', 'Poland', 'Germany', 'Netherlands', 'Belgium', 'France', 'Italy',
  'Austria', 'Czechia', 'Romania', 'Greece', 'Turkey', 'Morocco', 'Egypt', 'UAE', 'Sweden', 'Norway',
] as const;
export const marketLanguages: Record<(typeof markets)[number], string[]> = {
  UK: ['en'], Ireland: ['en', 'ga'], Spain: ['es', 'ca'], Portugal: ['pt'], Poland: ['pl'], Germany: ['de'],
  Netherlands: ['nl'], Belgium: ['nl', 'fr'], France: ['fr'], Italy: ['it'], Austria: ['de'], Czechia: ['cs'],
  Romania: ['ro'], Greece: ['el'], Turkey: ['tr'], Morocco: ['ar', 'fr'], Egypt: ['ar'], UAE: ['ar', 'en'],
  Sweden: ['sv'], Norway: ['no'],
};
export const businessLines = [
  'Consumer Mobile', 'Home Broadband', 'Business Services', 'Prepaid', 'Wholesale', 'Devices and Insurance',
  'Collections', 'Fibre Installations', 'Roaming', 'Enterprise IoT',
] as const;

/** Kinds that face a channel; they call the ML kinds, never the other way round (no cycles). */
export const channelKinds: readonly SystemKind[] = ['chatbot', 'voice-bot', 'agent-assist', 'email-triage', 'social-response'];
export const unitKindWeights: readonly (readonly [SystemKind, number])[] = [
  ['chatbot', 5], ['voice-bot', 3], ['agent-assist', 3], ['email-triage', 2], ['social-response', 1],
  ['intent-classifier', 2], ['sentiment-analysis', 1], ['qa-scoring', 1], ['speech-to-text', 1], ['retrieval', 2],
  ['redaction', 1], ['translation', 1], ['routing-engine', 1], ['response-generation', 1],
];
export const kindNames: Record<SystemKind, string> = {
  'chatbot': 'Chat Assistant', 'voice-bot': 'Voice Bot', 'intent-classifier': 'Intent Classifier',
  'sentiment-analysis': 'Sentiment Scorer', 'routing-engine': 'Queue Router', 'response-generation': 'Reply Drafter',
  'agent-assist': 'Agent Assist', 'qa-scoring': 'QA Scoring', 'speech-to-text': 'Transcription', 'retrieval': 'Knowledge Search',
  'redaction': 'PII Masking', 'translation': 'Translator', 'email-triage': 'Email Triage', 'social-response': 'Social Responder',
};
export const fixedChannel: Partial<Record<SystemKind, Channel>> = {
  'chatbot': 'chat', 'voice-bot': 'voice', 'email-triage': 'email', 'social-response': 'social', 'speech-to-text': 'voice',
};
export const customerFacingKinds: readonly SystemKind[] = ['chatbot', 'voice-bot', 'social-response'];
export const modelTypes: Record<SystemKind, string> = {
  'chatbot': 'llm', 'voice-bot': 'llm', 'intent-classifier': 'transformer-classifier',
  'sentiment-analysis': 'transformer-classifier', 'routing-engine': 'gradient-boosting', 'response-generation': 'llm',
  'agent-assist': 'llm', 'qa-scoring': 'gradient-boosting', 'speech-to-text': 'asr', 'retrieval': 'embedding',
  'redaction': 'ner', 'translation': 'seq2seq', 'email-triage': 'transformer-classifier', 'social-response': 'llm',
};
/** Model types usually bought rather than trained in-house. */
export const vendorModelTypes = ['llm', 'asr'];

/** The group platforms: a fixed list, so every unit can name them without generating them. */
export const groupPlatforms: readonly (readonly [SystemKind, string])[] = [
  ['response-generation', 'Group LLM Gateway'], ['intent-classifier', 'Group Intent Service'],
  ['redaction', 'Group PII Vault'], ['retrieval', 'Group Knowledge Graph Search'], ['routing-engine', 'Group Workforce Router'],
  ['speech-to-text', 'Group Speech Platform'], ['translation', 'Group Translation Hub'], ['sentiment-analysis', 'Group Sentiment API'],
  ['qa-scoring', 'Group Conversation Analytics'], ['response-generation', 'Group Summarisation Service'],
  ['retrieval', 'Group Tariff Lookup'], ['redaction', 'Group Audio Redaction'], ['intent-classifier', 'Group Fraud Signal Classifier'],
  ['agent-assist', 'Group Agent Copilot'], ['speech-to-text', 'Group Voice Biometrics'], ['translation', 'Group Speech Translation'],
];
export const referencePlatforms = [
  'SYS-RESPGEN', 'SYS-INTENT', 'SYS-PII-REDACT', 'SYS-ROUTER', 'SYS-KNOWLEDGE', 'SYS-STT', 'SYS-SENTIMENT', 'SYS-TRANSLATE', 'SYS-QA-SCORING',
];
export const referenceVendors = ['VND-NIMBUS', 'VND-STRATUS', 'VND-VOCALIS', 'VND-LABELWORKS', 'VND-SOCIALPULSE'];

export const vendorServices: readonly (readonly [string, Level])[] = [
  ['Hosted large language model API', 'high'], ['Speech recognition API', 'high'], ['Cloud hosting for model serving', 'high'],
  ['Contact-centre platform', 'high'], ['Data annotation services', 'medium'], ['Translation API', 'medium'],
  ['Survey and CSAT platform', 'low'], ['Social listening export', 'low'], ['Knowledge base SaaS', 'medium'],
  ['Outsourced contact-centre agents (BPO)', 'medium'], ['Synthetic test data', 'low'], ['Model monitoring SaaS', 'medium'],
];
export const vendorSyllables = ['Ac', 'Bel', 'Cor', 'Dyn', 'El', 'Fen', 'Gal', 'Hel', 'Ion', 'Jun', 'Kal', 'Lum', 'Mer', 'Nov', 'Or', 'Pax', 'Quin', 'Ros', 'Syn', 'Tor', 'Ul', 'Ver', 'Wex', 'Zen'];
export const vendorSuffixes = ['a', 'ix', 'ora', 'eon', 'ify', 'ion', 'us', 'al', 'ent', 'o'];

export const datasetTemplates: readonly { name: string; personalData: boolean; retentionDays: number; provenance: string }[] = [
  { name: 'Chat transcripts', personalData: true, retentionDays: 730, provenance: 'Exported nightly from the chat platform, redacted before storage.' },
  { name: 'Call recordings', personalData: true, retentionDays: 180, provenance: 'Recorded with consent on the service line; sampled for evaluation.' },
  { name: 'Customer emails', personalData: true, retentionDays: 365, provenance: 'Inbound service mailbox, tagged by back-office agents.' },
  { name: 'Labelled intents', personalData: false, retentionDays: 1095, provenance: 'Redacted utterances labelled by native speakers.' },
  { name: 'Sentiment labels', personalData: false, retentionDays: 1095, provenance: 'Turn-level sentiment labelled by two annotators.' },
  { name: 'Knowledge articles', personalData: false, retentionDays: 1825, provenance: 'Approved help and tariff articles from the CMS.' },
  { name: 'Social posts', personalData: true, retentionDays: 90, provenance: 'Public posts mentioning the brand, from the listening vendor.' },
  { name: 'CSAT responses', personalData: true, retentionDays: 730, provenance: 'Post-contact surveys linked to the contact id.' },
  { name: 'Red-team prompts', personalData: false, retentionDays: 1825, provenance: 'Adversarial prompts written by the security team.' },
  { name: 'Routing outcomes', personalData: true, retentionDays: 365, provenance: 'Queue, transfer and resolution of each contact.' },
  { name: 'QA scorecards', personalData: false, retentionDays: 730, provenance: 'Reviewer scores of sampled conversations.' },
  { name: 'PII gold set', personalData: false, retentionDays: 1825, provenance: 'Synthetic texts with marked personal data.' },
];

type RiskTemplate = Pick<RiskRecord, 'title' | 'category' | 'arisesFrom' | 'mitigatedBy'>;
export const riskTemplates: readonly RiskTemplate[] = [
  { title: 'Misrouted contacts', category: 'accuracy', arisesFrom: ['C.3.1'], mitigatedBy: ['A.6.2.4', 'A.6.2.6'] },
  { title: 'Wrong billing or refund advice', category: 'accuracy', arisesFrom: ['C.3.7', 'C.3.3'], mitigatedBy: ['A.6.2.4', 'A.9.4', 'A.6.2.2'] },
  { title: 'Inappropriate tone', category: 'accuracy', arisesFrom: ['C.3.4'], mitigatedBy: ['A.6.2.4', 'A.9.3'] },
  { title: 'Worse service in some languages', category: 'fairness', arisesFrom: ['C.3.4'], mitigatedBy: ['A.5.4', 'A.7.4', 'A.7.2'] },
  { title: 'Personal data leak', category: 'privacy', arisesFrom: ['C.3.4', 'C.3.6'], mitigatedBy: ['A.7.6', 'A.7.3', 'A.10.3', 'A.6.2.8'] },
  { title: 'Silent drift in customer language', category: 'accuracy', arisesFrom: ['C.3.7', 'C.3.1'], mitigatedBy: ['A.6.2.6', 'A.7.4'] },
  { title: 'Prompt injection', category: 'security', arisesFrom: ['C.3.7'], mitigatedBy: ['A.6.2.4', 'A.6.2.5', 'A.6.2.8'] },
  { title: 'Vendor outage', category: 'availability', arisesFrom: ['C.3.5', 'C.3.6'], mitigatedBy: ['A.10.3', 'A.4.5'] },
  { title: 'Invented answers', category: 'accuracy', arisesFrom: ['C.3.7', 'C.3.2'], mitigatedBy: ['A.6.2.4', 'A.7.4'] },
  { title: 'Opt-out from AI not honoured', category: 'autonomy', arisesFrom: ['C.3.6', 'C.3.3'], mitigatedBy: ['A.9.2', 'A.10.4'] },
  { title: 'AI use not disclosed', category: 'transparency', arisesFrom: ['C.3.2'], mitigatedBy: ['A.8.2', 'A.9.4'] },
  { title: 'Failed hand-off to a human', category: 'autonomy', arisesFrom: ['C.3.3'], mitigatedBy: ['A.9.2', 'A.6.2.6'] },
];

/** Controls applied at each scope kind (the organisation-wide ones stay on ORG-BRIGHTWATER). */
export const scopeControls = {
  system: ['A.4.2', 'A.4.5', 'A.5.4', 'A.5.5', 'A.6.1.2', 'A.6.1.3', 'A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6', 'A.6.2.7', 'A.6.2.8', 'A.8.2', 'A.8.5', 'A.9.2', 'A.9.3', 'A.9.4'],
  model: ['A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.7'],
  dataset: ['A.4.3', 'A.7.2', 'A.7.3', 'A.7.4', 'A.7.5', 'A.7.6'],
  vendor: ['A.10.2', 'A.10.3', 'A.4.5'],
} as const;

/** Evidence kind and renewal cadence (days) by Annex A area: tests quarterly, documents yearly. */
export const evidenceByArea: Record<string, readonly (readonly [EvidenceKind, number, number])[]> = {
  'A.4': [['report', 180, 2], ['log-extract', 90, 1]],
  'A.5': [['assessment', 365, 3], ['report', 180, 1]],
  'A.6': [['test-result', 90, 3], ['report', 180, 2], ['log-extract', 90, 1], ['dashboard-export', 90, 1]],
  'A.7': [['report', 180, 2], ['log-extract', 90, 1], ['dashboard-export', 90, 1]],
  'A.8': [['policy-document', 365, 2], ['report', 365, 1]],
  'A.9': [['report', 180, 1], ['dashboard-export', 90, 1], ['training-record', 365, 1]],
  'A.10': [['contract', 365, 2], ['assessment', 365, 2], ['attestation', 180, 1]],
};
/** Kinds whose expiry is a fixed date on the document rather than a review cadence. */
export const datedKinds: readonly EvidenceKind[] = ['contract', 'assessment', 'attestation'];

export const firstNames = ['Ana', 'Ben', 'Chloe', 'Dev', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jakub', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Paula', 'Quentin', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wojtek', 'Yara', 'Zoe'];
export const lastNames = ['Adeyemi', 'Berg', 'Costa', 'Dimitriou', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Ivanova', 'Jansen', 'Kaya', 'Lopes', 'Moreau', 'Nowak', 'Okoye', 'Popescu', 'Rossi', 'Schmidt', 'Svoboda', 'Walsh'];
export const unitRoles: readonly (readonly [string, string, string])[] = [
  ['Head of Customer Service', 'business unit AI owner', 'lead'],
  ['ML Engineering Manager', 'system owner, unit models', 'member'],
  ['Contact Centre Operations Manager', 'system owner; human oversight', 'lead'],
  ['Data Steward', 'data steward', 'lead'],
  ['Vendor Manager', 'supplier relationship owner', 'member'],
  ['Quality Assurance Lead', 'evaluation and quality lead', 'member'],
  ['Product Owner, Digital Channels', 'system owner, digital channels', 'member'],
  ['Risk and Compliance Partner', 'risk manager', 'member'],
];

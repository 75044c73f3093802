import type { Clock } from './clock.js';
import type { DatasetRecord, ModelRecord, VendorRecord } from './types.js';

/** Older versions stay in the graph, no longer RUN by any system, so lineage questions can be answered. */
export const models = (t: Clock): ModelRecord[] => [
  {
    id: 'MDL-INTENT-3.2', name: 'Intent classifier', version: '3.2', modelType: 'transformer-classifier',
    releasedOn: t.day(-64), owner: 'PER-ML-LEAD', trainedOn: ['DS-LABELLED-INTENTS', 'DS-CHAT-TRANSCRIPTS'],
    description: 'Multilingual encoder fine-tuned on 140 intents; adds the eSIM and roaming-bundle intents.',
  },
  {
    id: 'MDL-INTENT-3.1', name: 'Intent classifier', version: '3.1', modelType: 'transformer-classifier',
    releasedOn: t.day(-251), owner: 'PER-ML-LEAD', trainedOn: ['DS-LABELLED-INTENTS'],
    description: 'Previous release; retired when 3.2 passed validation. Kept for rollback and audit.',
  },
  {
    id: 'MDL-SENTIMENT-2.1', name: 'Sentiment scorer', version: '2.1', modelType: 'transformer-classifier',
    releasedOn: t.day(-120), owner: 'PER-ML-LEAD', trainedOn: ['DS-SENTIMENT-MULTI'],
    description: 'Five-class sentiment per turn; recalibrated for Polish and Portuguese.',
  },
  {
    id: 'MDL-SENTIMENT-2.0', name: 'Sentiment scorer', version: '2.0', modelType: 'transformer-classifier',
    releasedOn: t.day(-395), owner: 'PER-ML-LEAD', trainedOn: ['DS-SENTIMENT-MULTI'],
    description: 'Retired: over-scored negative sentiment in Arabic messages.',
  },
  {
    id: 'MDL-ROUTER-1.4', name: 'Queue routing model', version: '1.4', modelType: 'gradient-boosting',
    releasedOn: t.day(-150), owner: 'PER-PLATFORM-ENG', trainedOn: ['DS-CONTACT-OUTCOMES'],
    description: 'Predicts the queue most likely to resolve a contact first time, from intent, sentiment and account features.',
  },
  {
    id: 'MDL-NIMBUS-LLM-2025.06', name: 'Nimbus Converse', version: '2025.06', modelType: 'llm',
    releasedOn: t.day(-98), owner: 'PER-PLATFORM-ENG', providedBy: 'VND-NIMBUS',
    description: 'Vendor-hosted general LLM used through the API with no fine-tuning; the vendor does not train on our prompts under contract.',
  },
  {
    id: 'MDL-NIMBUS-LLM-2024.11', name: 'Nimbus Converse', version: '2024.11', modelType: 'llm',
    releasedOn: t.day(-310), owner: 'PER-PLATFORM-ENG', providedBy: 'VND-NIMBUS',
    description: 'Previous vendor model; deprecated by the vendor and switched off after regression testing of 2025.06.',
  },
  {
    id: 'MDL-ASR-VOCALIS-7', name: 'Vocalis telephony ASR', version: '7', modelType: 'speech-recognition',
    releasedOn: t.day(-210), owner: 'PER-OPS-MGR', providedBy: 'VND-VOCALIS',
    description: 'Narrow-band telephony speech recognition with a custom vocabulary of tariff and device names.',
  },
  {
    id: 'MDL-EMBED-1.0', name: 'Article embedder', version: '1.0', modelType: 'sentence-embedding',
    releasedOn: t.day(-280), owner: 'PER-PLATFORM-ENG', trainedOn: ['DS-KB-ARTICLES'],
    description: 'Open-weights embedding model adapted on help-article titles and customer questions.',
  },
  {
    id: 'MDL-PII-NER-2.0', name: 'PII entity recogniser', version: '2.0', modelType: 'token-classifier',
    releasedOn: t.day(-175), owner: 'PER-DPO', trainedOn: ['DS-PII-GOLD'],
    description: 'Tags personal data spans; combined with pattern rules for card, IBAN and phone numbers.',
  },
  {
    id: 'MDL-PII-NER-1.3', name: 'PII entity recogniser', version: '1.3', modelType: 'token-classifier',
    releasedOn: t.day(-520), owner: 'PER-DPO', trainedOn: ['DS-PII-GOLD'],
    description: 'Retired: missed addresses written on one line without commas.',
  },
  {
    id: 'MDL-TRANSLATE-1.1', name: 'Service translation model', version: '1.1', modelType: 'seq2seq-transformer',
    releasedOn: t.day(-230), owner: 'PER-ML-LEAD',
    description: 'Open-weights translation model; used for analysis only, not for replies to customers.',
  },
  {
    id: 'MDL-EMAIL-TRIAGE-2.3', name: 'Email topic and urgency tagger', version: '2.3', modelType: 'transformer-classifier',
    releasedOn: t.day(-88), owner: 'PER-ML-LEAD', trainedOn: ['DS-EMAIL-CORPUS'],
    description: 'Multi-label topic tagger with an urgency head for complaints, cancellations and vulnerability cues.',
  },
  {
    id: 'MDL-QA-SCORER-1.0', name: 'Conversation quality scorer', version: '1.0', modelType: 'transformer-classifier',
    releasedOn: t.day(-160), owner: 'PER-QA-LEAD', trainedOn: ['DS-CHAT-TRANSCRIPTS', 'DS-CSAT-SURVEYS'],
    description: 'Predicts scorecard items (greeting, resolution, empathy, compliance statements) per conversation.',
  },
  {
    id: 'MDL-SOCIAL-CLASSIFIER-0.9', name: 'Social post classifier', version: '0.9', modelType: 'transformer-classifier',
    releasedOn: t.day(-21), trainedOn: ['DS-SOCIAL-POSTS'],
    description: 'Pilot model deciding which public posts need a service reply.',
  },
  {
    id: 'MDL-FAQ-1.0', name: 'FAQ keyword matcher', version: '1.0', modelType: 'keyword-matcher',
    releasedOn: t.day(-1460), owner: 'PER-PLATFORM-ENG',
    description: 'Rule and keyword matcher behind the retired FAQ bot.',
  },
];

export const datasets: DatasetRecord[] = [
  {
    id: 'DS-CHAT-TRANSCRIPTS', name: 'Chat transcripts', personalData: true, languages: ['en', 'es', 'pl', 'pt'], retentionDays: 730,
    owner: 'PER-DATA-STEWARD',
    provenance: 'Exported nightly from the contact-centre platform after PII redaction; customers are told in the privacy notice that chats improve the service.',
    knownLimitations: 'Redaction misses some free-text addresses; under-represents customers who gave up before the first bot reply.',
    description: 'Bot and agent chat conversations with outcome and hand-off markers.',
  },
  {
    id: 'DS-CALL-RECORDINGS', name: 'Call recordings', personalData: true, languages: ['en', 'es', 'pl'], retentionDays: 180,
    owner: 'PER-DATA-STEWARD',
    provenance: 'Recorded by the voice platform with caller consent at the start of the call; stored in the EU region.',
    knownLimitations: 'Only calls where consent was given; noisy mobile calls are over-represented in the error sample.',
    description: 'Service-line audio with reference transcripts for a monthly sample.',
  },
  {
    id: 'DS-EMAIL-CORPUS', name: 'Customer email corpus', personalData: true, languages: ['en', 'es'], retentionDays: 365,
    owner: 'PER-DATA-STEWARD',
    provenance: 'Inbound service mailbox, de-duplicated, signatures and attachments removed, labelled by queue outcome.',
    knownLimitations: 'Queue outcome labels inherit historical mis-triage; few Polish or Portuguese emails.',
    description: 'Inbound customer emails with the queue that finally resolved them.',
  },
  {
    id: 'DS-LABELLED-INTENTS', name: 'Labelled intents', personalData: false, languages: ['en', 'es', 'pl', 'pt'], retentionDays: 1095,
    owner: 'PER-DATA-STEWARD', providedBy: 'VND-LABELWORKS',
    provenance: 'Sampled from redacted chat transcripts, double-labelled by the labelling vendor against our intent guide; disagreements settled by the data steward.',
    knownLimitations: 'Thin on newer product intents (eSIM transfer, satellite add-on); Portuguese has half the examples of English.',
    description: 'Customer utterances with one of 140 intent labels.',
  },
  {
    id: 'DS-SENTIMENT-MULTI', name: 'Multilingual sentiment set', personalData: false, languages: ['en', 'es', 'pl', 'pt', 'ar', 'tr'], retentionDays: 1095,
    owner: 'PER-DATA-STEWARD', providedBy: 'VND-LABELWORKS',
    provenance: 'Redacted chat and social turns, labelled by native-speaker annotators on a five-point scale.',
    knownLimitations: 'Arabic and Turkish have under 2,000 examples each; sarcasm and dialect are poorly covered.',
    description: 'Customer turns with sentiment labels in six languages.',
  },
  {
    id: 'DS-KB-ARTICLES', name: 'Knowledge base articles', personalData: false, languages: ['en', 'es', 'pl', 'pt'], retentionDays: 1825,
    owner: 'PER-CX-HEAD',
    provenance: 'Written and approved in-house by the knowledge team; each article has an owner and review date.',
    knownLimitations: 'Tariff pages lag price changes by up to a week; Polish and Portuguese translations lag English.',
    description: 'Help, tariff, refund and policy articles used for grounding replies.',
  },
  {
    // Bought for the social pilot; nobody in the AIMS has taken ownership (a deliberate gap).
    id: 'DS-SOCIAL-POSTS', name: 'Social media posts', personalData: true, languages: ['en', 'es', 'pt', 'ar'], retentionDays: 90,
    providedBy: 'VND-SOCIALPULSE',
    provenance: 'Public posts and mentions collected by the social listening tool under its terms; not labelled by us.',
    knownLimitations: 'Platform sampling is opaque; deleted posts may persist in the export.',
    description: 'Public posts mentioning the brand, with handles and engagement counts.',
  },
  {
    id: 'DS-CSAT-SURVEYS', name: 'CSAT survey responses', personalData: true, languages: ['en', 'es', 'pl', 'pt'], retentionDays: 730,
    owner: 'PER-QA-LEAD',
    provenance: 'Post-contact surveys sent by SMS and email; linked to the conversation id.',
    knownLimitations: 'About 9% response rate, skewed towards very satisfied and very dissatisfied customers.',
    description: 'Satisfaction scores and free-text comments after a contact.',
  },
  {
    id: 'DS-REDTEAM-PROMPTS', name: 'Red-team adversarial prompts', personalData: false, languages: ['en', 'es', 'pl'], retentionDays: 1825,
    owner: 'PER-SEC-LEAD',
    provenance: 'Written by the security team and external testers: injection, jailbreak, data-extraction and abusive-customer scenarios.',
    knownLimitations: 'Few voice-specific attacks; new attack styles appear faster than the set is updated.',
    description: 'Attack prompts with expected safe behaviour, run before every release.',
  },
  {
    id: 'DS-CONTACT-OUTCOMES', name: 'Contact routing outcomes', personalData: true, languages: ['en', 'es', 'pl', 'pt'], retentionDays: 365,
    owner: 'TEAM-DATA-PLATFORM',
    provenance: 'Joined from the routing log and case system: queue chosen, transfers, resolution and repeat contact within 7 days.',
    knownLimitations: 'Reflects historical routing choices, so rarely chosen queues have little outcome data.',
    description: 'One row per routed contact with pseudonymised customer features.',
  },
  {
    id: 'DS-PII-GOLD', name: 'PII gold set', personalData: false, languages: ['en', 'es', 'pl', 'pt'], retentionDays: 1825,
    owner: 'PER-DPO',
    provenance: 'Synthetic and consented transcripts hand-annotated for personal data spans by the privacy team.',
    knownLimitations: 'Synthetic addresses are tidier than real ones.',
    description: 'Reference annotations for measuring redaction recall and precision.',
  },
];

export const vendors = (t: Clock): VendorRecord[] => [
  {
    id: 'VND-NIMBUS', name: 'Nimbus AI', service: 'Hosted large language model API (EU region)', slaUptime: 99.9,
    slaResponseHours: 2, lastAssessedOn: t.day(-118), criticality: 'high', owner: 'PER-VENDOR-MGR',
  },
  {
    // Annual assessment overdue: last done more than a year ago.
    id: 'VND-VOCALIS', name: 'Vocalis', service: 'Cloud contact-centre voice platform, IVR and speech recognition', slaUptime: 99.95,
    slaResponseHours: 1, lastAssessedOn: t.day(-412), criticality: 'high', owner: 'PER-VENDOR-MGR',
  },
  {
    id: 'VND-STRATUS', name: 'Stratus Cloud', service: 'Cloud hosting for model serving and data platform', slaUptime: 99.99,
    slaResponseHours: 1, lastAssessedOn: t.day(-205), criticality: 'high', owner: 'PER-VENDOR-MGR',
  },
  {
    id: 'VND-LABELWORKS', name: 'LabelWorks', service: 'Data annotation with native-speaker labellers',
    slaResponseHours: 48, lastAssessedOn: t.day(-87), criticality: 'medium', owner: 'PER-VENDOR-MGR',
  },
  {
    id: 'VND-SOCIALPULSE', name: 'SocialPulse', service: 'Social listening and post export', slaUptime: 99.5,
    slaResponseHours: 24, lastAssessedOn: t.day(-300), criticality: 'low', owner: 'PER-VENDOR-MGR',
  },
];

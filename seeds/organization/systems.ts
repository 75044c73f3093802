import type { SystemRecord } from './types.js';

/**
 * Customer-facing channel systems sit on shared platform systems (channel `omnichannel`). The
 * dependency edges matter: controls implemented on a platform are inherited by every channel
 * that calls it, so SYS-WEBCHAT relies on evidence it does not hold itself.
 */
export const systems: SystemRecord[] = [
  // ── Channels ───────────────────────────────────────────────────────────────
  {
    id: 'SYS-WEBCHAT', name: 'Web Chat Assistant', kind: 'chatbot', channel: 'chat',
    lifecycleStage: 'production', riskTier: 'high', customerFacing: true, owner: 'PER-CX-HEAD',
    description: 'Answers plan, device and account questions on brightwater.example and in the app, and hands over to a human agent when unsure or when asked.',
    dependsOn: {
      'SYS-INTENT': 'understand what the customer is asking for',
      'SYS-RESPGEN': 'draft the reply text',
      'SYS-ROUTER': 'hand the conversation to the right human queue',
      'SYS-KNOWLEDGE': 'ground replies in approved help articles',
      'SYS-PII-REDACT': 'strip personal data before text leaves the chat platform',
    },
    uses: [{ dataset: 'DS-CHAT-TRANSCRIPTS', purpose: 'evaluation' }],
  },
  {
    id: 'SYS-BILLING-BOT', name: 'Billing Assistant', kind: 'chatbot', channel: 'chat',
    lifecycleStage: 'production', riskTier: 'high', customerFacing: true, owner: 'PER-CX-HEAD',
    description: 'Explains bills, charges and payment options to signed-in customers; refunds and credits above a fixed amount go to a human.',
    dependsOn: {
      'SYS-INTENT': 'recognise billing intents',
      'SYS-RESPGEN': 'draft explanations of charges',
      'SYS-KNOWLEDGE': 'look up tariff and refund rules',
      'SYS-PII-REDACT': 'mask account and card numbers in prompts',
    },
    uses: [{ dataset: 'DS-CHAT-TRANSCRIPTS', purpose: 'evaluation' }],
  },
  {
    id: 'SYS-VOICE-IVR', name: 'Conversational IVR', kind: 'voice-bot', channel: 'voice',
    lifecycleStage: 'production', riskTier: 'high', customerFacing: true, owner: 'PER-OPS-MGR',
    description: 'Greets callers on the service line, identifies the reason for the call in natural language and resolves simple requests or queues the caller.',
    dependsOn: {
      'SYS-STT': 'turn caller speech into text',
      'SYS-INTENT': 'classify the reason for calling',
      'SYS-ROUTER': 'choose the agent queue',
    },
    providedBy: 'VND-VOCALIS',
  },
  {
    id: 'SYS-AGENT-ASSIST', name: 'Agent Assist', kind: 'agent-assist', channel: 'voice',
    lifecycleStage: 'production', riskTier: 'medium', customerFacing: false, owner: 'PER-OPS-MGR',
    description: 'Suggests answers, next steps and knowledge articles to contact-centre agents during live calls; agents decide what to say.',
    dependsOn: {
      'SYS-RESPGEN': 'draft suggested replies',
      'SYS-KNOWLEDGE': 'surface relevant articles',
      'SYS-SENTIMENT': 'flag rising frustration to the agent',
      'SYS-STT': 'follow the call as text',
    },
  },
  {
    id: 'SYS-EMAIL-TRIAGE', name: 'Email Triage', kind: 'email-triage', channel: 'email',
    lifecycleStage: 'production', riskTier: 'medium', customerFacing: false, owner: 'PER-OPS-MGR',
    description: 'Reads inbound customer emails, tags topic and urgency and places them in the right back-office queue.',
    dependsOn: {
      'SYS-INTENT': 'tag the topic',
      'SYS-PII-REDACT': 'mask personal data before classification',
      'SYS-ROUTER': 'place the email in a queue',
    },
    runs: ['MDL-EMAIL-TRIAGE-2.3'],
    uses: [{ dataset: 'DS-EMAIL-CORPUS', purpose: 'training' }],
  },
  {
    // In validation: the pilot has no accountable owner yet (a deliberate gap).
    id: 'SYS-SOCIAL', name: 'Social Care Responder', kind: 'social-response', channel: 'social',
    lifecycleStage: 'validation', riskTier: 'medium', customerFacing: true,
    description: 'Picks up service complaints posted publicly on social networks and drafts replies for the social care team to approve.',
    dependsOn: {
      'SYS-SENTIMENT': 'prioritise angry or distressed posts',
      'SYS-RESPGEN': 'draft public replies',
      'SYS-TRANSLATE': 'handle posts outside the supported languages',
    },
    runs: ['MDL-SOCIAL-CLASSIFIER-0.9'],
    uses: [{ dataset: 'DS-SOCIAL-POSTS', purpose: 'inference' }],
  },
  {
    id: 'SYS-LEGACY-FAQ', name: 'Legacy FAQ Bot', kind: 'chatbot', channel: 'chat',
    lifecycleStage: 'retired', riskTier: 'low', customerFacing: true, owner: 'PER-PLATFORM-ENG',
    description: 'Keyword-matching FAQ bot replaced by the Web Chat Assistant; kept in the inventory until its logs pass their retention date.',
    runs: ['MDL-FAQ-1.0'],
  },

  // ── Shared platforms ───────────────────────────────────────────────────────
  {
    id: 'SYS-INTENT', name: 'Intent Classifier', kind: 'intent-classifier', channel: 'omnichannel',
    lifecycleStage: 'production', riskTier: 'high', customerFacing: false, owner: 'PER-ML-LEAD',
    description: 'Classifies customer messages and call transcripts into 140 service intents with a confidence score used for hand-off decisions.',
    runs: ['MDL-INTENT-3.2'],
    uses: [
      { dataset: 'DS-LABELLED-INTENTS', purpose: 'training' },
      { dataset: 'DS-CHAT-TRANSCRIPTS', purpose: 'evaluation' },
    ],
  },
  {
    id: 'SYS-SENTIMENT', name: 'Sentiment Analysis', kind: 'sentiment-analysis', channel: 'omnichannel',
    lifecycleStage: 'production', riskTier: 'medium', customerFacing: false, owner: 'PER-ML-LEAD',
    description: 'Scores customer sentiment per turn across chat, voice and social; feeds routing priority and the sentiment trend KPI.',
    dependsOn: { 'SYS-TRANSLATE': 'bring low-resource languages into a scored language' },
    runs: ['MDL-SENTIMENT-2.1'],
    uses: [
      { dataset: 'DS-SENTIMENT-MULTI', purpose: 'training' },
      { dataset: 'DS-CSAT-SURVEYS', purpose: 'evaluation' },
    ],
  },
  {
    id: 'SYS-ROUTER', name: 'Routing Engine', kind: 'routing-engine', channel: 'omnichannel',
    lifecycleStage: 'production', riskTier: 'high', customerFacing: false, owner: 'PER-PLATFORM-ENG',
    description: 'Chooses the human queue and priority for contacts the bots cannot finish, using intent, sentiment and customer value.',
    dependsOn: {
      'SYS-INTENT': 'know what the contact is about',
      'SYS-SENTIMENT': 'raise priority for distressed customers',
    },
    runs: ['MDL-ROUTER-1.4'],
    uses: [{ dataset: 'DS-CONTACT-OUTCOMES', purpose: 'training' }],
  },
  {
    id: 'SYS-RESPGEN', name: 'Response Generation Service', kind: 'response-generation', channel: 'omnichannel',
    lifecycleStage: 'production', riskTier: 'high', customerFacing: false, owner: 'PER-PLATFORM-ENG',
    description: 'Wraps the vendor LLM behind one internal API with prompt templates, guardrails and output filters for all channels.',
    dependsOn: {
      'SYS-KNOWLEDGE': 'retrieve passages that answers must be grounded in',
      'SYS-PII-REDACT': 'redact prompts before they reach the vendor',
    },
    runs: ['MDL-NIMBUS-LLM-2025.06'],
    uses: [{ dataset: 'DS-REDTEAM-PROMPTS', purpose: 'evaluation' }],
    providedBy: 'VND-NIMBUS',
  },
  {
    id: 'SYS-KNOWLEDGE', name: 'Knowledge Retrieval', kind: 'retrieval', channel: 'omnichannel',
    lifecycleStage: 'production', riskTier: 'medium', customerFacing: false, owner: 'PER-PLATFORM-ENG',
    description: 'Retrieval-augmented search over approved help, tariff and policy articles; returns passages with their article ids.',
    runs: ['MDL-EMBED-1.0'],
    uses: [{ dataset: 'DS-KB-ARTICLES', purpose: 'retrieval' }],
  },
  {
    id: 'SYS-PII-REDACT', name: 'PII Redaction', kind: 'redaction', channel: 'omnichannel',
    lifecycleStage: 'production', riskTier: 'high', customerFacing: false, owner: 'PER-DPO',
    description: 'Finds and masks names, addresses, account, card and phone numbers in text before it is stored for training or sent to third parties.',
    runs: ['MDL-PII-NER-2.0'],
    uses: [{ dataset: 'DS-PII-GOLD', purpose: 'evaluation' }],
  },
  {
    id: 'SYS-TRANSLATE', name: 'Machine Translation', kind: 'translation', channel: 'omnichannel',
    lifecycleStage: 'production', riskTier: 'low', customerFacing: false, owner: 'PER-ML-LEAD',
    description: 'Translates customer text between English, Spanish, Polish, Portuguese, Arabic and Turkish for analysis; never used for outbound replies.',
    runs: ['MDL-TRANSLATE-1.1'],
  },
  {
    id: 'SYS-STT', name: 'Speech-to-Text', kind: 'speech-to-text', channel: 'voice',
    lifecycleStage: 'production', riskTier: 'medium', customerFacing: false, owner: 'PER-OPS-MGR',
    description: 'Streams call audio to the voice platform and returns transcripts for the IVR, agent assist and quality scoring.',
    runs: ['MDL-ASR-VOCALIS-7'],
    uses: [{ dataset: 'DS-CALL-RECORDINGS', purpose: 'evaluation' }],
    providedBy: 'VND-VOCALIS',
  },
  {
    id: 'SYS-QA-SCORING', name: 'Conversation QA Scoring', kind: 'qa-scoring', channel: 'omnichannel',
    lifecycleStage: 'production', riskTier: 'low', customerFacing: false, owner: 'PER-QA-LEAD',
    description: 'Scores every bot and agent conversation against the quality scorecard and samples low scores for human review.',
    dependsOn: {
      'SYS-STT': 'read calls as transcripts',
      'SYS-SENTIMENT': 'weigh how the customer felt at the end',
    },
    runs: ['MDL-QA-SCORER-1.0'],
    uses: [{ dataset: 'DS-CSAT-SURVEYS', purpose: 'evaluation' }],
  },
];

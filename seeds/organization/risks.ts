import type { Clock } from './clock.js';
import type { IncidentRecord, RiskRecord } from './types.js';

/**
 * Risk register for customer-service AI. The organisation's appetite is 8 (residual
 * likelihood × impact). RSK-OPT-OUT is the one deliberate gap: residual 9 and no control mapped
 * to it, because opt-out handling was written as a policy but never tied to Annex A controls.
 */
export const risks: RiskRecord[] = [
  {
    id: 'RSK-MISROUTING', title: 'Contacts routed to the wrong queue', category: 'accuracy', owner: 'PER-OPS-MGR',
    description: 'A misread intent sends a customer to a queue that cannot help, adding transfers and repeat contacts; vulnerable customers wait longest.',
    likelihood: 4, impact: 3, residualLikelihood: 2, residualImpact: 3, treatment: 'mitigate',
    threatens: ['SYS-ROUTER', 'SYS-INTENT', 'SYS-EMAIL-TRIAGE'], arisesFrom: ['C.3.1'],
    mitigatedBy: ['A.6.2.4', 'A.6.2.6'],
  },
  {
    id: 'RSK-BILLING-ADVICE', title: 'Incorrect billing or refund advice', category: 'accuracy', owner: 'PER-CX-HEAD',
    description: 'The billing assistant states a charge, credit or refund entitlement that is wrong, leading to complaints, goodwill payments and regulator attention.',
    likelihood: 3, impact: 5, residualLikelihood: 2, residualImpact: 4, treatment: 'mitigate',
    threatens: ['SYS-BILLING-BOT', 'SYS-RESPGEN', 'DS-KB-ARTICLES'], arisesFrom: ['C.3.7', 'C.3.3'],
    mitigatedBy: ['A.6.2.4', 'A.6.2.6', 'A.9.4', 'A.6.2.2'],
  },
  {
    id: 'RSK-TONE', title: 'Inappropriate tone in replies', category: 'accuracy', owner: 'PER-QA-LEAD',
    description: 'Replies that sound flippant, cold or over-familiar, for example to a bereaved customer closing an account, damaging trust in the brand.',
    likelihood: 3, impact: 3, residualLikelihood: 2, residualImpact: 2, treatment: 'mitigate',
    threatens: ['SYS-WEBCHAT', 'SYS-RESPGEN', 'SYS-SOCIAL'], arisesFrom: ['C.3.4'],
    mitigatedBy: ['A.6.2.4', 'A.9.3', 'A.6.2.6'],
  },
  {
    id: 'RSK-LANGUAGE-BIAS', title: 'Worse service in some languages', category: 'fairness', owner: 'PER-ML-LEAD',
    description: 'Intent and sentiment models perform worse for Polish, Portuguese, Arabic and Turkish speakers, so those customers are misrouted or deprioritised more often.',
    likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4, treatment: 'mitigate',
    threatens: ['SYS-INTENT', 'SYS-SENTIMENT', 'DS-SENTIMENT-MULTI', 'DS-LABELLED-INTENTS'], arisesFrom: ['C.3.4'],
    mitigatedBy: ['A.5.4', 'A.7.4', 'A.7.2'],
  },
  {
    id: 'RSK-PII-LEAK', title: 'Leak of customer personal data', category: 'privacy', owner: 'PER-DPO',
    description: 'Personal data reaches the LLM vendor, a training set or another customer\'s conversation because redaction failed or a prompt extracted it.',
    likelihood: 3, impact: 5, residualLikelihood: 2, residualImpact: 4, treatment: 'mitigate',
    threatens: ['SYS-RESPGEN', 'SYS-PII-REDACT', 'DS-CHAT-TRANSCRIPTS', 'DS-CALL-RECORDINGS'], arisesFrom: ['C.3.4', 'C.3.6'],
    mitigatedBy: ['A.7.6', 'A.7.3', 'A.10.3', 'A.6.2.8'],
  },
  {
    id: 'RSK-DATA-DRIFT', title: 'Drift in customer language and topics', category: 'accuracy', owner: 'PER-ML-LEAD',
    description: 'New products, outages and slang shift what customers say, so intent and sentiment accuracy falls silently between retraining cycles.',
    likelihood: 4, impact: 3, residualLikelihood: 2, residualImpact: 3, treatment: 'mitigate',
    threatens: ['SYS-INTENT', 'SYS-SENTIMENT', 'DS-LABELLED-INTENTS'], arisesFrom: ['C.3.7', 'C.3.1'],
    mitigatedBy: ['A.6.2.6', 'A.7.4'],
  },
  {
    id: 'RSK-PROMPT-INJECTION', title: 'Prompt injection and jailbreaks', category: 'security', owner: 'PER-SEC-LEAD',
    description: 'A customer or a public post steers the LLM to ignore its instructions, promise credits, reveal prompts or produce abusive text.',
    likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4, treatment: 'mitigate',
    threatens: ['SYS-RESPGEN', 'SYS-WEBCHAT', 'SYS-SOCIAL'], arisesFrom: ['C.3.7'],
    mitigatedBy: ['A.6.2.4', 'A.6.2.5', 'A.6.2.8'],
  },
  {
    id: 'RSK-LLM-OUTAGE', title: 'LLM vendor outage', category: 'availability', owner: 'PER-VENDOR-MGR',
    description: 'The LLM API is unavailable or slow, the chat bots stop answering and human queues overflow.',
    likelihood: 3, impact: 4, residualLikelihood: 2, residualImpact: 3, treatment: 'mitigate',
    threatens: ['SYS-RESPGEN', 'SYS-WEBCHAT', 'SYS-BILLING-BOT'], arisesFrom: ['C.3.5', 'C.3.6'],
    mitigatedBy: ['A.10.3', 'A.4.5'],
  },
  {
    id: 'RSK-VOICE-OUTAGE', title: 'Voice platform outage', category: 'availability', owner: 'PER-VENDOR-MGR',
    description: 'The voice platform or its speech recognition fails, so callers cannot reach the IVR or agents lose transcripts.',
    likelihood: 2, impact: 5, residualLikelihood: 2, residualImpact: 4, treatment: 'transfer',
    threatens: ['SYS-VOICE-IVR', 'SYS-STT'], arisesFrom: ['C.3.5'],
    mitigatedBy: ['A.10.3', 'A.10.2'],
  },
  {
    id: 'RSK-HALLUCINATION', title: 'Invented answers from the knowledge assistant', category: 'accuracy', owner: 'PER-PLATFORM-ENG',
    description: 'The LLM answers with plausible policies, prices or steps that are in no approved article, or cites an outdated one.',
    likelihood: 4, impact: 4, residualLikelihood: 2, residualImpact: 4, treatment: 'mitigate',
    threatens: ['SYS-RESPGEN', 'SYS-KNOWLEDGE', 'SYS-WEBCHAT', 'DS-KB-ARTICLES'], arisesFrom: ['C.3.7', 'C.3.2'],
    mitigatedBy: ['A.6.2.4', 'A.7.4', 'A.6.2.6'],
  },
  {
    id: 'RSK-OPT-OUT', title: 'Customer opt-out from AI not honoured', category: 'autonomy', owner: 'PER-CX-HEAD',
    description: 'A customer who asked to be served by people still meets the IVR or an automated email reply because the opt-out flag is only checked on web chat.',
    likelihood: 3, impact: 4, residualLikelihood: 3, residualImpact: 3, treatment: 'mitigate',
    threatens: ['SYS-VOICE-IVR', 'SYS-EMAIL-TRIAGE', 'SYS-WEBCHAT'], arisesFrom: ['C.3.6', 'C.3.3'],
    mitigatedBy: [],
  },
  {
    id: 'RSK-NO-DISCLOSURE', title: 'Customers not told they are talking to AI', category: 'transparency', owner: 'PER-LEGAL',
    description: 'A bot or an AI-drafted social reply is not identified as AI, breaching our disclosure standard and transparency obligations.',
    likelihood: 2, impact: 4, residualLikelihood: 1, residualImpact: 4, treatment: 'mitigate',
    threatens: ['SYS-WEBCHAT', 'SYS-VOICE-IVR', 'SYS-SOCIAL'], arisesFrom: ['C.3.2'],
    mitigatedBy: ['A.8.2', 'A.9.4'],
  },
  {
    id: 'RSK-HANDOFF-FAILURE', title: 'Failed hand-off to a human', category: 'autonomy', owner: 'PER-OPS-MGR',
    description: 'The bot keeps a customer in a loop, drops context on transfer, or the transfer lands in a closed queue, when confidence is low or the customer asks for a person.',
    likelihood: 3, impact: 4, residualLikelihood: 2, residualImpact: 4, treatment: 'mitigate',
    threatens: ['SYS-WEBCHAT', 'SYS-VOICE-IVR', 'SYS-ROUTER'], arisesFrom: ['C.3.3'],
    mitigatedBy: ['A.9.2', 'A.6.2.6', 'A.6.2.2'],
  },
];

export const incidents = (t: Clock): IncidentRecord[] => [
  {
    id: 'INC-0141', title: 'Billing assistant promised automatic roaming refunds', severity: 'SEV1', occurredAt: t.at(-74, '07:42'),
    respondedAt: t.at(-71, '10:20'), resolvedAt: t.at(-71, '13:05'), status: 'closed', rootCause: 'data', customersAffected: 1840, owner: 'PER-CX-HEAD',
    summary: 'For three days the billing assistant told customers that roaming overcharges would be credited automatically within 48 hours. The retrieved article described a withdrawn goodwill scheme. Customers were contacted and credited; refund answers now require a human.',
    affected: ['SYS-BILLING-BOT', 'SYS-RESPGEN', 'SYS-KNOWLEDGE'], materialised: ['RSK-BILLING-ADVICE', 'RSK-HALLUCINATION'],
    // Detected only when agents' flags and complaints piled up: both deadlines of the SEV1 protocol were missed.
    failed: ['A.7.4', 'A.6.2.6'],
  },
  {
    id: 'INC-0157', title: 'LLM API outage stopped chat bots', severity: 'SEV2', occurredAt: t.at(-31, '13:05'),
    respondedAt: t.at(-31, '13:21'), resolvedAt: t.at(-31, '16:15'), status: 'mitigated', rootCause: 'vendor', customersAffected: 9200, owner: 'PER-VENDOR-MGR',
    summary: 'The LLM vendor\'s EU region failed for 3 hours 10 minutes. Bots fell back to a hand-off message, but chat queues overflowed and some transfers timed out. Service credits claimed; a second-region fallback is being tested.',
    affected: ['SYS-RESPGEN', 'SYS-WEBCHAT', 'SYS-BILLING-BOT', 'SYS-AGENT-ASSIST'], materialised: ['RSK-LLM-OUTAGE', 'RSK-HANDOFF-FAILURE'],
  },
  {
    id: 'INC-0163', title: 'Upbeat reply to a bereavement account closure', severity: 'SEV3', occurredAt: t.at(-8, '16:20'),
    respondedAt: t.at(-7, '09:10'), status: 'open', rootCause: 'model-error', customersAffected: 1, owner: 'PER-QA-LEAD',
    summary: 'The web chat assistant answered a request to close a deceased parent\'s account with a cheerful retention offer. The family complained on social media.',
    affected: ['SYS-WEBCHAT', 'SYS-RESPGEN'], materialised: ['RSK-TONE'],
  },
];

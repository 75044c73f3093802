import type { Clock } from './clock.js';
import type { ImpactAssessmentRecord } from './governanceTypes.js';

/**
 * AI system impact assessments (clause 6.1.4, A.5). Web chat and billing are current (billing was
 * reassessed after INC-0141), as are the platforms; the conversational IVR's is past its annual
 * review, like the rest of the voice channel's paperwork; sentiment's is a draft, waiting for
 * Arabic and Turkish results. Email triage, in production and reading vulnerability cues, has
 * none: a gap the management review asked to close. The social responder, customer-facing but
 * still in validation, is to be assessed before go-live (A.5.4 planned).
 */
export const impactAssessments = (t: Clock): ImpactAssessmentRecord[] => [
  {
    id: 'IA-WEBCHAT', title: 'Web Chat Assistant impact assessment', assesses: 'SYS-WEBCHAT', owner: 'PER-DPO',
    assessedOn: t.day(-70), reviewIntervalDays: 365, status: 'approved', brandRisk: 'high', overallImpact: 'medium',
    individuals: 'A wrong answer about a plan or device costs a customer time or money; a customer in distress (bereavement, debt, a stolen phone) may be kept in the bot too long. Mitigated by the always-visible "talk to a person" button and hand-off below confidence 0.60.',
    groups: 'Polish and Portuguese speakers get lower intent accuracy and are handed over more often, so they wait longer. Screen-reader users were tested on the widget; customers with low literacy or dyslexia struggle with long answers, so replies are capped at three short paragraphs.',
    society: 'Moves routine service from people to automation; agents are redeployed to complex and vulnerable-customer queues rather than cut. No effect on access to the network itself.',
  },
  {
    id: 'IA-BILLING-BOT', title: 'Billing Assistant impact reassessment after INC-0141', assesses: 'SYS-BILLING-BOT', owner: 'PER-DPO',
    assessedOn: t.day(-45), reviewIntervalDays: 365, status: 'approved', brandRisk: 'high', overallImpact: 'high',
    individuals: 'Wrong statements about charges, refunds or credits cause direct financial harm and lost trust; INC-0141 reached 1,840 customers. Customers in financial difficulty may act on a promised refund. Refund and credit questions now go to an agent.',
    groups: 'Customers on prepaid plans and older customers rely on the assistant more than the app; Spanish and Portuguese tariff articles lag the English ones by up to a week, so those customers are likelier to hear outdated prices.',
    society: 'Public complaints about automated billing advice draw regulator attention to the whole sector\'s use of AI for billing.',
  },
  {
    id: 'IA-VOICE-IVR', title: 'Conversational IVR impact assessment', assesses: 'SYS-VOICE-IVR', owner: 'PER-OPS-MGR',
    assessedOn: t.day(-410), reviewIntervalDays: 365, status: 'approved', brandRisk: 'medium', overallImpact: 'high',
    individuals: 'Callers who are misheard loop through the menu or reach the wrong queue; callers who opted out of AI service still hear the voice bot because the opt-out is not checked on voice.',
    groups: 'Speech recognition is weaker for strong regional accents, speech impairments and noisy mobile calls; deaf and hard-of-hearing customers depend on the text relay line, which bypasses the bot. Older callers press zero more often and wait longer.',
    society: 'Phone is the channel of last resort for customers without internet access; a poor voice bot widens the digital divide.',
  },
  {
    id: 'IA-ROUTER', title: 'Routing Engine impact assessment', assesses: 'SYS-ROUTER', owner: 'PER-RISK-MGR',
    assessedOn: t.day(-150), reviewIntervalDays: 365, status: 'approved', brandRisk: 'medium', overallImpact: 'medium',
    individuals: 'A contact sent to the wrong queue means transfers and repeat contacts; customers flagged as distressed are prioritised, which must not turn into deprioritising calm ones indefinitely.',
    groups: 'Customer value is one routing feature: checked that it does not push low-spend, prepaid or older customers behind others; service faults and vulnerable-customer requests bypass it. Waits are compared by language every month.',
    society: 'No material societal impact beyond the fairness of service access covered above.',
  },
  // Platform systems: assessed for what they do to customers through every channel that calls them.
  {
    id: 'IA-INTENT', title: 'Intent Classifier impact assessment for release 3.2', assesses: 'SYS-INTENT', owner: 'PER-ML-LEAD',
    assessedOn: t.day(-90), reviewIntervalDays: 365, status: 'approved', brandRisk: 'low', overallImpact: 'medium',
    individuals: 'A misread intent means a wrong answer or queue; low confidence hands the customer to a person, so the harm is delay rather than a decision.',
    groups: 'Accuracy per language is the equity measure: Portuguese trails English by six points and Polish by four; customers who write informally or in two languages at once are misread more often.',
    society: 'None beyond equal service across languages.',
  },
  {
    id: 'IA-RESPGEN', title: 'Response Generation Service impact assessment for Nimbus Converse 2025.06', assesses: 'SYS-RESPGEN', owner: 'PER-PLATFORM-ENG',
    assessedOn: t.day(-105), reviewIntervalDays: 365, status: 'approved', brandRisk: 'high', overallImpact: 'high',
    individuals: 'Generated text reaches customers through chat and billing: invented policies, wrong prices or an unkind tone harm the customer directly. Prompts are redacted before they reach the vendor.',
    groups: 'Replies in Polish and Portuguese are less fluent and more formal; plain-language style is enforced for every language to help customers with low literacy or cognitive impairments.',
    society: 'Depends on one foreign LLM vendor for customer communication; exit plan and EU hosting in the contract.',
  },
  {
    id: 'IA-AGENT-ASSIST', title: 'Agent Assist impact assessment', assesses: 'SYS-AGENT-ASSIST', owner: 'PER-OPS-MGR',
    assessedOn: t.day(-200), reviewIntervalDays: 365, status: 'approved', brandRisk: 'low', overallImpact: 'low',
    individuals: 'Customers meet only what the agent chooses to say; the risk is an agent trusting a wrong suggestion, covered by QA sampling.',
    groups: 'Agents new to the role accept suggestions more often; frustration flags are less reliable for callers with strong accents.',
    society: 'Changes agents\' work: suggestions must not become scripts that are monitored for speed.',
  },
  {
    id: 'IA-KNOWLEDGE', title: 'Knowledge Retrieval impact assessment', assesses: 'SYS-KNOWLEDGE', owner: 'PER-PLATFORM-ENG',
    assessedOn: t.day(-230), reviewIntervalDays: 365, status: 'approved', brandRisk: 'medium', overallImpact: 'medium',
    individuals: 'An outdated or withdrawn article retrieved for a reply misleads the customer; articles carry owners and review dates.',
    groups: 'Translations lag English, so Spanish, Polish and Portuguese speakers are likelier to be grounded in old content.',
    society: 'None identified.',
  },
  {
    id: 'IA-PII-REDACT', title: 'PII Redaction impact assessment', assesses: 'SYS-PII-REDACT', owner: 'PER-DPO',
    assessedOn: t.day(-175), reviewIntervalDays: 365, status: 'approved', brandRisk: 'high', overallImpact: 'medium',
    individuals: 'A missed name, address or card number reaches the LLM vendor or a training set; recall is measured monthly on the gold set.',
    groups: 'Names and addresses outside the common European formats, such as transliterated Arabic or Turkish names, are missed more often, so those customers carry more privacy risk.',
    society: 'Protects customers\' data; no negative societal effect identified.',
  },
  {
    id: 'IA-STT', title: 'Speech-to-Text impact assessment', assesses: 'SYS-STT', owner: 'PER-OPS-MGR',
    assessedOn: t.day(-215), reviewIntervalDays: 365, status: 'approved', brandRisk: 'low', overallImpact: 'medium',
    individuals: 'Transcription errors mislead the IVR, agent assist and QA scoring, so a caller may be misrouted or an agent wrongly marked down.',
    groups: 'Word error rate is higher for regional accents, non-native speakers and people with speech impairments; measured monthly on the call sample.',
    society: 'None beyond the voice channel\'s role for customers without internet access.',
  },
  {
    id: 'IA-QA-SCORING', title: 'Conversation QA Scoring impact assessment', assesses: 'SYS-QA-SCORING', owner: 'PER-QA-LEAD',
    assessedOn: t.day(-160), reviewIntervalDays: 365, status: 'approved', brandRisk: 'low', overallImpact: 'medium',
    individuals: 'Scores bear on agents\' coaching and reviews: no score is used in a performance decision without a human review of the conversation.',
    groups: 'Agents who serve Polish and Portuguese customers are scored on translated text; their scores are sampled twice as often.',
    society: 'Workplace monitoring: agents are told what is scored and may contest a score.',
  },
  {
    id: 'IA-TRANSLATE', title: 'Machine Translation impact assessment', assesses: 'SYS-TRANSLATE', owner: 'PER-ML-LEAD',
    assessedOn: t.day(-300), reviewIntervalDays: 730, status: 'approved', brandRisk: 'low', overallImpact: 'low',
    individuals: 'Used for analysis only, never for replies; a poor translation can lower a sentiment score and so a routing priority.',
    groups: 'Arabic and Turkish speakers depend on it most; their sentiment is read through translation.',
    society: 'None identified.',
  },
  {
    id: 'IA-SENTIMENT', title: 'Sentiment Analysis impact assessment, per language', assesses: 'SYS-SENTIMENT', owner: 'PER-ML-LEAD',
    assessedOn: t.day(-50), reviewIntervalDays: 180, status: 'draft', brandRisk: 'low', overallImpact: 'medium',
    individuals: 'Sentiment raises routing priority and flags frustration to agents; an angry customer scored as calm waits longer.',
    groups: 'Assessed for English, Spanish, Polish and Portuguese. Arabic and Turkish have too few labelled examples to measure error rates; 2.0 over-scored negative sentiment in Arabic, so they stay unassessed until the set grows.',
    society: 'None identified beyond customer equity across languages.',
  },
];

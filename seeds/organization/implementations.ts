import type { Clock } from './clock.js';
import type { ImplementationRecord } from './types.js';

const ORG = 'ORG-BRIGHTWATER';

/** Id of the implementation of `control` on `scope`, e.g. `IMP-A.6.2.4-SYS-INTENT`. */
export const implementationId = (control: string, scope: string): string => `IMP-${control}-${scope}`;

/**
 * Statement of applicability, control by control. Several controls are met only on the shared
 * platforms (A.6.2.4 on SYS-INTENT and SYS-RESPGEN, A.6.2.8 on SYS-RESPGEN, A.7.4 on the
 * labelled intents, A.10.3 on the LLM vendor): SYS-WEBCHAT has no implementation of its own and
 * inherits them through DEPENDS_ON.
 */
export const implementations = (t: Clock): ImplementationRecord[] => [
  // A.2 Policies related to AI
  { control: 'A.2.2', scope: ORG, status: 'implemented', owner: 'PER-GOV-LEAD', updatedOn: t.day(-196), description: 'AI Policy 2.1 approved by the board and published on the intranet.' },
  { control: 'A.2.3', scope: ORG, status: 'implemented', owner: 'PER-LEGAL', updatedOn: t.day(-196), description: 'Cross-reference table between the AI policy and the security, privacy, complaints and procurement policies, checked at each review.' },
  { control: 'A.2.4', scope: ORG, status: 'implemented', owner: 'PER-GOV-LEAD', updatedOn: t.day(-196), description: 'Annual policy review by the committee, plus ad hoc review after any SEV1 incident.' },

  // A.3 Internal organisation
  { control: 'A.3.2', scope: ORG, status: 'implemented', owner: 'PER-GOV-LEAD', updatedOn: t.day(-150), description: 'RACI for every AI system and platform, including the committee mandate and system owners.' },
  { control: 'A.3.3', scope: ORG, status: 'implemented', owner: 'PER-LEGAL', updatedOn: t.day(-75), description: 'Speak-up channel extended to AI concerns; agents can flag a bad bot answer from the desktop in one click.' },

  // A.4 Resources for AI systems
  { control: 'A.4.2', scope: ORG, status: 'partial', owner: 'PER-ML-LEAD', updatedOn: t.day(-40), description: 'Resource register complete for platform systems; channel systems other than web chat still to be documented.' },
  { control: 'A.4.2', scope: 'SYS-WEBCHAT', status: 'implemented', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-60), description: 'Components, models, data, compute and people behind web chat recorded in the resource register.' },
  { control: 'A.4.3', scope: ORG, status: 'implemented', owner: 'PER-DATA-STEWARD', updatedOn: t.day(-90), description: 'Data catalogue entry for each AI dataset with owner, retention and personal-data flag.' },
  { control: 'A.4.4', scope: ORG, status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-120), description: 'Inventory of ML tooling (training platform, labelling tool, evaluation harness, prompt registry) with versions.' },
  { control: 'A.4.5', scope: 'VND-STRATUS', status: 'implemented', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-100), description: 'Capacity plan and disaster-recovery runbook for model serving, restored in a test twice a year.' },
  { control: 'A.4.5', scope: 'SYS-RESPGEN', status: 'partial', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-20), description: 'Second-region LLM fallback under test after the vendor outage; timeouts and fallback message already live.' },
  { control: 'A.4.6', scope: ORG, status: 'partial', owner: 'PER-OPS-MGR', updatedOn: t.day(-30), description: 'Competence matrix for AI supervisors; 70% of agents have finished the AI supervision course.' },

  // A.5 Assessing impacts of AI systems
  { control: 'A.5.2', scope: ORG, status: 'implemented', owner: 'PER-RISK-MGR', updatedOn: t.day(-180), description: 'Impact assessment procedure triggered at design, before go-live and on material change.' },
  { control: 'A.5.3', scope: ORG, status: 'implemented', owner: 'PER-RISK-MGR', updatedOn: t.day(-180), description: 'Assessments kept in the GRC tool with version history and committee decision.' },
  { control: 'A.5.4', scope: 'SYS-WEBCHAT', status: 'implemented', owner: 'PER-DPO', updatedOn: t.day(-70), description: 'Impact assessment covering vulnerable customers, accessibility and language groups.' },
  { control: 'A.5.4', scope: 'SYS-BILLING-BOT', status: 'implemented', owner: 'PER-DPO', updatedOn: t.day(-45), description: 'Reassessed after INC-0141 for financial harm from wrong refund advice.' },
  { control: 'A.5.4', scope: 'SYS-SENTIMENT', status: 'partial', owner: 'PER-ML-LEAD', updatedOn: t.day(-50), description: 'Per-language impact assessed for four of six languages; Arabic and Turkish pending more data.' },
  { control: 'A.5.4', scope: 'SYS-SOCIAL', status: 'planned', owner: 'PER-DPO', updatedOn: t.day(-15), description: 'Assessment of public replies on individuals scheduled before the pilot goes live.' },
  { control: 'A.5.5', scope: ORG, status: 'partial', owner: 'PER-CX-HEAD', updatedOn: t.day(-110), description: 'Digital-exclusion review for older and offline customers done; wider labour-market impact not yet assessed.' },

  // A.6 AI system life cycle
  { control: 'A.6.1.2', scope: ORG, status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-160), description: 'Responsible-development objectives (accuracy per language, safe hand-off, privacy by design) in every project charter.' },
  { control: 'A.6.1.3', scope: ORG, status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-110), description: 'Stage gates from design to retirement defined in the model change procedure.' },
  { control: 'A.6.2.2', scope: 'SYS-WEBCHAT', status: 'implemented', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-60), description: 'Specification with intended intents, hand-off rules, latency and disclosure requirements.' },
  { control: 'A.6.2.2', scope: 'SYS-SOCIAL', status: 'partial', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-18), description: 'Draft specification; approval rules for public replies still open.' },
  { control: 'A.6.2.3', scope: 'SYS-INTENT', status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-64), description: 'Design record for 3.2: architecture, label set changes and training choices.' },
  { control: 'A.6.2.3', scope: 'SYS-WEBCHAT', status: 'partial', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-60), description: 'Dialogue flows documented; prompt template history not yet linked to releases.' },
  { control: 'A.6.2.4', scope: 'SYS-INTENT', status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-64), description: 'Held-out test per language and intent family, confidence calibration check, sign-off before release.' },
  { control: 'A.6.2.4', scope: 'SYS-RESPGEN', status: 'implemented', owner: 'PER-SEC-LEAD', updatedOn: t.day(-35), description: 'Quarterly red-team run of the adversarial prompt set and groundedness evaluation.' },
  { control: 'A.6.2.4', scope: 'MDL-NIMBUS-LLM-2025.06', status: 'implemented', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-98), description: 'Regression suite run before switching vendor model versions.' },
  { control: 'A.6.2.4', scope: 'SYS-BILLING-BOT', status: 'implemented', owner: 'PER-QA-LEAD', updatedOn: t.day(-45), description: 'Billing scenario test pack of 600 cases, extended with refund cases after INC-0141.' },
  { control: 'A.6.2.4', scope: 'SYS-PII-REDACT', status: 'implemented', owner: 'PER-DPO', updatedOn: t.day(-175), description: 'Recall and precision measured on the PII gold set per release and monthly.' },
  { control: 'A.6.2.4', scope: 'SYS-SOCIAL', status: 'partial', owner: 'PER-QA-LEAD', updatedOn: t.day(-12), description: 'Pilot validation under way; sarcasm and multi-post threads not yet tested.' },
  { control: 'A.6.2.5', scope: ORG, status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-110), description: 'Deployment checklist with shadow mode, canary and rollback plan for every model release.' },
  { control: 'A.6.2.5', scope: 'SYS-INTENT', status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-64), description: 'Shadow-mode comparison of 3.2 against 3.1 for two weeks before cut-over.' },
  {
    control: 'A.6.2.5', scope: 'SYS-LEGACY-FAQ', status: 'excluded', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-300),
    description: 'No further deployments.',
    justification: 'The FAQ bot was retired and its hosting removed; no deployment can take place, and its remaining logs are covered by the retention standard until deletion.',
  },
  { control: 'A.6.2.6', scope: 'SYS-WEBCHAT', status: 'implemented', owner: 'PER-OPS-MGR', updatedOn: t.day(-30), description: 'Live dashboard for containment, escalation and fallback rates with on-call alerts.' },
  { control: 'A.6.2.6', scope: 'SYS-ROUTER', status: 'implemented', owner: 'PER-OPS-MGR', updatedOn: t.day(-55), description: 'Transfer and repeat-contact rates monitored per queue with control limits.' },
  { control: 'A.6.2.6', scope: 'SYS-SENTIMENT', status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-80), description: 'Weekly drift check of input language mix and score distribution per language.' },
  { control: 'A.6.2.6', scope: 'SYS-VOICE-IVR', status: 'partial', owner: 'PER-OPS-MGR', updatedOn: t.day(-140), description: 'Vendor dashboard only; no Brightwater alerting on containment or misrecognition yet.' },
  { control: 'A.6.2.7', scope: 'SYS-INTENT', status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-64), description: 'Technical file with interfaces, label guide, limits and operating instructions.' },
  { control: 'A.6.2.7', scope: 'MDL-INTENT-3.2', status: 'implemented', owner: 'PER-ML-LEAD', updatedOn: t.day(-64), description: 'Model card with per-language metrics and known failure modes.' },
  { control: 'A.6.2.7', scope: 'SYS-RESPGEN', status: 'partial', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-98), description: 'Our wrapper is documented; the vendor shares only a summary model card.' },
  // Deliberately left with only stale evidence; SYS-WEBCHAT inherits it through SYS-RESPGEN.
  { control: 'A.6.2.8', scope: 'SYS-RESPGEN', status: 'implemented', owner: 'PER-SEC-LEAD', updatedOn: t.day(-260), description: 'Prompts, retrieved passages, outputs and guardrail decisions logged with conversation id for 180 days.' },
  { control: 'A.6.2.8', scope: 'SYS-BILLING-BOT', status: 'implemented', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-45), description: 'Every billing answer logged with the articles and account fields it used.' },
  { control: 'A.6.2.8', scope: 'SYS-VOICE-IVR', status: 'planned', owner: 'PER-OPS-MGR', updatedOn: t.day(-25), description: 'Export of IVR decision logs from the vendor into our log store planned for next quarter.' },

  // A.7 Data for AI systems
  { control: 'A.7.2', scope: ORG, status: 'implemented', owner: 'PER-DATA-STEWARD', updatedOn: t.day(-230), description: 'Data management process for training and evaluation data in the retention standard.' },
  {
    control: 'A.7.2', scope: 'SYS-RESPGEN', status: 'excluded', owner: 'PER-PLATFORM-ENG', updatedOn: t.day(-98),
    description: 'No development data.',
    justification: 'The response service uses the vendor model without fine-tuning and sends no Brightwater data for training (contract clause 7.3); there is no development or enhancement data to manage. Vendor data practices are covered under A.10.3.',
  },
  { control: 'A.7.3', scope: ORG, status: 'implemented', owner: 'PER-DPO', updatedOn: t.day(-230), description: 'DPO review of lawful basis and licence before any data is acquired for AI use.' },
  { control: 'A.7.3', scope: 'DS-SOCIAL-POSTS', status: 'partial', owner: 'PER-DPO', updatedOn: t.day(-21), description: 'Licence checked; lawful-basis assessment for storing handles not finished.' },
  {
    control: 'A.7.3', scope: 'DS-KB-ARTICLES', status: 'excluded', owner: 'PER-CX-HEAD', updatedOn: t.day(-200),
    description: 'Not acquired.',
    justification: 'Every knowledge article is written and approved in-house by the knowledge team; nothing is acquired from outside, so there is no acquisition to control.',
  },
  { control: 'A.7.4', scope: 'DS-LABELLED-INTENTS', status: 'implemented', owner: 'PER-DATA-STEWARD', updatedOn: t.day(-70), description: 'Inter-annotator agreement, class balance per language and a 2% audit sample each labelling batch.' },
  { control: 'A.7.4', scope: 'DS-SENTIMENT-MULTI', status: 'partial', owner: 'PER-DATA-STEWARD', updatedOn: t.day(-50), description: 'Quality checks in place; Arabic and Turkish fall short of the minimum sample size.' },
  { control: 'A.7.4', scope: 'DS-KB-ARTICLES', status: 'implemented', owner: 'PER-CX-HEAD', updatedOn: t.day(-40), description: 'Article owners re-approve tariff and refund articles within 2 days of a price or policy change.' },
  // Deliberately left with only stale evidence: the lineage report was not refreshed.
  { control: 'A.7.5', scope: 'DS-CHAT-TRANSCRIPTS', status: 'implemented', owner: 'PER-DATA-STEWARD', updatedOn: t.day(-300), description: 'Lineage from contact-centre export through redaction to the training store.' },
  { control: 'A.7.5', scope: 'DS-LABELLED-INTENTS', status: 'implemented', owner: 'PER-DATA-STEWARD', updatedOn: t.day(-70), description: 'Each batch records source sample, labelling guide version and labeller pool.' },
  { control: 'A.7.5', scope: 'DS-SOCIAL-POSTS', status: 'not-started', owner: 'PER-DATA-STEWARD', updatedOn: t.day(-21), description: 'No provenance record yet for the social export.' },
  { control: 'A.7.6', scope: 'SYS-PII-REDACT', status: 'implemented', owner: 'PER-DPO', updatedOn: t.day(-175), description: 'Redaction, normalisation and de-duplication applied before any text enters training data.' },
  { control: 'A.7.6', scope: 'DS-CALL-RECORDINGS', status: 'partial', owner: 'PER-DATA-STEWARD', updatedOn: t.day(-95), description: 'Audio redaction of spoken card numbers works for English only.' },

  // A.8 Information for interested parties
  { control: 'A.8.2', scope: 'SYS-WEBCHAT', status: 'implemented', owner: 'PER-LEGAL', updatedOn: t.day(-140), description: 'AI disclosure in the first message, "talk to a person" button always visible, help page on how the assistant works.' },
  { control: 'A.8.2', scope: 'SYS-VOICE-IVR', status: 'implemented', owner: 'PER-OPS-MGR', updatedOn: t.day(-140), description: 'Spoken disclosure in the greeting and "say agent at any time" prompt.' },
  { control: 'A.8.2', scope: 'SYS-SOCIAL', status: 'planned', owner: 'PER-LEGAL', updatedOn: t.day(-18), description: 'Disclosure wording for AI-drafted public replies to be agreed before go-live.' },
  { control: 'A.8.3', scope: ORG, status: 'implemented', owner: 'PER-LEGAL', updatedOn: t.day(-75), description: 'Customers and advocacy groups can report harm from AI through the complaints process, tagged for AIMS review.' },
  { control: 'A.8.4', scope: ORG, status: 'implemented', owner: 'PER-OPS-MGR', updatedOn: t.day(-75), description: 'Incident communication templates and timelines for customers, regulator and partners.' },
  { control: 'A.8.5', scope: ORG, status: 'partial', owner: 'PER-LEGAL', updatedOn: t.day(-130), description: 'Public AI transparency page live; annual report section on AI not yet written.' },

  // A.9 Use of AI systems
  { control: 'A.9.2', scope: ORG, status: 'implemented', owner: 'PER-GOV-LEAD', updatedOn: t.day(-140), description: 'Responsible-use standard with human oversight rules and hand-off thresholds.' },
  { control: 'A.9.2', scope: 'SYS-AGENT-ASSIST', status: 'implemented', owner: 'PER-OPS-MGR', updatedOn: t.day(-90), description: 'Agents must read and adapt suggestions; suggestion acceptance is sampled by QA.' },
  { control: 'A.9.3', scope: ORG, status: 'implemented', owner: 'PER-GOV-LEAD', updatedOn: t.day(-196), description: 'Use objectives (resolution, fairness across languages, no dark patterns in retention) set yearly.' },
  { control: 'A.9.4', scope: 'SYS-WEBCHAT', status: 'implemented', owner: 'PER-CX-HEAD', updatedOn: t.day(-60), description: 'Intended-use statement: service questions only, no contract changes or credit decisions.' },
  { control: 'A.9.4', scope: 'SYS-BILLING-BOT', status: 'partial', owner: 'PER-CX-HEAD', updatedOn: t.day(-45), description: 'Scope narrowed after INC-0141; guardrail blocking refund promises still being tuned.' },
  { control: 'A.9.4', scope: 'SYS-AGENT-ASSIST', status: 'implemented', owner: 'PER-OPS-MGR', updatedOn: t.day(-90), description: 'Suggestions only; never sent to customers without an agent.' },

  // A.10 Third-party and customer relationships
  { control: 'A.10.2', scope: ORG, status: 'implemented', owner: 'PER-VENDOR-MGR', updatedOn: t.day(-150), description: 'Responsibility split between Brightwater and each AI supplier recorded in contracts.' },
  { control: 'A.10.2', scope: 'VND-VOCALIS', status: 'partial', owner: 'PER-VENDOR-MGR', updatedOn: t.day(-412), description: 'Responsibilities for speech model updates not yet written into the contract.' },
  { control: 'A.10.3', scope: 'VND-NIMBUS', status: 'implemented', owner: 'PER-VENDOR-MGR', updatedOn: t.day(-118), description: 'Annual AI supplier assessment: data use, model change notice, EU hosting, SLA and exit plan.' },
  { control: 'A.10.3', scope: 'VND-VOCALIS', status: 'partial', owner: 'PER-VENDOR-MGR', updatedOn: t.day(-412), description: 'Assessment overdue; SLA reports still received monthly.' },
  { control: 'A.10.3', scope: 'VND-LABELWORKS', status: 'implemented', owner: 'PER-VENDOR-MGR', updatedOn: t.day(-87), description: 'Labeller vetting, confidentiality and quality terms assessed.' },
  { control: 'A.10.3', scope: 'VND-STRATUS', status: 'implemented', owner: 'PER-VENDOR-MGR', updatedOn: t.day(-205), description: 'Cloud provider assessed against the AI supplier checklist and security baseline.' },
  { control: 'A.10.3', scope: 'VND-SOCIALPULSE', status: 'not-started', owner: 'PER-VENDOR-MGR', updatedOn: t.day(-21), description: 'Supplier assessment not started for the social pilot.' },
  { control: 'A.10.4', scope: ORG, status: 'partial', owner: 'PER-CX-HEAD', updatedOn: t.day(-58), description: 'Customer expectations gathered through surveys and the opt-out policy; opt-out not yet enforced on voice and email.' },
];

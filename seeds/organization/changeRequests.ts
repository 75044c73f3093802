import { approvalsRequired, highestTier, type Tier } from '../../graph/workflows/approvalPolicy.js';
import type { Clock } from './clock.js';
import { datasets, models } from './data.js';
import type { ChangeRequestRecord } from './governanceTypes.js';
import { systems } from './systems.js';

/**
 * The systems a change touches: the systems it names, and those running the models, using the
 * datasets, or provided by the vendors (directly or through a model or dataset) it names.
 */
export function systemsTouched(changes: readonly string[], t: Clock): string[] {
  const fromVendor = new Set([
    ...models(t).filter((m) => m.providedBy && changes.includes(m.providedBy)).map((m) => m.id),
    ...datasets.filter((d) => d.providedBy && changes.includes(d.providedBy)).map((d) => d.id),
  ]);
  const touched = (id: string) => changes.includes(id) || fromVendor.has(id);
  return systems
    .filter((s) => touched(s.id) || (s.providedBy && touched(s.providedBy)) || (s.runs ?? []).some(touched) || (s.uses ?? []).some((u) => touched(u.dataset)))
    .map((s) => s.id);
}

/** The tier and approvals graph/workflows/approvalPolicy.ts sets for a change. */
function policy(changes: string[], t: Clock): { riskTier: Tier; requiredApprovals: number } {
  const tiers = systemsTouched(changes, t).map((id) => systems.find((s) => s.id === id)?.riskTier);
  const riskTier = highestTier(tiers);
  return { riskTier, requiredApprovals: approvalsRequired[riskTier] };
}

type Draft = Omit<ChangeRequestRecord, 'riskTier' | 'requiredApprovals'>;

/**
 * The approvals queue: two model releases approved and deployed (the lineage of what customers
 * meet); the emergency guardrail deployed during INC-0141 before anyone could approve it, with two
 * of its three approvals given afterwards and legal counsel's still outstanding (a deployment
 * without its approvals, so a gap); the billing prompt meant to replace that guardrail, waiting
 * for its last approver; and a dataset enrichment the DPO rejected.
 */
export const changeRequests = (t: Clock): ChangeRequestRecord[] => ([
  {
    id: 'CR-0179', kind: 'model', title: 'Switch the response service to Nimbus Converse 2025.06',
    description: 'The vendor deprecates 2024.11 at the end of the quarter. 2025.06 is cheaper per token and follows grounding instructions better.',
    riskReview: 'Full regression suite on 2025.06: groundedness, refusal of out-of-scope requests, tone on the complaint set and the red-team prompt set in English, Spanish and Polish, all at or above 2024.11. The contract still bars training on our prompts; the EU region is unchanged. Rollback: the model version is one configuration value.',
    status: 'approved', requestedAt: t.at(-112, '10:05'), deployedOn: t.day(-98),
    changes: ['MDL-NIMBUS-LLM-2025.06', 'SYS-RESPGEN'], reviews: ['RSK-HALLUCINATION', 'RSK-PROMPT-INJECTION', 'RSK-TONE'],
    requestedBy: 'PER-PLATFORM-ENG', approvers: ['PER-SEC-LEAD', 'PER-DPO', 'PER-GOV-LEAD'],
    approvals: [
      { id: 'APR-0179-1', by: 'PER-SEC-LEAD', decision: 'approved', decidedAt: t.at(-101, '15:20'), comment: 'Red-team results no worse than 2024.11; two new jailbreak styles added to the set.' },
      { id: 'APR-0179-2', by: 'PER-DPO', decision: 'approved', decidedAt: t.at(-100, '11:45'), comment: 'Data processing terms and EU hosting unchanged.' },
      { id: 'APR-0179-3', by: 'PER-GOV-LEAD', decision: 'approved', decidedAt: t.at(-99, '09:30') },
    ],
  },
  {
    id: 'CR-0188', kind: 'model', title: 'Release intent classifier 3.2 (eSIM and roaming-bundle intents)',
    description: 'Retrained on the latest labelled batch with eight new intents for eSIM transfer and roaming bundles, which 3.1 sent to the general queue.',
    riskReview: 'Held-out accuracy per language at or above 3.1, Portuguese up four points; confidence calibration checked so that hand-off below 0.60 fires as often as before; two weeks in shadow mode against 3.1; rollback to 3.1 kept warm for a month.',
    status: 'approved', requestedAt: t.at(-92, '14:10'), deployedOn: t.day(-64),
    changes: ['MDL-INTENT-3.2', 'SYS-INTENT'], reviews: ['RSK-MISROUTING', 'RSK-LANGUAGE-BIAS', 'RSK-DATA-DRIFT'],
    requestedBy: 'PER-ML-LEAD', approvers: ['PER-CX-HEAD', 'PER-RISK-MGR', 'PER-GOV-LEAD'],
    approvals: [
      { id: 'APR-0188-1', by: 'PER-CX-HEAD', decision: 'approved', decidedAt: t.at(-67, '16:40') },
      { id: 'APR-0188-2', by: 'PER-RISK-MGR', decision: 'approved', decidedAt: t.at(-66, '10:15'), comment: 'Residual misrouting risk unchanged; language gap narrower.' },
      { id: 'APR-0188-3', by: 'PER-GOV-LEAD', decision: 'approved', decidedAt: t.at(-65, '09:05'), comment: 'Approved on the shadow-mode results; keep 3.1 ready for rollback for a month.' },
    ],
  },
  {
    id: 'CR-0194', kind: 'prompt', title: 'Billing assistant: send every refund and credit question to an agent',
    description: 'Stop-gap during INC-0141: the assistant no longer answers refund or credit questions and hands them to the billing queue with the conversation so far.',
    riskReview: 'Guardrail tested on the refund cases of the billing scenario pack before release: every refund or credit question handed over, no other intent affected. Expect longer waits in the billing queue.',
    status: 'pending', requestedAt: t.at(-71, '11:00'), deployedOn: t.day(-71),
    deploymentNote: 'Emergency change under the SEV1 protocol for INC-0141: deployed by the CX AI Operations duty lead on the committee chair\'s instruction before any approval could be given; retrospective approval put to the committee.',
    changes: ['SYS-BILLING-BOT'], reviews: ['RSK-BILLING-ADVICE', 'RSK-HANDOFF-FAILURE'],
    requestedBy: 'PER-CX-HEAD', approvers: ['PER-GOV-LEAD', 'PER-RISK-MGR', 'PER-LEGAL'],
    approvals: [
      { id: 'APR-0194-1', by: 'PER-GOV-LEAD', decision: 'approved', decidedAt: t.at(-69, '10:30'), comment: 'Approved retrospectively at the extraordinary committee meeting; to be replaced by a prompt that can explain refunds safely.' },
      { id: 'APR-0194-2', by: 'PER-RISK-MGR', decision: 'approved', decidedAt: t.at(-69, '10:35') },
    ],
  },
  {
    id: 'CR-0209', kind: 'dataset', title: 'Enrich social posts with SocialPulse inferred demographics',
    description: 'Add the vendor\'s inferred age band, gender and home region to each exported post, to prioritise replies and report on who complains publicly.',
    riskReview: 'Inferred attributes are personal data about people who never contacted us; they could skew reply priority by inferred age or gender. The vendor has not been assessed as an AI supplier.',
    status: 'rejected', requestedAt: t.at(-27, '09:40'),
    changes: ['DS-SOCIAL-POSTS', 'VND-SOCIALPULSE'], reviews: ['RSK-PII-LEAK', 'RSK-LANGUAGE-BIAS'],
    requestedBy: 'PER-PLATFORM-ENG', approvers: ['PER-CX-HEAD', 'PER-DPO'],
    approvals: [
      { id: 'APR-0209-1', by: 'PER-CX-HEAD', decision: 'approved', decidedAt: t.at(-24, '17:05'), comment: 'Useful for reporting, if the DPO is content.' },
      {
        id: 'APR-0209-2', by: 'PER-DPO', decision: 'rejected', decidedAt: t.at(-20, '12:20'),
        comment: 'Rejected: we have no lawful basis to hold inferred age, gender or location of people who post about us, and the lawful-basis review of the export itself was rejected. Resubmit without inferred attributes once SocialPulse has a supplier assessment.',
      },
    ],
  },
  {
    id: 'CR-0215', kind: 'prompt', title: 'Billing assistant prompt 5: explain refund eligibility from the account\'s own charges',
    description: 'Lets the assistant explain whether a charge qualifies for a refund, citing the customer\'s bill lines and the approved refund article, without promising an amount or a date; credits still need an agent.',
    riskReview: 'Billing scenario pack extended to 680 cases with 80 refund cases; no promise of a refund, amount or date in any reply; withdrawn-scheme articles excluded from retrieval. Canary on 5% of billing conversations for a week, with daily review of refund answers.',
    status: 'pending', requestedAt: t.at(-12, '14:30'),
    changes: ['SYS-BILLING-BOT'], reviews: ['RSK-BILLING-ADVICE', 'RSK-HALLUCINATION', 'RSK-PROMPT-INJECTION'],
    requestedBy: 'PER-PLATFORM-ENG', approvers: ['PER-CX-HEAD', 'PER-LEGAL', 'PER-GOV-LEAD'],
    approvals: [
      { id: 'APR-0215-1', by: 'PER-CX-HEAD', decision: 'approved', decidedAt: t.at(-9, '11:25') },
      { id: 'APR-0215-2', by: 'PER-LEGAL', decision: 'approved', decidedAt: t.at(-6, '15:50'), comment: 'On condition that the refund article version is logged with every answer.' },
    ],
  },
] satisfies Draft[]).map((cr) => ({ ...cr, ...policy(cr.changes, t) }));

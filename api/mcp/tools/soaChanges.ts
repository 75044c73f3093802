import { z } from 'zod';
import { statementOfApplicabilityChanges } from '../../../graph/index.js';
import { defineTool, readOnly } from '../tool.js';
import { controlRef, day, evidenceSummary, expiringDaysArg, nodeRef } from './shapes.js';

const state = z.object({ applicable: z.boolean(), status: z.string(), evidence: evidenceSummary });

/** Change events listed per row: a busy control collects dozens between two audits; eventCount counts them. */
const EVENTS_LISTED = 10;

export const soaChangesTool = defineTool({
  name: 'soa_changes',
  title: 'What changed in the Statement of Applicability',
  description:
    'The controls whose applicability, status or evidence changed in the Statement of Applicability of the organisation or an AI system between ' +
    'two days (e.g. the last audit and this one), each with its state on both days and the change events behind it: who changed what, when.',
  capability: 'history',
  input: z.object({
    scopeId: z.string().describe('The organisation (ORG-…) or an AI system (SYS-…).'),
    from: day.describe('The earlier day, YYYY-MM-DD.'),
    to: day.describe('The later day, YYYY-MM-DD.'),
    expiringDays: expiringDaysArg,
  }).strict(),
  output: z.object({
    scope: nodeRef,
    from: z.string(),
    to: z.string(),
    rows: z.array(z.object({
      control: controlRef,
      applicabilityChanged: z.boolean(),
      statusChanged: z.boolean(),
      evidenceChanged: z.boolean(),
      from: state,
      to: state,
      eventCount: z.number(),
      events: z.array(z.object({ id: z.string(), at: z.string(), actor: z.string(), operation: z.string(), targetId: z.string(), relationship: z.string().nullable(), otherId: z.string().nullable() }))
        .describe(`The first ${EVENTS_LISTED}; the history tool has each node's whole record.`),
    })),
  }),
  annotations: readOnly('What changed in the Statement of Applicability'),
  async run({ scopeId, from, to, expiringDays }, { graph }) {
    const changes = await statementOfApplicabilityChanges(graph, { scopeId, from, to, expiringDays });
    const rows = changes.rows.map((r) => ({
      control: r.control, applicabilityChanged: r.applicabilityChanged, statusChanged: r.statusChanged, evidenceChanged: r.evidenceChanged,
      from: r.from, to: r.to, eventCount: r.eventCount,
      events: r.events.slice(0, EVENTS_LISTED).map((e) => ({ id: e.id, at: e.at, actor: e.actor, operation: e.operation, targetId: e.targetId, relationship: e.relationship, otherId: e.otherId })),
    }));
    const what = (r: (typeof rows)[number]) => [
      r.applicabilityChanged ? `applicability ${r.from.applicable ? 'applies' : 'excluded'} → ${r.to.applicable ? 'applies' : 'excluded'}` : null,
      r.statusChanged ? `status ${r.from.status} → ${r.to.status}` : null,
      r.evidenceChanged ? `evidence ${r.from.evidence.best} → ${r.to.evidence.best}` : null,
    ].filter(Boolean).join(', ');
    const text = [
      `Statement of Applicability of ${changes.scope.id} from ${changes.from} to ${changes.to}: ${rows.length} controls changed.`,
      ...rows.map((r) => `- ${r.control.id}: ${what(r)}; ${r.eventCount} change events (${r.events.slice(0, 3).map((e) => `${e.operation} ${e.targetId}`).join('; ')}${r.eventCount > 3 ? '; …' : ''})`),
    ].join('\n');
    return { structured: { scope: changes.scope, from: changes.from, to: changes.to, rows }, text };
  },
});

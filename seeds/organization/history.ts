import type { GraphData, NodeBatch, NodeRow, PlainValue } from '../../graph/graphData.js';
import { labelOf } from './build.js';
import type { Clock } from './clock.js';

/** Who the reference history says made its changes. */
export const SEED_ACTOR = 'Reference data (seed)';

/**
 * A change the reference organisation went through before the loading day, written as the API
 * would have recorded it. `was` holds what an update changed, as it was before: the rest of the
 * node's state is the seeded one, so the history always ends in the graph as loaded.
 */
interface Story {
  id: string;
  /** Days before the loading day, and the time of day (UTC). */
  daysAgo: number;
  time: string;
  operation: 'create' | 'update' | 'link';
  targetId: string;
  was?: Record<string, PlainValue>;
  relationship?: string;
  otherId?: string;
}

const stories = (t: Clock): Story[] => [
  // The billing test pack gained its refund cases after INC-0141 (updatedOn is that day).
  {
    id: 'CHG-REFERENCE-01', daysAgo: 45, time: '14:30', operation: 'update', targetId: 'IMP-A.6.2.4-SYS-BILLING-BOT',
    was: { status: 'partial', updatedOn: t.day(-160), description: 'Billing scenario test pack of 600 cases; refund cases not yet covered.' },
  },
  // The social pilot's new supplier entered the AIMS three weeks ago.
  { id: 'CHG-REFERENCE-02', daysAgo: 21, time: '11:00', operation: 'create', targetId: 'IMP-A.10.3-VND-SOCIALPULSE' },
  // A complaints review found opt-outs ignored on voice and email: the risk is likelier than thought.
  { id: 'CHG-REFERENCE-03', daysAgo: 15, time: '16:10', operation: 'update', targetId: 'RSK-OPT-OUT', was: { residualLikelihood: 2 } },
  // Pilot validation of the social responder started.
  {
    id: 'CHG-REFERENCE-04', daysAgo: 12, time: '09:45', operation: 'update', targetId: 'IMP-A.6.2.4-SYS-SOCIAL',
    was: { status: 'planned', updatedOn: t.day(-30), description: 'Pilot validation plan drafted; test set of social threads being collected.' },
  },
  // The guardrail tests were filed a month before anyone linked them to the billing bot's intended use.
  { id: 'CHG-REFERENCE-05', daysAgo: 8, time: '10:20', operation: 'link', targetId: 'EVD-0068', relationship: 'SUPPORTS', otherId: 'IMP-A.9.4-SYS-BILLING-BOT' },
];

/**
 * The reference organisation's change history: a few changes of the days before loading, as
 * ChangeEvent rows (fixed ids, so loading again merges them), so that a question asked about a
 * past day (graph/timeTravel) has something to show on the reference data. Each ends in the
 * state `data` holds; everything else counts as having always been as it is.
 */
export function referenceHistory(t: Clock, data: GraphData): NodeBatch {
  const rows = new Map(data.nodes.flatMap((b) => b.rows).map((row) => [row.id, row]));
  const json = (props: Record<string, PlainValue>) => JSON.stringify(props);
  return {
    label: 'ChangeEvent',
    rows: stories(t).map((s): NodeRow => {
      const node = rows.get(s.targetId);
      if (!node) throw new Error(`${s.id} changes ${s.targetId}, which the reference organisation does not hold`);
      const linked = data.relationships.some((b) => b.type === s.relationship && b.rows.some((r) => r.from === s.targetId && r.to === s.otherId));
      if (s.relationship && !linked) throw new Error(`${s.id} links ${s.targetId} to ${s.otherId}, which the reference organisation does not`);
      const event: NodeRow = {
        id: s.id, at: t.at(-s.daysAgo, s.time), actor: SEED_ACTOR, operation: s.operation, targetId: s.targetId, targetLabel: labelOf(s.targetId),
      };
      if (s.operation === 'update') Object.assign(event, { before: json({ ...node, ...s.was }), after: json(node) });
      if (s.operation === 'create') event.after = json(node);
      if (s.relationship) Object.assign(event, { relationship: s.relationship, otherId: s.otherId });
      return event;
    }),
  };
}

import { z } from 'zod';
import { gaps, type Gaps } from '../../../graph/index.js';
import { today } from '../../resolvers/connection.js';
import { onDay } from '../../resolvers/traceability.js';
import { defineTool, readOnly } from '../tool.js';
import { afterArg, asOfArg, expiringDaysArg, nodeRef, offsetOf, pageInfo, pageOfList, pageText, pathText, whyPath } from './shapes.js';

/** The kinds of gap, as `gaps` names its lists and counts. */
const kinds = [
  'uncoveredControls', 'implementationsWithoutCurrentEvidence', 'risksAboveAppetite', 'unownedSystems', 'unownedDatasets', 'orphans',
  'unapprovedDeployments', 'impactAssessmentsMissingOrDue', 'overdueCorrectiveActions', 'unevidencedCorrectiveActions',
  'recurringNonconformities', 'kpisInBreach', 'lateIncidents', 'managementReviewOverdue',
] as const satisfies readonly Exclude<keyof Gaps, 'asOf' | 'counts'>[];
type Kind = (typeof kinds)[number];

/** The most of one kind a caller can page through: the query module lists at most this many. */
const MOST_LISTED = 1000;

const gap = nodeRef.extend({ reason: z.string().describe('One sentence saying what is missing.'), why: whyPath.nullable() });

export const gapsTool = defineTool({
  name: 'gaps',
  title: 'Gaps in the management system',
  description:
    'What is missing on a day, counted by kind: controls no implementation covers, implementations without current evidence, risks above appetite, ' +
    'unowned systems and datasets, orphans, and in the governance loops unapproved deployments, impact assessments missing or due, overdue or ' +
    'unevidenced corrective actions, recurring nonconformities, KPIs in breach, late incidents, an overdue management review. Without `kind`, ' +
    'every count and the first few of each kind; with `kind`, that kind paged, each with its reason and path.',
  capability: 'read',
  input: z.object({
    asOf: asOfArg,
    expiringDays: expiringDaysArg,
    kind: z.enum(kinds).optional().describe('One kind of gap to page through.'),
    first: z.number().int().min(1).max(100).optional().describe('Without kind: how many of each kind (default 3). With kind: the page size (default 25).'),
    after: afterArg.describe('With kind: the endCursor of the previous page of that kind.'),
  }).strict(),
  output: z.object({
    asOf: z.string(),
    counts: z.object(Object.fromEntries(kinds.map((k) => [k, z.number()])) as Record<Kind, z.ZodNumber>),
    lists: z.array(z.object({ kind: z.enum(kinds), items: z.array(gap), ...pageInfo })),
  }),
  annotations: readOnly('Gaps in the management system'),
  async run({ asOf, expiringDays, kind, first, after }, { graph }) {
    const day = asOf ?? today();
    const size = kind ? (first ?? 25) : (first ?? 3);
    // Lists read to one past the page asked for: enough to know whether another follows.
    const shown = kind ? Math.min(MOST_LISTED, offsetOf(`mcp-gaps:${kind}`, after) + size + 1) : size;
    const answer = await onDay(graph, day, () => gaps(graph, { asOf: day, expiringDays, first: shown }));
    const lists = (kind ? [kind] : kinds).map((k) => {
      const page = pageOfList(`mcp-gaps:${k}`, answer[k], size, kind ? after : undefined);
      // Counts are whole where lists stop; without kind, the cursor goes on with kind set to this one.
      const hasNextPage = kind ? page.hasNextPage : answer.counts[k] > page.rows.length;
      return { kind: k, items: page.rows, totalCount: answer.counts[k], hasNextPage, endCursor: page.endCursor };
    });
    const counted = kinds.filter((k) => answer.counts[k] > 0);
    const text = [
      `Gaps on ${day}: ${counted.map((k) => `${k} ${answer.counts[k]}`).join(', ') || 'none'}.`,
      ...lists.filter((l) => l.items.length).flatMap((l) => [
        `${l.kind}: ${pageText({ rows: l.items, totalCount: l.totalCount, hasNextPage: l.hasNextPage, endCursor: l.endCursor })}`,
        ...l.items.map((g) => `- ${g.id}${g.why ? `: ${pathText(g.why)}` : ''}`),
      ]),
    ].join('\n');
    return { structured: { asOf: day, counts: Object.fromEntries(kinds.map((k) => [k, answer.counts[k]])) as Record<Kind, number>, lists }, text };
  },
});

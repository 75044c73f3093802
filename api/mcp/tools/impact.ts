import { z } from 'zod';
import { impact, NotFoundError } from '../../../graph/index.js';
import { defineTool, readOnly } from '../tool.js';
import { afterArg, firstArg, nodeRef, offsetOf, pageInfo, pageOfList, pageText, pathText, whyPath } from './shapes.js';

/** Risks listed: an outage of a shared vendor can threaten hundreds of them. */
const RISKS_LISTED = 25;

export const impactTool = defineTool({
  name: 'impact',
  title: 'What breaks if this fails',
  description:
    'What depends on a vendor, dataset, model or AI system, transitively: the affected nodes nearest first, each with its distance and the path ' +
    'of dependencies, how many are customer-facing, and the risks that threaten them. Use it for "what breaks if this vendor fails".',
  capability: 'read',
  input: z.object({
    id: z.string().describe('A vendor, dataset, model or AI system id, e.g. VEN-OPENAI.'),
    maxDepth: z.number().int().min(0).max(8).default(4).describe('How many hops of dependency to follow (default 4).'),
    first: firstArg(),
    after: afterArg,
  }).strict(),
  output: z.object({
    subject: nodeRef,
    maxDepth: z.number(),
    affectedCount: z.number(),
    affectedByLabel: z.array(z.object({ label: z.string(), count: z.number() })),
    customerFacingCount: z.number(),
    affected: z.object({
      rows: z.array(nodeRef.extend({ distance: z.number(), riskTier: z.string().nullable(), customerFacing: z.boolean().nullable(), why: whyPath })),
      ...pageInfo,
    }),
    riskCount: z.number(),
    risks: z.array(nodeRef.extend({ residualScore: z.number().nullable(), threatens: z.array(z.string()) }))
      .describe(`The first ${RISKS_LISTED} as the question orders them; riskCount counts them all.`),
  }),
  annotations: readOnly('What breaks if this fails'),
  async run({ id, maxDepth, first, after }, { graph }) {
    // The query module lists the nearest (and as many risks) up to a thousand: this page and one
    // more to know whether another follows, and never fewer than the risks shown.
    const list = `mcp-impact:${id}`;
    const answer = await impact(graph, { id, maxDepth, first: Math.min(1000, Math.max(RISKS_LISTED, offsetOf(list, after) + first + 1)) });
    if (!answer) throw new NotFoundError('id', id, 'Vendor, Dataset, Model or AISystem');
    const page = pageOfList(list, answer.affected, first, after);
    const rows = page.rows.map((a) => ({ id: a.id, label: a.label, name: a.name, distance: a.distance, riskTier: a.riskTier, customerFacing: a.customerFacing, why: a.why }));
    const text = [
      `If ${answer.subject.id} fails, ${answer.affectedCount} nodes are affected within ${answer.maxDepth} hops ` +
        `(${answer.affectedByLabel.map((l) => `${l.count} ${l.label}`).join(', ') || 'none'}), ${answer.customerFacingCount} customer-facing; ` +
        `${answer.riskCount} risks threaten them. Affected ${pageText({ ...page, totalCount: answer.affectedCount })}:`,
      ...page.rows.map((a) => `- ${a.id} at ${a.distance} hops: ${pathText(a.why)}`),
      ...answer.risks.slice(0, RISKS_LISTED).map((r) => `Risk ${r.id} threatens ${r.threatens.join(', ')}.`),
    ].join('\n');
    return {
      structured: {
        subject: answer.subject, maxDepth: answer.maxDepth, affectedCount: answer.affectedCount, affectedByLabel: answer.affectedByLabel,
        customerFacingCount: answer.customerFacingCount, affected: { ...page, rows, totalCount: answer.affectedCount },
        riskCount: answer.riskCount, risks: answer.risks.slice(0, RISKS_LISTED).map((r) => ({ id: r.id, label: r.label, name: r.name, residualScore: r.residualScore, threatens: r.threatens })),
      },
      text,
    };
  },
});

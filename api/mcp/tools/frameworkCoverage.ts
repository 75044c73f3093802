import { z } from 'zod';
import { frameworkCoverage, nodesById, NotFoundError } from '../../../graph/index.js';
import { today } from '../../resolvers/connection.js';
import { onDay } from '../../resolvers/traceability.js';
import { defineTool, readOnly } from '../tool.js';
import { afterArg, asOfArg, expiringDaysArg, firstArg, nodeRef, pageInfo, pageText, pathText, whyPath } from './shapes.js';

const support = z.enum(['supported', 'partial', 'unsupported', 'unmapped']);

export const frameworkCoverageTool = defineTool({
  name: 'framework_coverage',
  title: 'Standing against another framework',
  description:
    'How far the ISO/IEC 42001 work of the organisation or one AI system supports each item of another framework on a day, through the crosswalk: ' +
    'NIST-AI-RMF (NIST AI RMF 1.0), EU-AI-Act (EU AI Act), or any catalog imported from OSCAL. Each item is supported, partial, unsupported or ' +
    'unmapped, with the routes (mapped control, its status and evidence, the crosswalk row\'s confidence and source) and the path behind each.',
  capability: 'read',
  input: z.object({
    framework: z.string().describe('The framework id: NIST-AI-RMF, EU-AI-Act, or an imported one.'),
    scopeId: z.string().describe('The organisation (ORG-…) or an AI system (SYS-…).'),
    asOf: asOfArg,
    expiringDays: expiringDaysArg,
    support: support.optional().describe('Only items with this judgement, e.g. unsupported to see what is missing.'),
    first: firstArg(),
    after: afterArg,
  }).strict(),
  output: z.object({
    framework: z.object({ id: z.string(), title: z.string() }),
    scope: nodeRef,
    asOf: z.string(),
    summary: z.object({ total: z.number(), supported: z.number(), partial: z.number(), unsupported: z.number(), unmapped: z.number() }),
    items: z.object({
      rows: z.array(z.object({
        requirement: z.object({ id: z.string(), ref: z.string(), title: z.string(), kind: z.string(), parentId: z.string().nullable() }),
        support,
        rolledUp: z.boolean().describe('Judged from the items below it, which the crosswalk maps.'),
        routes: z.array(z.object({
          control: z.object({ id: z.string(), title: z.string() }).nullable(),
          status: z.string().nullable(),
          evidence: z.string(),
          support,
          confidence: z.string(),
          source: z.string(),
          why: whyPath,
        })),
      })),
      ...pageInfo,
    }),
  }),
  annotations: readOnly('Standing against another framework'),
  async run({ framework, scopeId, asOf, expiringDays, support: only, first, after }, { graph }) {
    const day = asOf ?? today();
    const answer = await onDay(graph, day, () => frameworkCoverage(graph, { framework, scopeId, asOf: day, expiringDays, support: only, first, after }));
    if (!answer) {
      // Null means the scope or the framework is unknown: say which.
      const [scope] = await nodesById(graph, [scopeId]);
      throw scope ? new NotFoundError('framework', framework, 'framework') : new NotFoundError('scopeId', scopeId, 'Organization or AISystem');
    }
    const page = answer.items;
    const rows = page.rows.map((item) => ({
      requirement: item.requirement,
      support: item.support,
      rolledUp: item.rolledUp,
      routes: item.routes.map((r) => ({
        control: r.control, status: r.status, evidence: r.evidence, support: r.support, confidence: r.confidence, source: r.source, why: r.why,
      })),
    }));
    const s = answer.summary;
    const text = [
      `${answer.framework.id} for ${answer.scope.id} on ${answer.asOf}: ${s.supported} supported, ${s.partial} partial, ${s.unsupported} unsupported, ` +
        `${s.unmapped} unmapped of ${s.total}. Items ${pageText(page)}:`,
      ...page.rows.map((item) => `- ${item.requirement.id} ${item.support}${item.routes[0] ? `: ${pathText(item.routes[0].why)}` : ''}`),
    ].join('\n');
    return { structured: { framework: answer.framework, scope: answer.scope, asOf: answer.asOf, summary: s, items: { ...page, rows } }, text };
  },
});

import { z } from 'zod';
import { NotFoundError, type Coverage } from '../../../graph/index.js';
import { askAbout } from '../../resolvers/traceability.js';
import { defineTool, readOnly } from '../tool.js';
import {
  afterArg, asOfArg, controlRef, evidenceSummary, expiringDaysArg, firstArg, nodeRef, pageInfo, pageOfList, pageText, pathText,
  status, whyPath,
} from './shapes.js';

const how = z.enum(['direct', 'model', 'dataset', 'vendor', 'organization', 'dependency']);

export const coverageOutput = z.object({
  system: nodeRef.extend({ riskTier: z.string().nullable(), customerFacing: z.boolean().nullable() }),
  asOf: z.string(),
  summary: z.object({
    covered: z.number().describe('Controls with an implementation reaching the system.'),
    uncovered: z.number(),
    excluded: z.number(),
    withoutCurrentEvidence: z.number().describe('Covered rows whose best evidence is not current.'),
  }),
  covered: z.object({
    rows: z.array(z.object({
      control: controlRef,
      implementation: z.object({ id: z.string(), status }),
      scope: nodeRef,
      how: how.describe('How the implementation reaches the system: on it, its model, dataset or vendor, the organisation, or a system it depends on.'),
      evidence: evidenceSummary,
      why: whyPath,
    })),
    ...pageInfo,
  }),
  uncovered: z.array(controlRef),
  excluded: z.array(z.object({ control: controlRef, implementationId: z.string(), justification: z.string().nullable(), why: whyPath })),
});

/** A system's coverage as the tool and the coverage resource hand it out: covered rows paged, the rest whole. */
export function coverageAnswer(c: Coverage, first: number, after?: string) {
  const page = pageOfList(`mcp-coverage:${c.system.id}`, c.covered, first, after);
  const structured: z.input<typeof coverageOutput> = {
    system: c.system,
    asOf: c.asOf,
    summary: {
      covered: new Set(c.covered.map((r) => r.control.id)).size,
      uncovered: c.uncovered.length,
      excluded: c.excluded.length,
      withoutCurrentEvidence: c.covered.filter((r) => r.evidence.best !== 'current').length,
    },
    covered: {
      ...page,
      rows: page.rows.map((r) => ({ control: r.control, implementation: r.implementation, scope: r.scope, how: r.how, evidence: r.evidence, why: r.why })),
    },
    uncovered: c.uncovered,
    excluded: c.excluded.map((r) => ({ control: r.control, implementationId: r.implementation.id, justification: r.justification, why: r.why })),
  };
  const s = structured.summary;
  const text = [
    `Coverage of ${c.system.id} on ${c.asOf}: ${s.covered} controls covered, ${s.uncovered} uncovered, ${s.excluded} excluded; ` +
      `${s.withoutCurrentEvidence} covered rows lack current evidence. Covered rows ${pageText(page)}:`,
    ...page.rows.map((r) => `- ${r.control.id} by ${r.implementation.id} (${r.implementation.status}, ${r.how}, evidence ${r.evidence.best}): ${pathText(r.why)}`),
    c.uncovered.length ? `Uncovered: ${c.uncovered.map((u) => u.id).join(', ')}.` : 'No control is uncovered.',
    ...c.excluded.map((r) => `Excluded: ${r.control.id} by ${r.implementation.id}: ${pathText(r.why)}`),
  ].join('\n');
  return { structured, text };
}

export const coverageTool = defineTool({
  name: 'coverage',
  title: 'Coverage of an AI system',
  description:
    'Which ISO/IEC 42001 Annex A controls cover an AI system on a day, how each reaches it (directly, through its model, dataset, vendor, ' +
    'the organisation or a dependency), the path through the graph behind each, the evidence behind each, and which controls are uncovered or excluded.',
  capability: 'read',
  input: z.object({
    systemId: z.string().describe('The AI system, e.g. SYS-BILLING-BOT (the search tool finds ids).'),
    asOf: asOfArg,
    expiringDays: expiringDaysArg,
    first: firstArg(),
    after: afterArg,
  }).strict(),
  output: coverageOutput,
  annotations: readOnly('Coverage of an AI system'),
  async run({ systemId, asOf, expiringDays, first, after }, { graph }) {
    const answer = await askAbout.coverage(graph, systemId, { asOf, expiringDays });
    if (!answer) throw new NotFoundError('systemId', systemId, 'AISystem');
    return coverageAnswer(answer, first, after);
  },
});

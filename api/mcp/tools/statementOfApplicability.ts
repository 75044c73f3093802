import { z } from 'zod';
import { NotFoundError, statementOfApplicability } from '../../../graph/index.js';
import { today } from '../../resolvers/connection.js';
import { onDay } from '../../resolvers/traceability.js';
import { defineTool, readOnly } from '../tool.js';
import {
  afterArg, asOfArg, controlRef, evidenceSummary, expiringDaysArg, firstArg, nodeRef, pageInfo, pageOfList, pageText, pathText, whyPath,
} from './shapes.js';

const soaStatus = z.enum(['implemented', 'partial', 'planned', 'not-started', 'excluded', 'not-implemented']);

export const statementOfApplicabilityTool = defineTool({
  name: 'statement_of_applicability',
  title: 'Statement of Applicability',
  description:
    'The Statement of Applicability of the organisation or one AI system on a day: every Annex A control (paged), whether it applies and why not, ' +
    'its status, implementations, evidence by freshness, owners, notes from the governance workflows, and the path to the implementation that decides it.',
  capability: 'read',
  input: z.object({
    scopeId: z.string().describe('The organisation (ORG-…) or an AI system (SYS-…).'),
    asOf: asOfArg,
    expiringDays: expiringDaysArg,
    first: firstArg(),
    after: afterArg,
  }).strict(),
  output: z.object({
    scope: nodeRef,
    asOf: z.string(),
    summary: z.object({ controls: z.number(), applicable: z.number(), byStatus: z.record(z.string(), z.number()) }),
    rows: z.array(z.object({
      control: controlRef,
      area: controlRef.nullable(),
      applicable: z.boolean(),
      justification: z.string().nullable(),
      status: soaStatus,
      implementationCount: z.number(),
      evidence: evidenceSummary,
      owners: z.array(z.string()),
      notes: z.array(z.string()),
      why: whyPath.nullable(),
    })),
    ...pageInfo,
  }),
  annotations: readOnly('Statement of Applicability'),
  async run({ scopeId, asOf, expiringDays, first, after }, { graph }) {
    const day = asOf ?? today();
    const soa = await onDay(graph, day, () => statementOfApplicability(graph, { scopeId, asOf: day, expiringDays }));
    if (!soa) throw new NotFoundError('scopeId', scopeId, 'Organization or AISystem');
    const byStatus: Record<string, number> = {};
    for (const r of soa.rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const page = pageOfList(`mcp-soa:${scopeId}`, soa.rows, first, after);
    const rows = page.rows.map((r) => ({
      control: r.control, area: r.area, applicable: r.applicable, justification: r.justification, status: r.status,
      implementationCount: r.implementationCount, evidence: r.evidence, owners: r.owners, notes: r.notes, why: r.why,
    }));
    const summary = { controls: soa.rows.length, applicable: soa.rows.filter((r) => r.applicable).length, byStatus };
    const text = [
      `Statement of Applicability of ${soa.scope.id} on ${soa.asOf}: ${summary.applicable} of ${summary.controls} controls apply; ` +
        `${Object.entries(byStatus).map(([s, n]) => `${n} ${s}`).join(', ')}. Rows ${pageText(page)}:`,
      ...page.rows.map((r) =>
        `- ${r.control.id} ${r.applicable ? 'applies' : 'does not apply'}, ${r.status}, evidence ${r.evidence.best}` +
        `${r.notes.length ? `, ${r.notes.length} notes` : ''}: ${pathText(r.why)}`),
    ].join('\n');
    return { structured: { scope: soa.scope, asOf: soa.asOf, summary, rows, totalCount: page.totalCount, hasNextPage: page.hasNextPage, endCursor: page.endCursor }, text };
  },
});

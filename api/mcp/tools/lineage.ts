import { z } from 'zod';
import { NotFoundError } from '../../../graph/index.js';
import { askAbout } from '../../resolvers/traceability.js';
import { defineTool, readOnly } from '../tool.js';
import {
  afterArg, asOfArg, controlRef, evidenceSummary, expiringDaysArg, firstArg, freshness, nodeRef, pageInfo, pageText, pathText, status,
  whyPath,
} from './shapes.js';

/** Evidence listed per implementation, newest first: years of superseded reports would flood an answer. */
const EVIDENCE_LISTED = 5;

const described = z.object({ id: z.string(), title: z.string(), summary: z.string().nullable() });

export const controlLineageTool = defineTool({
  name: 'control_lineage',
  title: 'Lineage of a control',
  description:
    'An Annex A control traced both ways: up to its objective, area and the clauses it addresses; down to every implementation (paged), ' +
    'its scope, owners, status and evidence with freshness on a day, and the path from control to scope.',
  capability: 'read',
  input: z.object({
    controlId: z.string().describe('The Annex A control, e.g. A.6.2.4.'),
    asOf: asOfArg,
    expiringDays: expiringDaysArg,
    first: firstArg(),
    after: afterArg,
  }).strict(),
  output: z.object({
    control: described,
    objective: described.nullable(),
    area: controlRef.nullable(),
    clauses: z.array(controlRef),
    implementations: z.object({
      rows: z.array(z.object({
        id: z.string(),
        status,
        justification: z.string().nullable(),
        scope: nodeRef.nullable(),
        owners: z.array(nodeRef),
        evidenceCount: z.number(),
        evidence: z.array(z.object({ id: z.string(), title: z.string(), expiresOn: z.string().nullable(), freshness, reviewState: z.string().nullable() }))
          .describe(`The newest ${EVIDENCE_LISTED}; evidenceCount counts them all.`),
        why: whyPath,
      })),
      ...pageInfo,
    }),
  }),
  annotations: readOnly('Lineage of a control'),
  async run({ controlId, asOf, expiringDays, first, after }, { graph }) {
    const l = await askAbout.controlLineage(graph, controlId, { asOf, expiringDays, first, after });
    if (!l) throw new NotFoundError('controlId', controlId, 'Control');
    const page = l.implementations;
    const rows = page.rows.map((i) => ({
      id: i.id, status: i.status, justification: i.justification, scope: i.scope, owners: i.owners, why: i.why, evidenceCount: i.evidence.length,
      evidence: i.evidence.slice(0, EVIDENCE_LISTED).map((e) => ({ id: e.id, title: e.title, expiresOn: e.expiresOn, freshness: e.freshness, reviewState: e.reviewState })),
    }));
    const text = [
      `${l.control.id}: objective ${l.objective?.id ?? 'none'}, area ${l.area?.id ?? 'none'}, addresses clauses ${l.clauses.map((c) => c.id).join(', ') || 'none'}. ` +
        `Implementations ${pageText(page)}:`,
      ...page.rows.map((i) =>
        `- ${i.id} (${i.status}) on ${i.scope?.id ?? 'no scope'}, evidence ${i.evidence.slice(0, EVIDENCE_LISTED).map((e) => `${e.id} ${e.freshness}`).join(', ') || 'none'}` +
        `${i.evidence.length > EVIDENCE_LISTED ? ` and ${i.evidence.length - EVIDENCE_LISTED} older` : ''}: ${pathText(i.why)}`),
    ].join('\n');
    return { structured: { control: l.control, objective: l.objective, area: l.area, clauses: l.clauses, implementations: { ...page, rows } }, text };
  },
});

export const clauseLineageTool = defineTool({
  name: 'clause_lineage',
  title: 'Lineage of a clause',
  description:
    'An ISO/IEC 42001 clause traced down: its parent and subclauses, the Annex A controls addressing it or a clause below it (paged), ' +
    'how many implementations each control has, their evidence by freshness on a day, and the path from clause to control.',
  capability: 'read',
  input: z.object({
    clauseId: z.string().describe('The clause, e.g. 6.1 or 8.4.'),
    asOf: asOfArg,
    expiringDays: expiringDaysArg,
    first: firstArg(),
    after: afterArg,
  }).strict(),
  output: z.object({
    clause: described,
    parent: controlRef.nullable(),
    subclauses: z.array(controlRef),
    controls: z.object({
      rows: z.array(z.object({
        id: z.string(),
        title: z.string(),
        addresses: z.array(z.string()),
        implementationCount: z.number(),
        evidence: evidenceSummary,
        why: whyPath,
      })),
      ...pageInfo,
    }),
  }),
  annotations: readOnly('Lineage of a clause'),
  async run({ clauseId, asOf, expiringDays, first, after }, { graph }) {
    const l = await askAbout.clauseLineage(graph, clauseId, { asOf, expiringDays, first, after });
    if (!l) throw new NotFoundError('clauseId', clauseId, 'Clause');
    const page = l.controls;
    const rows = page.rows.map((c) => ({ id: c.id, title: c.title, addresses: c.addresses, implementationCount: c.implementationCount, evidence: c.evidence, why: c.why }));
    const text = [
      `Clause ${l.clause.id}: parent ${l.parent?.id ?? 'none'}, subclauses ${l.subclauses.map((c) => c.id).join(', ') || 'none'}. Controls ${pageText(page)}:`,
      ...page.rows.map((c) => `- ${c.id}: ${c.implementationCount} implementations, best evidence ${c.evidence.best}: ${pathText(c.why)}`),
    ].join('\n');
    return { structured: { clause: l.clause, parent: l.parent, subclauses: l.subclauses, controls: { ...page, rows } }, text };
  },
});

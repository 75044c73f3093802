import { z } from 'zod';
import { staleEvidence } from '../../../graph/index.js';
import { today } from '../../resolvers/connection.js';
import { onDay } from '../../resolvers/traceability.js';
import { defineTool, readOnly } from '../tool.js';
import { afterArg, asOfArg, controlRef, firstArg, nodeRef, pageInfo, pageText, pathText, status, whyPath } from './shapes.js';

/** Affected systems listed per piece: each carries a path, and a busy piece of evidence affects dozens. */
const AFFECTED_LISTED = 5;

export const staleEvidenceTool = defineTool({
  name: 'stale_evidence',
  title: 'Evidence stale or expiring',
  description:
    'Evidence that is stale on a day or expires within some days of it, soonest first: what each piece backs (implementation, control, clauses, ' +
    'with the path) and how many AI systems lose coverage evidence through it. Use it to see what goes stale before an audit.',
  capability: 'read',
  input: z.object({
    asOf: asOfArg,
    withinDays: z.number().int().min(0).max(3650).default(30).describe('Also list evidence expiring within this many days after asOf (default 30).'),
    first: firstArg(10),
    after: afterArg,
  }).strict(),
  output: z.object({
    asOf: z.string(),
    withinDays: z.number(),
    evidence: z.object({
      rows: z.array(z.object({
        id: z.string(),
        title: z.string(),
        kind: z.string().nullable(),
        expiresOn: z.string(),
        daysLeft: z.number().describe('Days from asOf to expiresOn; negative once expired.'),
        freshness: z.enum(['stale', 'expiring']),
        owners: z.array(nodeRef),
        backs: z.array(z.object({
          implementation: z.object({ id: z.string(), status }),
          scope: nodeRef.nullable(),
          control: controlRef,
          clauses: z.array(controlRef),
          why: whyPath,
        })),
        affectedSystemCount: z.number(),
        affectedSystems: z.array(nodeRef.extend({ why: whyPath })).describe(`The first ${AFFECTED_LISTED} by id, each with its path to the evidence; the coverage tool gives the rest.`),
      })),
      ...pageInfo,
    }),
  }),
  annotations: readOnly('Evidence stale or expiring'),
  async run({ asOf, withinDays, first, after }, { graph }) {
    const day = asOf ?? today();
    const page = await onDay(graph, day, () => staleEvidence(graph, { asOf: day, withinDays, first, after }));
    const rows = page.rows.map((e) => ({
      id: e.id, title: e.title, kind: e.kind, expiresOn: e.expiresOn, daysLeft: e.daysLeft, freshness: e.freshness, owners: e.owners,
      backs: e.backs.map((b) => ({ implementation: b.implementation, scope: b.scope, control: b.control, clauses: b.clauses, why: b.why })),
      affectedSystemCount: e.affectedSystemCount,
      affectedSystems: e.affectedSystems.slice(0, AFFECTED_LISTED).map((s) => ({ id: s.id, label: s.label, name: s.name, why: s.why })),
    }));
    const text = [
      `Evidence stale on ${day} or expiring within ${withinDays} days: ${pageText(page)}.`,
      ...page.rows.map((e) =>
        `- ${e.id} ${e.freshness === 'stale' ? `stale since ${e.expiresOn}` : `expires ${e.expiresOn} (${e.daysLeft} days)`}, ` +
        `${e.affectedSystemCount} systems affected; backs ${e.backs.map((b) => `${b.control.id} via ${pathText(b.why)}`).join('; ') || 'nothing'}`),
    ].join('\n');
    return { structured: { asOf: day, withinDays, evidence: { ...page, rows } }, text };
  },
});

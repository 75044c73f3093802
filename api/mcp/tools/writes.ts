import { z } from 'zod';
import { evidenceKinds, nodesById, NotFoundError, type NodeRecord } from '../../../graph/index.js';
import { crud } from '../../resolvers/mutation.js';
import { defineTool } from '../tool.js';
import { day, status } from './shapes.js';

/*
 * The write tools run the GraphQL mutations' own functions (resolvers/mutation.ts `crud`): the same
 * validation, one transaction each, the same change event signed with the caller's key.
 */
const evidence = crud('Evidence');
const implementation = crud('Implementation');

const str = (v: unknown) => (v === undefined || v === null ? null : String(v));

export const recordEvidenceTool = defineTool({
  name: 'record_evidence',
  title: 'Record evidence',
  description:
    'Record a new piece of evidence (a report, test result, log extract, …) backing one or more implementations, as a pipeline or an analyst would. ' +
    'Give validUntil or reviewIntervalDays, so that it can go stale. It is recorded now, in the change history under your API key; ' +
    'evidence it supersedes stops counting from now. Needs an editor key.',
  capability: 'write',
  input: z.object({
    title: z.string().min(1).max(500),
    implementationIds: z.array(z.string()).min(1).max(100).describe('The implementations it backs, e.g. IMP-A.6.2.4-SYS-BILLING-BOT.'),
    kind: z.enum(evidenceKinds).optional(),
    uri: z.string().max(2000).optional().describe('Where the evidence itself is kept.'),
    sha256: z.string().optional().describe('The SHA-256 of the evidence file, 64 hex digits.'),
    periodStart: day.optional(),
    periodEnd: day.optional(),
    validUntil: day.optional().describe('The last day it may be relied on.'),
    reviewIntervalDays: z.number().int().min(1).max(3650).optional().describe('Or: how many days after recording it needs renewing.'),
    supersedes: z.array(z.string()).max(100).optional().describe('Evidence it replaces.'),
    ownerId: z.string().optional().describe('The person or team who owns it.'),
    id: z.string().optional().describe('An id of your own (EV-…); retrying with the same id cannot record it twice.'),
  }).strict(),
  output: z.object({
    evidence: z.object({
      id: z.string(),
      title: z.string(),
      kind: z.string().nullable(),
      recordedAt: z.string(),
      validUntil: z.string().nullable(),
      reviewState: z.string().nullable(),
      implementationIds: z.array(z.string()),
      supersedes: z.array(z.string()),
    }),
  }),
  annotations: { title: 'Record evidence', readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
  async run(args, caller) {
    const input = { reviewState: 'submitted', ...args };
    const created = (await evidence.create(undefined, { input }, caller)) as NodeRecord;
    const recorded = {
      id: created.id,
      title: String(created.title),
      kind: str(created.kind),
      recordedAt: String(created.recordedAt),
      validUntil: str(created.validUntil),
      reviewState: str(created.reviewState),
      implementationIds: args.implementationIds,
      supersedes: args.supersedes ?? [],
    };
    return {
      structured: { evidence: recorded },
      text: `Recorded ${recorded.id} at ${recorded.recordedAt}, backing ${recorded.implementationIds.join(', ')}` +
        `${recorded.supersedes.length ? ` and superseding ${recorded.supersedes.join(', ')}` : ''}; the change is in its history.`,
    };
  },
});

export const setImplementationStatusTool = defineTool({
  name: 'set_implementation_status',
  title: "Change an implementation's status",
  description:
    'Set how far an implementation of a control has got: implemented, partial, planned, not-started or excluded (an exclusion needs a justification). ' +
    'Recorded in the change history under your API key, with the status before and after. Needs an editor key.',
  capability: 'write',
  input: z.object({
    implementationId: z.string().describe('e.g. IMP-A.6.2.4-SYS-BILLING-BOT'),
    status,
    justification: z.string().max(2000).optional().describe('Why: required when excluding.'),
    updatedOn: day.optional().describe('The day the status changed (default: not set).'),
  }).strict(),
  output: z.object({
    implementation: z.object({ id: z.string(), status, previousStatus: status, justification: z.string().nullable(), updatedOn: z.string().nullable() }),
  }),
  // Overwrites the status it finds; setting the same status again changes nothing more.
  annotations: { title: "Change an implementation's status", readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async run({ implementationId, ...patch }, caller) {
    const [before] = await nodesById(caller.graph, [implementationId]);
    if (!before || before.__typename !== 'Implementation') throw new NotFoundError('implementationId', implementationId, 'Implementation');
    const after = (await implementation.update(undefined, { id: implementationId, patch }, caller)) as NodeRecord;
    const result = {
      id: after.id,
      status: after.status as z.infer<typeof status>,
      previousStatus: before.status as z.infer<typeof status>,
      justification: str(after.justification),
      updatedOn: str(after.updatedOn),
    };
    return {
      structured: { implementation: result },
      text: `${result.id} is now ${result.status} (was ${result.previousStatus}); the change is in its history.`,
    };
  },
});

import {
  checkActionDue,
  checkNewDueOn,
  createNode,
  deleteNode,
  fitsIdScheme,
  labelOfId,
  linkNodes,
  listNodes,
  model,
  unlinkNodes,
  updateNode,
  type Actor,
  type ApiKeyRecord,
  type Graph,
  type Label,
  type WritableLabel,
} from '../../graph/index.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { MutationResolvers } from '../generated/resolvers.js';

type Input = Record<string, unknown> & { id?: string | null; ownerId?: string | null };
type Link = { type: string; direction: 'out' | 'in'; ids: string[]; field: string };

/** Who a write is recorded as: the request's API key. */
export const actorOf = (key: ApiKeyRecord): Actor => ({ keyId: key.id, name: key.name });

/** An id given for a field must be of the expected kind: a wrong kind is bad input, not "not found". */
function expectKind(field: string, id: string, kinds: readonly Label[]): string {
  const label = labelOfId(id);
  if (!label || !kinds.includes(label)) throw badInput(field, `${field} must be the id of a ${kinds.join(' or ')}; "${id}" is not.`);
  return id;
}

const scopes = ['Organization', 'AISystem', 'Model', 'Dataset', 'Vendor'] as const;

/** The links a create makes with the node, from the input's reference fields. */
async function linksFor(label: WritableLabel, input: Input, graph: Graph): Promise<{ links: Link[]; rest: Input }> {
  const { ownerId, controlId, scopeId, implementationIds, supersedes, ...rest } = input;
  const links: Link[] = [];
  if (ownerId !== undefined && ownerId !== null) links.push({ type: 'OWNS', direction: 'in', ids: [expectKind('input.ownerId', ownerId, ['Person', 'Team'])], field: 'input.ownerId' });
  if (label === 'AISystem') {
    // A new system is in the organisation's scope from the start, so organisation-wide controls cover it.
    const org = (await listNodes(graph, { label: 'Organization', first: 1 })).rows[0];
    if (org) links.push({ type: 'OPERATES', direction: 'in', ids: [org.id], field: 'organization' });
  }
  if (label === 'Implementation') {
    links.push({ type: 'IMPLEMENTS', direction: 'out', ids: [expectKind('input.controlId', String(controlId), ['Control'])], field: 'input.controlId' });
    links.push({ type: 'APPLIES_TO', direction: 'out', ids: [expectKind('input.scopeId', String(scopeId), scopes)], field: 'input.scopeId' });
    // Named after its control and scope when those make an id; else minted (a scope or control
    // whose id does not fit the scheme does not exist, and the link to it says so).
    const derived = `IMP-${controlId}-${scopeId}`;
    if ((rest.id === undefined || rest.id === null) && fitsIdScheme('Implementation', derived)) rest.id = derived;
  }
  for (const link of createLinks[label] ?? []) {
    const value = rest[link.field];
    delete rest[link.field];
    const ids = value === undefined || value === null ? [] : Array.isArray(value) ? (value as string[]) : [String(value)];
    if (ids.length < (link.min ?? 0)) throw badInput(`input.${link.field}`, `input.${link.field} must name at least one ${link.kinds.join(' or ')}.`);
    ids.forEach((id, i) => expectKind(Array.isArray(value) ? `input.${link.field}[${i}]` : `input.${link.field}`, id, link.kinds));
    if (ids.length) links.push({ type: link.type, direction: link.direction, ids, field: `input.${link.field}` });
  }
  if (label === 'Evidence') {
    const ids = (implementationIds as string[] | undefined) ?? [];
    if (ids.length === 0) throw badInput('input.implementationIds', 'Evidence must back at least one implementation.');
    ids.forEach((id, i) => expectKind(`input.implementationIds[${i}]`, id, ['Implementation']));
    links.push({ type: 'SUPPORTS', direction: 'out', ids, field: 'input.implementationIds' });
    const replaced = (supersedes as string[] | null | undefined) ?? [];
    replaced.forEach((id, i) => expectKind(`input.supersedes[${i}]`, id, ['Evidence']));
    if (replaced.length) links.push({ type: 'SUPERSEDES', direction: 'out', ids: replaced, field: 'input.supersedes' });
  }
  return { links, rest };
}

/** The links the governance labels' creates make, from their reference fields (min: how many are required). */
const createLinks: Partial<Record<WritableLabel, { field: string; type: string; direction: 'out' | 'in'; kinds: readonly Label[]; min?: number }[]>> = {
  ImpactAssessment: [{ field: 'systemId', type: 'ASSESSES', direction: 'out', kinds: ['AISystem'], min: 1 }],
  Incident: [
    { field: 'affectedIds', type: 'AFFECTED', direction: 'out', kinds: ['AISystem'], min: 1 },
    { field: 'riskIds', type: 'MATERIALISED', direction: 'out', kinds: ['Risk'] },
    { field: 'failedControlIds', type: 'FAILED', direction: 'out', kinds: ['Control'] },
  ],
  Finding: [
    { field: 'raisedInId', type: 'RAISED_IN', direction: 'out', kinds: ['Audit', 'Incident', 'ManagementReview'], min: 1 },
    { field: 'concernsIds', type: 'CONCERNS', direction: 'out', kinds: ['Clause', 'Control', 'Implementation', 'Evidence', 'AISystem'] },
  ],
  CorrectiveAction: [{ field: 'findingId', type: 'CORRECTS', direction: 'out', kinds: ['Finding'], min: 1 }],
  Audit: [
    { field: 'coversIds', type: 'COVERS', direction: 'out', kinds: ['Clause', 'Control', 'AISystem'] },
    { field: 'auditorIds', type: 'AUDITOR_OF', direction: 'in', kinds: ['Person'] },
  ],
  ManagementReview: [
    { field: 'reviewedIds', type: 'REVIEWED', direction: 'out', kinds: model.relationships.REVIEWED.to },
    { field: 'attendeeIds', type: 'ATTENDED', direction: 'in', kinds: ['Person'] },
  ],
  KPI: [
    { field: 'systemIds', type: 'MEASURES', direction: 'out', kinds: ['AISystem'], min: 1 },
    { field: 'riskIds', type: 'INDICATES', direction: 'out', kinds: ['Risk'] },
  ],
};

/** Who writes: the graph guarded by the caller's key, and the key the change is recorded as (GraphQL's context, or an MCP caller). */
type Writer = Pick<Context, 'graph' | 'key'>;

/**
 * The create, update and delete of one label, as every surface writes it: GraphQL mutations and
 * the MCP write tools run these same functions, so validation and change history are one.
 */
export function crud(label: WritableLabel) {
  return {
    create: async (_: unknown, { input }: { input: Input }, { graph, key }: Writer) => {
      const { links, rest } = await linksFor(label, { ...input }, graph);
      return createNode(graph, actorOf(key), label, rest, links, label === 'Evidence' ? ['recordedAt'] : []);
    },
    update: (_: unknown, { id, patch }: { id: string; patch: Input }, { graph, key }: Writer) =>
      updateNode(graph, actorOf(key), label, expectKind('id', id, [label]), patch),
    delete: async (_: unknown, { id }: { id: string }, { graph, key }: Writer) => {
      const deleted = await deleteNode(graph, actorOf(key), label, expectKind('id', id, [label]));
      return { id: deleted.id, label };
    },
  };
}

const system = crud('AISystem');
const modelVersion = crud('Model');
const dataset = crud('Dataset');
const vendor = crud('Vendor');
const risk = crud('Risk');
const implementation = crud('Implementation');
const evidence = crud('Evidence');
const person = crud('Person');
/** A corrective action falls due after its finding was raised, on create and on a new due date. */
function dueAfterFinding(ops: ReturnType<typeof crud>): ReturnType<typeof crud> {
  return {
    ...ops,
    create: async (parent, args, ctx) => {
      await checkActionDue(ctx.graph, String(args.input.findingId), String(args.input.dueOn));
      return ops.create(parent, args, ctx);
    },
    update: async (parent, args, ctx) => {
      if (typeof args.patch.dueOn === 'string') await checkNewDueOn(ctx.graph, args.id, args.patch.dueOn);
      return ops.update(parent, args, ctx);
    },
  };
}

const governance = {
  ImpactAssessment: crud('ImpactAssessment'),
  Incident: crud('Incident'),
  Finding: crud('Finding'),
  CorrectiveAction: dueAfterFinding(crud('CorrectiveAction')),
  Audit: crud('Audit'),
  ManagementReview: crud('ManagementReview'),
  KPI: crud('KPI'),
};
const governanceMutations = Object.fromEntries(
  Object.entries(governance).flatMap(([label, ops]) => [[`create${label}`, ops.create], [`update${label}`, ops.update], [`delete${label}`, ops.delete]]),
);

function linkInput(input: { type: string; from: string; to: string; properties?: Record<string, unknown> | null }) {
  const properties = Object.fromEntries(Object.entries(input.properties ?? {}).filter(([, v]) => v !== null && v !== undefined));
  return { type: input.type, from: input.from, to: input.to, properties };
}

export const mutationResolvers = {
  createAISystem: system.create,
  updateAISystem: system.update,
  deleteAISystem: system.delete,
  createModel: modelVersion.create,
  updateModel: modelVersion.update,
  deleteModel: modelVersion.delete,
  createDataset: dataset.create,
  updateDataset: dataset.update,
  deleteDataset: dataset.delete,
  createVendor: vendor.create,
  updateVendor: vendor.update,
  deleteVendor: vendor.delete,
  createRisk: risk.create,
  updateRisk: risk.update,
  deleteRisk: risk.delete,
  createImplementation: implementation.create,
  updateImplementation: implementation.update,
  deleteImplementation: implementation.delete,
  createEvidence: evidence.create,
  updateEvidence: evidence.update,
  deleteEvidence: evidence.delete,
  createPerson: person.create,
  updatePerson: person.update,
  deletePerson: person.delete,
  ...governanceMutations,
  link: (_, { input }, { graph, key }) => linkNodes(graph, actorOf(key), linkInput(input)),
  unlink: (_, { input }, { graph, key }) => unlinkNodes(graph, actorOf(key), linkInput(input)),
} as MutationResolvers;

import {
  createNode,
  deleteNode,
  fitsIdScheme,
  labelOfId,
  linkNodes,
  listNodes,
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

const actorOf = (key: ApiKeyRecord): Actor => ({ keyId: key.id, name: key.name });

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

function crud(label: WritableLabel) {
  return {
    create: async (_: unknown, { input }: { input: Input }, { graph, key }: Context) => {
      const { links, rest } = await linksFor(label, { ...input }, graph);
      return createNode(graph, actorOf(key), label, rest, links, label === 'Evidence' ? ['recordedAt'] : []);
    },
    update: (_: unknown, { id, patch }: { id: string; patch: Input }, { graph, key }: Context) =>
      updateNode(graph, actorOf(key), label, expectKind('id', id, [label]), patch),
    delete: async (_: unknown, { id }: { id: string }, { graph, key }: Context) => {
      const deleted = await deleteNode(graph, actorOf(key), label, expectKind('id', id, [label]));
      return { id: deleted.id, label };
    },
  };
}

const system = crud('AISystem');
const model = crud('Model');
const dataset = crud('Dataset');
const vendor = crud('Vendor');
const risk = crud('Risk');
const implementation = crud('Implementation');
const evidence = crud('Evidence');
const person = crud('Person');

function linkInput(input: { type: string; from: string; to: string; properties?: Record<string, unknown> | null }) {
  const properties = Object.fromEntries(Object.entries(input.properties ?? {}).filter(([, v]) => v !== null && v !== undefined));
  return { type: input.type, from: input.from, to: input.to, properties };
}

export const mutationResolvers = {
  createAISystem: system.create,
  updateAISystem: system.update,
  deleteAISystem: system.delete,
  createModel: model.create,
  updateModel: model.update,
  deleteModel: model.delete,
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
  link: (_, { input }, { graph, key }) => linkNodes(graph, actorOf(key), linkInput(input)),
  unlink: (_, { input }, { graph, key }) => unlinkNodes(graph, actorOf(key), linkInput(input)),
} as MutationResolvers;

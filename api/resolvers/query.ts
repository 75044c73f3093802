import { labelOfId, listNodes, type Graph, type Label, type ListFilter, type NodeRecord } from '../../graph/index.js';
import type { AiSystemCoverageArgs, ClauseLineageArgs, ControlLineageArgs, QueryResolvers } from '../generated/resolvers.js';
import { badInput } from '../errors.js';
import { PAGE_CAP } from '../limits.js';
import { pageSize, toConnection, today } from './connection.js';
import { lookUpAsking } from './lookAhead.js';
import { askAbout } from './traceability.js';

type Filter = Record<string, unknown> | null | undefined;

/** Splits a GraphQL filter into property equality and the relationship filters listNodes knows. */
function listFilter(filter: Filter): ListFilter {
  const out: ListFilter = { properties: {} };
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === null || value === undefined) continue;
    if (key === 'ownerId' || key === 'vendorId' || key === 'controlId' || key === 'scopeId') out[key] = String(value);
    else out.properties![key] = value as string | boolean | number;
  }
  return out;
}

function lister(label: Label) {
  return async (_: unknown, args: { filter?: Filter; first?: number | null; after?: string | null }, { graph }: { graph: Graph }) =>
    toConnection(await listNodes(graph, { label, filter: listFilter(args.filter), first: pageSize(args.first), after: args.after ?? null }));
}

/** One node of a given label by id: null when absent (the schema's nullable lookups). */
async function byId(label: Label, id: string, load: (id: string) => Promise<NodeRecord | null>) {
  if (labelOfId(id) !== label) return null;
  return load(id);
}

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, { loaders }) => loaders.node.load(id),
  nodes: (_, { ids }, { loaders }) => {
    if (ids.length > PAGE_CAP) throw badInput('ids', `Ask for at most ${PAGE_CAP} ids at once.`);
    return Promise.all(ids.map((id) => loaders.node.load(id)));
  },
  standards: async (_, __, { graph }) => (await listNodes(graph, { label: 'Standard', first: 100 })).rows,
  clause: (_, { id }, { graph, loaders }, info) =>
    byId('Clause', id, (i) =>
      lookUpAsking(info, 'Clause', 'lineage', (args) => askAbout.clauseLineage(graph, i, args as ClauseLineageArgs), () => loaders.node.load(i)),
    ),
  clauses: lister('Clause'),
  control: (_, { id }, { graph, loaders }, info) =>
    byId('Control', id, (i) =>
      lookUpAsking(info, 'Control', 'lineage', (args) => askAbout.controlLineage(graph, i, args as ControlLineageArgs), () => loaders.node.load(i)),
    ),
  controls: lister('Control'),
  organization: async (_, __, { graph }) => (await listNodes(graph, { label: 'Organization', first: 1 })).rows[0] ?? null,
  aiSystem: (_, { id }, { graph, loaders }, info) =>
    byId('AISystem', id, (i) =>
      lookUpAsking(info, 'AISystem', 'coverage', (args) => askAbout.coverage(graph, i, args as AiSystemCoverageArgs), () => loaders.node.load(i)),
    ),
  aiSystems: lister('AISystem'),
  models: lister('Model'),
  datasets: lister('Dataset'),
  vendors: lister('Vendor'),
  risks: lister('Risk'),
  implementations: lister('Implementation'),
  evidence: async (_, { filter, first, after }, { graph }) => {
    const { freshness, asOf, expiringDays, ...rest } = filter ?? {};
    const base = listFilter(rest);
    if (freshness) base.freshness = { value: freshness, asOf: asOf ?? today(), expiringDays: expiringDays ?? 30 };
    return toConnection(await listNodes(graph, { label: 'Evidence', filter: base, first: pageSize(first), after: after ?? null }));
  },
  people: lister('Person'),
};

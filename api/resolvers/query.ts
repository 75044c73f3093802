import type { GraphQLResolveInfo } from 'graphql';
import { labelOfId, listNodes, type Graph, type Label, type ListFilter, type NodeRecord } from '../../graph/index.js';
import type { Context } from '../context.js';
import type { QueryResolvers } from '../generated/resolvers.js';
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

/** Whether a question's arguments ask about a day before today: answered from the graph as it was then (graph/timeTravel). */
const asksThePast = (args: Record<string, unknown>) => typeof args.asOf === 'string' && args.asOf < today();

/**
 * A node by id, read ahead with `field`'s question when the selection allows (lookAhead.ts) and the
 * question is about today: the node is the one of today, whatever day its field asks about.
 */
function askingAhead<A>(
  label: 'AISystem' | 'Control' | 'Clause',
  field: string,
  ask: (graph: Graph, id: string, args: A) => Promise<{ subject: NodeRecord } | null>,
) {
  return (_: unknown, { id }: { id: string }, { graph, loaders }: Context, info: GraphQLResolveInfo) =>
    byId(label, id, (i) => lookUpAsking(info, label, field, (args) => ask(graph, i, args as A), () => loaders.node.load(i), (args) => !asksThePast(args)));
}

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, { loaders }) => loaders.node.load(id),
  nodes: (_, { ids }, { loaders }) => {
    if (ids.length > PAGE_CAP) throw badInput('ids', `Ask for at most ${PAGE_CAP} ids at once.`);
    return Promise.all(ids.map((id) => loaders.node.load(id)));
  },
  standards: async (_, __, { graph }) => (await listNodes(graph, { label: 'Standard', first: 100 })).rows,
  clause: askingAhead('Clause', 'lineage', askAbout.clauseLineage),
  clauses: lister('Clause'),
  control: askingAhead('Control', 'lineage', askAbout.controlLineage),
  controls: lister('Control'),
  organization: async (_, __, { graph }) => (await listNodes(graph, { label: 'Organization', first: 1 })).rows[0] ?? null,
  aiSystem: askingAhead('AISystem', 'coverage', askAbout.coverage),
  aiSystems: lister('AISystem'),
  models: lister('Model'),
  datasets: lister('Dataset'),
  vendors: lister('Vendor'),
  risks: lister('Risk'),
  implementations: lister('Implementation'),
  evidence: async (_, { filter, first, after }, { graph }) => {
    const { freshness, asOf, expiringDays, ...rest } = filter ?? {};
    // The same window Evidence.freshness(expiringDays) takes.
    if (typeof expiringDays === 'number' && (expiringDays < 0 || expiringDays > 3650)) {
      throw badInput('filter.expiringDays', 'filter.expiringDays must be from 0 to 3650.');
    }
    const base = listFilter(rest);
    if (freshness) base.freshness = { value: freshness, asOf: asOf ?? today(), expiringDays: expiringDays ?? 30 };
    return toConnection(await listNodes(graph, { label: 'Evidence', filter: base, first: pageSize(first), after: after ?? null }));
  },
  people: lister('Person'),
};

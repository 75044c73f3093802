import {
  closeFinding,
  completeCorrectiveAction,
  decideChange,
  deployChange,
  listNodes,
  recordMeasurement,
  requestChange,
  withdrawChange,
  type Label,
  type ListFilter,
} from '../../graph/index.js';
import type { Context } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { pageSize, toConnection } from './connection.js';
import { actorOf } from './mutation.js';

/** A list root field over one label in the order its view reads it (newest first, or by due date). */
export function orderedLister(label: Label, property: string, descending: boolean) {
  return async (
    _: unknown,
    args: { filter?: Record<string, unknown> | null; first?: number | null; after?: string | null },
    { graph }: Context,
  ) => {
    const properties = Object.fromEntries(Object.entries(args.filter ?? {}).filter(([, v]) => v !== null && v !== undefined));
    const filter: ListFilter = { properties: properties as Record<string, string> };
    const page = await listNodes(graph, { label, filter, first: pageSize(args.first), after: args.after ?? null, orderBy: { property, descending } });
    return toConnection(page);
  };
}

/**
 * Change requests and the steps of their approval, plus the other workflows' steps: each resolver
 * passes its input to one function of graph/workflows, which checks, writes and records it.
 */
export const workflowResolvers: Resolvers = {
  ChangeRequest: {
    requiredApprovals: (cr) => Number(cr.requiredApprovals ?? 0),
    approvers: (cr, _, { loaders }) => loaders.approvers.load(cr.id),
    approvalsMissing: async (cr, _, { loaders }) => {
      if (cr.status === 'approved') return 0;
      const approved = (await loaders.approvers.load(cr.id)).filter((a) => a.approval?.decision === 'approved').length;
      return Math.max(0, Number(cr.requiredApprovals ?? 0) - approved);
    },
    deployedWithoutApproval: (cr) => Boolean(cr.deployedOn) && cr.status !== 'approved',
  },
  Query: {
    changeRequests: orderedLister('ChangeRequest', 'requestedAt', true),
  },
  Mutation: {
    requestChange: (_, { input }, { graph, key }) => requestChange(graph, actorOf(key), input),
    decideChange: (_, { input }, { graph, key }) => decideChange(graph, actorOf(key), input),
    deployChange: (_, { input }, { graph, key }) => deployChange(graph, actorOf(key), input),
    withdrawChange: (_, { id }, { graph, key }) => withdrawChange(graph, actorOf(key), id),
    recordMeasurement: (_, { input }, { graph, key }) => recordMeasurement(graph, actorOf(key), input),
    completeCorrectiveAction: (_, { input }, { graph, key }) => completeCorrectiveAction(graph, actorOf(key), input),
    closeFinding: (_, { input }, { graph, key }) => closeFinding(graph, actorOf(key), input),
  },
};

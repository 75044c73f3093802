import { createApiKey, history, listApiKeys, revokeApiKey } from '../../graph/index.js';
import type { Resolvers } from '../generated/resolvers.js';
import { pageSize, toConnection } from './connection.js';

/** API keys (admin), the caller's own key, and change history (auditor, admin). */
export const keyAndHistoryResolvers: Resolvers = {
  Query: {
    me: (_, __, { key }) => key,
    apiKeys: (_, __, { graph }) => listApiKeys(graph),
    history: async (_, { id, first, after }, { graph }) => toConnection(await history(graph, { id, first: pageSize(first), after: after ?? null })),
  },
  Mutation: {
    createApiKey: (_, { name, role, expiresAt }, { graph }) => createApiKey(graph, { name, role, expiresAt: expiresAt ?? null }),
    revokeApiKey: (_, { id }, { graph }) => revokeApiKey(graph, id),
  },
};

import { createApiKey, history, isUnicodeText, listApiKeys, revokeApiKey } from '../../graph/index.js';
import { badInput } from '../errors.js';
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
    createApiKey: (_, { name, role, expiresAt }, { graph }) => {
      // Stored as UTF-8, an unpaired surrogate would come back as U+FFFD: refused like in any other write.
      if (!isUnicodeText(name)) throw badInput('name', 'name must be Unicode text (it has an unpaired surrogate).');
      return createApiKey(graph, { name, role, expiresAt: expiresAt ?? null });
    },
    revokeApiKey: (_, { id }, { graph }) => revokeApiKey(graph, id),
  },
};

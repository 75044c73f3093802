import { search } from '../../graph/index.js';
import type { Resolvers } from '../generated/resolvers.js';
import { pageSize } from './connection.js';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, { text, labels, first, after }, { graph }) =>
      search(graph, { text, labels: labels ?? undefined, first: pageSize(first, 20), after }),
  },
  SearchHit: {
    node: (hit, _, { loaders }) => loaders.node.load(hit.id),
  },
};

import {
  clauseLineage,
  controlLineage,
  coverage,
  gaps,
  impact,
  shortestPath,
  statementOfApplicability,
  staleEvidence,
  type Page,
} from '../../graph/index.js';
import type { Resolvers } from '../generated/resolvers.js';
import { pageSize, today } from './connection.js';

const pageInfo = { pageInfo: (p: Page<unknown>) => ({ hasNextPage: p.hasNextPage, endCursor: p.endCursor }) };

/**
 * The traceability questions. Each is one query module in graph/queries answering in one Cypher
 * round-trip; these resolvers only pass arguments (asOf defaults to today).
 */
export const traceabilityResolvers: Resolvers = {
  AISystem: {
    coverage: async (system, { asOf, expiringDays }, { graph }) =>
      (await coverage(graph, { systemId: system.id, asOf: asOf ?? today(), expiringDays }))!,
  },
  Control: {
    lineage: async (control, { asOf, expiringDays, first, after }, { graph }) =>
      (await controlLineage(graph, { controlId: control.id, asOf: asOf ?? today(), expiringDays, first: pageSize(first), after }))!,
  },
  Clause: {
    lineage: async (clause, { asOf, expiringDays, first, after }, { graph }) =>
      (await clauseLineage(graph, { clauseId: clause.id, asOf: asOf ?? today(), expiringDays, first: pageSize(first), after }))!,
  },
  PathNode: { node: (ref, _, { loaders }) => loaders.node.load(ref.id) },
  StaleEvidencePage: pageInfo,
  LineageImplementationPage: pageInfo,
  ClauseControlPage: pageInfo,
  SearchPage: pageInfo,
  Query: {
    staleEvidence: (_, { asOf, withinDays, first, after }, { graph }) =>
      staleEvidence(graph, { asOf: asOf ?? today(), withinDays, first: pageSize(first), after }),
    gaps: (_, { asOf, expiringDays, first }, { graph }) => gaps(graph, { asOf: asOf ?? today(), expiringDays, first }),
    impact: (_, { id, maxDepth, first }, { graph }) => impact(graph, { id, maxDepth, first }),
    statementOfApplicability: (_, { scopeId, asOf, expiringDays }, { graph }) =>
      statementOfApplicability(graph, { scopeId, asOf: asOf ?? today(), expiringDays }),
    path: (_, { from, to, maxLength }, { graph }) => shortestPath(graph, { fromId: from, toId: to, maxLength }),
  },
};

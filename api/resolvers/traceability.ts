import {
  clauseLineage,
  controlLineage,
  coverage,
  frameworkCoverage,
  gaps,
  impact,
  shortestPath,
  statementOfApplicability,
  staleEvidence,
  type ClauseLineage,
  type ControlLineage,
  type Coverage,
  type Graph,
  type Page,
} from '../../graph/index.js';
import type { AiSystemCoverageArgs, ClauseLineageArgs, ControlLineageArgs, Resolvers } from '../generated/resolvers.js';
import { pageSize, today } from './connection.js';
import { answeredAhead } from './lookAhead.js';

const pageInfo = { pageInfo: (p: Page<unknown>) => ({ hasNextPage: p.hasNextPage, endCursor: p.endCursor }) };

/**
 * The questions asked of one node, by its id and the field's arguments (asOf defaults to today).
 * The field resolvers below and the look-ahead in query.ts both ask through these.
 */
export const askAbout = {
  coverage: (graph: Graph, id: string, { asOf, expiringDays }: AiSystemCoverageArgs): Promise<Coverage | null> =>
    coverage(graph, { systemId: id, asOf: asOf ?? today(), expiringDays: expiringDays ?? undefined }),
  controlLineage: (graph: Graph, id: string, { asOf, expiringDays, first, after }: ControlLineageArgs): Promise<ControlLineage | null> =>
    controlLineage(graph, { controlId: id, asOf: asOf ?? today(), expiringDays: expiringDays ?? undefined, first: pageSize(first), after }),
  clauseLineage: (graph: Graph, id: string, { asOf, expiringDays, first, after }: ClauseLineageArgs): Promise<ClauseLineage | null> =>
    clauseLineage(graph, { clauseId: id, asOf: asOf ?? today(), expiringDays: expiringDays ?? undefined, first: pageSize(first), after }),
};

/**
 * The traceability questions. Each is one query module in graph/queries answering in one Cypher
 * round-trip; these resolvers only pass arguments, or take the answer the node's lookup read ahead.
 */
export const traceabilityResolvers: Resolvers = {
  AISystem: {
    coverage: async (system, args, { graph }) =>
      answeredAhead<Coverage>(system, 'coverage', args) ?? (await askAbout.coverage(graph, system.id, args))!,
  },
  Control: {
    lineage: async (control, args, { graph }) =>
      answeredAhead<ControlLineage>(control, 'lineage', args) ?? (await askAbout.controlLineage(graph, control.id, args))!,
  },
  Clause: {
    lineage: async (clause, args, { graph }) =>
      answeredAhead<ClauseLineage>(clause, 'lineage', args) ?? (await askAbout.clauseLineage(graph, clause.id, args))!,
  },
  PathNode: { node: (ref, _, { loaders }) => loaders.node.load(ref.id) },
  StaleEvidencePage: pageInfo,
  LineageImplementationPage: pageInfo,
  ClauseControlPage: pageInfo,
  SearchPage: pageInfo,
  FrameworkItemPage: pageInfo,
  Query: {
    staleEvidence: (_, { asOf, withinDays, first, after }, { graph }) =>
      // An explicit null takes the default, as for every other optional argument.
      staleEvidence(graph, { asOf: asOf ?? today(), withinDays: withinDays ?? 30, first: pageSize(first), after }),
    gaps: (_, { asOf, expiringDays, first }, { graph }) => gaps(graph, { asOf: asOf ?? today(), expiringDays, first }),
    impact: (_, { id, maxDepth, first }, { graph }) => impact(graph, { id, maxDepth, first }),
    statementOfApplicability: (_, { scopeId, asOf, expiringDays }, { graph }) =>
      statementOfApplicability(graph, { scopeId, asOf: asOf ?? today(), expiringDays: expiringDays ?? undefined }),
    path: (_, { from, to, maxLength }, { graph }) => shortestPath(graph, { fromId: from, toId: to, maxLength }),
    frameworkCoverage: (_, { framework, scopeId, asOf, expiringDays, support, first, after }, { graph }) =>
      frameworkCoverage(graph, {
        framework, scopeId, asOf: asOf ?? today(), expiringDays: expiringDays ?? undefined, support, first: pageSize(first), after,
      }),
  },
};

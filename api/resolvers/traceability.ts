import {
  clauseLineage,
  controlLineage,
  coverage,
  frameworkCoverage,
  gaps,
  impact,
  labelOfId,
  NotFoundError,
  shortestPath,
  statementOfApplicability,
  staleEvidence,
  travelTo,
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
 * A question asked `asOf` a day (default today), answered from the graph as it was at the end of
 * that day (graph/timeTravel): the one way every question with an asOf is asked.
 */
export function onDay<T>(graph: Graph, asOf: string | null | undefined, ask: (day: string) => Promise<T>): Promise<T> {
  const day = asOf ?? today();
  return travelTo(graph, day, () => ask(day));
}

/**
 * The same for a question about one node: null when it does not exist; a node that exists but did
 * not yet on a past day is NOT_FOUND on `asOf`.
 */
async function aboutNodeOnDay<T>(graph: Graph, id: string, asOf: string | null | undefined, ask: (day: string) => Promise<T | null>): Promise<T | null> {
  const day = asOf ?? today();
  const answer = await travelTo(graph, day, () => ask(day));
  if (answer === null && day < today()) throw new NotFoundError('asOf', id, `${labelOfId(id) ?? 'node'} on ${day}`);
  return answer;
}

/**
 * The questions asked of one node, by its id and the field's arguments (asOf defaults to today).
 * The field resolvers below and the look-ahead in query.ts both ask through these.
 */
export const askAbout = {
  coverage: (graph: Graph, id: string, { asOf, expiringDays }: AiSystemCoverageArgs): Promise<Coverage | null> =>
    aboutNodeOnDay(graph, id, asOf, (day) => coverage(graph, { systemId: id, asOf: day, expiringDays: expiringDays ?? undefined })),
  controlLineage: (graph: Graph, id: string, { asOf, expiringDays, first, after }: ControlLineageArgs): Promise<ControlLineage | null> => {
    const size = pageSize(first);
    return aboutNodeOnDay(graph, id, asOf, (day) => controlLineage(graph, { controlId: id, asOf: day, expiringDays: expiringDays ?? undefined, first: size, after }));
  },
  clauseLineage: (graph: Graph, id: string, { asOf, expiringDays, first, after }: ClauseLineageArgs): Promise<ClauseLineage | null> => {
    const size = pageSize(first);
    return aboutNodeOnDay(graph, id, asOf, (day) => clauseLineage(graph, { clauseId: id, asOf: day, expiringDays: expiringDays ?? undefined, first: size, after }));
  },
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
    staleEvidence: (_, { asOf, withinDays, first, after }, { graph }) => {
      const size = pageSize(first);
      // An explicit null takes the default, as for every other optional argument.
      return onDay(graph, asOf, (day) => staleEvidence(graph, { asOf: day, withinDays: withinDays ?? 30, first: size, after }));
    },
    gaps: (_, { asOf, expiringDays, first }, { graph }) => onDay(graph, asOf, (day) => gaps(graph, { asOf: day, expiringDays, first })),
    impact: (_, { id, maxDepth, first }, { graph }) => impact(graph, { id, maxDepth, first }),
    statementOfApplicability: (_, { scopeId, asOf, expiringDays }, { graph }) =>
      onDay(graph, asOf, (day) => statementOfApplicability(graph, { scopeId, asOf: day, expiringDays: expiringDays ?? undefined })),
    path: (_, { from, to, maxLength }, { graph }) => shortestPath(graph, { fromId: from, toId: to, maxLength }),
    frameworkCoverage: (_, { framework, scopeId, asOf, expiringDays, support, first, after }, { graph }) => {
      const size = pageSize(first);
      return onDay(graph, asOf, (day) => frameworkCoverage(graph, {
        framework, scopeId, asOf: day, expiringDays: expiringDays ?? undefined, support, first: size, after,
      }));
    },
  },
};

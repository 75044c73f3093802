import {
  clauseLineage,
  controlLineage,
  coverage,
  frameworkCoverage,
  gaps,
  impact,
  nodesById,
  search,
  shortestPath,
  staleEvidence,
  statementOfApplicability,
  type Graph,
} from '../graph/index.js';
import type { Inputs } from './inputs.js';

/** One call's input: ids and terms by name. */
export type Input = Record<string, string>;

/** One traceability question: the GraphQL an integrator sends and the query module alone. */
export interface Question {
  name: string;
  /** Varied inputs, cycled through by the timed calls. */
  inputs: Input[];
  /** The input that makes the question work hardest (PROFILE runs it). */
  heaviest: Input;
  gql(input: Input): { query: string; variables: Record<string, unknown> };
  raw(graph: Graph, input: Input): Promise<unknown>;
  /** Response keys from `data` down to the field whose value is the raw answer. */
  answer: string[];
  /** The raw answer as that field holds it, when the module answers differently shaped. */
  fromRaw?(raw: unknown): unknown;
}

// Selections ask for most of each answer, enums, dates and pageInfo included, so the equality
// check sees every conversion the API makes and the timings include its serialisation.
const why = 'why { nodes { id label name } relationships { type from to } }';
const summary = 'evidence { total current expiring stale superseded rejected best }';

export function questions(x: Inputs): Question[] {
  const one = (key: string, ids: string[]) => ids.map((id) => ({ [key]: id }));
  return [
    {
      name: 'coverage',
      inputs: one('id', x.systems),
      heaviest: { id: x.heaviest.system },
      gql: ({ id }) => ({
        query: `query($id: ID!, $d: Date) { aiSystem(id: $id) { coverage(asOf: $d) { system { id label name riskTier customerFacing } asOf
          covered { control { id title } implementation { id status } how scope { id label name } ${why} ${summary} }
          uncovered { id title } excluded { control { id } implementation { id status } how justification } } } }`,
        variables: { id, d: x.asOf },
      }),
      raw: (g, { id }) => coverage(g, { systemId: id!, asOf: x.asOf }),
      answer: ['aiSystem', 'coverage'],
    },
    {
      name: 'staleEvidence',
      inputs: [{}],
      heaviest: {},
      gql: () => ({
        query: `query($d: Date) { staleEvidence(asOf: $d, first: 50) { totalCount pageInfo { hasNextPage endCursor }
          rows { id title kind sha256 recordedAt reviewState expiresOn daysLeft freshness owners { id name }
            backs { implementation { id status } control { id } clauses { id } } affectedSystems { id riskTier ${why} } } } }`,
        variables: { d: x.asOf },
      }),
      raw: (g) => staleEvidence(g, { asOf: x.asOf, withinDays: 30, first: 50 }),
      answer: ['staleEvidence'],
    },
    {
      name: 'controlLineage',
      inputs: one('id', x.controls),
      heaviest: { id: x.heaviest.control },
      gql: ({ id }) => ({
        query: `query($id: ID!, $d: Date) { control(id: $id) { lineage(asOf: $d) { control { id title } objective { id } area { id }
          clauses { id title } implementations { totalCount pageInfo { hasNextPage endCursor } rows { id status updatedOn scope { id label }
            evidence { id kind sha256 recordedAt expiresOn freshness reviewState supersedes supersededBy } ${why} } } } } }`,
        variables: { id, d: x.asOf },
      }),
      raw: (g, { id }) => controlLineage(g, { controlId: id!, asOf: x.asOf, first: 50 }),
      answer: ['control', 'lineage'],
    },
    {
      name: 'clauseLineage',
      inputs: one('id', x.clauses),
      heaviest: { id: x.heaviest.clause },
      gql: ({ id }) => ({
        query: `query($id: ID!, $d: Date) { clause(id: $id) { lineage(asOf: $d) { clause { id title } parent { id } subclauses { id }
          controls { totalCount pageInfo { hasNextPage endCursor } rows { id title addresses
            implementations { id status scope { id } ${summary} } ${summary} ${why} } } } } }`,
        variables: { id, d: x.asOf },
      }),
      raw: (g, { id }) => clauseLineage(g, { clauseId: id!, asOf: x.asOf, first: 50 }),
      answer: ['clause', 'lineage'],
    },
    {
      name: 'gaps',
      inputs: [{}],
      heaviest: {},
      gql: () => {
        const gap = `{ id label name reason ${why} }`;
        return {
          query: `query($d: Date) { gaps(asOf: $d) { asOf uncoveredControls ${gap} implementationsWithoutCurrentEvidence ${gap}
            risksAboveAppetite ${gap} unownedSystems ${gap} unownedDatasets ${gap} orphans ${gap} } }`,
          variables: { d: x.asOf },
        };
      },
      raw: (g) => gaps(g, { asOf: x.asOf }),
      answer: ['gaps'],
    },
    {
      name: 'impact',
      inputs: one('id', x.subjects),
      heaviest: { id: x.heaviest.vendor },
      gql: ({ id }) => ({
        query: `query($id: ID!) { impact(id: $id) { subject { id label } maxDepth affected { id label name distance riskTier ${why} }
          risks { id name residualScore threatens } } }`,
        variables: { id },
      }),
      raw: (g, { id }) => impact(g, { id: id! }),
      answer: ['impact'],
    },
    {
      name: 'statementOfApplicability',
      inputs: x.systems.flatMap((id) => [{ scope: x.organization }, { scope: id }]),
      heaviest: { scope: x.organization },
      gql: ({ scope }) => ({
        query: `query($s: ID!, $d: Date) { statementOfApplicability(scopeId: $s, asOf: $d) { scope { id } asOf rows { control { id title }
          area { id } applicable justification status implementationCount ${summary} owners
          exclusions { implementationId scope { id } justification } why { nodes { id } } } } }`,
        variables: { s: scope, d: x.asOf },
      }),
      raw: (g, { scope }) => statementOfApplicability(g, { scopeId: scope!, asOf: x.asOf }),
      answer: ['statementOfApplicability'],
    },
    {
      name: 'frameworkCoverage',
      inputs: x.systems.flatMap((id) => [{ fw: 'NIST-AI-RMF', scope: x.organization }, { fw: 'EU-AI-Act', scope: id }]),
      heaviest: { fw: 'NIST-AI-RMF', scope: x.organization },
      gql: ({ fw, scope }) => ({
        query: `query($f: ID!, $s: ID!, $d: Date) { frameworkCoverage(framework: $f, scopeId: $s, asOf: $d, first: 100) {
          framework { id title } scope { id label name } asOf summary { total supported partial unsupported unmapped }
          items { totalCount pageInfo { hasNextPage endCursor } rows { requirement { id ref title kind parentId } support rolledUp
            routes { via { id label name } bridge { id label name } confidence source controlCount control { id title } status evidence support ${why} } } } } }`,
        variables: { f: fw, s: scope, d: x.asOf },
      }),
      raw: (g, { fw, scope }) => frameworkCoverage(g, { framework: fw!, scopeId: scope!, asOf: x.asOf, first: 100 }),
      answer: ['frameworkCoverage'],
    },
    {
      name: 'path',
      inputs: x.systems.map((from, i) => ({ from, to: x.controls[(i * 7) % x.controls.length]! })),
      heaviest: { from: x.heaviest.system, to: x.heaviest.control },
      gql: ({ from, to }) => ({
        query: `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { nodes { id label name } relationships { type from to } } }`,
        variables: { a: from, b: to },
      }),
      raw: (g, { from, to }) => shortestPath(g, { fromId: from!, toId: to! }),
      answer: ['path'],
    },
    {
      name: 'nodeById',
      inputs: one('id', x.systems),
      heaviest: { id: x.heaviest.system },
      gql: ({ id }) => ({
        query: `query($id: ID!) { node(id: $id) { __typename id ... on AISystem { name kind riskTier lifecycleStage customerFacing } } }`,
        variables: { id },
      }),
      raw: (g, { id }) => nodesById(g, [id!]),
      answer: ['node'],
      fromRaw: (raw) => (raw as unknown[])[0],
    },
    {
      name: 'search',
      inputs: one('text', x.terms),
      heaviest: { text: x.heaviest.term },
      gql: ({ text }) => ({
        query: `query($t: String!) { search(text: $t) { totalCount pageInfo { hasNextPage endCursor } rows { id label name score } } }`,
        variables: { t: text },
      }),
      raw: (g, { text }) => search(g, { text: text!, first: 20 }),
      answer: ['search'],
    },
  ];
}

import {
  clauseLineage,
  controlLineage,
  coverage,
  gaps,
  impact,
  nodesById,
  search,
  shortestPath,
  staleEvidence,
  statementOfApplicability,
  type Graph,
} from '../graph/index.js';

/** One traceability question: the GraphQL an integrator sends and the query module alone. */
export interface Question {
  name: string;
  /** The i-th call's GraphQL operation and variables (inputs vary with i). */
  gql(i: number): { query: string; variables: Record<string, unknown> };
  raw(graph: Graph, i: number): Promise<unknown>;
}

export interface Inputs {
  asOf: string;
  systems: string[];
  controls: string[];
  clauses: string[];
  subjects: string[];
  terms: string[];
}

const pick = <T>(list: T[], i: number) => list[i % list.length]!;

export function questions(x: Inputs): Question[] {
  return [
    {
      name: 'coverage',
      gql: (i) => ({
        query: `query($id: ID!, $d: Date) { aiSystem(id: $id) { coverage(asOf: $d) { covered { control { id } how scope { id } why { nodes { id } } evidence { best } } uncovered { id } excluded { control { id } } } } }`,
        variables: { id: pick(x.systems, i), d: x.asOf },
      }),
      raw: (g, i) => coverage(g, { systemId: pick(x.systems, i), asOf: x.asOf }),
    },
    {
      name: 'staleEvidence',
      gql: () => ({
        query: `query($d: Date) { staleEvidence(asOf: $d, first: 50) { totalCount rows { id expiresOn freshness backs { control { id } clauses { id } } affectedSystems { id } } } }`,
        variables: { d: x.asOf },
      }),
      raw: (g) => staleEvidence(g, { asOf: x.asOf, withinDays: 30, first: 50 }),
    },
    {
      name: 'controlLineage',
      gql: (i) => ({
        query: `query($id: ID!, $d: Date) { control(id: $id) { lineage(asOf: $d) { clauses { id } implementations { totalCount rows { id status scope { id } evidence { id sha256 freshness expiresOn } } } } } }`,
        variables: { id: pick(x.controls, i), d: x.asOf },
      }),
      raw: (g, i) => controlLineage(g, { controlId: pick(x.controls, i), asOf: x.asOf, first: 50 }),
    },
    {
      name: 'clauseLineage',
      gql: (i) => ({
        query: `query($id: ID!, $d: Date) { clause(id: $id) { lineage(asOf: $d) { controls { totalCount rows { id implementations { id status } evidence { best } } } } } }`,
        variables: { id: pick(x.clauses, i), d: x.asOf },
      }),
      raw: (g, i) => clauseLineage(g, { clauseId: pick(x.clauses, i), asOf: x.asOf, first: 50 }),
    },
    {
      name: 'gaps',
      gql: () => ({
        query: `query($d: Date) { gaps(asOf: $d) { uncoveredControls { id } implementationsWithoutCurrentEvidence { id } risksAboveAppetite { id } unownedSystems { id } unownedDatasets { id } orphans { id } } }`,
        variables: { d: x.asOf },
      }),
      raw: (g) => gaps(g, { asOf: x.asOf }),
    },
    {
      name: 'impact',
      gql: (i) => ({
        query: `query($id: ID!) { impact(id: $id) { affected { id distance why { nodes { id } } } risks { id } } }`,
        variables: { id: pick(x.subjects, i) },
      }),
      raw: (g, i) => impact(g, { id: pick(x.subjects, i) }),
    },
    {
      name: 'statementOfApplicability',
      gql: (i) => ({
        query: `query($s: ID!, $d: Date) { statementOfApplicability(scopeId: $s, asOf: $d) { rows { control { id } applicable status implementationCount evidence { total best } owners } } }`,
        variables: { s: i % 2 ? 'ORG-BRIGHTWATER' : pick(x.systems, i), d: x.asOf },
      }),
      raw: (g, i) => statementOfApplicability(g, { scopeId: i % 2 ? 'ORG-BRIGHTWATER' : pick(x.systems, i), asOf: x.asOf }),
    },
    {
      name: 'path',
      gql: (i) => ({
        query: `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { nodes { id } relationships { type } } }`,
        variables: { a: pick(x.systems, i), b: pick(x.controls, i * 7) },
      }),
      raw: (g, i) => shortestPath(g, { fromId: pick(x.systems, i), toId: pick(x.controls, i * 7) }),
    },
    {
      name: 'nodeById',
      gql: (i) => ({ query: `query($id: ID!) { node(id: $id) { id ... on AISystem { name riskTier } } }`, variables: { id: pick(x.systems, i) } }),
      raw: (g, i) => nodesById(g, [pick(x.systems, i)]),
    },
    {
      name: 'search',
      gql: (i) => ({ query: `query($t: String!) { search(text: $t) { totalCount rows { id label name score } } }`, variables: { t: pick(x.terms, i) } }),
      raw: (g, i) => search(g, { text: pick(x.terms, i), first: 20 }),
    },
  ];
}

import fc from 'fast-check';
import { parse, validate } from 'graphql';
import { injectionPayloads, oddText, withLoneSurrogate } from './oddStrings.js';
import { sdl } from './sdl.js';

/** A request body as sent, and its content type (JSON unless said). */
export interface RawRequest {
  body: string;
  contentType?: string;
}

/** GraphQL literals, well typed or not where they land: strings, numbers, enums, lists, objects, variables. */
const literal: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oddText(30).map((s) => JSON.stringify(s)),
    withLoneSurrogate().map((s) => JSON.stringify(s)),
    fc.integer().map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.constantFrom('null', 'true', 'HIGH', 'CHATBOT', 'OWNS', '$undefined', '"2026-02-30"', '"2026-11-26"', '1e400', '0x10', '"\\u0060"'),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc.array(fc.tuple(fc.constantFrom('name', 'a', 'id', 'kind'), tie('value')), { maxLength: 3 }).map((kv) => `{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
  ),
})).value;

/** Mutation documents with a hole for a literal: each a write a client might botch. */
const mutationTemplates = [
  'mutation { createPerson(input: {name: %}) { id name } }',
  'mutation { createPerson(input: {name: "Fuzz", email: %}) { id } }',
  'mutation { createRisk(input: {title: "t", likelihood: %, impact: 2}) { id } }',
  'mutation { createModel(input: {name: "m", version: "1", releasedOn: %}) { id } }',
  'mutation { updateVendor(id: "VND-NIMBUS", patch: {slaUptime: %}) { id } }',
  'mutation { updateAISystem(id: %, patch: {riskTier: HIGH}) { id } }',
  'mutation { createAISystem(input: {name: "x", kind: %}) { id } }',
  'mutation { link(input: {type: %, from: "PER-GOV-LEAD", to: "SYS-WEBCHAT"}) }',
  'mutation { unlink(input: {type: OWNS, from: %, to: "SYS-WEBCHAT"}) }',
  'mutation { deleteDataset(id: %) { id } }',
  'mutation { createApiKey(name: "k", role: VIEWER, expiresAt: %) { token } }',
  'mutation { createEvidence(input: {title: "e", implementationIds: %, validUntil: "2027-01-01"}) { id } }',
  'mutation { createPerson(input: {name: "x", recordedAt: %}) { id } }',
  'mutation { createPerson(input: {name: "x"}, extra: %) { id } }',
  'mutation { createPerson(input: {name: "x"}) }',
  'mutation { createPerson { id } }',
  'mutation($x: Int) { deletePerson(id: $x) { id } }',
  'mutation { deletePerson(id: $y) { id } }',
  'mutation { deletePerson(id: "PER-NOPE") { id @skip(if: %) } }',
  'mutation { deletePerson(id: "PER-NOPE") { ...A } } fragment A on DeletedNode { ...B } fragment B on DeletedNode { ...A }',
  'mutation { deletePerson(id: "PER-NOPE") { id } } mutation { deletePerson(id: "PER-NOPE2") { id } }',
  'mutation { __typename }',
  'mutation { deletePerson(id: "PER-NOPE") { id nope } }',
];

const filled = (templates: readonly string[]) => fc.tuple(fc.constantFrom(...templates), literal).map(([t, v]) => t.replace('%', v));

/** A document cut anywhere: parse errors at every position, or now and then the whole of it. */
const truncated = (templates: readonly string[]) =>
  fc.tuple(fc.constantFrom(...templates.filter((t) => !t.includes('$'))), literal, fc.nat()).map(([t, v, n]) => {
    const doc = t.replace('%', v);
    return doc.slice(0, n % (doc.length + 1));
  });

/** Many root fields that cannot land, in one document: wide input. */
const wide = fc.integer({ min: 1, max: 60 }).map((n) => `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: deletePerson(id: "PER-NOPE-${i}") { id }`).join(' ')} }`);

/** Nesting past any reasonable depth, in a literal. */
const deep = fc.integer({ min: 50, max: 5_000 }).map((n) => `mutation { createPerson(input: {name: ${'['.repeat(n)}"x"${']'.repeat(n)}}) { id } }`);

const asQuery = (query: string): RawRequest => ({ body: JSON.stringify({ query }) });

/** Bodies the HTTP layer or Apollo must refuse before anything runs. */
const bodies: fc.Arbitrary<RawRequest> = fc.oneof(
  fc.constantFrom<RawRequest>(
    { body: '{' },
    { body: '' },
    { body: '[]' },
    { body: '5' },
    { body: 'null' },
    { body: '"mutation { __typename }"' },
    { body: '{"query": 5}' },
    { body: '{"query": ""}' },
    { body: '{"query": "mutation { __typename }", "variables": "x"}' },
    { body: '{"query": "mutation { __typename }", "variables": [1]}' },
    { body: '{"query": "mutation { __typename }", "operationName": "Nope"}' },
    { body: '{"query": "mutation A { __typename } mutation B { __typename }"}' },
    { body: '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}' },
    { body: '{"query": "mutation($v: PersonInput!) { createPerson(input: $v) { id } }", "variables": {"__proto__": {"name": "x"}}}' },
    { body: 'query=mutation%20%7B%20__typename%20%7D', contentType: 'application/x-www-form-urlencoded' },
    { body: '{"query": "mutation { deletePerson(id: \\"PER-NOPE\\") { id } }"}', contentType: 'text/plain' },
    { body: '{"query": "mutation { deletePerson(id: \\"PER-NOPE\\") { id } }"}', contentType: 'application/json; charset=utf-16' },
  ),
  // Past the body limit (413), and just under it: a name a hundred times too long, refused by the API.
  fc.integer({ min: 1_000_001, max: 1_100_000 }).map((n) => ({
    body: JSON.stringify({ query: 'mutation($n: String!) { createPerson(input: {name: $n}) { id } }', variables: { n: 'a'.repeat(n) } }),
  })),
  fc.integer({ min: 900_000, max: 990_000 }).map((bytes) => ({
    body: JSON.stringify({ query: 'mutation($n: String!) { createPerson(input: {name: $n}) { id } }', variables: { n: 'é'.repeat(bytes / 2) } }),
  })),
  fc.constantFrom(...injectionPayloads).map((p) => ({ body: `{"query": ${JSON.stringify(p)}}` })),
);

/** Documents and bodies a careless or hostile client sends to write. */
export function malformedMutation(): fc.Arbitrary<RawRequest> {
  return fc.oneof(
    { weight: 5, arbitrary: filled(mutationTemplates).map(asQuery) },
    { weight: 3, arbitrary: truncated(mutationTemplates).map(asQuery) },
    { weight: 1, arbitrary: wide.map(asQuery) },
    { weight: 1, arbitrary: deep.map(asQuery) },
    { weight: 2, arbitrary: bodies },
  );
}

/** Query documents with a hole for a literal: arguments of every kind of question. */
const queryTemplates = [
  '{ staleEvidence(asOf: %) { totalCount } }',
  '{ staleEvidence(withinDays: %, first: 5) { rows { id } } }',
  '{ gaps(asOf: "2026-11-26", expiringDays: %) { counts { orphans } } }',
  '{ aiSystem(id: "SYS-WEBCHAT") { coverage(asOf: %) { uncovered { id } } } }',
  '{ control(id: %) { id lineage { implementations { totalCount } } } }',
  '{ clause(id: "6") { lineage(first: %) { controls { totalCount } } } }',
  '{ impact(id: "VND-NIMBUS", maxDepth: %) { affectedCount } }',
  '{ statementOfApplicability(scopeId: %) { rows { status } } }',
  '{ path(from: "SYS-WEBCHAT", to: %) { nodes { id } } }',
  '{ search(text: %) { totalCount } }',
  '{ search(text: "bias", labels: %) { totalCount } }',
  '{ aiSystems(filter: {riskTier: %}) { totalCount } }',
  '{ evidence(filter: {freshness: STALE, asOf: %}) { totalCount } }',
  '{ nodes(ids: %) { id } }',
  '{ node(id: "SYS-WEBCHAT") { ... on AISystem { dependsOn { dependsOn { dependsOn { dependsOn { dependsOn { dependsOn { dependsOn { dependsOn { dependsOn { dependsOn { dependsOn { dependsOn { id } } } } } } } } } } } } } } }',
  '{ aiSystems(first: %) { edges { node { implementations { evidence { supports { evidence { id } } } } } } } }',
  '{ history(id: "SYS-WEBCHAT", after: %) { totalCount } }',
  'query($a: Date = %) { staleEvidence(asOf: $a) { totalCount } }',
];

/** Documents and bodies a careless or hostile client sends to read. */
export function malformedQuery(): fc.Arbitrary<RawRequest> {
  return fc.oneof(
    { weight: 6, arbitrary: filled(queryTemplates).map(asQuery) },
    { weight: 3, arbitrary: truncated(queryTemplates).map(asQuery) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3_000 }).map((n) => asQuery(`{ ${Array.from({ length: n }, (_, i) => `a${i}: node(id: "SYS-${i}") { id }`).join(' ')} }`)) },
  );
}

/** Whether a body holds a document that parses and type-checks against the schema: one that may run. */
export function mayRun(body: string): boolean {
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && validate(sdl, parse(query)).length === 0;
  } catch {
    return false;
  }
}

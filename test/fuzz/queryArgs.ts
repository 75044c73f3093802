import fc from 'fast-check';
import { expect } from 'vitest';
import { labelOfId, searchableLabels, type Graph, type Label } from '../../graph/index.js';
import { wrongType, type Valued } from './fieldValues.js';
import { calendarDay, injectionPayloads, labelLikePayloads, notADay, oddText, sizedText } from './oddStrings.js';
import type { Bad } from './replies.js';
import { send } from './replies.js';
import type { TestApi } from '../setup/api.js';

/** A drawn argument; `maybe` when the API may take it or refuse it (a forged cursor of the right list). */
export type Arg = Valued | { value: unknown; fault: 'maybe' };

/** A read to send, and what it must answer. */
export interface Ask {
  query: string;
  variables: Record<string, unknown>;
  /** The refusal must name one of these; empty: it must be answered. */
  bads: Bad[];
  /** May be refused naming one of these, or answered. */
  maybe: Bad[];
  check?(data: Record<string, unknown>): void;
}

/** What the reference graph holds, as a client can learn it: ids by label, and a real cursor of every list. */
export interface Reference {
  ids: Map<string, Label>;
  byLabel: (label: Label) => string[];
  cursors: Record<string, string>;
}

/** The reference graph's ids, and the first page's cursor of every paginated question. */
export async function loadReference(graph: Graph, api: TestApi): Promise<Reference> {
  const rows = await graph.read('MATCH (n) WHERE n.id IS NOT NULL AND NOT n:ApiKey AND NOT n:ChangeEvent AND NOT n:Migration RETURN n.id AS id, labels(n)[0] AS label ORDER BY id');
  const ids = new Map(rows.map((r) => [String(r.id), r.label as Label]));
  const page = '{ pageInfo { endCursor } }';
  const lists = [
    'aiSystems', 'models', 'datasets', 'vendors', 'risks', 'implementations', 'evidence', 'people', 'clauses', 'controls',
    'changeRequests', 'impactAssessments', 'incidents', 'findings', 'correctiveActions', 'audits', 'managementReviews', 'kpis',
  ];
  const reply = await send(api, `{
    ${lists.map((l) => `${l}(first: 1) ${page}`).join(' ')}
    staleEvidence(first: 1) ${page}
    search(text: "customer", first: 1) ${page}
    history(id: "SYS-WEBCHAT", first: 1) { pageInfo { endCursor } }
    control(id: "A.6.2.4") { lineage(first: 1) { implementations ${page} } }
    clause(id: "6") { lineage(first: 1) { controls ${page} } }
  }`);
  expect(reply.errors, 'the first page of every list').toEqual([]);
  const data = reply.data as Record<string, { pageInfo: { endCursor: string } } & Record<string, never>>;
  const cursors: Record<string, string> = {};
  for (const l of [...lists, 'staleEvidence', 'search', 'history']) cursors[l] = data[l]!.pageInfo.endCursor;
  cursors.controlLineage = (data.control as unknown as { lineage: { implementations: { pageInfo: { endCursor: string } } } }).lineage.implementations.pageInfo.endCursor;
  cursors.clauseLineage = (data.clause as unknown as { lineage: { controls: { pageInfo: { endCursor: string } } } }).lineage.controls.pageInfo.endCursor;
  for (const [list, cursor] of Object.entries(cursors)) expect(cursor, list).toBeTruthy();
  const byLabel = (label: Label) => [...ids].filter(([, l]) => l === label).map(([id]) => id);
  return { ids, byLabel, cursors };
}

const ok = (value: unknown): Arg => ({ value });
const omitted = fc.constant<Arg>({ value: undefined });
const nulled = fc.constant<Arg>({ value: null });

/** Any id a client might ask about: real ones of every label mostly, and missing, odd, huge and hostile ones. */
export function anyId(ref: Reference): fc.Arbitrary<string> {
  const real = [...ref.ids.keys()];
  return fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.constantFrom('SYS-NOPE', 'A.99.1', '99.9', 'VND-', 'ORG-NOPE', 'EVD-0000', 'NIST-AI-RMF:NOPE', 'key_000000000000') },
    { weight: 2, arbitrary: oddText(40) },
    { weight: 1, arbitrary: sizedText(1_000, 20_000) },
    { weight: 1, arbitrary: fc.constantFrom(...injectionPayloads, ...labelLikePayloads) },
  );
}

/** An `ID!` argument: any string is a fair question; only a value GraphQL cannot coerce is refused. */
export const idArg = (ref: Reference, nullable = false): fc.Arbitrary<Arg> =>
  fc.oneof(
    { weight: 16, arbitrary: anyId(ref).map(ok) },
    { weight: 1, arbitrary: wrongType('ID').map((value): Arg => ({ value, fault: 'coerce' })) },
    { weight: 1, arbitrary: nullable ? nulled : fc.constant<Arg>({ value: null, fault: 'coerce' }) },
  );

/** A `Date` argument (optional: asOf defaults to today). */
export const dayArg = (): fc.Arbitrary<Arg> =>
  fc.oneof(
    { weight: 8, arbitrary: calendarDay().map(ok) },
    { weight: 2, arbitrary: omitted },
    { weight: 1, arbitrary: nulled },
    { weight: 2, arbitrary: fc.oneof(notADay(), wrongType('String')).map((value): Arg => ({ value, fault: 'coerce' })) },
  );

/** An optional `Int` the API bounds to [min, max]: left out, null (the default), within, outside, not an Int. */
export const intArg = (min: number, max: number): fc.Arbitrary<Arg> =>
  fc.oneof(
    { weight: 3, arbitrary: omitted },
    { weight: 1, arbitrary: nulled },
    { weight: 8, arbitrary: fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max)).map(ok) },
    { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -(2 ** 31), max: min - 1 }), fc.integer({ min: max + 1, max: 2 ** 31 - 1 })).map((value): Arg => ({ value, fault: 'domain' })) },
    { weight: 1, arbitrary: wrongType('Int').map((value): Arg => ({ value, fault: 'coerce' })) },
  );

const decodeTag = (cursor: string) => (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[])[0];
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/**
 * An `after` cursor for `list`: none, its own, another list's (refused), garbage (refused), or one
 * forged with the right tag and any values (taken when its shape fits, else refused naming `after`).
 */
export function cursorArg(ref: Reference, list: string): fc.Arbitrary<Arg> {
  const own = ref.cursors[list]!;
  const tag = decodeTag(own);
  const others = Object.values(ref.cursors).filter((c) => decodeTag(c) !== tag);
  const garbage = fc.oneof(oddText(60), fc.base64String({ maxLength: 40 }), fc.jsonValue({ maxDepth: 2 }).map(encode), fc.constant(''));
  return fc.oneof(
    { weight: 6, arbitrary: omitted },
    { weight: 1, arbitrary: nulled },
    { weight: 4, arbitrary: fc.constant(ok(own)) },
    { weight: 2, arbitrary: fc.constantFrom(...others).map((value): Arg => ({ value, fault: 'domain' })) },
    { weight: 2, arbitrary: garbage.map((value): Arg => ({ value, fault: 'domain' })) },
    {
      weight: 3,
      arbitrary: fc
        .oneof(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }), fc.array(fc.oneof(oddText(12), fc.double(), calendarDay()), { minLength: 1, maxLength: 3 }))
        .map((key): Arg => ({ value: encode([tag, ...key]), fault: 'maybe' })),
    },
    { weight: 1, arbitrary: wrongType('String').map((value): Arg => ({ value, fault: 'coerce' })) },
  );
}

/** An optional enum filter or argument. */
export const enumArg = (values: readonly string[]): fc.Arbitrary<Arg> =>
  fc.oneof(
    { weight: 4, arbitrary: omitted },
    { weight: 1, arbitrary: nulled },
    { weight: 6, arbitrary: fc.constantFrom(...values).map(ok) },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...values.map((v) => v.toLowerCase()), ...labelLikePayloads), wrongType('Enum')).map((value): Arg => ({ value, fault: 'coerce' })) },
  );

/** An optional id filter: any string names something or nothing (an empty page), never an error. */
export const idFilterArg = (ref: Reference): fc.Arbitrary<Arg> => fc.oneof({ weight: 3, arbitrary: omitted }, { weight: 4, arbitrary: idArg(ref, true) });

/** Search's label filter: the searchable labels, or a name the server must refuse rather than splice. */
export const labelsArg = (): fc.Arbitrary<Arg> =>
  fc.oneof(
    { weight: 3, arbitrary: omitted },
    { weight: 6, arbitrary: fc.subarray([...searchableLabels]).map(ok) },
    { weight: 2, arbitrary: fc.tuple(fc.subarray([...searchableLabels]), fc.constantFrom(...labelLikePayloads, 'Migration', 'Organizations')).map(([l, x]): Arg => ({ value: [...l, x], fault: 'domain' })) },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 2 }).map((value): Arg => ({ value, fault: 'coerce' })) },
  );

/**
 * A read from drawn arguments: variables named as the arguments (dotted names go inside an input
 * object), refusals expected for the faulty ones. Domain faults count only when `applies` says the
 * field that checks them runs (a lineage is only asked of a control).
 */
export function ask(
  query: string,
  args: Record<string, fc.Arbitrary<Arg>>,
  options: { applies?(variables: Record<string, unknown>): boolean; check?(data: Record<string, unknown>, variables: Record<string, unknown>): void } = {},
): fc.Arbitrary<Ask> {
  return fc.record(args).map((drawn) => {
    const variables: Record<string, unknown> = {};
    for (const [name, arg] of Object.entries(drawn)) {
      if (arg.value === undefined) continue;
      const [outer, inner] = name.split('.') as [string, string | undefined];
      if (inner) variables[outer] = { ...(variables[outer] as object), [inner]: arg.value };
      else variables[outer] = arg.value;
    }
    const applies = options.applies?.(variables) ?? true;
    const named = (fault: string) => Object.entries(drawn).filter(([, a]) => a.fault === fault).map(([field]): Bad => ({ field, code: 'BAD_USER_INPUT' }));
    const bads = [...named('coerce'), ...(applies ? named('domain') : [])];
    const maybe = applies ? named('maybe') : [];
    return { query, variables, bads, maybe, check: options.check && ((data) => options.check!(data, variables)) };
  });
}

/** The label an id names, when the reference graph holds it. */
export const existing = (ref: Reference, id: unknown): Label | null => (typeof id === 'string' && ref.ids.has(id) ? labelOfId(id) : null);

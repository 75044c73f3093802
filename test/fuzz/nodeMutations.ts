import fc from 'fast-check';
import { expect } from 'vitest';
import { idPrefixes, type Graph, type Role } from '../../graph/index.js';
import { fieldValue, mostlyFields, type Valued } from './fieldValues.js';
import { oddText } from './oddStrings.js';
import type { IdPick, Registry } from './registry.js';
import type { Bad } from './replies.js';
import { createDefaults, neverNull, references, ruleFaults, tidy, writable, type Reference } from './writableFields.js';

/** One fuzzed write, ready to send, with what the API must answer. */
export interface Attempt {
  query: string;
  variables: Record<string, unknown>;
  /** Empty: the write must land. Otherwise it must be refused, naming one of these. */
  bads: Bad[];
  /** Nodes a landed write adds: its node and its change event (a delete removes one and records one). */
  nodeDelta: number;
  /** Checks a landed write's answer and records in the registry what it changed. */
  landed?(data: Record<string, unknown>): void;
  /** For a write that may land as a no-op (unlink of nothing): whether this answer is one. */
  noOp?(data: Record<string, unknown>): boolean;
}

export interface Situation {
  registry: Registry;
  graph: Graph;
}

/** A Mutation field and how to fuzz it: the inputs drawn, and how one becomes an attempt. */
export interface MutationCase {
  field: string;
  role: Role;
  arb: fc.Arbitrary<unknown>;
  attempt(spec: unknown, situation: Situation): Promise<Attempt>;
}

export function mutationCase<S>(field: string, role: Role, arb: fc.Arbitrary<S>, attempt: (spec: S, s: Situation) => Promise<Attempt> | Attempt): MutationCase {
  return { field, role, arb, attempt: async (spec, s) => attempt(spec as S, s) };
}

const writableLabels = Object.keys(writable);

/**
 * Draws every field of a label's input or patch, dates mostly in order (see `tidy`); the
 * governance labels' inputs, with their many required fields and references, a third of the time
 * clean.
 */
function fieldsOf(label: string, mode: 'create' | 'update') {
  const specs = Object.fromEntries(Object.entries(writable[label]!).map(([name, f]) => [name, { spec: f.spec, required: f.required || (f.createOnly && mode === 'create') }]));
  const drawn = label in references
    ? mostlyFields(specs, mode)
    : fc.record(Object.fromEntries(Object.entries(specs).map(([name, f]) => [name, fieldValue(f.spec, { required: f.required, mode })])));
  return fc.tuple(drawn, fc.nat(4)).map(([fields, n]) => tidy(label, fields, n));
}

/** A node named by a pick: mostly a live one of the wanted labels, else another label's, a missing or an odd id. */
export function idPick(labels: readonly string[]): fc.Arbitrary<IdPick> {
  const n = fc.nat(1_000);
  return fc.oneof(
    { weight: 24, arbitrary: fc.record({ kind: fc.constant('live' as const), label: fc.constantFrom(...labels), n }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('live' as const), label: fc.constantFrom('AISystem', 'Person', 'Control', 'Clause', 'Evidence', 'Team', 'Requirement', 'Organization'), n }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('missing' as const), label: fc.constantFrom(...labels), n }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), id: oddText(40) }) },
  );
}

/** The variables of an input: fields left out are absent, the others as drawn. */
export function variablesOf(fields: Record<string, Valued>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.value !== undefined).map(([k, v]) => [k, v.value]));
}

export const faultsOf = (fields: Record<string, Valued>, prefix: string): Bad[] =>
  Object.entries(fields).filter(([, v]) => v.fault).map(([k]) => ({ field: `${prefix}.${k}`, code: 'BAD_USER_INPUT' as const }));

/** Only the well-formed values count towards the node a write would leave. */
const wellFormed = (fields: Record<string, Valued>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => !v.fault && v.value !== undefined).map(([k, v]) => [k, v.value]));

const selection = (label: string) => `id ${Object.keys(writable[label]!).join(' ')}`;

/** A landed create or update answers what was written; a create leaves the rest unset (or at its default). */
function expectWritten(answer: Record<string, unknown>, label: string, written: Record<string, unknown>, mode: 'create' | 'update') {
  for (const [name, field] of Object.entries(writable[label]!)) {
    // An instant comes back in UTC: the same instant, not the same text.
    if (name in written && field.spec.kind === 'datetime' && typeof written[name] === 'string') expect(Date.parse(String(answer[name])), name).toBe(Date.parse(written[name]));
    else if (name in written) expect(answer[name], name).toEqual(written[name] === null && neverNull[label]?.includes(name) ? [] : written[name]);
    else if (mode === 'create') expect(answer[name], name).toEqual(createDefaults[label]?.[name] ?? null);
  }
}

const ID_SCHEME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;
const prefixOf = (label: string) => (idPrefixes as Record<string, string>)[label]!;

type IdChoice = { kind: 'omit' } | { kind: 'fresh'; suffix: string } | { kind: 'existing'; n: number } | { kind: 'odd'; id: string };

/** The id a create asks for: none (the server mints one), a new one, one taken, or one off the label's scheme. */
export const idChoice = (label: string): fc.Arbitrary<IdChoice> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant({ kind: 'omit' as const }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('fresh' as const), suffix: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,30}$/) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('existing' as const), n: fc.nat(1_000) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('odd' as const),
        id: fc.oneof(
          fc.constantFrom(...Object.values(idPrefixes)).map((p) => `${p}FUZZ`),
          oddText(20).map((s) => `${prefixOf(label)}${s}`),
          fc.constant(`${prefixOf(label)}${'a'.repeat(130)}`),
          oddText(20),
        ),
      }),
    },
  );

/** The id a choice asks for (none: the server mints one), and the refusal it calls for. */
export function chosenId(choice: IdChoice, label: string, registry: Registry): { id?: string; bads: Bad[] } {
  let id: string | undefined;
  if (choice.kind === 'fresh') id = `${prefixOf(label)}FZ${choice.suffix}`;
  if (choice.kind === 'existing') id = registry.resolve({ kind: 'live', label, n: choice.n });
  if (choice.kind === 'odd') id = choice.id;
  const bad = id !== undefined && (!ID_SCHEME.test(id) || registry.facts(id).label !== label || registry.has(id));
  return { id, bads: bad ? [{ field: 'input.id', code: 'BAD_USER_INPUT' }] : [] };
}

/** Refusals an id at `field` calls for when it must name a live node of one of `labels`. */
export function refFaults(registry: Registry, id: string, labels: readonly string[], field: string): Bad[] {
  const { label, exists } = registry.facts(id);
  if (!label || !labels.includes(label)) return [{ field, code: 'BAD_USER_INPUT' }];
  return exists ? [] : [{ field, code: 'NOT_FOUND' }];
}

const scopes = ['Organization', 'AISystem', 'Model', 'Dataset', 'Vendor'];

/** The node as stored, in the client's terms (enum values upper-case), for rules judged on the result. */
async function stored(graph: Graph, label: string, id: string): Promise<Record<string, unknown>> {
  const [row] = await graph.read(`MATCH (n:${label} {id: $id}) RETURN n {.*} AS node`, { id });
  const node = { ...(row?.node ?? {}) } as Record<string, unknown>;
  for (const name of ['status', 'direction']) if (typeof node[name] === 'string') node[name] = node[name].toUpperCase().replace(/-/g, '_');
  return node;
}

/** A reference field's draw: one id, or a list of one or two (empty now and then when one is required; left out now and then when not). */
const referencePick = (r: Reference): fc.Arbitrary<IdPick | IdPick[] | null> => {
  if (!r.list) return idPick(r.labels);
  const some = fc.oneof({ weight: 3, arbitrary: fc.array(idPick(r.labels), { minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(idPick(r.labels), { minLength: 2, maxLength: 2 }) });
  return r.required ? fc.oneof({ weight: 9, arbitrary: some }, { weight: 1, arbitrary: fc.constant<IdPick[]>([]) }) : fc.option(some, { freq: 2 });
};

/** A corrective action falls due on or after the day its finding was raised (judged when the finding exists and the day is a day). */
async function dueFaults(graph: Graph, query: string, id: string, dueOn: Valued | undefined, field: string): Promise<Bad[]> {
  if (typeof dueOn?.value !== 'string' || dueOn.fault) return [];
  const [row] = await graph.read(query, { id });
  return row && dueOn.value < String(row.raisedOn) ? [{ field, code: 'BAD_USER_INPUT' }] : [];
}

function createCase(label: string): MutationCase {
  const none = fc.constant(undefined);
  const spec = fc.record({
    id: idChoice(label),
    fields: fieldsOf(label, 'create'),
    // People are owners, not owned: PersonInput has no ownerId. A corrective action needs one.
    owner: label === 'Person' ? none : fc.option(idPick(['Person', 'Team']), { freq: label === 'CorrectiveAction' ? 8 : 3 }),
    control: label === 'Implementation' ? idPick(['Control']) : none,
    scope: label === 'Implementation' ? idPick(scopes) : none,
    implementations: label === 'Evidence' ? fc.oneof({ weight: 9, arbitrary: fc.array(idPick(['Implementation']), { minLength: 1, maxLength: 2 }) }, { weight: 1, arbitrary: fc.constant([]) }) : none,
    supersedes: label === 'Evidence' ? fc.option(fc.array(idPick(['Evidence']), { maxLength: 1 }), { freq: 2 }) : none,
    refs: fc.record(Object.fromEntries((references[label] ?? []).map((r) => [r.field, referencePick(r)]))),
  });
  return mutationCase(`create${label}`, 'editor', spec, async (s, { registry, graph }) => {
    const input = variablesOf(s.fields);
    const { id, bads: idBads } = chosenId(s.id, label, registry);
    const bads = [...faultsOf(s.fields, 'input'), ...ruleFaults(label, wellFormed(s.fields), 'input'), ...idBads];
    if (s.owner) {
      input.ownerId = registry.resolve(s.owner);
      bads.push(...refFaults(registry, input.ownerId as string, ['Person', 'Team'], 'input.ownerId'));
    } else if (label === 'CorrectiveAction') bads.push({ field: 'input.ownerId', code: 'BAD_USER_INPUT' });
    for (const r of references[label] ?? []) {
      const pick = s.refs[r.field];
      if (pick === null || pick === undefined) continue;
      const ids = ([] as IdPick[]).concat(pick).map((p) => registry.resolve(p));
      input[r.field] = r.list ? ids : ids[0];
      if (r.required && ids.length === 0) bads.push({ field: `input.${r.field}`, code: 'BAD_USER_INPUT' });
      for (const ref of ids) bads.push(...refFaults(registry, ref, r.labels, `input.${r.field}`));
    }
    if (label === 'CorrectiveAction' && !refFaults(registry, String(input.findingId), ['Finding'], 'input.findingId').length) {
      bads.push(...(await dueFaults(graph, 'MATCH (f:Finding {id: $id}) RETURN toString(f.raisedOn) AS raisedOn', String(input.findingId), s.fields.dueOn, 'input.dueOn')));
    }
    if (label === 'Implementation') {
      input.controlId = registry.resolve(s.control!);
      input.scopeId = registry.resolve(s.scope!);
      bads.push(...refFaults(registry, input.controlId as string, ['Control'], 'input.controlId'));
      bads.push(...refFaults(registry, input.scopeId as string, scopes, 'input.scopeId'));
      // Without an id, the server names it after its control and scope: taken when that pair is.
      const derived = `IMP-${input.controlId}-${input.scopeId}`;
      if (id === undefined && ID_SCHEME.test(derived) && registry.has(derived)) bads.push({ field: 'input.id', code: 'BAD_USER_INPUT' });
    }
    if (label === 'Evidence') {
      input.implementationIds = s.implementations!.map((p) => registry.resolve(p));
      if (!s.implementations!.length) bads.push({ field: 'input.implementationIds', code: 'BAD_USER_INPUT' });
      for (const ref of input.implementationIds as string[]) bads.push(...refFaults(registry, ref, ['Implementation'], 'input.implementationIds'));
      if (s.supersedes) {
        input.supersedes = s.supersedes.map((p) => registry.resolve(p));
        for (const ref of input.supersedes as string[]) bads.push(...refFaults(registry, ref, ['Evidence'], 'input.supersedes'));
      }
    }
    if (id !== undefined) input.id = id;
    return {
      query: `mutation($input: ${label}Input!) { create${label}(input: $input) { ${selection(label)} } }`,
      variables: { input },
      bads,
      nodeDelta: 2,
      landed(data) {
        const answer = data[`create${label}`] as Record<string, unknown>;
        if (id !== undefined) expect(answer.id).toBe(id);
        expect(registry.facts(String(answer.id)).label).toBe(label);
        expectWritten(answer, label, variablesOf(s.fields), 'create');
        registry.add(String(answer.id), label);
      },
    };
  });
}

function updateCase(label: string): MutationCase {
  const spec = fc.record({ target: idPick([label]), fields: fieldsOf(label, 'update') });
  return mutationCase(`update${label}`, 'editor', spec, async (s, { registry, graph }) => {
    const id = registry.resolve(s.target);
    const bads = [...faultsOf(s.fields, 'patch'), ...refFaults(registry, id, [label], 'id')];
    if (!bads.some((b) => b.field === 'id')) {
      bads.push(...ruleFaults(label, { ...(await stored(graph, label, id)), ...wellFormed(s.fields) }, 'patch'));
      if (label === 'CorrectiveAction') {
        const finding = 'MATCH (:CorrectiveAction {id: $id})-[:CORRECTS]->(f:Finding) RETURN toString(f.raisedOn) AS raisedOn';
        bads.push(...(await dueFaults(graph, finding, id, s.fields.dueOn, 'patch.dueOn')));
      }
    }
    return {
      query: `mutation($id: ID!, $patch: ${label}Patch!) { update${label}(id: $id, patch: $patch) { ${selection(label)} } }`,
      variables: { id, patch: variablesOf(s.fields) },
      bads,
      nodeDelta: 1,
      landed(data) {
        const answer = data[`update${label}`] as Record<string, unknown>;
        expect(answer.id).toBe(id);
        expectWritten(answer, label, variablesOf(s.fields), 'update');
      },
    };
  });
}

function deleteCase(label: string): MutationCase {
  return mutationCase(`delete${label}`, 'editor', idPick([label]), (pick, { registry }) => {
    const id = registry.resolve(pick);
    return {
      query: `mutation($id: ID!) { delete${label}(id: $id) { id label } }`,
      variables: { id },
      bads: refFaults(registry, id, [label], 'id'),
      nodeDelta: 0,
      landed(data) {
        expect(data[`delete${label}`]).toEqual({ id, label });
        registry.remove(id);
      },
    };
  });
}

/** Create, update and delete of every writable label. */
export const nodeMutationCases: MutationCase[] = writableLabels.flatMap((label) => [createCase(label), updateCase(label), deleteCase(label)]);

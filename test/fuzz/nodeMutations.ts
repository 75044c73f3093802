import fc from 'fast-check';
import { expect } from 'vitest';
import { idPrefixes, type Graph, type Role } from '../../graph/index.js';
import { fieldValue, type FieldKind, type Valued } from './fieldValues.js';
import { oddText } from './oddStrings.js';
import type { IdPick, Registry } from './registry.js';
import type { Bad } from './replies.js';
import { enumValues } from './sdl.js';

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

const text: FieldKind = { kind: 'text' };
const enumOf = (name: string): FieldKind => ({ kind: 'enum', values: enumValues(name) });
const int = (min?: number, max?: number): FieldKind => ({ kind: 'int', min, max });
const date: FieldKind = { kind: 'date' };
type Fields = Record<string, { spec: FieldKind; required?: boolean }>;
const req = (spec: FieldKind) => ({ spec, required: true });
const opt = (spec: FieldKind) => ({ spec });

/** What a client may write on each label, as the SDL types it and the API's rules bound it. */
const writable: Record<string, Fields> = {
  AISystem: {
    name: req(text), kind: req(enumOf('SystemKind')), channel: opt(enumOf('Channel')), lifecycleStage: opt(enumOf('LifecycleStage')),
    riskTier: opt(enumOf('Level')), customerFacing: opt({ kind: 'bool' }), description: opt(text),
  },
  Model: { name: req(text), version: req(text), modelType: opt(text), releasedOn: opt(date), description: opt(text) },
  Dataset: {
    name: req(text), provenance: opt(text), personalData: opt({ kind: 'bool' }), languages: opt({ kind: 'strings' }),
    retentionDays: opt(int()), knownLimitations: opt(text), description: opt(text),
  },
  Vendor: {
    name: req(text), service: opt(text), slaUptime: opt({ kind: 'float', min: 0, max: 100 }), slaResponseHours: opt(int()),
    lastAssessedOn: opt(date), criticality: opt(enumOf('Level')),
  },
  Risk: {
    title: req(text), description: opt(text), category: opt({ kind: 'text', max: 1_000 }), likelihood: req(int(1, 5)), impact: req(int(1, 5)),
    residualLikelihood: opt(int(1, 5)), residualImpact: opt(int(1, 5)), treatment: opt(enumOf('Treatment')), appetite: opt(int(1, 25)),
  },
  Implementation: { status: req(enumOf('ImplementationStatus')), description: opt(text), justification: opt(text), updatedOn: opt(date) },
  Evidence: {
    title: req(text), kind: opt(enumOf('EvidenceKind')), uri: opt({ kind: 'uri' }), sha256: opt({ kind: 'sha256' }), periodStart: opt(date),
    periodEnd: opt(date), validUntil: opt(date), reviewIntervalDays: opt(int(1, 3650)), reviewState: opt(enumOf('ReviewState')),
  },
  Person: { name: req(text), email: opt({ kind: 'email' }), jobTitle: opt(text), aimsRole: opt(text) },
};

const writableLabels = Object.keys(writable);

const evidenceDates = ['periodStart', 'periodEnd', 'validUntil'];

/**
 * Draws every field of a label's input or patch. Evidence's dates come in order four times in
 * five (else out of order as drawn), so that enough evidence lands.
 */
const fieldsOf = (label: string, mode: 'create' | 'update') =>
  fc
    .tuple(
      fc.record(Object.fromEntries(Object.entries(writable[label]!).map(([name, f]) => [name, fieldValue(f.spec, { required: f.required, mode })]))),
      fc.nat(4),
    )
    .map(([fields, n]) => {
      if (label !== 'Evidence' || n === 0) return fields;
      const dated = evidenceDates.filter((d) => typeof fields[d]!.value === 'string' && !fields[d]!.fault);
      const days = dated.map((d) => fields[d]!.value as string).sort();
      return { ...fields, ...Object.fromEntries(dated.map((d, i) => [d, { value: days[i] }])) };
    });

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
function variablesOf(fields: Record<string, Valued>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.value !== undefined).map(([k, v]) => [k, v.value]));
}

const faultsOf = (fields: Record<string, Valued>, prefix: string): Bad[] =>
  Object.entries(fields).filter(([, v]) => v.fault).map(([k]) => ({ field: `${prefix}.${k}`, code: 'BAD_USER_INPUT' as const }));

/**
 * The API's rules across properties, on the node as a write would leave it (stored values
 * overlaid with the well-formed values written): the refusals they call for.
 */
function ruleFaults(label: string, node: Record<string, unknown>, prefix: string): Bad[] {
  const fault = (name: string): Bad => ({ field: `${prefix}.${name}`, code: 'BAD_USER_INPUT' });
  const present = (v: unknown) => v !== undefined && v !== null;
  const out: Bad[] = [];
  if (label === 'Implementation' && node.status === 'EXCLUDED' && !String(node.justification ?? '').trim()) out.push(fault('justification'));
  if (label === 'Evidence') {
    const { periodStart: start, periodEnd: end, validUntil } = node as Record<string, string | null | undefined>;
    if (present(start) && present(end) && start! > end!) out.push(fault('periodEnd'));
    if (present(end) && present(validUntil) && validUntil! < end!) out.push(fault('validUntil'));
    if (!node.validUntil && !node.reviewIntervalDays) out.push(fault('validUntil'));
  }
  return out;
}

/** Only the well-formed values count towards the node a write would leave. */
const wellFormed = (fields: Record<string, Valued>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => !v.fault && v.value !== undefined).map(([k, v]) => [k, v.value]));

const selection = (label: string) => `id ${Object.keys(writable[label]!).join(' ')}`;

/** A landed create or update answers what was written; a create leaves the rest unset (or at its default). */
function expectWritten(answer: Record<string, unknown>, label: string, written: Record<string, unknown>, mode: 'create' | 'update') {
  for (const name of Object.keys(writable[label]!)) {
    if (name in written) expect(answer[name], name).toEqual(written[name]);
    else if (mode === 'create') expect(answer[name], name).toEqual(label === 'Evidence' && name === 'reviewState' ? 'SUBMITTED' : null);
  }
}

const ID_SCHEME = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/;
const prefixOf = (label: string) => (idPrefixes as Record<string, string>)[label]!;

type IdChoice = { kind: 'omit' } | { kind: 'fresh'; suffix: string } | { kind: 'existing'; n: number } | { kind: 'odd'; id: string };

/** The id a create asks for: none (the server mints one), a new one, one taken, or one off the label's scheme. */
const idChoice = (label: string): fc.Arbitrary<IdChoice> =>
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

/** Refusals an id at `field` calls for when it must name a live node of one of `labels`. */
function refFaults(registry: Registry, id: string, labels: readonly string[], field: string): Bad[] {
  const { label, exists } = registry.facts(id);
  if (!label || !labels.includes(label)) return [{ field, code: 'BAD_USER_INPUT' }];
  return exists ? [] : [{ field, code: 'NOT_FOUND' }];
}

const scopes = ['Organization', 'AISystem', 'Model', 'Dataset', 'Vendor'];

/** The node as stored, in the client's terms (enum values upper-case), for rules judged on the result. */
async function stored(graph: Graph, label: string, id: string): Promise<Record<string, unknown>> {
  const [row] = await graph.read(`MATCH (n:${label} {id: $id}) RETURN n {.*} AS node`, { id });
  const node = (row?.node ?? {}) as Record<string, unknown>;
  return typeof node.status === 'string' ? { ...node, status: node.status.toUpperCase().replace(/-/g, '_') } : node;
}

function createCase(label: string): MutationCase {
  const none = fc.constant(undefined);
  const spec = fc.record({
    id: idChoice(label),
    fields: fieldsOf(label, 'create'),
    // People are owners, not owned: PersonInput has no ownerId.
    owner: label === 'Person' ? none : fc.option(idPick(['Person', 'Team']), { freq: 3 }),
    control: label === 'Implementation' ? idPick(['Control']) : none,
    scope: label === 'Implementation' ? idPick(scopes) : none,
    implementations: label === 'Evidence' ? fc.oneof({ weight: 9, arbitrary: fc.array(idPick(['Implementation']), { minLength: 1, maxLength: 2 }) }, { weight: 1, arbitrary: fc.constant([]) }) : none,
    supersedes: label === 'Evidence' ? fc.option(fc.array(idPick(['Evidence']), { maxLength: 1 }), { freq: 2 }) : none,
  });
  return mutationCase(`create${label}`, 'editor', spec, (s, { registry }) => {
    const input = variablesOf(s.fields);
    const bads = [...faultsOf(s.fields, 'input'), ...ruleFaults(label, wellFormed(s.fields), 'input')];
    let id: string | undefined;
    if (s.id.kind === 'fresh') id = `${prefixOf(label)}FZ${s.id.suffix}`;
    if (s.id.kind === 'existing') id = registry.resolve({ kind: 'live', label, n: s.id.n });
    if (s.id.kind === 'odd') id = s.id.id;
    if (s.owner) {
      input.ownerId = registry.resolve(s.owner);
      bads.push(...refFaults(registry, input.ownerId as string, ['Person', 'Team'], 'input.ownerId'));
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
    if (id !== undefined) {
      input.id = id;
      const taken = registry.has(id);
      if (!ID_SCHEME.test(id) || registry.facts(id).label !== label || taken) bads.push({ field: 'input.id', code: 'BAD_USER_INPUT' });
    }
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

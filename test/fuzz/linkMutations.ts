import fc from 'fast-check';
import { expect } from 'vitest';
import { model } from '../../graph/index.js';
import { fieldValue, type Valued } from './fieldValues.js';
import { idPick, mutationCase, type Attempt, type MutationCase } from './nodeMutations.js';
import { injectionPayloads, labelLikePayloads, oddText, sizedText } from './oddStrings.js';
import type { IdPick, Registry } from './registry.js';
import type { Bad } from './replies.js';
import { enumValues } from './sdl.js';

const writableTypes = enumValues('RelationshipType');
const propertyNames = ['purpose', 'role', 'basis'] as const;
const specOf = (type: string) => model.relationships[type as keyof typeof model.relationships];

interface LinkSpec {
  type: Valued;
  from: IdPick;
  to: IdPick;
  /** Mostly the ends the type joins; sometimes a node and itself. */
  self: boolean;
  properties: Record<string, Valued> | null;
}

/** A relationship to write: mostly between nodes the type joins, with the properties it takes. */
const linkSpec: fc.Arbitrary<LinkSpec> = fc
  .oneof(
    { weight: 15, arbitrary: fc.constantFrom(...writableTypes).map((value): Valued => ({ value })) },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom('PART_OF', 'MAPS_TO', 'owns', ...labelLikePayloads, ...injectionPayloads), fc.integer()).map((value): Valued => ({ value, fault: 'coerce' })) },
  )
  .chain((type) => {
    const spec = type.fault ? null : specOf(String(type.value));
    const property = fc.oneof(
      { weight: 8, arbitrary: fc.oneof(oddText(), fc.constant(null)).map((value): Valued => ({ value })) },
      { weight: 1, arbitrary: sizedText(10_001, 12_000).map((value): Valued => ({ value, fault: 'domain' })) },
      { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean()).map((value): Valued => ({ value, fault: 'coerce' })) },
    );
    return fc.record({
      type: fc.constant(type),
      from: idPick(spec ? spec.from : ['AISystem']),
      to: idPick(spec ? spec.to : ['AISystem']),
      self: fc.nat(9).map((n) => n === 0),
      properties: fc.option(fc.dictionary(fc.constantFrom(...propertyNames), property, { maxKeys: 2 })),
    });
  });

/** The refusals a link or unlink calls for; with several, the API may report any of them. */
function linkFaults(s: LinkSpec, from: string, to: string, registry: Registry, op: 'link' | 'unlink'): Bad[] {
  const coerced = Object.entries(s.properties ?? {}).filter(([, v]) => v.fault === 'coerce').map(([name]) => name);
  const bads: Bad[] = coerced.map((name) => ({ field: `properties.${name}`, path: `input.properties.${name}`, code: 'BAD_USER_INPUT' }));
  if (s.type.fault) return [...bads, { field: 'type', path: 'input.type', code: 'BAD_USER_INPUT' }];
  const type = String(s.type.value);
  const spec = specOf(type);
  for (const [field, id, labels] of [['from', from, spec.from], ['to', to, spec.to]] as const) {
    const { label, exists } = registry.facts(id);
    const path = `input.${field}`;
    // An id of no label is not found; one of a label the type does not join is bad input.
    if (!label) bads.push({ field, path, code: 'NOT_FOUND' });
    else if (!(labels as readonly string[]).includes(label)) bads.push({ field, path, code: 'BAD_USER_INPUT' });
    else if (!exists && op === 'link') bads.push({ field, path, code: 'NOT_FOUND' });
  }
  if ((type === 'DEPENDS_ON' || type === 'SUPERSEDES') && from === to) bads.push({ field: 'to', path: 'input.to', code: 'BAD_USER_INPUT' });
  for (const [name, v] of Object.entries(s.properties ?? {})) {
    const field = `properties.${name}`;
    const path = `input.${field}`;
    // Unlink takes the same input but reads only the type and the ends.
    if (op === 'link' && v.value !== null && v.fault !== 'coerce' && (v.fault || !(spec as { properties?: object }).properties?.[name as never])) {
      bads.push({ field, path, code: 'BAD_USER_INPUT' });
    }
  }
  return bads;
}

function linkCase(op: 'link' | 'unlink'): MutationCase {
  return mutationCase(op, 'editor', linkSpec, (s, { registry }): Attempt => {
    const from = registry.resolve(s.from);
    const to = s.self ? from : registry.resolve(s.to);
    const properties = s.properties && Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, v.value]));
    return {
      query: `mutation($input: LinkInput!) { ${op}(input: $input) }`,
      variables: { input: { type: s.type.value, from, to, ...(properties ? { properties } : {}) } },
      bads: linkFaults(s, from, to, registry, op),
      nodeDelta: 1,
      // Link answers true or an error; unlink answers false, and changes nothing, when there was nothing to remove.
      landed: (data) => expect(op === 'link' ? data.link : typeof data.unlink).toBe(op === 'link' ? true : 'boolean'),
      noOp: (data) => data.unlink === false,
    };
  });
}

const roleValues = enumValues('Role');

/** A key's expiry: ISO-8601 instants with an offset, or things that are not. */
const expiresAt = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Valued>({ value: undefined }) },
  { weight: 4, arbitrary: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d): Valued => ({ value: d.toISOString() })) },
  { weight: 1, arbitrary: fc.constantFrom('2030-06-01T12:00:00+02:00', '2030-06-01T12:00:00.123456-05:30', '2030-01-01T00:00Z').map((value): Valued => ({ value })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.constantFrom('2030-02-30T00:00:00Z', '2030-13-01T00:00:00Z', 'tomorrow', '2030-01-01', '2030-01-01T10:00:00', '2030-01-01T25:00:00Z', '', 'T'), fc.integer())
      .map((value): Valued => ({ value, fault: 'coerce' })),
  },
);

const createApiKeyCase = mutationCase(
  'createApiKey',
  'admin',
  fc.record({
    name: fieldValue({ kind: 'text', max: 200 }, { required: true, mode: 'create' }),
    role: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...roleValues).map((value): Valued => ({ value })) }, { weight: 1, arbitrary: fc.constantFrom('admin', 'ROOT', '', 5).map((value): Valued => ({ value, fault: 'coerce' })) }),
    expiresAt,
  }),
  (s, { registry }): Attempt => {
    const variables = Object.fromEntries(Object.entries(s).filter(([, v]) => v.value !== undefined).map(([k, v]) => [k, v.value]));
    return {
      query: 'mutation($name: String!, $role: Role!, $expiresAt: DateTime) { createApiKey(name: $name, role: $role, expiresAt: $expiresAt) { key { id name role expiresAt revokedAt } token } }',
      variables,
      bads: Object.entries(s).filter(([, v]) => v.fault).map(([field]) => ({ field, code: 'BAD_USER_INPUT' as const })),
      nodeDelta: 1,
      landed(data) {
        const { key, token } = data.createApiKey as { key: Record<string, unknown>; token: string };
        expect(key).toMatchObject({ name: s.name.value, role: s.role.value, revokedAt: null });
        if (s.expiresAt.value) expect(Date.parse(String(key.expiresAt))).toBe(Date.parse(String(s.expiresAt.value)));
        expect(token).toMatch(new RegExp(`^${key.id}\\.[A-Za-z0-9_-]{43}$`));
        registry.add(String(key.id), 'ApiKey');
      },
    };
  },
);

const revokeApiKeyCase = mutationCase('revokeApiKey', 'admin', idPick(['ApiKey']), (pick, { registry }): Attempt => {
  const id = registry.resolve(pick);
  return {
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }',
    variables: { id },
    bads: registry.live('ApiKey').includes(id) ? [] : [{ field: 'id', code: 'NOT_FOUND' }],
    nodeDelta: 0,
    landed(data) {
      expect(data.revokeApiKey).toMatchObject({ id, revokedAt: expect.any(String) });
    },
  };
});

/** Link, unlink, and the API keys an admin manages. */
export const linkAndKeyMutationCases: MutationCase[] = [linkCase('link'), linkCase('unlink'), createApiKeyCase, revokeApiKeyCase];

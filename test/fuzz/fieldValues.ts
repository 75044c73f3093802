import fc from 'fast-check';
import { blankText, calendarDay, notADay, oddText, sizedText, withLoneSurrogate } from './oddStrings.js';

/**
 * A generated value and whether the API must refuse it: `coerce` when GraphQL's own input
 * coercion cannot take it (wrong type, not an enum value, not a Date), `domain` when the API's
 * rules refuse it (too long, out of range, not an email…). `value: undefined` leaves the field out.
 */
export interface Valued {
  value: unknown;
  fault?: 'coerce' | 'domain';
}

const good = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<Valued> => arb.map((value) => ({ value }));
const bad = (fault: 'coerce' | 'domain', arb: fc.Arbitrary<unknown>): fc.Arbitrary<Valued> => arb.map((value) => ({ value, fault }));

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);
const nonIntegral = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).filter((d) => !Number.isInteger(d));
const jsonish = fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }));

/** JSON values GraphQL cannot coerce to the named type (an ID takes integers, so they are left out for it). */
export function wrongType(type: 'String' | 'ID' | 'Int' | 'Float' | 'Boolean' | 'Enum'): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [jsonish];
  if (type !== 'Boolean') options.push(fc.boolean());
  if (type === 'String' || type === 'Enum') options.push(fc.integer(), nonIntegral);
  if (type === 'ID' || type === 'Int') options.push(nonIntegral);
  if (type === 'Int') options.push(fc.constantFrom(INT_MAX + 1, INT_MIN - 1, 1e15, -1e300), fc.string({ maxLength: 5 }));
  if (type === 'Float' || type === 'Boolean') options.push(fc.string({ maxLength: 8 }));
  if (type === 'Boolean') options.push(fc.integer());
  return fc.oneof(...options);
}

/** What a field is and what the API allows in it. */
export type FieldKind =
  | { kind: 'text'; max?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'bool' }
  | { kind: 'int'; min?: number; max?: number }
  | { kind: 'float'; min?: number; max?: number }
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'strings' }
  | { kind: 'uri' }
  | { kind: 'sha256' }
  | { kind: 'email' };

/** Values the API must take in a field of this kind (`required` ones are never blank). */
export function goodValue(spec: FieldKind, required = false): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'text': {
      const max = spec.max ?? 10_000;
      const text = fc.oneof({ weight: 12, arbitrary: oddText() }, { weight: 1, arbitrary: sizedText(max - 50, max) });
      return required ? text.filter((s) => s.trim().length > 0) : text;
    }
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'bool':
      return fc.boolean();
    case 'int':
      return fc.integer({ min: spec.min ?? INT_MIN, max: spec.max ?? INT_MAX });
    case 'float':
      // JSON has no -0: the API stores the 0 it was sent.
      return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }).map((d) => (d === 0 ? 0 : d));
    case 'date':
      return calendarDay();
    case 'datetime':
      return fc.oneof(
        { weight: 6, arbitrary: calendarDay().chain((day) => fc.date({ min: new Date(`${day}T00:00:00Z`), max: new Date(`${day}T23:59:59.999Z`), noInvalidDate: true })).map((d) => d.toISOString()) },
        { weight: 1, arbitrary: fc.constantFrom('2030-06-01T12:00:00+02:00', '2026-11-01T08:00:00.123456-05:30', '2026-11-01T08:00Z', '0000-01-01T00:00:00+01:00', '9999-12-31T23:59:59-01:00') },
      );
    case 'strings':
      return fc.oneof(
        { weight: 8, arbitrary: fc.array(oddText(20), { maxLength: 8 }) },
        { weight: 1, arbitrary: fc.constant(Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(200, 'é'))) },
      );
    case 'uri':
      return fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('urn:isbn:0451450523', 'mailto:dpo@example.com', 's3://bucket/key'));
    case 'sha256':
      return fc.stringMatching(/^[0-9a-f]{64}$/);
    case 'email':
      return fc.emailAddress();
  }
}

/** Values the API must refuse in a field of this kind, and at which layer. */
export function badValue(spec: FieldKind, required = false): fc.Arbitrary<Valued> {
  switch (spec.kind) {
    case 'text': {
      const max = spec.max ?? 10_000;
      const options = [
        bad('coerce', wrongType('String')),
        bad('domain', sizedText(max + 1, max + 5_000)),
        bad('domain', withLoneSurrogate()),
      ];
      if (required) options.push(bad('domain', blankText()));
      return fc.oneof(...options);
    }
    case 'enum':
      return bad('coerce', fc.oneof(fc.constantFrom(...spec.values.map((v) => v.toLowerCase()), 'NOPE', ''), oddText(), wrongType('Enum')));
    case 'bool':
      return bad('coerce', wrongType('Boolean'));
    case 'int': {
      const options = [bad('coerce', wrongType('Int'))];
      if (spec.min !== undefined) options.push(bad('domain', fc.integer({ min: INT_MIN, max: spec.min - 1 })));
      if (spec.max !== undefined) options.push(bad('domain', fc.integer({ min: spec.max + 1, max: INT_MAX })));
      return fc.oneof(...options);
    }
    case 'float': {
      const options = [bad('coerce', wrongType('Float'))];
      if (spec.max !== undefined) options.push(bad('domain', fc.double({ min: spec.max, max: 1e12, noNaN: true, minExcluded: true })));
      if (spec.min !== undefined) options.push(bad('domain', fc.double({ min: -1e12, max: spec.min, noNaN: true, maxExcluded: true })));
      return fc.oneof(...options);
    }
    case 'date':
      return bad('coerce', fc.oneof(notADay(), wrongType('String')));
    case 'datetime':
      return bad('coerce', fc.oneof(
        fc.constantFrom('2030-02-30T00:00:00Z', '2030-13-01T00:00:00Z', '2030-01-01', '2030-01-01T10:00:00', '2030-01-01T25:00:00Z', '2030-01-01 10:00:00Z', 'now', '', 'T'),
        notADay(),
        wrongType('String'),
      ));
    case 'strings':
      return fc.oneof(
        bad('coerce', fc.array(fc.oneof(fc.integer(), fc.constant(null), jsonish), { minLength: 1, maxLength: 3 })),
        bad('domain', fc.constant(Array.from({ length: 201 }, (_, i) => `lang-${i}`))),
        bad('domain', sizedText(201, 400).map((s) => ['en', s])),
        bad('domain', withLoneSurrogate().map((s) => [s])),
      );
    case 'uri':
      return fc.oneof(bad('domain', fc.constantFrom('not a uri', 'example.com', '', '//host/path', 'http//x', '/relative')), bad('coerce', wrongType('String')));
    case 'sha256':
      return fc.oneof(
        bad('domain', fc.stringMatching(/^[0-9A-F]{64}$/).filter((s) => /[A-F]/.test(s))),
        bad('domain', fc.stringMatching(/^[0-9a-f]{63}$/)),
        bad('domain', fc.constantFrom('', 'sha256:abc', 'g'.repeat(64), `${'a'.repeat(64)}\n`)),
      );
    case 'email':
      return bad('domain', fc.constantFrom('no-at-sign', 'a@b', 'a b@c.de', '@example.com', 'x@', 'x@@y.z'));
  }
}

/**
 * A field of a create input or an update patch, drawn mostly good: left out, cleared with null,
 * set, or set to something the API must refuse. A required property may not be left out of a
 * create (GraphQL refuses it) nor cleared (GraphQL refuses it on create, the API on update).
 */
export function fieldValue(
  spec: FieldKind,
  { required = false, mode, clean = false }: { required?: boolean; mode: 'create' | 'update'; clean?: boolean },
): fc.Arbitrary<Valued> {
  const missing: Valued = required && mode === 'create' ? { value: undefined, fault: 'coerce' } : { value: undefined };
  const cleared: Valued = required ? { value: null, fault: mode === 'create' ? 'coerce' : 'domain' } : { value: null };
  // Clean: only what the API must take, for inputs with so many fields that faults would leave too few to land.
  if (clean && required) return good(goodValue(spec, required));
  const options = [
    { weight: required && mode === 'create' ? 1 : 8, arbitrary: fc.constant(missing) },
    { weight: 1, arbitrary: fc.constant(cleared) },
    { weight: 14, arbitrary: good(goodValue(spec, required)) },
  ];
  return fc.oneof(...options, ...(clean ? [] : [{ weight: 2, arbitrary: badValue(spec, required) }]));
}

/**
 * Fields of an input drawn as `fieldValue` draws each one, and half of the time all of them clean:
 * for the inputs whose many required fields and references would otherwise rarely land.
 */
export function mostlyFields(fields: Record<string, { spec: FieldKind; required?: boolean }>, mode: 'create' | 'update'): fc.Arbitrary<Record<string, Valued>> {
  const record = (clean: boolean) => fc.record(Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, fieldValue(f.spec, { required: f.required, mode, clean })])));
  return fc.oneof(record(true), record(false));
}

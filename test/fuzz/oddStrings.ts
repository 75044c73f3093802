import fc from 'fast-check';

/**
 * Strings that try to leave a Cypher string literal, identifier or parameter, or to call
 * procedures: if any client value were spliced into Cypher text, one of these would break the
 * statement (a syntax error, hence an internal error) or change what it does.
 */
export const injectionPayloads: readonly string[] = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  '}) MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  'x`]->() DETACH DELETE n //',
  '$param',
  '$id',
  '{id: $id}',
  '\u0060',
  '\\u0060) DETACH DELETE n //',
  "\\u0027}) RETURN 1 //",
  'CALL db.labels()',
  'CALL db.labels() YIELD label RETURN label',
  'RETURN 1 UNION MATCH (n) RETURN n',
  "MATCH (k:ApiKey) SET k.role = 'admin'",
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  'CALL { MATCH (n) DETACH DELETE n }',
  'AISystem`) DETACH DELETE n //',
  'AISystem:ApiKey',
  'OWNS]->(x) DETACH DELETE x //',
  '/* */ RETURN 1',
  '\\',
  "''",
  '``',
  '\u0000',
  '%00',
];

/** Names a client might try where the server picks a label, a relationship type or a sort key. */
export const labelLikePayloads: readonly string[] = [
  'ApiKey', 'Migration', 'ChangeEvent', 'IdempotentWrite', 'aisystem', 'AISystem`) DETACH DELETE n //', 'AISystem|ApiKey', '*', '',
];

/** Characters and sequences that stress encodings, normalisation and direction. */
const specimens = [
  'Ω', '\u202Eevil\u202C', 'שלום עולם', 'مرحبا', '👩‍👩‍👧‍👦', 'e\u0301\u0302\u0303', 'a\u0000b', '\uFEFFbom', 'zero\u200Bwidth',
  'Z̸̢̛͎a̵l̷g̶o̴', 'ﷺ', 'line\r\nbreak', '\t', '𝕏𝕐', '\u{10FFFF}', '<script>alert(1)</script>', '../../etc/passwd', '%s%n%x',
  '${7*7}', '{{7*7}}', 'null', 'undefined', 'NaN', '-0', '0x1F', 'true',
];

/** A well-formed string of any kind: control characters, astral planes, combining marks, injections. */
export function oddText(maxLength = 60): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 2, arbitrary: fc.string({ maxLength }) },
    { weight: 2, arbitrary: fc.constantFrom(...specimens) },
    { weight: 2, arbitrary: fc.constantFrom(...injectionPayloads) },
  );
}

/** A string of exactly `min`..`max` UTF-16 units, of one repeated well-formed unit (cheap to draw at any size). */
export function sizedText(min: number, max: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('a', 'é', '\u0000', ' x', '😀', '𝕏'), fc.integer({ min, max })).map(([unit, length]) => {
    const text = unit.repeat(Math.ceil(length / unit.length));
    // Cut on a unit boundary so that an astral character is never halved.
    return text.length === length ? text : `${text.slice(0, length - (length % unit.length))}${'a'.repeat(length % unit.length)}`;
  });
}

/** A string with an unpaired UTF-16 surrogate: not Unicode text, so not storable as it was sent. */
export function withLoneSurrogate(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF'), fc.string({ maxLength: 10 }))
    .map(([a, lone, b]) => `${a}x${lone}x${b}`);
}

/** Strings that are empty once trimmed, as JavaScript trims them. */
export const blankText = (): fc.Arbitrary<string> => fc.constantFrom('', ' ', '\t', '\n \r', '\u3000', '\u2003\u2009', '\uFEFF', '\u00A0');

/** `YYYY-MM-DD` days across the whole range the Date scalar takes, edges included. */
export function calendarDay(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }) },
    { weight: 1, arbitrary: fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }) },
    { weight: 1, arbitrary: fc.constantFrom(new Date('0000-01-01T00:00:00Z'), new Date('9999-12-31T00:00:00Z'), new Date('2024-02-29T00:00:00Z')) },
  ).map((d) => d.toISOString().slice(0, 10));
}

/** Strings that are not `YYYY-MM-DD` calendar days. */
export function notADay(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '26-01-01', '2026-01-01T00:00:00Z', ' 2026-01-01',
      '2026-01-01 ', '2026/01/01', '01-01-2026', '+10000-01-01', '-0001-01-01', '', 'today', '9999-12-32', '２０２６-01-01'),
    fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
  );
}

import fc from 'fast-check';
import { isUnicodeText, type Graph } from '../../graph/index.js';
import { wrongType, type Valued } from './fieldValues.js';
import { variablesOf } from './nodeMutations.js';
import { blankText, calendarDay, notADay, oddText, sizedText, withLoneSurrogate } from './oddStrings.js';
import type { Registry } from './registry.js';
import type { Bad } from './replies.js';
import { todayUtc } from './writableFields.js';

/** What the workflows' steps take and how their oracles read the graph (changeMutations.ts, workflowMutations.ts). */

export const bad = (field: string): Bad => ({ field, code: 'BAD_USER_INPUT' });
export const notFound = (field: string): Bad => ({ field, code: 'NOT_FOUND' });
export const conflict = (field: string): Bad => ({ field, code: 'CONFLICT' });

/** An optional day a step defaults to today: left out, today, a recent one, any one, or not a day. */
export const stepDay: fc.Arbitrary<Valued> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Valued>({ value: undefined }) },
  { weight: 1, arbitrary: fc.constant<Valued>({ value: null }) },
  { weight: 3, arbitrary: fc.constant(null).map((): Valued => ({ value: todayUtc() })) },
  { weight: 1, arbitrary: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date(), noInvalidDate: true }).map((d): Valued => ({ value: d.toISOString().slice(0, 10) })) },
  { weight: 1, arbitrary: calendarDay().map((value): Valued => ({ value })) },
  { weight: 1, arbitrary: fc.oneof(notADay(), wrongType('String')).map((value): Valued => ({ value, fault: 'coerce' })) },
);

/** The day a step runs on: the one given, or today. */
export const dayOf = (v: Valued) => (typeof v.value === 'string' ? v.value : todayUtc());

/** Free text a step trims before keeping it (a comment, a justification): faults are judged on the trimmed text. */
export const trimmedText = (absent: number): fc.Arbitrary<Valued> => fc.oneof(
  { weight: absent, arbitrary: fc.constant<Valued>({ value: undefined }) },
  { weight: 1, arbitrary: fc.constant<Valued>({ value: null }) },
  { weight: 8, arbitrary: fc.oneof(oddText(), fc.constantFrom('Rollback of a faulty release.', 'Keep the 0.60 hand-off threshold.')).map((value): Valued => ({ value })) },
  { weight: 1, arbitrary: blankText().map((value): Valued => ({ value })) },
  { weight: 1, arbitrary: fc.oneof(sizedText(9_990, 10_020), withLoneSurrogate()).map((value): Valued => ({ value })) },
  { weight: 1, arbitrary: wrongType('String').map((value): Valued => ({ value, fault: 'coerce' })) },
);

/** The text kept, null when there is none; and whether it may not be kept (too long, not Unicode text). */
export function kept(v: Valued): { text: string | null; refused: boolean } {
  const text = typeof v.value === 'string' ? v.value.trim() || null : null;
  return { text, refused: text !== null && (text.length > 10_000 || !isUnicodeText(text)) };
}

export const inputOf = (values: Record<string, Valued>) => variablesOf(values);
export const exists = (registry: Registry, id: string, label: string) => registry.has(id) && registry.facts(id).label === label;

/** Rows of a read, one expected. */
export async function one(graph: Graph, cypher: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const [row] = await graph.read(cypher, params);
  return row ?? {};
}

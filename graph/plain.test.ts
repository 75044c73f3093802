import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './plain.js';

describe('toPlain', () => {
  it('turns driver integers into numbers, and into strings beyond 2^53', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(12n)).toBe(12);
  });

  it('turns dates into YYYY-MM-DD and date-times into ISO-8601 instants, however deep', () => {
    const date = new neo4j.types.Date(2026, 11, 27);
    const at = neo4j.types.DateTime.fromStandardDate(new Date('2026-11-27T03:04:05.678Z'));
    expect(toPlain({ rows: [{ on: date, at, n: neo4j.int(3), tags: ['a', null] }] })).toEqual({
      rows: [{ on: '2026-11-27', at: '2026-11-27T03:04:05.678Z', n: 3, tags: ['a', null] }],
    });
  });

  it('turns nodes and relationships into plain objects with plain properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['AISystem'], { id: 'SYS-X', tier: neo4j.int(2) }, '4:x:1');
    const rel = new neo4j.types.Relationship(neo4j.int(7), neo4j.int(1), neo4j.int(2), 'DEPENDS_ON', {}, '5:x:7', '4:x:1', '4:x:2');
    expect(toPlain([node, rel])).toEqual([
      { elementId: '4:x:1', labels: ['AISystem'], properties: { id: 'SYS-X', tier: 2 } },
      { elementId: '5:x:7', type: 'DEPENDS_ON', start: '4:x:1', end: '4:x:2', properties: {} },
    ]);
  });

  it('answers null for absent values and leaves strings, numbers and booleans alone', () => {
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain({ a: 'x', b: 1.5, c: false, d: null })).toEqual({ a: 'x', b: 1.5, c: false, d: null });
  });
});

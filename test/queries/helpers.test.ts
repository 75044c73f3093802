import { describe, expect, it } from 'vitest';
import { InputError } from '../../graph/errors.js';
import { summariseEvidence } from '../../graph/queries/evidenceSummary.js';
import { decodeCursor, encodeCursor } from '../../graph/queries/input.js';
import { applicability, furthestAlong } from '../../graph/queries/reach.js';
import { luceneQuery } from '../../graph/queries/search.js';

// Pure parts of the query modules: no graph needed.

describe('luceneQuery', () => {
  it('escapes every character Lucene treats specially', () => {
    const specials = '+-&|!(){}[]^"~*?:\\/';
    const q = luceneQuery(`a${specials}b`)!;
    const term = `a${[...specials].map((c) => `\\${c}`).join('')}b`;
    expect(q).toBe(`(${term} OR ${term}*)`);
  });

  it('makes words of operators, prefixes of terms, and requires them all', () => {
    expect(luceneQuery('Chat AND bot')).toBe('(chat OR chat*) AND (and OR and*) AND (bot OR bot*)');
    expect(luceneQuery('  web   chat ')).toBe('(web OR web*) AND (chat OR chat*)');
  });

  it('leaves nothing to search for punctuation alone', () => {
    for (const text of ['', '   ', '"', '(', '*', '&&', '\\ /']) expect(luceneQuery(text), text).toBeNull();
  });
});

describe('cursors', () => {
  it('round-trip a key for their own list only', () => {
    const c = encodeCursor('x', [1, 'A.002']);
    expect(decodeCursor('x', c, ['number', 'string'])).toEqual([1, 'A.002']);
    expect(decodeCursor('x', null, ['number'])).toBeNull();
    expect(() => decodeCursor('y', c, ['number', 'string'])).toThrow(InputError);
    expect(() => decodeCursor('x', c, ['string', 'string'])).toThrow(InputError);
    expect(() => decodeCursor('x', '%%%', ['string'])).toThrow(InputError);
    expect(() => decodeCursor('x', encodeCursor('x', ['2026-13-01', 'E']), ['day', 'string'])).toThrow(InputError);
  });
});

describe('applicability', () => {
  const onScope = (i: { on: boolean }) => i.on;
  it('lets an exclusion on the scope itself decide, whatever applies more broadly', () => {
    const r = applicability([{ status: 'implemented', on: false }, { status: 'excluded', on: true }], onScope);
    expect(r).toMatchObject({ applicable: false, live: [], exclusion: { on: true } });
  });

  it('lets an exclusion from elsewhere decide only when nothing else reaches', () => {
    expect(applicability([{ status: 'partial', on: false }, { status: 'excluded', on: false }], onScope).applicable).toBe(true);
    expect(applicability([{ status: 'excluded', on: false }], onScope).applicable).toBe(false);
    expect(applicability([], onScope)).toEqual({ applicable: true, live: [], exclusion: null });
  });

  it('orders statuses by progress, first among equals', () => {
    const picked = furthestAlong([{ status: 'planned', n: 1 }, { status: 'partial', n: 2 }, { status: 'partial', n: 3 }]);
    expect(picked).toEqual({ status: 'partial', n: 2 });
    expect(furthestAlong([])).toBeNull();
  });
});

describe('summariseEvidence', () => {
  it('counts each piece once and never lets rejected evidence be the best', () => {
    const s = summariseEvidence([
      { id: 'E1', freshness: 'current', rejected: true },
      { id: 'E2', freshness: 'stale', rejected: false },
      { id: 'E2', freshness: 'stale', rejected: false },
      { id: 'E3', freshness: 'superseded', rejected: false },
    ]);
    expect(s).toEqual({ total: 3, current: 1, expiring: 0, stale: 1, superseded: 1, rejected: 1, best: 'stale' });
    expect(summariseEvidence([]).best).toBe('none');
  });
});

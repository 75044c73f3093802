import { describe, expect, it } from 'vitest';
import { controlSupport, judgeTree, rollUp, weakest, type FrameworkSupport } from './frameworkSupport.js';

describe('framework support rules', () => {
  it('needs an implemented, applicable control with current or expiring evidence to support', () => {
    const row = (applicable: boolean, status: string, best: string) =>
      controlSupport({ applicable, status: status as never, evidence: { best: best as never } });
    expect(row(true, 'implemented', 'current')).toBe('supported');
    expect(row(true, 'implemented', 'expiring')).toBe('supported');
    expect(row(true, 'implemented', 'stale')).toBe('partial');
    expect(row(true, 'partial', 'current')).toBe('partial');
    expect(row(true, 'planned', 'current')).toBe('unsupported');
    expect(row(true, 'not-implemented', 'none')).toBe('unsupported');
    expect(row(false, 'excluded', 'current')).toBe('unsupported');
  });

  it('takes the weakest confidence along a chain', () => {
    expect(weakest(['high'])).toBe('high');
    expect(weakest(['high', 'medium'])).toBe('medium');
    expect(weakest(['low', 'high'])).toBe('low');
  });

  it('rolls a parent up from the children that are judged', () => {
    expect(rollUp([])).toBe('unmapped');
    expect(rollUp(['unmapped', 'unmapped'])).toBe('unmapped');
    expect(rollUp(['supported', 'unmapped'])).toBe('supported');
    expect(rollUp(['unsupported', 'unmapped'])).toBe('unsupported');
    expect(rollUp(['supported', 'unsupported'])).toBe('partial');
  });

  it('judges a tree bottom-up, keeps own judgements, and survives a cycle in imported data', () => {
    const ids = ['F', 'C1', 'S1', 'S2', 'C2', 'X', 'Y'];
    const parents = new Map<string, string | null>([['F', null], ['C1', 'F'], ['S1', 'C1'], ['S2', 'C1'], ['C2', 'F'], ['X', 'Y'], ['Y', 'X']]);
    const own = new Map<string, FrameworkSupport | null>([['S1', 'supported'], ['S2', 'partial'], ['C2', 'supported'], ['X', null], ['Y', null]]);
    const judged = judgeTree(ids, parents, own);
    expect(judged.get('C1')).toEqual({ support: 'partial', rolledUp: true });
    expect(judged.get('C2')).toEqual({ support: 'supported', rolledUp: false });
    expect(judged.get('F')).toEqual({ support: 'partial', rolledUp: true });
    expect(judged.get('X')?.support).toBe('unmapped');
  });
});

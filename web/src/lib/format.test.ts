import { describe, expect, it } from 'vitest';
import { evidenceWords, factLabel, factValue, formatBytes, HOW_ORDER, HOW_TEXT, humanize, labelName, plural } from './format';

describe('format', () => {
  it('names labels and enum values as people say them', () => {
    expect(labelName('AISystem')).toBe('AI system');
    expect(labelName('Implementation')).toBe('Implementation');
    expect(labelName('ControlArea')).toBe('Control area');
    expect(humanize('NOT_STARTED')).toBe('Not started');
    expect(humanize('NOT_IMPLEMENTED')).toBe('Not implemented');
    expect(humanize('STALE')).toBe('Stale');
    expect(humanize(null)).toBe('—');
  });

  it('explains every way a control can reach a system', () => {
    for (const how of HOW_ORDER) expect(HOW_TEXT[how]?.title).toBeTruthy();
  });

  it('counts', () => {
    expect(plural(1, 'control')).toBe('1 control');
    expect(plural(2, 'control')).toBe('2 controls');
    expect(plural(0, 'policy', 'policies')).toBe('0 policies');
  });
});

describe('facts', () => {
  it('reads property names and values as words', () => {
    expect(factLabel('recordedAt')).toBe('Recorded at');
    expect(factLabel('sha256')).toBe('SHA-256');
    expect(factLabel('lifecycleStage')).toBe('Lifecycle stage');
    expect(factValue('2026-01-30T09:40:00.000Z')).toBe('30 Jan 2026 09:40 UTC');
    expect(factValue('2026-07-29')).toBe('29 Jul 2026');
    expect(factValue('STALE')).toBe('Stale');
    expect(factValue('true')).toBe('Yes');
    expect(factValue('A plain sentence.')).toBe('A plain sentence.');
  });

  it('gives sizes in the unit people read them in', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(930)).toBe('930 B');
    expect(formatBytes(12_700)).toBe('12 KB');
    expect(formatBytes(3 * 1024 * 1024 + 200_000)).toBe('3.2 MB');
    expect(formatBytes(-1)).toBe('—');
  });

  it('counts evidence by freshness in words', () => {
    expect(evidenceWords({ current: 2, expiring: 1, stale: 0, total: 4 })).toBe('2 current · 1 expiring of 4');
    expect(evidenceWords({ current: 0, expiring: 0, stale: 0, total: 1 })).toBe('none usable of 1');
    expect(evidenceWords({ current: 0, expiring: 0, stale: 0, total: 0 })).toBe('none');
  });
});

import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { labels, type PropertySpec } from '../model.js';
import { storedValues } from './storedValues.js';

const evidence: Record<string, PropertySpec> = labels.Evidence.properties;

describe('storedValues', () => {
  it('gives a change event’s JSON back the types the model declares, and drops derived values', () => {
    const values = storedValues({
      id: 'EVD-1', title: 'A report', reviewIntervalDays: 90, periodStart: '2026-01-31',
      recordedAt: '2026-02-01T09:15:00.123Z', expiresOn: '2026-05-01', supportCount: 2,
    }, evidence);
    expect(Object.keys(values).sort()).toEqual(['id', 'periodStart', 'recordedAt', 'reviewIntervalDays', 'title']);
    expect(neo4j.isInt(values.reviewIntervalDays) && (values.reviewIntervalDays as { toNumber(): number }).toNumber()).toBe(90);
    expect(neo4j.isDate(values.periodStart) && String(values.periodStart)).toBe('2026-01-31');
    expect(neo4j.isDateTime(values.recordedAt) && (values.recordedAt as { toStandardDate(): Date }).toStandardDate().toISOString()).toBe('2026-02-01T09:15:00.123Z');
  });

  it('keeps what it cannot type as it was recorded: an undeclared property, a value that no longer fits', () => {
    expect(storedValues({ retired: 'yes', periodEnd: 'last spring', title: 'T' }, evidence)).toEqual({ retired: 'yes', periodEnd: 'last spring', title: 'T' });
  });
});

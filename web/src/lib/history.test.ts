import { describe, expect, it } from 'vitest';
import { changedFields } from './history';

describe('change history', () => {
  it('names only the properties an update changed, before and after', () => {
    expect(changedFields({ status: 'planned', title: 'T' }, { status: 'implemented', title: 'T' })).toBe('status: "planned" → "implemented"');
    expect(changedFields(null, { sha256: 'ab' })).toBe('sha256: null → "ab"');
    expect(changedFields({ a: 1 }, { a: 1 })).toBe('');
  });
});

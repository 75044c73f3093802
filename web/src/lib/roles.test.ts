import { describe, expect, it } from 'vitest';
import { may } from './roles';

describe('roles', () => {
  it('grants what the API grants each role', () => {
    expect(['viewer', 'auditor', 'editor', 'admin'].filter((r) => may(r, 'write'))).toEqual(['editor', 'admin']);
    expect(['viewer', 'auditor', 'editor', 'admin'].filter((r) => may(r, 'history'))).toEqual(['auditor', 'admin']);
    expect(['viewer', 'auditor', 'editor', 'admin'].every((r) => may(r, 'read'))).toBe(true);
    // The me query answers the role as GraphQL's enum.
    expect(may('EDITOR', 'write')).toBe(true);
    expect(may('AUDITOR', 'write')).toBe(false);
  });

  it('grants nothing to no key or an unknown role', () => {
    expect(may(null, 'read')).toBe(false);
    expect(may('root', 'read')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { byArea, compareIds, stack } from './charts';

describe('charts', () => {
  it('stacks counts into percent segments in the order given, skipping zeros', () => {
    expect(stack({ IMPLEMENTED: 3, PARTIAL: 1, PLANNED: 0 }, ['IMPLEMENTED', 'PARTIAL', 'PLANNED'])).toEqual([
      { key: 'IMPLEMENTED', value: 3, offset: 0, width: 75 },
      { key: 'PARTIAL', value: 1, offset: 75, width: 25 },
    ]);
    expect(stack({ HIGH: 2 }, ['HIGH'], 8)).toEqual([{ key: 'HIGH', value: 2, offset: 0, width: 25 }]);
    expect(stack({}, ['HIGH'])).toEqual([]);
  });

  it('orders dotted ids naturally', () => {
    expect(['A.10', 'A.2', 'A.6.2.10', 'A.6.2.2'].sort(compareIds)).toEqual(['A.2', 'A.6.2.2', 'A.6.2.10', 'A.10']);
  });

  it('groups SoA rows by area', () => {
    const areas = byArea([
      { area: { id: 'A.10', title: 'Third-party' }, status: 'IMPLEMENTED' },
      { area: { id: 'A.2', title: 'Policies' }, status: 'IMPLEMENTED' },
      { area: { id: 'A.2', title: 'Policies' }, status: 'PARTIAL' },
    ]);
    expect(areas.map((a) => [a.id, a.total, a.counts])).toEqual([
      ['A.2', 2, { IMPLEMENTED: 1, PARTIAL: 1 }],
      ['A.10', 1, { IMPLEMENTED: 1 }],
    ]);
  });
});

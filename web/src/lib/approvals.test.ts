import { describe, expect, it } from 'vitest';
import { approvalsGiven, daysWaiting, queue, sectionOf, undecided, type QueueItem } from './approvals';

const cr = (id: string, status: QueueItem['status'], requestedAt: string, extra: Partial<QueueItem> = {}): QueueItem => ({
  id,
  status,
  requestedAt,
  approvers: [],
  ...extra,
});

describe('approvals queue', () => {
  it('puts pending first, oldest first, then rejected, approved, deployed and withdrawn', () => {
    const sections = queue([
      cr('CR-1', 'APPROVED', '2026-11-01T09:00:00Z'),
      cr('CR-2', 'PENDING', '2026-11-20T09:00:00Z'),
      cr('CR-3', 'PENDING', '2026-11-10T09:00:00Z'),
      cr('CR-4', 'APPROVED', '2026-10-01T09:00:00Z', { deployedOn: '2026-10-05' }),
      cr('CR-5', 'REJECTED', '2026-11-15T09:00:00Z'),
      cr('CR-6', 'PENDING', '2026-09-01T09:00:00Z', { deployedOn: '2026-09-02' }),
      cr('CR-7', 'WITHDRAWN', '2026-11-02T09:00:00Z'),
    ]);
    expect(sections.map((s) => [s.key, s.items.map((i) => i.id)])).toEqual([
      ['PENDING', ['CR-3', 'CR-2']],
      ['REJECTED', ['CR-5']],
      ['APPROVED', ['CR-1']],
      ['DEPLOYED', ['CR-4', 'CR-6']],
      ['WITHDRAWN', ['CR-7']],
    ]);
  });

  it('files an emergency deployment under deployed, whatever its status', () => {
    expect(sectionOf({ status: 'PENDING', deployedOn: '2026-09-02' })).toBe('DEPLOYED');
    expect(sectionOf({ status: 'REJECTED', deployedOn: null })).toBe('REJECTED');
  });

  it('counts approvals given and names who has not decided', () => {
    const approvers = [
      { person: { id: 'PER-A' }, approval: { decision: 'APPROVED' } },
      { person: { id: 'PER-B' }, approval: null },
      { person: { id: 'PER-C' }, approval: { decision: 'REJECTED' } },
      { person: { id: 'PER-D' } },
    ];
    expect(approvalsGiven(approvers)).toBe(1);
    expect(undecided(approvers).map((a) => a.person.id)).toEqual(['PER-B', 'PER-D']);
  });

  it('counts whole days waiting up to the as-of day', () => {
    expect(daysWaiting('2026-11-20T17:30:00Z', '2026-11-26')).toBe(6);
    expect(daysWaiting('2026-11-26T08:00:00Z', '2026-11-26')).toBe(0);
    expect(daysWaiting('2026-11-28T08:00:00Z', '2026-11-26')).toBe(0);
  });
});

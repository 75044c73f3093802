import { describe, expect, it } from 'vitest';
import { actionCounts, board, COLUMNS, daysOverdue, type BoardAction } from './actionBoard';

describe('corrective-action board', () => {
  it('puts each action in its state’s column, the most urgent first', () => {
    const actions: BoardAction[] = [
      { id: 'CA-1', state: 'OPEN', dueOn: '2026-12-20' },
      { id: 'CA-2', state: 'OVERDUE', dueOn: '2026-11-20' },
      { id: 'CA-3', state: 'OVERDUE', dueOn: '2026-10-01' },
      { id: 'CA-4', state: 'OPEN', dueOn: '2026-12-01' },
      { id: 'CA-5', state: 'DONE', dueOn: '2026-10-01', completedOn: '2026-09-20' },
      { id: 'CA-6', state: 'DONE', dueOn: '2026-10-01', completedOn: '2026-10-02' },
      { id: 'CA-7', state: 'UNEVIDENCED', dueOn: '2026-11-01', completedOn: '2026-10-30' },
    ];
    const columns = board(actions);
    expect(columns.OVERDUE.map((a) => a.id)).toEqual(['CA-3', 'CA-2']);
    expect(columns.OPEN.map((a) => a.id)).toEqual(['CA-4', 'CA-1']);
    expect(columns.DONE.map((a) => a.id)).toEqual(['CA-6', 'CA-5']);
    expect(columns.UNEVIDENCED.map((a) => a.id)).toEqual(['CA-7']);
    // Every state the API has gets a column.
    expect(COLUMNS.map((c) => c.key).sort()).toEqual(['DONE', 'OPEN', 'OVERDUE', 'UNEVIDENCED']);
  });

  it('counts days overdue on the as-of day', () => {
    expect(daysOverdue('2026-11-20', '2026-11-26')).toBe(6);
    expect(daysOverdue('2026-11-26', '2026-11-26')).toBe(0);
    expect(daysOverdue('2026-12-01', '2026-11-26')).toBe(0);
  });

  it('counts a finding’s actions by state', () => {
    expect(actionCounts([{ state: 'DONE' }, { state: 'OVERDUE' }, { state: 'DONE' }])).toEqual({ DONE: 2, OVERDUE: 1 });
  });
});

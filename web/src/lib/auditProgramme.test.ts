import { describe, expect, it } from 'vitest';
import { auditRows, byLabel, calendarSpan, findingCounts, fitText } from './auditProgramme';

describe('audit programme', () => {
  it('gives each audit a row, in the order they start, a day long when it has no end', () => {
    const rows = auditRows([
      { id: 'AUD-C', startsOn: '2026-12-10', endsOn: '2026-12-12' },
      { id: 'AUD-A', startsOn: '2026-09-01', endsOn: '2026-09-20' },
      { id: 'AUD-D', startsOn: '2026-09-20', endsOn: null },
      { id: 'AUD-B', startsOn: '2026-09-15', endsOn: '2026-09-14' },
    ]);
    expect(rows.map((r) => [r.audit.id, r.from, r.to])).toEqual([
      ['AUD-A', '2026-09-01', '2026-09-20'],
      ['AUD-B', '2026-09-15', '2026-09-15'],
      ['AUD-D', '2026-09-20', '2026-09-20'],
      ['AUD-C', '2026-12-10', '2026-12-12'],
    ]);
  });

  it('cuts a label to the room it has', () => {
    expect(fitText('Internal audit', 200)).toBe('Internal audit');
    expect(fitText('Internal audit: voice channel, suppliers and incident response', 132)).toBe('Internal audit…');
    expect(fitText('Supercalifragilisticexpialidocious', 66)).toBe('Supercali…');
  });

  it('spans every audit, review and the as-of day, with a week to spare', () => {
    expect(calendarSpan(['2026-10-01', '2027-01-15'], '2026-11-26')).toEqual({ from: '2026-09-24', to: '2027-01-22' });
    expect(calendarSpan([], '2026-11-26')).toEqual({ from: '2026-11-19', to: '2026-12-03' });
  });

  it('counts findings by kind', () => {
    expect(findingCounts([{ kind: 'OBSERVATION' }, { kind: 'MINOR_NONCONFORMITY' }, { kind: 'OBSERVATION' }])).toEqual({
      OBSERVATION: 2,
      MINOR_NONCONFORMITY: 1,
    });
  });

  it('groups what a review reviewed by type, in the order met', () => {
    const groups = byLabel([
      { __typename: 'Audit', id: 'AUD-1' },
      { __typename: 'Incident', id: 'INC-1' },
      { __typename: 'Audit', id: 'AUD-2' },
    ]);
    expect(groups.map(([label, nodes]) => [label, nodes.map((n) => n.id)])).toEqual([
      ['Audit', ['AUD-1', 'AUD-2']],
      ['Incident', ['INC-1']],
    ]);
  });
});

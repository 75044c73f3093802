import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { SOA_HEADER, soaCsv, soaFilename } from './soaCsv';

const evidence = { best: 'CURRENT', current: 2, expiring: 0, stale: 1, superseded: 0, rejected: 0, total: 3 } as const;

describe('SoA CSV', () => {
  it('writes a header and one row per control, justification and owners kept whole', () => {
    const text = soaCsv([
      {
        applicable: true,
        area: { id: 'A.2', title: 'Policies related to AI' },
        control: { id: 'A.2.2', title: 'AI policy' },
        justification: null,
        status: 'IMPLEMENTED',
        implementationCount: 1,
        owners: ['Amara Okafor', 'Governance, Risk & Compliance'],
        evidence,
        exclusions: [],
        notes: [],
      },
      {
        applicable: false,
        area: { id: 'A.6', title: 'AI system life cycle' },
        control: { id: 'A.6.2.5', title: 'AI system deployment' },
        justification: 'Retired; "no deployment" can take place, ever.',
        status: 'EXCLUDED',
        implementationCount: 1,
        owners: [],
        evidence: { ...evidence, best: 'NONE', current: 0, stale: 0, total: 0 },
        exclusions: [{ implementationId: 'IMP-X', justification: 'narrower', scope: { id: 'SYS-X', label: 'AISystem', name: 'X' } }],
        notes: ['INC-1 showed it failing.', 'FND-1 is open.'],
      },
    ]);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...SOA_HEADER]);
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 6)).toEqual(['A.2.2', 'AI policy', 'A.2 Policies related to AI', 'yes', '', 'IMPLEMENTED']);
    expect(rows[1]![12]).toBe('Amara Okafor; Governance, Risk & Compliance');
    expect(rows[2]![3]).toBe('no');
    expect(rows[2]![4]).toBe('Retired; "no deployment" can take place, ever.');
    expect(rows[2]![13]).toBe('SYS-X: narrower');
    expect(rows[1]![14]).toBe('');
    expect(rows[2]![14]).toBe('INC-1 showed it failing. | FND-1 is open.');
  });

  it('names the file after scope and day', () => {
    expect(soaFilename('ORG-BRIGHTWATER', '2026-11-26')).toBe('statement-of-applicability-ORG-BRIGHTWATER-2026-11-26.csv');
  });
});

/**
 * Which clauses each Annex A area supports. ISO/IEC 42001 itself ties every control to 6.1.3
 * (risk treatment compares the needed controls with Annex A and records the Statement of
 * Applicability); the topical links per area are our editorial mapping, marked as such.
 */
export const EVERY_CONTROL_CLAUSE = {
  clause: '6.1.3',
  basis: 'ISO/IEC 42001 6.1.3: controls are determined and compared with Annex A',
};

const topical = 'AIMS Graph editorial mapping by topic';

export const controlClauseLinks: Record<string, { clause: string; basis: string }[]> = {
  'A.2': [{ clause: '5.2', basis: topical }],
  'A.3': [{ clause: '5.3', basis: topical }],
  'A.4': [{ clause: '7.1', basis: topical }],
  'A.5': [
    { clause: '6.1.4', basis: topical },
    { clause: '8.4', basis: topical },
  ],
  'A.6': [{ clause: '8.1', basis: topical }],
  'A.7': [{ clause: '8.1', basis: topical }],
  'A.8': [{ clause: '7.4', basis: topical }],
  'A.9': [{ clause: '8.1', basis: topical }],
  'A.10': [{ clause: '8.1', basis: topical }],
};

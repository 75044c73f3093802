/**
 * The explorer's colours in one place: one per graph label (canvas, legend, badges) and one tone
 * per state. Badges are derived from the label colour (a light tint behind a dark shade) and a
 * unit test holds every pair to WCAG AA contrast, so adding a label cannot make text unreadable.
 */
export const LABEL_COLORS: Record<string, string> = {
  Organization: '#1f2937',
  AISystem: '#2563eb',
  Model: '#7c3aed',
  Dataset: '#0f766e',
  Vendor: '#c2410c',
  Control: '#4338ca',
  ControlObjective: '#6366f1',
  ControlArea: '#3730a3',
  Clause: '#475569',
  Implementation: '#0e7490',
  Evidence: '#15803d',
  Risk: '#db2777',
  RiskSource: '#9d174d',
  Incident: '#9f1239',
  Person: '#a16207',
  Team: '#854d0e',
  Policy: '#0369a1',
  KPI: '#4d7c0f',
  Requirement: '#78716c',
  Standard: '#334155',
  OrganizationalObjective: '#57534e',
  // Governance workflows: changes in teal-blue, assurance (audits, findings, actions) in warm tones.
  ChangeRequest: '#0e7490',
  Approval: '#155e75',
  ImpactAssessment: '#6d28d9',
  Finding: '#b91c1c',
  CorrectiveAction: '#b45309',
  Audit: '#1d4ed8',
  ManagementReview: '#44403c',
  Measurement: '#65a30d',
};

const FALLBACK = '#64748b';

export function labelColor(label: string): string {
  return LABEL_COLORS[label] ?? FALLBACK;
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex([r, g, b]: [number, number, number]): string {
  return '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

/** `amount` of `b` mixed into `a`. */
export function mix(a: string, b: string, amount: number): string {
  const [x, y] = [rgb(a), rgb(b)];
  return hex([0, 1, 2].map((i) => x[i]! + (y[i]! - x[i]!) * amount) as [number, number, number]);
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface Tone {
  fg: string;
  bg: string;
}

/** A label's badge: its colour, darkened for text, on a pale tint of itself. */
export function labelTone(label: string): Tone {
  const base = labelColor(label);
  return { fg: mix(base, '#000000', 0.35), bg: mix(base, '#ffffff', 0.88) };
}

const GREEN: Tone = { fg: '#05603a', bg: '#dcfae6' };
const AMBER: Tone = { fg: '#93370d', bg: '#fef0c7' };
const RED: Tone = { fg: '#912018', bg: '#fee4e2' };
const BLUE: Tone = { fg: '#1849a9', bg: '#dbeafe' };
const GREY: Tone = { fg: '#344054', bg: '#eaecf0' };
const VIOLET: Tone = { fg: '#5b21b6', bg: '#ede9fe' };

/** Tones of every enum value the explorer shows as a badge, by value. */
export const TONES: Record<string, Tone> = {
  CURRENT: GREEN,
  EXPIRING: AMBER,
  STALE: RED,
  SUPERSEDED: GREY,
  NONE: RED,
  IMPLEMENTED: GREEN,
  PARTIAL: AMBER,
  PLANNED: BLUE,
  NOT_STARTED: GREY,
  NOT_IMPLEMENTED: RED,
  EXCLUDED: VIOLET,
  HIGH: RED,
  MEDIUM: AMBER,
  LOW: GREEN,
  SUBMITTED: BLUE,
  ACCEPTED: GREEN,
  REJECTED: RED,
  SUPPORTED: GREEN,
  UNSUPPORTED: RED,
  UNMAPPED: GREY,
  MODIFIED: RED,
  MISSING: RED,
  // Governance workflows: change requests, incidents, findings and actions, audits.
  PENDING: AMBER,
  APPROVED: GREEN,
  WITHDRAWN: GREY,
  SEV1: RED,
  SEV2: RED,
  SEV3: AMBER,
  SEV4: GREY,
  OPEN: BLUE,
  MITIGATED: AMBER,
  CLOSED: GREEN,
  OVERDUE: RED,
  DONE: GREEN,
  UNEVIDENCED: AMBER,
  MAJOR_NONCONFORMITY: RED,
  MINOR_NONCONFORMITY: AMBER,
  OBSERVATION: BLUE,
  OPPORTUNITY: GREEN,
  IN_PROGRESS: AMBER,
  COMPLETED: GREEN,
  DUE: AMBER,
  DRAFT: GREY,
};

export function tone(value: string | null | undefined): Tone {
  return (value && TONES[value]) || GREY;
}

/** Solid colours for charts and the canvas (graphics need 3:1 against the page, not 4.5:1). */
export const STATE_COLORS = {
  stale: '#d92d20',
  expiring: '#dc6803',
  current: '#079455',
  superseded: '#98a2b3',
  uncovered: '#b42318',
  muted: '#d0d5dd',
} as const;

/** SoA and implementation status in charts, strongest first. */
export const STATUS_COLORS: Record<string, string> = {
  IMPLEMENTED: '#079455',
  PARTIAL: '#f79009',
  PLANNED: '#2e90fa',
  NOT_STARTED: '#98a2b3',
  NOT_IMPLEMENTED: '#d92d20',
  EXCLUDED: '#7a5af8',
};

/** How far our ISO 42001 work supports another framework's item, in the colours of the status behind it. */
export const SUPPORT_COLORS: Record<string, string> = {
  SUPPORTED: STATUS_COLORS.IMPLEMENTED!,
  PARTIAL: STATUS_COLORS.PARTIAL!,
  UNSUPPORTED: STATUS_COLORS.NOT_IMPLEMENTED!,
  UNMAPPED: STATUS_COLORS.NOT_STARTED!,
};

import type { FieldKind, Valued } from './fieldValues.js';
import type { Bad } from './replies.js';
import { enumValues } from './sdl.js';

const text: FieldKind = { kind: 'text' };
const enumOf = (name: string): FieldKind => ({ kind: 'enum', values: enumValues(name) });
const int = (min?: number, max?: number): FieldKind => ({ kind: 'int', min, max });
const date: FieldKind = { kind: 'date' };
const datetime: FieldKind = { kind: 'datetime' };
const float: FieldKind = { kind: 'float' };

/** `required`: the input needs it and a patch may not clear it; `createOnly`: the input needs it, a patch may clear it. */
export type Fields = Record<string, { spec: FieldKind; required?: boolean; createOnly?: boolean }>;
const req = (spec: FieldKind) => ({ spec, required: true });
const opt = (spec: FieldKind) => ({ spec });
/** Required by the SDL's input (`!`), optional in the model and its patch. */
const inputReq = (spec: FieldKind) => ({ spec, createOnly: true });

/** What a client may write on each label, as the SDL types it and the API's rules bound it. */
export const writable: Record<string, Fields> = {
  AISystem: {
    name: req(text), kind: req(enumOf('SystemKind')), channel: opt(enumOf('Channel')), lifecycleStage: opt(enumOf('LifecycleStage')),
    riskTier: opt(enumOf('Level')), customerFacing: opt({ kind: 'bool' }), description: opt(text),
  },
  Model: { name: req(text), version: req(text), modelType: opt(text), releasedOn: opt(date), description: opt(text) },
  Dataset: {
    name: req(text), provenance: opt(text), personalData: opt({ kind: 'bool' }), languages: opt({ kind: 'strings' }),
    retentionDays: opt(int()), knownLimitations: opt(text), description: opt(text),
  },
  Vendor: {
    name: req(text), service: opt(text), slaUptime: opt({ kind: 'float', min: 0, max: 100 }), slaResponseHours: opt(int()),
    lastAssessedOn: opt(date), criticality: opt(enumOf('Level')),
  },
  Risk: {
    title: req(text), description: opt(text), category: opt({ kind: 'text', max: 1_000 }), likelihood: req(int(1, 5)), impact: req(int(1, 5)),
    residualLikelihood: opt(int(1, 5)), residualImpact: opt(int(1, 5)), treatment: opt(enumOf('Treatment')), appetite: opt(int(1, 25)),
  },
  Implementation: { status: req(enumOf('ImplementationStatus')), description: opt(text), justification: opt(text), updatedOn: opt(date) },
  Evidence: {
    title: req(text), kind: opt(enumOf('EvidenceKind')), uri: opt({ kind: 'uri' }), sha256: opt({ kind: 'sha256' }), periodStart: opt(date),
    periodEnd: opt(date), validUntil: opt(date), reviewIntervalDays: opt(int(1, 3650)), reviewState: opt(enumOf('ReviewState')),
  },
  Person: { name: req(text), email: opt({ kind: 'email' }), jobTitle: opt(text), aimsRole: opt(text) },
  // The governance labels, in the order their creates can name each other.
  Incident: {
    title: req(text), severity: inputReq(enumOf('Severity')), occurredAt: inputReq(datetime), respondedAt: opt(datetime), resolvedAt: opt(datetime),
    status: opt(enumOf('IncidentStatus')), rootCause: opt(enumOf('RootCause')), customersAffected: opt(int(0)), summary: opt(text),
  },
  Audit: {
    title: req(text), kind: opt(enumOf('AuditKind')), startsOn: req(date), endsOn: opt(date), status: opt(enumOf('AuditStatus')), summary: opt(text),
  },
  ManagementReview: { title: req(text), heldOn: req(date), summary: opt(text), decisions: opt({ kind: 'strings' }) },
  ImpactAssessment: {
    title: req(text), assessedOn: req(date), reviewIntervalDays: opt(int(1, 3650)), status: opt(enumOf('AssessmentStatus')),
    individuals: opt(text), groups: opt(text), society: opt(text), brandRisk: opt(enumOf('Level')), overallImpact: opt(enumOf('Level')),
  },
  KPI: { name: req(text), unit: opt(text), direction: inputReq(enumOf('KpiDirection')), target: opt(float), threshold: inputReq(float) },
  Finding: { title: req(text), kind: req(enumOf('FindingKind')), description: opt(text), raisedOn: req(date) },
  CorrectiveAction: { title: req(text), description: opt(text), dueOn: req(date) },
};

/** What a create answers for a field left out: the input's default, else null. */
export const createDefaults: Record<string, Record<string, unknown>> = {
  Evidence: { reviewState: 'SUBMITTED' },
  Incident: { status: 'OPEN' },
  Audit: { kind: 'INTERNAL', status: 'PLANNED' },
  ImpactAssessment: { status: 'DRAFT' },
  ManagementReview: { decisions: [] },
};

/** Lists the API answers empty, never null: unset or cleared, they are none. */
export const neverNull: Record<string, string[]> = { ManagementReview: ['decisions'] };

/** A reference field of a governance label's input: the labels it may name, and whether the input needs one. */
export interface Reference {
  field: string;
  labels: readonly string[];
  list: boolean;
  required?: boolean;
}
const ref = (field: string, labels: readonly string[], required = false): Reference => ({ field, labels, list: field.endsWith('Ids'), required });

/** The reference fields of each governance label's input, as the SDL documents them (ownerId apart). */
export const references: Record<string, Reference[]> = {
  Incident: [ref('affectedIds', ['AISystem'], true), ref('riskIds', ['Risk']), ref('failedControlIds', ['Control'])],
  Audit: [ref('coversIds', ['Clause', 'Control', 'AISystem']), ref('auditorIds', ['Person'])],
  ManagementReview: [
    ref('reviewedIds', ['Audit', 'Incident', 'KPI', 'Risk', 'Finding', 'Policy', 'ImpactAssessment', 'ChangeRequest']),
    ref('attendeeIds', ['Person']),
  ],
  ImpactAssessment: [ref('systemId', ['AISystem'], true)],
  KPI: [ref('systemIds', ['AISystem'], true), ref('riskIds', ['Risk'])],
  Finding: [ref('raisedInId', ['Audit', 'Incident', 'ManagementReview'], true), ref('concernsIds', ['Clause', 'Control', 'Implementation', 'Evidence', 'AISystem'])],
  CorrectiveAction: [ref('findingId', ['Finding'], true)],
};

/** Today in UTC, the day the API judges "in the future" by. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Fields drawn in order (four times in five), so that enough writes land: dates that must not go backwards. */
const inOrder: Record<string, string[]> = {
  Evidence: ['periodStart', 'periodEnd', 'validUntil'],
  Incident: ['occurredAt', 'respondedAt', 'resolvedAt'],
  Audit: ['startsOn', 'endsOn'],
};
/** Days that must not be in the future (ImpactAssessment), or that a workflow step must be able to follow (Finding). */
const notAhead: Record<string, string[]> = { ImpactAssessment: ['assessedOn'], Finding: ['raisedOn'] };

/** Puts a label's drawn fields in order; `n === 0` leaves them as drawn. */
export function tidy(label: string, fields: Record<string, Valued>, n: number): Record<string, Valued> {
  if (n === 0) return fields;
  const good = (name: string) => typeof fields[name]?.value === 'string' && !fields[name]!.fault;
  const out = { ...fields };
  const dated = (inOrder[label] ?? []).filter(good);
  const values = dated.map((d) => fields[d]!.value as string).sort((a, b) => Date.parse(a) - Date.parse(b));
  dated.forEach((d, i) => (out[d] = { value: values[i] }));
  for (const name of (notAhead[label] ?? []).filter(good)) if ((out[name]!.value as string) > todayUtc()) out[name] = { value: todayUtc() };
  // A KPI's threshold on the worse side of its target.
  const [target, threshold, direction] = [fields.target, fields.threshold, fields.direction];
  if (label === 'KPI' && typeof target?.value === 'number' && typeof threshold?.value === 'number' && !target.fault && !threshold.fault && typeof direction?.value === 'string') {
    const [low, high] = [target.value, threshold.value].sort((a, b) => a - b);
    const lower = direction.value === 'LOWER_IS_BETTER';
    out.target = { value: lower ? low : high };
    out.threshold = { value: lower ? high : low };
  }
  return out;
}

/**
 * The API's rules across properties, on the node as a write would leave it (stored values
 * overlaid with the well-formed values written, in the client's terms): the refusals they call for.
 */
export function ruleFaults(label: string, node: Record<string, unknown>, prefix: string): Bad[] {
  const fault = (name: string): Bad => ({ field: `${prefix}.${name}`, code: 'BAD_USER_INPUT' });
  const present = (v: unknown) => v !== undefined && v !== null;
  const before = (later: string, earlier: string) => present(node[later]) && present(node[earlier]) && Date.parse(String(node[later])) < Date.parse(String(node[earlier]));
  const out: Bad[] = [];
  if (label === 'Implementation' && node.status === 'EXCLUDED' && !String(node.justification ?? '').trim()) out.push(fault('justification'));
  if (label === 'Evidence') {
    if (before('periodEnd', 'periodStart')) out.push(fault('periodEnd'));
    if (before('validUntil', 'periodEnd')) out.push(fault('validUntil'));
    if (!node.validUntil && !node.reviewIntervalDays) out.push(fault('validUntil'));
  }
  if (label === 'Incident') {
    if (before('respondedAt', 'occurredAt')) out.push(fault('respondedAt'));
    if (before('resolvedAt', 'occurredAt') || (node.status === 'CLOSED' && !node.resolvedAt)) out.push(fault('resolvedAt'));
  }
  if (label === 'Audit' && (before('endsOn', 'startsOn') || (node.status === 'COMPLETED' && !node.endsOn))) out.push(fault('endsOn'));
  if (label === 'Finding' && before('closedOn', 'raisedOn')) out.push(fault('closedOn'));
  if (label === 'ImpactAssessment' && typeof node.assessedOn === 'string' && node.assessedOn > todayUtc()) out.push(fault('assessedOn'));
  if (label === 'KPI' && typeof node.target === 'number' && typeof node.threshold === 'number') {
    // The threshold is where a breach begins: it may not be on the better side of the target.
    if (node.direction === 'LOWER_IS_BETTER' ? node.target > node.threshold : node.target < node.threshold) out.push(fault('threshold'));
  }
  return out;
}

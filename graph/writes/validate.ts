import { InputError } from '../errors.js';
import { labels, type Label, type LabelSpec, type PropertySpec } from '../model.js';
import { cypherDate, cypherDateTime, int } from '../plain.js';

export type Input = Record<string, unknown>;

/**
 * Checks client input against the model (declared properties, types, allowed values, required
 * ones on create) and the rules of each label, and returns driver values ready for Cypher.
 * `current` is the node as stored, so that an update is judged as the node it would leave.
 * Every refusal names the field at fault.
 */
export function validateProperties(
  label: Label,
  input: Input,
  mode: 'create' | 'update',
  current: Input = {},
  prefix = 'input',
): Record<string, unknown> {
  const spec: LabelSpec = labels[label];
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const property = spec.properties[name];
    const field = `${prefix}.${name}`;
    if (!property || name === 'id' || property.derived) throw new InputError(field, `${label} has no writable property ${name}.`);
    if (value === null) {
      if (property.required) throw new InputError(field, `${name} is required and cannot be cleared.`);
      out[name] = null;
      continue;
    }
    out[name] = toDriverValue(field, property, value);
  }
  if (mode === 'create') {
    for (const [name, property] of Object.entries(spec.properties)) {
      if (property.required && name !== 'id' && out[name] === undefined && !serverSet.has(`${label}.${name}`)) {
        throw new InputError(`${prefix}.${name}`, `${name} is required.`);
      }
    }
  }
  checkRules(label, { ...current, ...input }, prefix);
  return out;
}

/** Properties the server sets itself (clients may not). */
const serverSet = new Set(['Evidence.recordedAt', 'ChangeRequest.requestedAt']);

function toDriverValue(field: string, spec: PropertySpec, value: unknown): unknown {
  const fail = (what: string): never => {
    throw new InputError(field, `${field.split('.').pop()} must be ${what}.`);
  };
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') fail('a string');
      if ((value as string).length > 10_000) fail('at most 10,000 characters');
      // A range index holds a key of at most ~8 kB: a longer value would fail the write inside Neo4j.
      if (spec.indexed && (value as string).length > 1_000) fail('at most 1,000 characters (it is indexed)');
      if (!isUnicodeText(value as string)) fail('Unicode text (it has an unpaired surrogate)');
      if (spec.required && !(value as string).trim()) fail('a non-empty string');
      if (spec.values && !spec.values.includes(value as string)) fail(`one of ${spec.values.join(', ')}`);
      return value;
    case 'string[]':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length <= 200 && isUnicodeText(v)) || value.length > 200) {
        fail('a list of at most 200 short strings of Unicode text');
      }
      return value;
    case 'int':
      if (!Number.isSafeInteger(value)) fail('a whole number');
      return int(value as number);
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail('a number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') fail('true or false');
      return value;
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value)) fail('a date (YYYY-MM-DD)');
      return cypherDate(value as string);
    case 'datetime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail('an ISO-8601 date-time');
      return cypherDateTime(value as string);
    case 'int[]':
    case 'date[]':
      // Only derived properties have these types, and clients never write those.
      return fail('left to the graph');
  }
}

/**
 * Whether a string is Unicode text. JSON can carry an unpaired UTF-16 surrogate (`"\ud800"`), but
 * Neo4j stores strings as UTF-8 and would keep U+FFFD instead: the node would silently differ from
 * what the client sent (and from the change event, which keeps the JSON).
 */
export function isUnicodeText(value: string): boolean {
  return !/\p{Surrogate}/u.test(value);
}

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Rules across properties, on the node as it would be after the write (plain values). */
function checkRules(label: Label, node: Input, prefix: string): void {
  const between = (name: string, min: number, max: number) => {
    const v = node[name];
    if (v !== undefined && v !== null && (typeof v !== 'number' || v < min || v > max)) {
      throw new InputError(`${prefix}.${name}`, `${name} must be from ${min} to ${max}.`);
    }
  };
  switch (label) {
    case 'Risk':
      for (const name of ['likelihood', 'impact', 'residualLikelihood', 'residualImpact']) between(name, 1, 5);
      between('appetite', 1, 25);
      break;
    case 'Organization':
      between('riskAppetite', 1, 25);
      break;
    case 'Vendor':
      between('slaUptime', 0, 100);
      break;
    case 'Implementation':
      if (node.status === 'excluded' && !String(node.justification ?? '').trim()) {
        throw new InputError(`${prefix}.justification`, 'An excluded control needs a justification.');
      }
      break;
    case 'Evidence': {
      if (node.sha256 !== undefined && node.sha256 !== null && !/^[0-9a-f]{64}$/.test(String(node.sha256))) {
        throw new InputError(`${prefix}.sha256`, 'sha256 must be 64 lowercase hexadecimal characters.');
      }
      if (node.uri !== undefined && node.uri !== null && !URL.canParse(String(node.uri))) {
        throw new InputError(`${prefix}.uri`, 'uri must be an absolute URI.');
      }
      const start = node.periodStart as string | undefined;
      const end = node.periodEnd as string | undefined;
      if (start && end && start > end) {
        throw new InputError(`${prefix}.periodEnd`, 'periodEnd must not be before periodStart.');
      }
      if (end && node.validUntil && String(node.validUntil) < end) {
        throw new InputError(`${prefix}.validUntil`, 'validUntil must not be before periodEnd.');
      }
      between('reviewIntervalDays', 1, 3650);
      if (!node.validUntil && !node.reviewIntervalDays) {
        throw new InputError(`${prefix}.validUntil`, 'Evidence needs validUntil or reviewIntervalDays, so that it can go stale.');
      }
      break;
    }
    case 'Person':
      if (node.email !== undefined && node.email !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(node.email))) {
        throw new InputError(`${prefix}.email`, 'email must be an email address.');
      }
      break;
    default:
      checkWorkflowRules(label, node, prefix);
  }
}

/** The governance workflows' labels: dates in order, cadences in range, thresholds on the right side. */
function checkWorkflowRules(label: Label, node: Input, prefix: string): void {
  const notBefore = (later: string, earlier: string, what: string) => {
    const [a, b] = [node[later], node[earlier]];
    if (a === undefined || a === null || b === undefined || b === null) return;
    if (Date.parse(String(a)) < Date.parse(String(b))) throw new InputError(`${prefix}.${later}`, `${later} must not be before ${what}.`);
  };
  switch (label) {
    case 'Incident':
      notBefore('respondedAt', 'occurredAt', 'occurredAt');
      notBefore('resolvedAt', 'occurredAt', 'occurredAt');
      if (typeof node.customersAffected === 'number' && node.customersAffected < 0) {
        throw new InputError(`${prefix}.customersAffected`, 'customersAffected must not be negative.');
      }
      if (node.status === 'closed' && !node.resolvedAt) throw new InputError(`${prefix}.resolvedAt`, 'A closed incident needs resolvedAt.');
      break;
    case 'Audit':
      notBefore('endsOn', 'startsOn', 'startsOn');
      if (node.status === 'completed' && !node.endsOn) throw new InputError(`${prefix}.endsOn`, 'A completed audit needs endsOn.');
      break;
    case 'Finding':
      notBefore('closedOn', 'raisedOn', 'raisedOn');
      break;
    case 'ImpactAssessment': {
      const days = node.reviewIntervalDays;
      if (days !== undefined && days !== null && (typeof days !== 'number' || days < 1 || days > 3650)) {
        throw new InputError(`${prefix}.reviewIntervalDays`, 'reviewIntervalDays must be from 1 to 3650.');
      }
      if (typeof node.assessedOn === 'string' && node.assessedOn > new Date().toISOString().slice(0, 10)) {
        throw new InputError(`${prefix}.assessedOn`, 'assessedOn must not be in the future.');
      }
      break;
    }
    case 'KPI': {
      const { target, threshold, direction } = node as { target?: number | null; threshold?: number | null; direction?: string };
      if (typeof target === 'number' && typeof threshold === 'number') {
        const wrongSide = direction === 'lower-is-better' ? target > threshold : target < threshold;
        if (wrongSide) throw new InputError(`${prefix}.threshold`, `For a ${direction ?? 'higher-is-better'} KPI the threshold must not be ${direction === 'lower-is-better' ? 'below' : 'above'} the target.`);
      }
      break;
    }
  }
}

/** Properties of a relationship a client writes: only those the model declares, typed. */
export function validateRelationshipProperties(
  spec: { properties?: Record<string, PropertySpec> },
  input: Input,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    const property = spec.properties?.[name];
    if (!property) throw new InputError(`properties.${name}`, `This relationship has no property ${name}.`);
    out[name] = value === null ? null : toDriverValue(`properties.${name}`, property, value);
  }
  return out;
}

import type { PlainValue } from '../../graph/graphData.js';
import type { PropertySpec } from '../../graph/model.js';
import { isCalendarDate } from '../../graph/writes/validate.js';

/** Whether a plain value (as seed and generator rows hold them) has the type the model declares. */
export function hasModelType(value: PlainValue, spec: PropertySpec): boolean {
  switch (spec.type) {
    case 'string': return typeof value === 'string';
    case 'string[]': return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'int': return Number.isInteger(value);
    case 'int[]': return Array.isArray(value) && value.every((v) => Number.isInteger(v));
    case 'date[]': return Array.isArray(value) && value.every((v) => typeof v === 'string' && isCalendarDate(v));
    case 'float': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'date': return typeof value === 'string' && isCalendarDate(value);
    case 'datetime': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value));
  }
}

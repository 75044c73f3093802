import type { PropertySpec } from '../model.js';
import { cypherDate, cypherDateTime, int } from '../plain.js';

/**
 * Properties as a change event keeps them (JSON: dates `YYYY-MM-DD`, datetimes ISO-8601, every
 * number a JS number) → the values the node held, by the types `declared` in the model, so a
 * rebuilt node compares, sorts and digests as the original did: an int stays INTEGER, a date DATE.
 * Derived properties are left out (the markers recompute them); a property the model no longer
 * declares, or whose value no longer fits its declared type, keeps its JSON value.
 */
export function storedValues(json: Record<string, unknown>, declared: Record<string, PropertySpec>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const spec = declared[key];
    if (spec?.derived || value === null || value === undefined) continue;
    out[key] = spec ? typed(value, spec) : value;
  }
  return out;
}

function typed(value: unknown, spec: PropertySpec): unknown {
  try {
    return converted(value, spec);
  } catch {
    return value;
  }
}

function converted(value: unknown, spec: PropertySpec): unknown {
  const each = (convert: (v: unknown) => unknown) => (Array.isArray(value) ? value.map(convert) : value);
  switch (spec.type) {
    case 'int': return int(Number(value));
    case 'int[]': return each((v) => int(Number(v)));
    case 'date': return cypherDate(String(value));
    case 'date[]': return each((v) => cypherDate(String(v)));
    case 'datetime': return cypherDateTime(String(value));
    // A JS number goes to Neo4j as a FLOAT, whole or not: 99 stays 99.0.
    default: return value;
  }
}

export interface Difference {
  /** Where, from the answer's field: `covered[3].evidence.best`. */
  path: string;
  api: unknown;
  raw: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first place two JSON values differ, depth first in key order, or null when they are equal. */
export function firstDifference(api: unknown, raw: unknown, path = ''): Difference | null {
  if (Array.isArray(api) && Array.isArray(raw)) {
    for (let i = 0; i < Math.min(api.length, raw.length); i++) {
      const d = firstDifference(api[i], raw[i], `${path}[${i}]`);
      if (d) return d;
    }
    return api.length === raw.length ? null : { path: `${path}.length`, api: api.length, raw: raw.length };
  }
  if (isObject(api) && isObject(raw)) {
    for (const key of new Set([...Object.keys(api), ...Object.keys(raw)])) {
      const d = firstDifference(api[key], raw[key], path ? `${path}.${key}` : key);
      if (d) return d;
    }
    return null;
  }
  return Object.is(api, raw) ? null : { path, api, raw };
}

/** A difference as one readable line, long values cut. */
export function describeDifference(d: Difference): string {
  const show = (v: unknown) => {
    const s = JSON.stringify(v) ?? 'undefined';
    return s.length > 300 ? `${s.slice(0, 300)}…` : s;
  };
  return `at ${d.path || '(the whole answer)'}: API ${show(d.api)}, query module ${show(d.raw)}`;
}

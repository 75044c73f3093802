import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JSON-friendly JS, in one place: Integer → number (string when
 * beyond 2^53), Date → `YYYY-MM-DD`, DateTime → ISO-8601, nodes, relationships and paths → plain
 * objects. Everything the rest of the code sees has gone through here.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') {
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    return value;
  }
  // Maps and lists from Cypher arrive as plain objects and arrays, the bulk of every answer; only
  // class instances can be driver values, so only they pay for the driver's type checks.
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) return plainObject(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return toIsoDateTime(value);
  if (neo4j.isDuration(value) || neo4j.isTime(value) || neo4j.isLocalTime(value)) return value.toString();
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: plainObject(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: plainObject(value.properties),
    };
  }
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  return plainObject(value as Record<string, unknown>);
}

function plainObject(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in o) if (Object.hasOwn(o, k)) out[k] = toPlain(o[k]);
  return out;
}

/** DateTime.toString() keeps the driver's nanosecond form; clients expect the usual ISO string. */
function toIsoDateTime(value: { toStandardDate(): Date }): string {
  return value.toStandardDate().toISOString();
}

/** A JS value for a Cypher integer parameter (LIMIT, SKIP, integer properties). */
export const int = (n: number) => neo4j.int(n);

/** `YYYY-MM-DD` → a Cypher DATE parameter. */
export function cypherDate(isoDate: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new TypeError(`not a date (YYYY-MM-DD): ${isoDate}`);
  return new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** An ISO-8601 instant → a Cypher DATETIME parameter (UTC). */
export function cypherDateTime(iso: string) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new TypeError(`not a datetime (ISO-8601): ${iso}`);
  return neo4j.types.DateTime.fromStandardDate(d);
}

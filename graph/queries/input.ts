import { InputError } from '../errors.js';
import { cypherDate, cypherDateTime, int } from '../plain.js';

/*
 * Input a caller can fix (a malformed day, a cursor from another list, a label that does not
 * exist) is refused with the domain InputError before any Cypher runs, so the API answers
 * BAD_USER_INPUT naming the field, never an internal error.
 */

/** Largest page a paginated question hands back; larger requests are refused, not clipped. */
export const MAX_PAGE_SIZE = 100;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` calendar day → the Cypher DATE parameter `$asOf`. */
export function dayParam(name: string, value: string) {
  const m = DAY.exec(value);
  const d = new Date(`${value}T00:00:00Z`);
  if (!m || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new InputError(name, `${name} must be a calendar day written YYYY-MM-DD, got "${value}".`);
  }
  return cypherDate(value);
}

/**
 * An exclusive upper bound on `recordedAt` that lets the Evidence(recordedAt) range index narrow
 * the scan; two days of slack because `date(recordedAt)` is the day in the value's own offset.
 * The exact `date(recordedAt) <= $asOf` test still runs after the seek.
 */
export function recordedBeforeParam(asOf: string) {
  const d = new Date(`${asOf}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 2);
  return cypherDateTime(d.toISOString());
}

/**
 * The day `days` after `asOf` (already checked by dayParam's rules) → a Cypher DATE parameter. Past
 * 9999-12-31, the last day a client can name, it is that day: no evidence expires later.
 */
export function untilParam(asOf: string, days: number) {
  dayParam('asOf', asOf);
  const d = new Date(`${asOf}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return cypherDate(d.getUTCFullYear() > 9999 ? '9999-12-31' : d.toISOString().slice(0, 10));
}

/** A lower bound on `recordedAt` for evidence that may have been recorded after `asOf`, with a day of slack for offsets. */
export function recordedSinceParam(asOf: string) {
  const d = new Date(`${asOf}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return cypherDateTime(d.toISOString());
}

/** A whole number within [min, max] → a Cypher INTEGER parameter. */
export function intParam(name: string, value: number, min: number, max: number) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(name, `${name} must be a whole number from ${min} to ${max}, got ${value}.`);
  }
  return int(value);
}

export function firstParam(first: number) {
  return intParam('first', first, 0, MAX_PAGE_SIZE);
}

export interface Page<T> {
  rows: T[];
  totalCount: number;
  hasNextPage: boolean;
  /** Cursor of the last row of this page, to pass as `after`; null on an empty page. */
  endCursor: string | null;
}

type KeyPart = 'string' | 'number' | 'day';

/**
 * Cursors are keyset positions (the sort key of the last row), base64url-encoded JSON tagged with
 * the list they belong to. Keysets, not offsets: a row added before the cursor does not shift the
 * next page. Clients treat them as opaque.
 */
export function encodeCursor(list: string, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/** The sort key a cursor holds, checked against the shape its list expects; null when absent. */
export function decodeCursor(list: string, cursor: string | null | undefined, shape: readonly KeyPart[]): unknown[] | null {
  if (cursor === undefined || cursor === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const fits =
    Array.isArray(parsed) &&
    parsed.length === shape.length + 1 &&
    parsed[0] === list &&
    shape.every((part, i) => {
      const v: unknown = parsed[i + 1];
      if (part === 'number') return typeof v === 'number' && Number.isFinite(v);
      if (part === 'day') return typeof v === 'string' && DAY.test(v);
      return typeof v === 'string';
    });
  if (!fits) throw new InputError('after', 'after is not a cursor this list gave out.');
  return shape.map((part, i) => {
    const v = (parsed as unknown[])[i + 1];
    // Cypher compares a float key with an integer one by value, so numbers go as they are.
    return part === 'day' ? dayParam('after', v as string) : v;
  });
}

import type { CanonicalProperty } from '../digest.js';
import { BackupRefusedError } from './errors.js';

/**
 * The backup file, version 1: UTF-8, one JSON value per line, every line ending in "\n".
 *
 *   {"format":"aims-graph-backup","version":1}                       header
 *   {"n":"Clause","p":{"id":"4.1","depth":["INTEGER","1"],…}}          a node: its label, its properties
 *   {"r":"PART_OF","a":["Clause","4.1"],"b":["Standard","ISO42001"],"p":{}}   a relationship
 *
 * Every node comes before every relationship. Nodes come label by label (in model order) by id;
 * relationships by start node in the same order, then by type, end and properties; properties by
 * key: the same graph gives the same bytes. A relationship names its ends by label and id, and
 * may have parallel twins (MAPS_TO from two sources): each is a line. A property is a JSON string
 * or boolean for a STRING or BOOLEAN, else `[type, value]` with the type and value of
 * `CanonicalProperty` (`["ZONED DATETIME","2026-03-01T10:00:00.5+01:00[Europe/Paris]"]`).
 */
export const FORMAT = 'aims-graph-backup';
export const VERSION = 1;

export type FileValue = string | boolean | [type: string, value: string | string[]];
export type FileProperties = Record<string, FileValue>;

export interface Header {
  format: typeof FORMAT;
  version: number;
}

export interface NodeLine {
  n: string;
  p: FileProperties;
}

export interface RelationshipLine {
  r: string;
  a: [label: string, id: string];
  b: [label: string, id: string];
  p: FileProperties;
}

/** `<file>.manifest.json`, written beside the file once it is complete. */
export interface Manifest {
  format: typeof FORMAT;
  version: number;
  exportedAt: string;
  /** Size and sha256 of the data file, every byte of it. */
  bytes: number;
  sha256: string;
  nodes: { total: number; byLabel: Record<string, number> };
  relationships: { total: number; byType: Record<string, number> };
  /** graphDigest of what was exported: the imported graph must have the same. */
  graphDigest: string;
}

export const manifestPathOf = (file: string) => `${file}.manifest.json`;

// The text Cypher's toString gives each scalar type a backup carries. Import hands it back to
// the Cypher function that parses it (writeChunk.ts); these only keep out what no export writes.
const patterns: Record<string, RegExp> = {
  INTEGER: /^-?\d{1,19}$/,
  FLOAT: /^(-?\d+(\.\d+)?(E-?\d+)?|NaN|-?Infinity)$/,
  DATE: /^[+-]?\d{4,9}-\d{2}-\d{2}$/,
  'LOCAL TIME': /^\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/,
  'ZONED TIME': /^\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)$/,
  'LOCAL DATETIME': /^[+-]?\d{4,9}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/,
  'ZONED DATETIME': /^[+-]?\d{4,9}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)(\[[A-Za-z0-9_+\-/]+\])?$/,
  DURATION: /^P[-\d.YMWDTHS]*$/,
  BOOLEAN: /^(true|false)$/,
  STRING: /^/s,
};

const INT64 = 1n << 63n;

function valid(type: string, text: unknown): boolean {
  if (typeof text !== 'string' || !Object.hasOwn(patterns, type) || !patterns[type]!.test(text)) return false;
  return type !== 'INTEGER' || (BigInt(text) >= -INT64 && BigInt(text) < INT64);
}

/** The Cypher types a backup carries: these scalars and lists of them (points, for one, are refused). */
export function isKnownType(type: string): boolean {
  const element = /^LIST<(.+)>$/.exec(type)?.[1];
  return type === 'LIST<NOTHING>' || Object.hasOwn(patterns, element ?? type);
}

/** A property as the file writes it; the caller has checked its type with `isKnownType`. */
export function toFileValue([, type, value]: CanonicalProperty): FileValue {
  if (type === 'STRING') return value as string;
  if (type === 'BOOLEAN') return value === 'true';
  return [type, value];
}

/** A property read from a file, checked; throws BackupRefusedError for anything a valid export never writes. */
export function fromFileValue(key: string, value: unknown, where: string): CanonicalProperty {
  if (typeof value === 'string') return [key, 'STRING', value];
  if (typeof value === 'boolean') return [key, 'BOOLEAN', String(value)];
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string') {
    const [type, text] = value as [string, unknown];
    const element = /^LIST<(.+)>$/.exec(type)?.[1];
    if (type === 'LIST<NOTHING>' && Array.isArray(text) && text.length === 0) return [key, type, []];
    if (element && Array.isArray(text) && text.every((t) => valid(element, t))) return [key, type, text as string[]];
    if (!element && valid(type, text)) return [key, type, text as string];
  }
  throw new BackupRefusedError(`${where}: property "${key}" is not a value this format writes: ${JSON.stringify(value)?.slice(0, 80)}`);
}

/** Checks the manifest's shape (not yet that it matches the file). */
export function parseManifest(text: string, path: string): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(text) as Manifest;
  } catch {
    throw new BackupRefusedError(`The manifest ${path} is not valid JSON.`);
  }
  if (m?.format !== FORMAT) throw new BackupRefusedError(`${path} is not the manifest of an ${FORMAT} file.`);
  if (m.version !== VERSION) {
    throw new BackupRefusedError(`${path} is of format version ${m.version}; this version of the project reads version ${VERSION}.`);
  }
  const counts = (o: unknown) => typeof o === 'object' && o !== null && Object.values(o).every((n) => Number.isSafeInteger(n) && n >= 0);
  const ok =
    Number.isSafeInteger(m.bytes) &&
    /^[0-9a-f]{64}$/.test(m.sha256) &&
    /^[0-9a-f]{64}$/.test(m.graphDigest) &&
    Number.isSafeInteger(m.nodes?.total) &&
    counts(m.nodes.byLabel) &&
    Number.isSafeInteger(m.relationships?.total) &&
    counts(m.relationships.byType);
  if (!ok) throw new BackupRefusedError(`The manifest ${path} lacks a field or holds a wrong one (bytes, sha256, counts, graphDigest).`);
  return m;
}

import type { CanonicalProperty } from '../digest.js';
import { isLabel, isRelationshipType, type Label, type RelationshipType } from '../model.js';
import { BackupRefusedError } from './errors.js';
import { fromFileValue } from './format.js';

export interface NodeData {
  kind: 'node';
  label: Label;
  id: string;
  props: CanonicalProperty[];
}

export interface RelationshipData {
  kind: 'relationship';
  type: RelationshipType;
  from: [Label, string];
  to: [Label, string];
  props: CanonicalProperty[];
}

export type DataLine = NodeData | RelationshipData;

/**
 * One node or relationship line of a backup, checked: labels and types must be the model's (they
 * become Cypher text on import, so nothing else may pass), every value one this format writes.
 */
export function parseDataLine(text: string, where: string): DataLine {
  let line: Record<string, unknown>;
  try {
    line = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new BackupRefusedError(`${where} is not JSON.`);
  }
  if (!isObject(line)) throw new BackupRefusedError(`${where} is not a node or a relationship.`);
  if (typeof line.n === 'string') {
    if (!isLabel(line.n)) throw new BackupRefusedError(`${where}: the model knows no label ${JSON.stringify(line.n)}.`);
    const props = properties(line.p, where);
    const id = props.find((p) => p[0] === 'id');
    if (!id || id[1] !== 'STRING') throw new BackupRefusedError(`${where}: a node needs a string id.`);
    return { kind: 'node', label: line.n, id: id[2] as string, props };
  }
  if (typeof line.r === 'string') {
    if (!isRelationshipType(line.r)) throw new BackupRefusedError(`${where}: the model knows no relationship type ${JSON.stringify(line.r)}.`);
    return { kind: 'relationship', type: line.r, from: end(line.a, where), to: end(line.b, where), props: properties(line.p, where) };
  }
  throw new BackupRefusedError(`${where} is not a node or a relationship.`);
}

function end(value: unknown, where: string): [Label, string] {
  if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
    if (!isLabel(value[0])) throw new BackupRefusedError(`${where}: the model knows no label ${JSON.stringify(value[0])}.`);
    return [value[0], value[1]];
  }
  throw new BackupRefusedError(`${where}: a relationship end is [label, id].`);
}

function properties(value: unknown, where: string): CanonicalProperty[] {
  if (!isObject(value)) throw new BackupRefusedError(`${where}: "p" must hold the properties.`);
  return Object.entries(value).map(([key, v]) => fromFileValue(key, v, where));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

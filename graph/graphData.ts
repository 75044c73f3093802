import type { Label, RelationshipType } from './model.js';

/**
 * Graph data in the shape the loaders take: rows of plain JSON values, grouped by label or
 * relationship type. Dates are `YYYY-MM-DD` strings and datetimes ISO-8601 strings; the loader
 * converts them by the property types declared in model.ts.
 */
export type PlainValue = string | number | boolean | string[] | null;

export interface NodeRow {
  id: string;
  [property: string]: PlainValue;
}

export interface NodeBatch {
  label: Label;
  rows: NodeRow[];
}

export interface RelationshipRow {
  from: string;
  to: string;
  properties?: Record<string, PlainValue>;
}

export interface RelationshipBatch {
  type: RelationshipType;
  from: Label;
  to: Label;
  /** Properties that tell apart two relationships of this type between the same nodes. */
  mergeOn?: string[];
  rows: RelationshipRow[];
}

export interface GraphData {
  nodes: NodeBatch[];
  relationships: RelationshipBatch[];
}

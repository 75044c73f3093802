import type { Label } from '../model.js';

/**
 * A node as the API sees it: its properties, flat, plus `__typename`, its label, which is also
 * its GraphQL type name, so interfaces and unions resolve without a lookup.
 */
export interface NodeRecord {
  __typename: Label;
  id: string;
  [property: string]: unknown;
}

/** The Cypher map projection that produces a NodeRecord from a node variable (a constant). */
export function nodeRecord(n: string): string {
  return `${n} {.*, __typename: labels(${n})[0]}`;
}

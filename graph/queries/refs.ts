import { pathNode, type PathNode } from './why.js';

/** A node named in an answer: id, first label, and name, title or id for display. */
export type NodeRef = PathNode;

export interface ControlRef {
  id: string;
  title: string;
}

export interface ClauseRef {
  id: string;
  title: string;
}

/** A person or team that OWNS something. */
export interface OwnerRef {
  id: string;
  label: 'Person' | 'Team';
  name: string;
}

/** Cypher expression: the owners of `x` as OwnerRef maps, by id. */
export function ownersOf(x: string): string {
  return `COLLECT { MATCH (own:Person|Team)-[:OWNS]->(${x}) RETURN {id: own.id, label: labels(own)[0], name: own.name} ORDER BY own.id }`;
}

/** Cypher expression: `x` as a NodeRef map, or null when `x` is null. */
export function nodeRef(x: string): string {
  return `CASE WHEN ${x} IS NULL THEN null ELSE ${pathNode(x)} END`;
}

/** Cypher expression: sort rank of an implementation's scope, the organisation first. */
export function scopeRank(x: string): string {
  return `CASE WHEN ${x}:Organization THEN 0 WHEN ${x}:AISystem THEN 1 WHEN ${x}:Model THEN 2
    WHEN ${x}:Dataset THEN 3 WHEN ${x}:Vendor THEN 4 ELSE 5 END`;
}

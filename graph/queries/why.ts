/**
 * The "why" of an answer: the path of nodes and relationships that justifies it, as plain data.
 * `whyPath('p')` is the Cypher expression that turns a path variable into one; the variable name
 * is always a constant of the calling query module, never input.
 */
export interface PathNode {
  id: string;
  label: string;
  name: string;
}

export interface PathStep {
  type: string;
  /** Id of the node the relationship leaves. */
  from: string;
  /** Id of the node the relationship enters. */
  to: string;
}

export interface WhyPath {
  nodes: PathNode[];
  relationships: PathStep[];
}

/** A node as a PathNode map: its first label, and name, title or id for display. */
export function pathNode(n: string): string {
  return `{id: ${n}.id, label: labels(${n})[0], name: coalesce(${n}.name, ${n}.title, ${n}.id)}`;
}

export function whyPath(p: string): string {
  return `{nodes: [n IN nodes(${p}) | ${pathNode('n')}],
    relationships: [r IN relationships(${p}) | {type: type(r), from: startNode(r).id, to: endNode(r).id}]}`;
}

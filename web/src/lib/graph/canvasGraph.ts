import Graph from 'graphology';
import { edgeKey, type CanvasEdge, type CanvasNode } from './model';
import { nodeLook } from './style';

/**
 * The canvas's graph (graphology), as sigma reads it. Sigma shows the `label` attribute as text,
 * so the graph label (AISystem, Control …) is kept as `kind`, and edges keep their relationship
 * type as `relationship` because `type` names sigma's drawing program.
 */
export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  kind: string;
  name: string;
  state?: string;
  size: number;
  color: string;
  type: 'circle' | 'bordered';
  borderColor?: string;
}

export interface EdgeAttributes {
  relationship: string;
  type: 'arrow';
  size: number;
  color: string;
}

export type CanvasGraph = Graph<NodeAttributes, EdgeAttributes>;

export const EDGE_COLOR = '#98a2b3';

/** Multi: two nodes may be joined by relationships of two types (a person in a team who owns it). */
export function createCanvasGraph(): CanvasGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
}

const shorten = (text: string) => (text.length > 36 ? `${text.slice(0, 35)}…` : text);

function looks(node: CanvasNode, uncovered: ReadonlySet<string>) {
  const look = nodeLook(node, uncovered.has(node.id));
  return { ...look, borderColor: look.borderColor };
}

/**
 * Adds a node (or refreshes its name and state). New nodes are placed on a ring around `near`,
 * `index` of `count`, so an expansion fans out from the node it came from before layout runs.
 */
export function upsertNode(
  graph: CanvasGraph,
  node: CanvasNode,
  uncovered: ReadonlySet<string>,
  near?: { x: number; y: number },
  index = 0,
  count = 1,
): boolean {
  if (graph.hasNode(node.id)) {
    graph.mergeNodeAttributes(node.id, { name: node.name, label: shorten(node.name), state: node.state, ...looks(node, uncovered) });
    return false;
  }
  const angle = (2 * Math.PI * index) / Math.max(count, 1) + 0.3;
  const radius = near ? 40 + Math.sqrt(count) * 12 : 0;
  const base = near ?? { x: 0, y: 0 };
  graph.addNode(node.id, {
    x: base.x + radius * Math.cos(angle) + (near ? 0 : index * 10),
    y: base.y + radius * Math.sin(angle),
    label: shorten(node.name),
    kind: node.label,
    name: node.name,
    ...(node.state ? { state: node.state } : {}),
    ...looks(node, uncovered),
  });
  return true;
}

export function addEdge(graph: CanvasGraph, edge: CanvasEdge): boolean {
  const key = edgeKey(edge);
  if (graph.hasEdge(key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) return false;
  graph.addDirectedEdgeWithKey(key, edge.source, edge.target, { relationship: edge.type, type: 'arrow', size: 1.5, color: EDGE_COLOR });
  return true;
}

/** Re-applies colours and rings, e.g. once the uncovered controls are known. */
export function restyle(graph: CanvasGraph, uncovered: ReadonlySet<string>): void {
  graph.updateEachNodeAttributes((id, a) => ({ ...a, ...looks({ id, label: a.kind, name: a.name, state: a.state }, uncovered) }));
}

export function toCanvasNode(graph: CanvasGraph, id: string): CanvasNode {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.kind, name: a.name, ...(a.state ? { state: a.state } : {}) };
}

export interface Filters {
  hiddenKinds: ReadonlySet<string>;
  hiddenRelationships: ReadonlySet<string>;
}

export function nodeVisible(graph: CanvasGraph, id: string, f: Filters): boolean {
  return !f.hiddenKinds.has(graph.getNodeAttribute(id, 'kind'));
}

export function edgeVisible(graph: CanvasGraph, key: string, f: Filters): boolean {
  const [source, target] = graph.extremities(key);
  return !f.hiddenRelationships.has(graph.getEdgeAttribute(key, 'relationship')) && nodeVisible(graph, source, f) && nodeVisible(graph, target, f);
}

/** What the filters leave on screen, for the counters and the CSV export. */
export function visibleElements(graph: CanvasGraph, f: Filters): { nodes: CanvasNode[]; edges: CanvasEdge[] } {
  const nodes = graph.filterNodes((id) => nodeVisible(graph, id, f)).map((id) => toCanvasNode(graph, id));
  const edges = graph
    .filterEdges((key) => edgeVisible(graph, key, f))
    .map((key) => ({ source: graph.source(key), target: graph.target(key), type: graph.getEdgeAttribute(key, 'relationship') }));
  return { nodes, edges };
}

/** How many nodes of each label and edges of each relationship the canvas holds: the filter lists. */
export function census(graph: CanvasGraph): { kinds: [string, number][]; relationships: [string, number][] } {
  const kinds = new Map<string, number>();
  const rels = new Map<string, number>();
  graph.forEachNode((_, a) => kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1));
  graph.forEachEdge((_, a) => rels.set(a.relationship, (rels.get(a.relationship) ?? 0) + 1));
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { kinds: sorted(kinds), relationships: sorted(rels) };
}

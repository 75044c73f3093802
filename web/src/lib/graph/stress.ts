import { request } from '../client';
import type { StressQuery as Data } from '../generated/graphql';
import { NeighboursQuery, StressQuery } from '../queries/graph';
import { addEdge, census, upsertNode, type CanvasGraph } from './canvasGraph';
import { neighbourhood, refToNode, type CanvasEdge, type CanvasNode } from './model';
import { walk, type WalkLimits, type WalkProgress } from './walk';

const pad = (i: number) => `SYN-${String(i).padStart(5, '0')}`;

/**
 * The hidden stress route's load: every implementation with its control, scope and evidence, then
 * `synthetic` made-up evidence nodes hung off them (ids SYN-…), to check the canvas stays
 * interactive with thousands of nodes. Returns how long the requests took.
 */
export async function loadStress(graph: CanvasGraph, asOf: string, synthetic: number): Promise<{ requestMs: number }> {
  const started = performance.now();
  const none = new Set<string>();
  const implementations: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 40; page++) {
    const data: Data = await request(StressQuery, { asOf, after });
    for (const { node } of data.implementations.edges) {
      if (node.__typename !== 'Implementation') continue;
      const imp = refToNode(node);
      upsertNode(graph, imp, none, { x: (Math.random() - 0.5) * 1000, y: (Math.random() - 0.5) * 1000 }, 0, 1);
      implementations.push(imp.id);
      const linked: [CanvasNode, CanvasEdge][] = [];
      if (node.control) linked.push([refToNode(node.control), { source: imp.id, target: node.control.id, type: 'IMPLEMENTS' }]);
      if (node.scope) linked.push([refToNode(node.scope), { source: imp.id, target: node.scope.id, type: 'APPLIES_TO' }]);
      for (const e of node.evidence) linked.push([refToNode(e), { source: e.id, target: imp.id, type: 'SUPPORTS' }]);
      linked.forEach(([other, edge], i) => {
        upsertNode(graph, other, none, graph.getNodeAttributes(imp.id), i, linked.length);
        addEdge(graph, edge);
      });
    }
    if (!data.implementations.pageInfo.hasNextPage) break;
    after = data.implementations.pageInfo.endCursor ?? null;
  }
  const requestMs = performance.now() - started;
  const states = ['CURRENT', 'CURRENT', 'CURRENT', 'EXPIRING', 'STALE'];
  for (let i = 0; i < synthetic && implementations.length; i++) {
    const parent = implementations[i % implementations.length]!;
    upsertNode(graph, { id: pad(i), label: 'Evidence', name: `Synthetic evidence ${i}`, state: states[i % states.length]! }, none, graph.getNodeAttributes(parent), i, 12);
    addEdge(graph, { source: pad(i), target: parent, type: 'SUPPORTS' });
    if (i % 3 === 0 && i > 0) addEdge(graph, { source: pad(i), target: pad(i - 1), type: 'SUPERSEDES' });
  }
  return { requestMs };
}

export interface WalkLoad {
  nodes: number;
  edges: number;
  requests: number;
  droppedEdges: number;
  /** Nodes per label and edges per relationship type. */
  kinds: Record<string, number>;
  relationships: Record<string, number>;
  /** How long the expansions took, and then putting the result on the canvas. */
  requestMs: number;
  buildMs: number;
}

/**
 * The hidden stress route's other load: a real neighbourhood, walked breadth first from `from`
 * with the canvas's own Neighbours query (one per node, as Expand asks), then put on the canvas
 * at once, each node on a ring around the one that brought it.
 */
export async function loadWalk(
  graph: CanvasGraph,
  asOf: string,
  from: string,
  limits: WalkLimits,
  onProgress?: (p: WalkProgress) => void,
): Promise<WalkLoad> {
  const started = performance.now();
  const result = await walk(from, async (id) => neighbourhood(await request(NeighboursQuery, { id, asOf })), limits, onProgress);
  const fetched = performance.now();
  const none = new Set<string>();
  const children = new Map<string, number>();
  for (const { via } of result.nodes) if (via) children.set(via, (children.get(via) ?? 0) + 1);
  const placed = new Map<string, number>();
  for (const { node, via } of result.nodes) {
    const i = via ? (placed.get(via) ?? 0) : 0;
    if (via) placed.set(via, i + 1);
    upsertNode(graph, node, none, via && graph.hasNode(via) ? graph.getNodeAttributes(via) : undefined, i, via ? (children.get(via) ?? 1) : 1);
  }
  for (const edge of result.edges) addEdge(graph, edge);
  const built = performance.now();
  const { kinds, relationships } = census(graph);
  return {
    nodes: graph.order,
    edges: graph.size,
    requests: result.requests,
    droppedEdges: result.droppedEdges,
    kinds: Object.fromEntries(kinds),
    relationships: Object.fromEntries(relationships),
    requestMs: fetched - started,
    buildMs: built - fetched,
  };
}

import { edgeKey, type CanvasEdge, type CanvasNode, type Neighbourhood } from './model';

export interface WalkLimits {
  /** Stop taking new nodes at this many. */
  nodes: number;
  /** Keep at most this many edges among them (the first found). */
  edges: number;
  /** New nodes one expansion may add, like the canvas's "more…" cap; the rest wait for a second pass. */
  fanout: number;
  /** Expansions in flight at once. */
  concurrency: number;
}

export interface WalkedNode {
  node: CanvasNode;
  /** The node whose expansion brought it (none for the start). */
  via?: string;
}

export interface WalkResult {
  /** In the order they were taken: breadth first from the start. */
  nodes: WalkedNode[];
  edges: CanvasEdge[];
  /** Expansions asked for (one per node taken). */
  requests: number;
  /** Edges among the nodes left out by the edge limit. */
  droppedEdges: number;
}

export interface WalkProgress {
  nodes: number;
  edges: number;
  requests: number;
  expanded: number;
}

/**
 * Walks the graph breadth first from `start` with `expand` (one neighbour answer per node, as the
 * canvas's Expand asks), taking nodes until `limits.nodes`, and expands every node it took so that
 * it holds every edge among them (up to `limits.edges`): the node's own answer has its edges, and
 * edges only one side's answer shows are kept until the other side is taken. Answers are handled
 * in the order asked, so the same graph gives the same walk whatever the network does.
 */
export async function walk(
  start: string,
  expand: (id: string) => Promise<Neighbourhood | null>,
  limits: WalkLimits,
  onProgress?: (p: WalkProgress) => void,
): Promise<WalkResult> {
  const taken = new Map<string, WalkedNode>();
  const queue: string[] = [start];
  let head = 0;
  const inFlight: { id: string; answer: Promise<Neighbourhood | null> }[] = [];
  const edges = new Map<string, CanvasEdge>();
  const dropped = new Set<string>();
  // Edges seen from a taken node to one not taken (yet), by the other end.
  const waiting = new Map<string, CanvasEdge[]>();
  // Neighbours past an expansion's fanout, for when the first pass runs dry.
  const deferred: WalkedNode[] = [];
  let requests = 0;
  let expanded = 0;

  const keep = (edge: CanvasEdge) => {
    const key = edgeKey(edge);
    if (edges.has(key) || dropped.has(key)) return;
    if (edges.size < limits.edges) edges.set(key, edge);
    else dropped.add(key);
  };
  const take = (w: WalkedNode) => {
    taken.set(w.node.id, w);
    queue.push(w.node.id);
    for (const edge of waiting.get(w.node.id) ?? []) keep(edge);
    waiting.delete(w.node.id);
  };

  for (;;) {
    while (inFlight.length < Math.max(1, limits.concurrency) && head < queue.length) {
      const id = queue[head++]!;
      const answer = expand(id);
      // If an earlier answer fails, the walk ends and nobody awaits this one: no unhandled rejection.
      answer.catch(() => {});
      inFlight.push({ id, answer });
      requests++;
    }
    const next = inFlight.shift();
    if (!next) {
      // Every node taken is expanded: top up from what the fanout held back, or stop.
      const room = limits.nodes - taken.size;
      const more = new Map<string, WalkedNode>();
      for (const w of deferred) if (more.size < room && !taken.has(w.node.id) && !more.has(w.node.id)) more.set(w.node.id, w);
      deferred.length = 0;
      if (!more.size) break;
      more.forEach(take);
      continue;
    }
    const hood = await next.answer;
    expanded++;
    if (!hood) {
      if (next.id === start) throw new Error(`Nothing in the graph has the id ${start}.`);
      continue;
    }
    if (next.id === start) taken.set(start, { node: hood.node });
    if (taken.size >= limits.nodes) waiting.clear();
    let fresh = 0;
    for (const { node, edge } of hood.neighbours) {
      if (taken.has(node.id)) keep(edge);
      else if (taken.size < limits.nodes && fresh < limits.fanout) {
        fresh++;
        take({ node, via: next.id });
        keep(edge);
      } else if (taken.size < limits.nodes) {
        // Held back by the fanout: remembered for the second pass (once the walk is full, nothing is).
        const list = waiting.get(node.id);
        if (list) list.push(edge);
        else waiting.set(node.id, [edge]);
        deferred.push({ node, via: next.id });
      }
    }
    onProgress?.({ nodes: taken.size, edges: edges.size, requests, expanded });
  }
  return { nodes: [...taken.values()], edges: [...edges.values()], requests, droppedEdges: dropped.size };
}

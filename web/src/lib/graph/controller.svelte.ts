import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { request } from '../client';
import { GraphNodesQuery, GraphPathQuery, NeighboursQuery, UncoveredQuery } from '../queries/graph';
import { addEdge, census, createCanvasGraph, restyle, upsertNode, visibleElements } from './canvasGraph';
import { runLayout } from './layout';
import { edgeKey, neighbourhood, nextBatch, refToNode, type CanvasEdge, type CanvasNode, type Neighbour } from './model';

/** How many new neighbours one expansion adds; the rest wait behind "more…". */
export const EXPAND_CAP = 50;

/**
 * The graph canvas's state and actions: what is on the canvas, what is selected, filtered,
 * expanded and pending, and the highlighted path. The view and its panels read it; sigma reads
 * `graph` directly.
 */
export class GraphController {
  readonly graph = createCanvasGraph();
  nodeCount = $state(0);
  edgeCount = $state(0);
  kinds = $state.raw<[string, number][]>([]);
  relationships = $state.raw<[string, number][]>([]);
  readonly hiddenKinds = new SvelteSet<string>();
  readonly hiddenRelationships = new SvelteSet<string>();
  selected = $state.raw<string[]>([]);
  pathNodes = $state.raw<ReadonlySet<string>>(new Set());
  pathEdges = $state.raw<ReadonlySet<string>>(new Set());
  readonly pending = new SvelteMap<string, Neighbour[]>();
  readonly expanded = new SvelteSet<string>();
  busy = $state<string | null>(null);
  error = $state<unknown>(null);
  notice = $state('');
  layout = $state<'idle' | 'running'>('idle');
  #uncovered = new Set<string>();
  #focusSystem: string | null = null;
  #stopLayout: () => void = () => {};
  #layoutRun = 0;
  asOf: string;

  constructor(asOf: string) {
    this.asOf = asOf;
  }

  visible = $derived.by(() => {
    void [this.nodeCount, this.edgeCount, this.hiddenKinds.size, this.hiddenRelationships.size];
    return visibleElements(this.graph, { hiddenKinds: this.hiddenKinds, hiddenRelationships: this.hiddenRelationships });
  });

  /** What is on screen right now, states included: for exports, which must not use a cached view. */
  onScreen(): ReturnType<typeof visibleElements> {
    return visibleElements(this.graph, { hiddenKinds: this.hiddenKinds, hiddenRelationships: this.hiddenRelationships });
  }

  /** Publishes the graph's size and census after it changed. */
  sync(): void {
    this.nodeCount = this.graph.order;
    this.edgeCount = this.graph.size;
    const c = census(this.graph);
    this.kinds = c.kinds;
    this.relationships = c.relationships;
  }

  async #run<T>(message: string, work: () => Promise<T>): Promise<T | undefined> {
    this.busy = message;
    this.error = null;
    try {
      return await work();
    } catch (e) {
      this.error = e;
      return undefined;
    } finally {
      this.busy = null;
    }
  }

  /** Runs ForceAtlas2; resolves with how it ran once positions are final. */
  relayout(quick = false): Promise<'sync' | 'worker'> {
    this.#stopLayout();
    const run = ++this.#layoutRun;
    const { done, stop } = runLayout(this.graph, { quick });
    this.#stopLayout = stop;
    this.layout = 'running';
    return done.then((how) => {
      // A layout stopped by a newer one must not report the newer one as finished.
      if (run === this.#layoutRun) this.layout = 'idle';
      return how;
    });
  }

  #add(nodes: CanvasNode[], near?: string): number {
    const anchor = near && this.graph.hasNode(near) ? this.graph.getNodeAttributes(near) : undefined;
    let added = 0;
    nodes.forEach((node, i) => {
      if (upsertNode(this.graph, node, this.#uncovered, anchor, i, nodes.length)) added++;
    });
    return added;
  }

  /** Puts a node on the canvas, selects it and expands it: the start from a focus or a search result. */
  async focus(id: string): Promise<void> {
    await this.#run(`Loading ${id}…`, async () => {
      if (!this.graph.hasNode(id)) {
        const { nodes } = await request(GraphNodesQuery, { ids: [id], asOf: this.asOf });
        const ref = nodes[0];
        if (!ref) {
          this.notice = `Nothing in the graph has the id ${id}.`;
          return;
        }
        const center = this.graph.order ? this.#centre() : undefined;
        upsertNode(this.graph, refToNode(ref), this.#uncovered, center, 0, 1);
        this.sync();
      }
      this.#focusSystem = this.graph.getNodeAttribute(id, 'kind') === 'AISystem' ? id : this.#focusSystem;
      this.selected = [id];
    });
    if (this.graph.hasNode(id)) {
      await this.expand(id);
      void this.loadUncovered();
    }
  }

  #centre(): { x: number; y: number } {
    let [x, y, n] = [0, 0, 0];
    this.graph.forEachNode((_, a) => {
      x += a.x;
      y += a.y;
      n++;
    });
    return n ? { x: x / n, y: y / n } : { x: 0, y: 0 };
  }

  async expand(id: string): Promise<void> {
    await this.#run(`Expanding ${id}…`, async () => {
      const data = await request(NeighboursQuery, { id, asOf: this.asOf });
      const hood = neighbourhood(data);
      if (!hood) return;
      this.expanded.add(id);
      this.#addBatch(id, hood.neighbours);
    });
  }

  /** The next batch of a capped expansion. */
  more(id: string): void {
    this.#addBatch(id, this.pending.get(id) ?? []);
  }

  #addBatch(id: string, neighbours: Neighbour[]): void {
    const present = new Set(this.graph.nodes());
    const { add, rest } = nextBatch(neighbours, present, EXPAND_CAP);
    const added = this.#add(
      add.map((n) => n.node),
      id,
    );
    for (const n of add) addEdge(this.graph, n.edge);
    if (rest.length) this.pending.set(id, rest);
    else this.pending.delete(id);
    this.sync();
    if (added) void this.relayout(true);
  }

  /** A click selects one node; shift-click adds a second (for the shortest path) or drops one. */
  select(id: string, additive = false): void {
    if (!additive) this.selected = [id];
    else if (this.selected.includes(id)) this.selected = this.selected.filter((s) => s !== id);
    else this.selected = [...this.selected.slice(-1), id];
  }

  clearSelection(): void {
    this.selected = [];
  }

  async findPath(): Promise<void> {
    const [from, to] = this.selected;
    if (!from || !to) return;
    await this.#run(`Finding the shortest path from ${from} to ${to}…`, async () => {
      const { path } = await request(GraphPathQuery, { from, to, asOf: this.asOf });
      if (!path) {
        this.notice = `No path of 8 hops or fewer joins ${from} and ${to}.`;
        this.pathNodes = new Set();
        this.pathEdges = new Set();
        return;
      }
      const added = this.#add(
        path.nodes.map((n) => (n.node ? refToNode(n.node) : { id: n.id, label: n.label, name: n.name })),
        from,
      );
      const edges = path.relationships.map((r) => ({ source: r.from, target: r.to, type: r.type }));
      for (const e of edges) addEdge(this.graph, e);
      this.pathNodes = new Set(path.nodes.map((n) => n.id));
      this.pathEdges = new Set(edges.map(edgeKey));
      this.notice = `Shortest path: ${path.relationships.length} hops.`;
      this.sync();
      if (added) void this.relayout(true);
    });
  }

  /**
   * Replaces the canvas with a picture drawn whole (an answer's why-paths), each node where
   * `places` puts it: a layout that means something (columns) rather than ForceAtlas2's.
   */
  drawPicture(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[], places: ReadonlyMap<string, { x: number; y: number; size?: number }>): void {
    this.clear();
    for (const node of nodes) {
      upsertNode(this.graph, node, this.#uncovered);
      const place = places.get(node.id);
      if (place) this.graph.mergeNodeAttributes(node.id, place);
    }
    for (const edge of edges) addEdge(this.graph, edge);
    this.sync();
  }

  clearPath(): void {
    this.pathNodes = new Set();
    this.pathEdges = new Set();
  }

  clear(): void {
    this.#stopLayout();
    this.graph.clear();
    this.selected = [];
    this.pending.clear();
    this.expanded.clear();
    this.clearPath();
    this.notice = '';
    this.sync();
  }

  /** Outlines uncovered controls: the organisation's gaps, and the focus system's own. */
  async loadUncovered(): Promise<void> {
    try {
      const system = this.#focusSystem;
      const data = await request(UncoveredQuery, { asOf: this.asOf, systemId: system ?? '', isSystem: !!system });
      this.#uncovered = new Set([...data.gaps.uncoveredControls.map((c) => c.id), ...(data.aiSystem?.coverage.uncovered.map((c) => c.id) ?? [])]);
      restyle(this.graph, this.#uncovered);
    } catch {
      // Outlines are a hint; the canvas works without them.
    }
  }

  /** A new as-of day: freshness and status change, positions stay. */
  async setAsOf(asOf: string): Promise<void> {
    if (asOf === this.asOf) return;
    this.asOf = asOf;
    const ids = this.graph.nodes();
    await this.#run('Updating states for the new day…', async () => {
      for (let i = 0; i < ids.length; i += 100) {
        const { nodes } = await request(GraphNodesQuery, { ids: ids.slice(i, i + 100), asOf });
        for (const ref of nodes) if (ref) upsertNode(this.graph, refToNode(ref), this.#uncovered);
      }
    });
    await this.loadUncovered();
  }
}

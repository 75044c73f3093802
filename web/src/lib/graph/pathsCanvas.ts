import type { WhyInput } from '../why';
import type { CanvasEdge, CanvasNode } from './model';

/** One starting node (an item of another framework) and the why-paths that reach it. */
export interface PathsFrom {
  id: string;
  label: string;
  /** Its name on the canvas (e.g. `GOVERN 1.7 · Processes …`). */
  name: string;
  paths: readonly WhyInput[];
}

export interface PathsPicture {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  /** Where each node goes (columns left to right, see `columns`), and a larger size for the starting items. */
  places: Map<string, { x: number; y: number; size?: number }>;
}

const ISO_CATALOG = new Set(['Clause', 'ControlArea', 'ControlObjective']);
/** The items the picture is about are drawn as large as systems, with their labels (small nodes go unlabelled). */
const START_SIZE = 10;

/**
 * The column a path's node is drawn in, so the picture reads left to right: the item (0), another
 * framework's item a crosswalk passes through (1), ISO clauses and areas (2), controls (3),
 * implementations (4), then what the implementation applies to and what leads from it to the
 * scope (5, 6 …).
 */
function columns(path: WhyInput, start: string): Map<string, number> {
  const out = new Map<string, number>();
  let implementation = -1;
  path.nodes.forEach((node, i) => {
    if (node.id === start) out.set(node.id, 0);
    else if (implementation >= 0) out.set(node.id, 4 + i - implementation);
    else if (node.label === 'Implementation') {
      implementation = i;
      out.set(node.id, 4);
    } else if (node.label === 'Control') out.set(node.id, 3);
    else if (ISO_CATALOG.has(node.label)) out.set(node.id, 2);
    else out.set(node.id, 1);
  });
  return out;
}

/**
 * Why-paths as one picture for the canvas: every node and relationship once, each node in its
 * column and in the order it was first met, so shared controls and scopes gather the paths.
 */
export function pathsPicture(starts: readonly PathsFrom[]): PathsPicture {
  const nodes = new Map<string, CanvasNode>();
  const column = new Map<string, number>();
  const edges = new Map<string, CanvasEdge>();
  for (const start of starts) {
    nodes.set(start.id, { id: start.id, label: start.label, name: start.name });
    column.set(start.id, 0);
    for (const path of start.paths) {
      for (const node of path.nodes) if (!nodes.has(node.id)) nodes.set(node.id, { id: node.id, label: node.label, name: node.name });
      for (const [id, c] of columns(path, start.id)) column.set(id, Math.max(column.get(id) ?? 0, c));
      for (const r of path.relationships) {
        const edge = { source: r.from, target: r.to, type: r.type };
        edges.set(`${r.from}|${r.type}|${r.to}`, edge);
      }
    }
  }
  // Columns nothing falls in (no bridge, no clause) are left out, so the others get the room.
  const used = [...new Set(column.values())].sort((a, b) => a - b);
  const byColumn = new Map<number, string[]>();
  for (const id of nodes.keys()) {
    const c = used.indexOf(column.get(id) ?? 0);
    byColumn.set(c, [...(byColumn.get(c) ?? []), id]);
  }
  // About as wide as a canvas is (3:2) whatever the tallest column, so rows stay apart and columns readable.
  const tallest = Math.max(1, ...[...byColumn.values()].map((ids) => ids.length));
  const last = Math.max(1, ...byColumn.keys());
  const gapX = Math.max(1.2, ((tallest - 1) * 1.5) / last);
  const startIds = new Set(starts.map((s) => s.id));
  const places = new Map<string, { x: number; y: number; size?: number }>();
  for (const [c, ids] of byColumn) {
    ids.forEach((id, i) => places.set(id, { x: c * gapX, y: (ids.length - 1) / 2 - i, ...(startIds.has(id) ? { size: START_SIZE } : {}) }));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)), places };
}

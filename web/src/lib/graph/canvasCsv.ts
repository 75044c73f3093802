import { toCsv } from '../csv';
import type { CanvasEdge, CanvasNode } from './model';

/** What is on screen as one CSV: a row per visible node, then a row per visible edge. */
export function canvasCsv(nodes: readonly CanvasNode[], edges: readonly CanvasEdge[]): string {
  return toCsv(
    ['element', 'id', 'label', 'name', 'state', 'source', 'target', 'relationship'],
    [
      ...nodes.map((n) => ['node', n.id, n.label, n.name, n.state ?? '', '', '', '']),
      ...edges.map((e) => ['edge', `${e.source}-${e.type}-${e.target}`, '', '', '', e.source, e.target, e.type]),
    ],
  );
}

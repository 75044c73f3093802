import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { CanvasGraph } from './canvasGraph';

/** Up to this many nodes, layout runs synchronously: it finishes before the next frame matters. */
const SYNC_LIMIT = 400;

function settings(graph: CanvasGraph) {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 250, adjustSizes: false, slowDown: 2 };
}

/**
 * ForceAtlas2 on the canvas. Small graphs get a few hundred iterations at once; larger ones run in
 * a web worker for a while, so the page stays interactive (sigma redraws as positions arrive).
 * Resolves when positions are final; `stop` ends a running layout early.
 */
export function runLayout(graph: CanvasGraph, { quick = false } = {}): { done: Promise<'sync' | 'worker'>; stop: () => void } {
  if (graph.order < 2) return { done: Promise.resolve('sync'), stop: () => {} };
  if (graph.order <= SYNC_LIMIT) {
    const iterations = quick ? 80 : Math.max(120, Math.min(400, Math.round(60_000 / graph.order)));
    forceAtlas2.assign(graph, { iterations, settings: settings(graph) });
    return { done: Promise.resolve('sync'), stop: () => {} };
  }
  const layout = new FA2Layout(graph, { settings: settings(graph) });
  let finish: (how: 'worker') => void = () => {};
  const done = new Promise<'worker'>((resolve) => (finish = resolve));
  const stop = () => {
    if (layout.isRunning()) layout.stop();
    layout.kill();
    finish('worker');
  };
  layout.start();
  // Long enough to settle a few thousand nodes; the camera stays usable all along.
  setTimeout(stop, Math.min(6000, (quick ? 800 : 1500) + graph.order * 1.2));
  return { done, stop };
}

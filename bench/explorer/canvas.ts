import type { Browser, Page } from 'playwright-core';
import { percentiles } from '../stats.js';
import { signedInPage } from './browser.js';

export interface WalkOptions {
  /** Where the walk starts. */
  from: string;
  nodes: number;
  edges: number;
  /** New nodes one expansion may add before the others wait (the canvas's "more…" cap). */
  fanout: number;
  asOf: string;
  /** How long each scripted pan lasts. */
  panMs: number;
  /** How long the walk, drawing and layout may take together. */
  timeoutMs: number;
  /** Saves the laid-out canvas there, when given. */
  screenshot?: string;
}

export interface PanFigures {
  /** Mouse moves, one a frame. */
  moves: number;
  /** Frames while panning (requestAnimationFrame callbacks), and how long they spanned. */
  frames: number;
  durationMs: number;
  /** Times sigma drew the graph meanwhile. */
  renders: number;
  /** Milliseconds between consecutive frames. */
  frameMs: ReturnType<typeof percentiles> & { max: number };
}

export interface CanvasRun {
  from: string;
  /** What the canvas holds (all on screen: the stress route hides nothing). */
  nodes: number;
  edges: number;
  /** Edges among those nodes that the edge limit left out. */
  droppedEdges: number;
  /** Neighbours queries, one per node. */
  requests: number;
  /** Nodes per label, edges per relationship type. */
  kinds: Record<string, number>;
  relationships: Record<string, number>;
  /** From the first request to the last answer. */
  fetchMs: number;
  /** From the last answer to the first frame with the nodes drawn: building the graph, sigma's indexing, the view's panels. */
  firstDrawMs: number;
  /** Of which building the graphology graph. */
  buildMs: number;
  /** The same frame, from the start of navigation (includes loading the app and the walk). */
  firstDrawSinceNavigationMs: number;
  layoutMs: number;
  layoutHow: string;
  /** The explorer as it is: with more than 2,000 nodes it drops edges while the camera moves. */
  pan: PanFigures;
  /** With "Keep edges while moving" ticked: every edge drawn on every frame. */
  panWithEdges: PanFigures;
}

interface Marks {
  failed?: string;
  fetchStart: number;
  /** The stress route's WalkLoad (web/src/lib/graph/stress.ts), as the page left it. */
  load: Pick<CanvasRun, 'nodes' | 'edges' | 'requests' | 'droppedEdges' | 'kinds' | 'relationships' | 'buildMs'> & { requestMs: number };
  firstDraw: number;
  layoutMs: number;
  layoutHow: string;
  nodes: number;
  edges: number;
}

// Run in the page (as text: the bench is compiled without the DOM's types).
const readMarks = `(() => {
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0];
  const failed = mark('graph-stress:failed');
  if (failed) return { failed: failed.detail.message };
  const view = document.querySelector('.graph-view');
  return {
    fetchStart: mark('graph-stress:fetch-start').startTime,
    load: mark('graph-stress:fetched').detail,
    firstDraw: mark('graph:first-draw')?.startTime ?? NaN,
    layoutMs: mark('graph-stress:layout-done').startTime - mark('graph-stress:layout-start').startTime,
    layoutHow: mark('graph-stress:layout-done').detail.how,
    nodes: Number(view.dataset.nodeCount),
    edges: Number(view.dataset.edgeCount),
  };
})()`;

/**
 * The graph canvas on a real neighbourhood: opens the hidden stress route walking from `from`
 * (the explorer's own Neighbours query, one per node, through the API with the page's viewer key),
 * waits for the first draw and the layout, then drags the camera in circles for `panMs` while
 * recording requestAnimationFrame deltas: once as the explorer behaves, once keeping edges drawn.
 */
export async function measureCanvas(browser: Browser, url: string, token: string, o: WalkOptions, log: (line: string) => void): Promise<CanvasRun> {
  const page = await signedInPage(browser, token);
  try {
    const query = new URLSearchParams({ from: o.from, nodes: String(o.nodes), edges: String(o.edges), fanout: String(o.fanout), asOf: o.asOf });
    await page.goto(`${url}/dev/graph-stress?${query}`);
    let said = '';
    const progress = setInterval(() => {
      page
        .locator('.toolbar .status')
        .textContent({ timeout: 1000 })
        .then((text) => {
          if (text && text.trim() !== said) log(`  ${(said = text.trim())}`);
        })
        .catch(() => {});
    }, 30_000);
    try {
      await page.waitForFunction(
        "performance.getEntriesByName('graph-stress:layout-done').length + performance.getEntriesByName('graph-stress:failed').length > 0",
        null,
        { timeout: o.timeoutMs, polling: 250 },
      );
    } finally {
      clearInterval(progress);
    }
    const m = (await page.evaluate(readMarks)) as Marks;
    if (m.failed) throw new Error(`The canvas could not load the walk from ${o.from}: ${m.failed}`);
    if (o.screenshot) await page.locator('.canvas-wrap').screenshot({ path: o.screenshot });
    log(`  drawn: ${m.nodes} nodes, ${m.edges} edges; panning…`);
    const pan = await panFor(page, o.panMs);
    await page.getByLabel('Keep edges while moving').check();
    const panWithEdges = await panFor(page, o.panMs);
    const fetchEnd = m.fetchStart + m.load.requestMs;
    return {
      from: o.from,
      nodes: m.nodes,
      edges: m.edges,
      droppedEdges: m.load.droppedEdges,
      requests: m.load.requests,
      kinds: m.load.kinds,
      relationships: m.load.relationships,
      fetchMs: m.load.requestMs,
      firstDrawMs: m.firstDraw - fetchEnd,
      buildMs: m.load.buildMs,
      firstDrawSinceNavigationMs: m.firstDraw,
      layoutMs: m.layoutMs,
      layoutHow: m.layoutHow,
      pan,
      panWithEdges,
    };
  } finally {
    await page.context().close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MIN_FRAMES = 30;

/**
 * Drags the canvas in circles around its centre (radius 200 px, one turn every 2 s) for `ms`, or
 * until 30 frames when they are slow (up to 5 × `ms`). The button goes down through the browser's
 * input, then the page moves the mouse once a frame (a mousemove on sigma's mouse layer, as a hand
 * on a mouse gives, hover picking included), so every frame pans. Returns the frame times seen.
 */
async function panFor(page: Page, ms: number): Promise<PanFigures> {
  const box = await page.locator('.canvas-wrap').boundingBox();
  if (!box) throw new Error('The canvas is not on screen.');
  const [cx, cy, r] = [box.x + box.width / 2, box.y + box.height / 2, 200];
  await sleep(500);
  await page.mouse.move(cx, cy - r);
  await page.mouse.down();
  await page.evaluate(`(() => {
    const canvas = document.querySelector('.canvas');
    const layer = canvas.querySelector('.sigma-mouse');
    const pan = (window.__benchPan = { frames: [], moves: 0, on: true, renders: Number(canvas.dataset.renderCount ?? 0) });
    const started = performance.now();
    const tick = (t) => {
      pan.frames.push(t);
      if (!pan.on) return;
      const a = (2 * Math.PI * (performance.now() - started)) / 2000;
      const at = { clientX: ${cx} + ${r} * Math.sin(a), clientY: ${cy} - ${r} * Math.cos(a) };
      layer.dispatchEvent(new MouseEvent('mousemove', { ...at, buttons: 1, bubbles: true, cancelable: true }));
      pan.moves++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  // At least `ms`, and long enough for 30 frames when frames are slow (up to 5 × `ms`).
  const started = Date.now();
  await sleep(ms);
  while (Date.now() - started < 5 * ms && ((await page.evaluate('window.__benchPan.frames.length')) as number) <= MIN_FRAMES) await sleep(250);
  const seen = (await page.evaluate(`(() => {
    window.__benchPan.on = false;
    const canvas = document.querySelector('.canvas');
    return { frames: window.__benchPan.frames, moves: window.__benchPan.moves, renders: Number(canvas.dataset.renderCount ?? 0) - window.__benchPan.renders };
  })()`)) as { frames: number[]; moves: number; renders: number };
  await page.mouse.up();
  // Let sigma's inertia settle before anything else is measured.
  await sleep(1000);
  const deltas = seen.frames.slice(1).map((t, i) => t - seen.frames[i]!);
  const durationMs = (seen.frames.at(-1) ?? 0) - (seen.frames[0] ?? 0);
  return { moves: seen.moves, frames: deltas.length, renders: seen.renders, durationMs, frameMs: { ...percentiles(deltas), max: Math.max(...deltas) } };
}

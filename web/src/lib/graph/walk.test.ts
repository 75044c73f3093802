import { describe, expect, it } from 'vitest';
import type { CanvasEdge, Neighbourhood } from './model';
import { walk, type WalkLimits } from './walk';

/** A graph as the API would answer it: `hidden` edges are only in their source's answer (as MAPS_TO is). */
function api(edges: [string, string][], hidden: [string, string][] = []) {
  const all: (CanvasEdge & { oneWay: boolean })[] = [
    ...edges.map(([source, target]) => ({ source, target, type: 'LINKS', oneWay: false })),
    ...hidden.map(([source, target]) => ({ source, target, type: 'ONE_WAY', oneWay: true })),
  ];
  const asked: string[] = [];
  const node = (id: string) => ({ id, label: 'Thing', name: id });
  const expand = async (id: string): Promise<Neighbourhood | null> => {
    asked.push(id);
    // Answers arrive out of order; the walk must not care.
    await new Promise((resolve) => setTimeout(resolve, id.charCodeAt(id.length - 1) % 3));
    if (!all.some((e) => e.source === id || e.target === id)) return null;
    const neighbours = all
      .filter((e) => e.source === id || (e.target === id && !e.oneWay))
      .map(({ source, target, type }) => ({ node: node(source === id ? target : source), edge: { source, target, type } }));
    return { node: node(id), neighbours };
  };
  return { expand, asked };
}

const limits = (l: Partial<WalkLimits>): WalkLimits => ({ nodes: 100, edges: 100, fanout: 50, concurrency: 4, ...l });
const ids = (r: { nodes: { node: { id: string } }[] }) => r.nodes.map((n) => n.node.id);

describe('walk', () => {
  // a - b - d, a - c - e, c - d, e - f
  const chain: [string, string][] = [['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd'], ['c', 'e'], ['e', 'f']];

  it('takes nodes breadth first and every edge among them', async () => {
    const { expand, asked } = api(chain);
    const r = await walk('a', expand, limits({ nodes: 4 }));
    expect(ids(r)).toEqual(['a', 'b', 'c', 'd']);
    expect(r.edges.map((e) => `${e.source}${e.target}`).sort()).toEqual(['ab', 'ac', 'bd', 'cd']);
    expect(r.nodes.find((n) => n.node.id === 'd')?.via).toBe('b');
    expect(asked.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(r.requests).toBe(4);
  });

  it('keeps an edge only one side shows once the other side is taken', async () => {
    // a -> c is in a's answer only; the fanout holds c back until b is expanded.
    const { expand } = api([['a', 'b']], [['a', 'c']]);
    const r = await walk('a', expand, limits({ fanout: 1 }));
    expect(ids(r)).toEqual(['a', 'b', 'c']);
    expect(r.edges.map((e) => `${e.source}${e.type}${e.target}`).sort()).toEqual(['aLINKSb', 'aONE_WAYc']);
  });

  it('caps the edges and counts what it left out', async () => {
    const { expand } = api(chain);
    const r = await walk('a', expand, limits({ edges: 3 }));
    expect(ids(r)).toHaveLength(6);
    expect(r.edges).toHaveLength(3);
    expect(r.droppedEdges).toBe(3);
  });

  it('holds back neighbours past the fanout until the first pass runs dry, then takes them', async () => {
    const star: [string, string][] = ['b', 'c', 'd', 'e'].map((x) => ['a', x]);
    const { expand } = api([...star, ['b', 'x']]);
    const r = await walk('a', expand, limits({ fanout: 2, nodes: 5 }));
    expect(ids(r)).toEqual(['a', 'b', 'c', 'x', 'd']);
    expect(r.edges).toHaveLength(4);
  });

  it('is the same walk whatever the concurrency', async () => {
    const big: [string, string][] = [];
    for (let i = 0; i < 60; i++) big.push([`n${i}`, `n${(i * 7 + 3) % 60}`], [`n${i}`, `n${(i + 1) % 60}`]);
    const one = await walk('n0', api(big).expand, limits({ nodes: 30, concurrency: 1 }));
    const six = await walk('n0', api(big).expand, limits({ nodes: 30, concurrency: 6 }));
    expect(ids(six)).toEqual(ids(one));
    expect(six.edges).toEqual(one.edges);
  });

  it('fails when the start is not in the graph, or when an answer fails', async () => {
    await expect(walk('nope', api(chain).expand, limits({}))).rejects.toThrow('nope');
    const { expand } = api(chain);
    const failing = (id: string) => (id === 'c' ? Promise.reject(new Error('network down')) : expand(id));
    await expect(walk('a', failing, limits({}))).rejects.toThrow('network down');
  });
});

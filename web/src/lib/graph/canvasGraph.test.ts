import { describe, expect, it } from 'vitest';
import { addEdge, census, createCanvasGraph, restyle, upsertNode, visibleElements } from './canvasGraph';

describe('canvas graph', () => {
  it('adds nodes around the one they came from, and edges only between nodes it holds', () => {
    const g = createCanvasGraph();
    const none = new Set<string>();
    expect(upsertNode(g, { id: 'SYS-WEBCHAT', label: 'AISystem', name: 'Web Chat Assistant', state: 'HIGH' }, none)).toBe(true);
    const near = { x: 0, y: 0 };
    upsertNode(g, { id: 'SYS-INTENT', label: 'AISystem', name: 'Intent Classifier' }, none, near, 0, 2);
    upsertNode(g, { id: 'A.6.2.4', label: 'Control', name: 'AI system verification and validation' }, none, near, 1, 2);
    expect(upsertNode(g, { id: 'SYS-INTENT', label: 'AISystem', name: 'Intent Classifier' }, none)).toBe(false);
    const { x, y } = g.getNodeAttributes('SYS-INTENT');
    expect(Math.hypot(x, y)).toBeGreaterThan(10);
    expect(g.getNodeAttribute('SYS-WEBCHAT', 'kind')).toBe('AISystem');
    expect(g.getNodeAttribute('SYS-WEBCHAT', 'label')).toBe('Web Chat Assistant');

    expect(addEdge(g, { source: 'SYS-WEBCHAT', target: 'SYS-INTENT', type: 'DEPENDS_ON' })).toBe(true);
    expect(addEdge(g, { source: 'SYS-WEBCHAT', target: 'SYS-INTENT', type: 'DEPENDS_ON' })).toBe(false);
    expect(addEdge(g, { source: 'SYS-WEBCHAT', target: 'NOT-THERE', type: 'USES' })).toBe(false);
    expect(g.getEdgeAttribute('SYS-WEBCHAT|DEPENDS_ON|SYS-INTENT', 'type')).toBe('arrow');
    // Two relationships between the same two nodes are two edges.
    upsertNode(g, { id: 'PER-DATA-STEWARD', label: 'Person', name: 'Data steward' }, none);
    upsertNode(g, { id: 'TEAM-DATA-PLATFORM', label: 'Team', name: 'Data platform' }, none);
    expect(addEdge(g, { source: 'PER-DATA-STEWARD', target: 'TEAM-DATA-PLATFORM', type: 'MEMBER_OF' })).toBe(true);
    expect(addEdge(g, { source: 'PER-DATA-STEWARD', target: 'TEAM-DATA-PLATFORM', type: 'OWNS' })).toBe(true);
  });

  it('rings uncovered controls once they are known', () => {
    const g = createCanvasGraph();
    upsertNode(g, { id: 'A.6.2.3', label: 'Control', name: 'Documentation' }, new Set());
    expect(g.getNodeAttribute('A.6.2.3', 'type')).toBe('circle');
    restyle(g, new Set(['A.6.2.3']));
    expect(g.getNodeAttribute('A.6.2.3', 'type')).toBe('bordered');
  });

  it('counts by label and relationship, and leaves out what the filters hide', () => {
    const g = createCanvasGraph();
    const none = new Set<string>();
    upsertNode(g, { id: 'IMP-1', label: 'Implementation', name: 'IMP-1', state: 'IMPLEMENTED' }, none);
    upsertNode(g, { id: 'EVD-1', label: 'Evidence', name: 'Report', state: 'STALE' }, none);
    upsertNode(g, { id: 'EVD-2', label: 'Evidence', name: 'Log', state: 'CURRENT' }, none);
    upsertNode(g, { id: 'A.1', label: 'Control', name: 'c' }, none);
    addEdge(g, { source: 'EVD-1', target: 'IMP-1', type: 'SUPPORTS' });
    addEdge(g, { source: 'EVD-2', target: 'IMP-1', type: 'SUPPORTS' });
    addEdge(g, { source: 'IMP-1', target: 'A.1', type: 'IMPLEMENTS' });
    expect(census(g)).toEqual({
      kinds: [
        ['Evidence', 2],
        ['Control', 1],
        ['Implementation', 1],
      ],
      relationships: [
        ['SUPPORTS', 2],
        ['IMPLEMENTS', 1],
      ],
    });
    const all = visibleElements(g, { hiddenKinds: new Set(), hiddenRelationships: new Set() });
    expect([all.nodes.length, all.edges.length]).toEqual([4, 3]);
    const some = visibleElements(g, { hiddenKinds: new Set(['Evidence']), hiddenRelationships: new Set() });
    expect(some.nodes.map((n) => n.id)).toEqual(['IMP-1', 'A.1']);
    expect(some.edges.map((e) => e.type)).toEqual(['IMPLEMENTS']);
    const rels = visibleElements(g, { hiddenKinds: new Set(), hiddenRelationships: new Set(['IMPLEMENTS']) });
    expect(rels.edges.map((e) => e.type)).toEqual(['SUPPORTS', 'SUPPORTS']);
  });
});

import { describe, expect, it } from 'vitest';
import { pathsPicture } from './pathsCanvas';

const n = (id: string, label: string) => ({ id, label, name: `${id} name` });

// Requirement ← MAPS_TO ← control ← IMPLEMENTS ← implementation → APPLIES_TO → organisation.
const direct = {
  nodes: [n('NIST:GOVERN 1.7', 'Requirement'), n('A.6.2.6', 'Control'), n('IMP-A.6.2.6-ORG', 'Implementation'), n('ORG', 'Organization')],
  relationships: [
    { from: 'A.6.2.6', to: 'NIST:GOVERN 1.7', type: 'MAPS_TO' },
    { from: 'IMP-A.6.2.6-ORG', to: 'A.6.2.6', type: 'IMPLEMENTS' },
    { from: 'IMP-A.6.2.6-ORG', to: 'ORG', type: 'APPLIES_TO' },
  ],
};
// Through a clause and another framework's item, to the same organisation.
const bridged = {
  nodes: [n('NIST:MAP 1.1', 'Requirement'), n('EU:Art 9', 'Requirement'), n('6.1', 'Clause'), n('A.5.2', 'Control'), n('IMP-A.5.2-ORG', 'Implementation'), n('ORG', 'Organization')],
  relationships: [
    { from: 'EU:Art 9', to: 'NIST:MAP 1.1', type: 'MAPS_TO' },
    { from: '6.1', to: 'EU:Art 9', type: 'MAPS_TO' },
    { from: 'A.5.2', to: '6.1', type: 'ADDRESSES' },
    { from: 'IMP-A.5.2-ORG', to: 'A.5.2', type: 'IMPLEMENTS' },
    { from: 'IMP-A.5.2-ORG', to: 'ORG', type: 'APPLIES_TO' },
  ],
};

describe('why-paths on the canvas', () => {
  it('draws every node and relationship once, shared ones gathering the paths', () => {
    const p = pathsPicture([
      { id: 'NIST:GOVERN 1.7', label: 'Requirement', name: 'GOVERN 1.7 · Title', paths: [direct, direct] },
      { id: 'NIST:MAP 1.1', label: 'Requirement', name: 'MAP 1.1 · Title', paths: [bridged] },
      { id: 'NIST:MEASURE 9', label: 'Requirement', name: 'unmapped', paths: [] },
    ]);
    expect(p.nodes.map((x) => x.id).sort()).toEqual(
      ['6.1', 'A.5.2', 'A.6.2.6', 'EU:Art 9', 'IMP-A.5.2-ORG', 'IMP-A.6.2.6-ORG', 'NIST:GOVERN 1.7', 'NIST:MAP 1.1', 'NIST:MEASURE 9', 'ORG'].sort(),
    );
    expect(p.nodes.find((x) => x.id === 'NIST:GOVERN 1.7')?.name).toBe('GOVERN 1.7 · Title');
    // The items the picture is about stand out.
    expect(p.places.get('NIST:MEASURE 9')?.size).toBeGreaterThan(6);
    expect(p.places.get('A.6.2.6')?.size).toBeUndefined();
    expect(p.edges).toHaveLength(8);
    expect(p.edges).toContainEqual({ source: 'A.6.2.6', target: 'NIST:GOVERN 1.7', type: 'MAPS_TO' });
  });

  it('reads left to right: item, bridge, clause, control, implementation, scope', () => {
    const p = pathsPicture([
      { id: 'NIST:GOVERN 1.7', label: 'Requirement', name: 'g', paths: [direct] },
      { id: 'NIST:MAP 1.1', label: 'Requirement', name: 'm', paths: [bridged] },
    ]);
    const x = (id: string) => p.places.get(id)!.x;
    expect(x('NIST:GOVERN 1.7')).toBe(x('NIST:MAP 1.1'));
    const order = ['NIST:MAP 1.1', 'EU:Art 9', '6.1', 'A.5.2', 'IMP-A.5.2-ORG', 'ORG'].map(x);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(x('A.6.2.6')).toBe(x('A.5.2'));
    expect(x('IMP-A.6.2.6-ORG')).toBe(x('IMP-A.5.2-ORG'));
    // Nodes of one column do not sit on each other; an empty column takes no room.
    const alone = pathsPicture([{ id: 'NIST:GOVERN 1.7', label: 'Requirement', name: 'g', paths: [direct] }]);
    expect(['NIST:GOVERN 1.7', 'A.6.2.6', 'IMP-A.6.2.6-ORG', 'ORG'].map((id) => alone.places.get(id)!.x)).toEqual([0, 1, 2, 3].map((i) => i * 1.2));
    const ys = ['A.6.2.6', 'A.5.2'].map((id) => p.places.get(id)!.y);
    expect(new Set(ys).size).toBe(2);
  });
});

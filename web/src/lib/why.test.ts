import { describe, expect, it } from 'vitest';
import { BOX, boxesPerRow, whyLayout, whyText } from './why';

const path = {
  nodes: [
    { id: 'SYS-WEBCHAT', label: 'AISystem', name: 'Web Chat Assistant' },
    { id: 'SYS-INTENT', label: 'AISystem', name: 'Intent Classifier' },
    { id: 'IMP-A.6.2.4-SYS-INTENT', label: 'Implementation', name: 'IMP-A.6.2.4-SYS-INTENT' },
    { id: 'A.6.2.4', label: 'Control', name: 'AI system verification and validation' },
  ],
  relationships: [
    { from: 'SYS-WEBCHAT', to: 'SYS-INTENT', type: 'DEPENDS_ON' },
    { from: 'IMP-A.6.2.4-SYS-INTENT', to: 'SYS-INTENT', type: 'APPLIES_TO' },
    { from: 'IMP-A.6.2.4-SYS-INTENT', to: 'A.6.2.4', type: 'IMPLEMENTS' },
  ],
};

describe('why-path layout', () => {
  it('puts the nodes in reading order with an arrow the way each relationship points', () => {
    const { boxes, links, height } = whyLayout(path, 4);
    expect(boxes.map((b) => b.id)).toEqual(path.nodes.map((n) => n.id));
    expect(boxes.map((b) => b.y)).toEqual([0, 0, 0, 0]);
    expect(height).toBe(BOX.height);
    expect(links.map((l) => [l.type, l.reversed])).toEqual([
      ['DEPENDS_ON', false],
      ['APPLIES_TO', true],
      ['IMPLEMENTS', false],
    ]);
    // APPLIES_TO runs from the implementation (third box) back to the system (second box).
    expect(links[1]!.x1).toBeGreaterThan(links[1]!.x2);
  });

  it('snakes onto the next row when the width runs out', () => {
    const { boxes, links } = whyLayout(path, 2);
    expect(boxes.map((b) => [b.x > 0 ? 1 : 0, b.y > 0 ? 1 : 0])).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ]);
    expect(links[1]!.vertical).toBe(true);
    expect(boxesPerRow(100)).toBe(1);
    expect(boxesPerRow(4 * BOX.width + 3 * BOX.gapX)).toBe(4);
  });

  it('reads as text for screen readers', () => {
    expect(whyText(path)).toBe(
      'Web Chat Assistant (SYS-WEBCHAT) —DEPENDS_ON→ Intent Classifier (SYS-INTENT) ←APPLIES_TO— IMP-A.6.2.4-SYS-INTENT (IMP-A.6.2.4-SYS-INTENT) —IMPLEMENTS→ AI system verification and validation (A.6.2.4)',
    );
  });
});

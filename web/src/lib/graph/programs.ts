import type { Attributes } from 'graphology-types';
import { createNodeCompoundProgram, NodeCircleProgram } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from './canvasGraph';

/**
 * A disc with a ring, for uncovered controls: sigma 3 draws plain discs only, so the ring is a
 * second disc in the border colour drawn under a smaller one in the node's own colour.
 */
class RingProgram extends NodeCircleProgram<NodeAttributes, EdgeAttributes, Attributes> {
  override processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const border = (data as NodeDisplayData & { borderColor?: string }).borderColor;
    super.processVisibleItem(nodeIndex, startIndex, { ...data, color: border ?? data.color });
  }
}

class CoreProgram extends NodeCircleProgram<NodeAttributes, EdgeAttributes, Attributes> {
  override processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    super.processVisibleItem(nodeIndex, startIndex, { ...data, size: data.size * 0.58 });
  }
}

export const BorderedNodeProgram = createNodeCompoundProgram<NodeAttributes, EdgeAttributes, Attributes>([RingProgram, CoreProgram]);

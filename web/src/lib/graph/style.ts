import { labelColor, STATE_COLORS } from '../colors';
import type { CanvasNode } from './model';

export interface NodeLook {
  color: string;
  size: number;
  /** `bordered` draws a ring (uncovered controls); `circle` is sigma's plain disc. */
  type: 'circle' | 'bordered';
  borderColor?: string;
}

const SIZES: Record<string, number> = {
  Organization: 13,
  AISystem: 11,
  Vendor: 9,
  Model: 9,
  Dataset: 9,
  Control: 8,
  Clause: 7,
  Risk: 8,
  Implementation: 6,
  Evidence: 5,
  Requirement: 4,
};

/**
 * How a node looks: a colour per label, but evidence shows its freshness (stale red, expiring
 * amber) and uncovered controls get a ring, because those are what an analyst looks for first.
 */
export function nodeLook(node: CanvasNode, uncovered = false): NodeLook {
  let color = labelColor(node.label);
  if (node.label === 'Evidence' && node.state === 'STALE') color = STATE_COLORS.stale;
  if (node.label === 'Evidence' && node.state === 'EXPIRING') color = STATE_COLORS.expiring;
  if (node.label === 'Evidence' && node.state === 'SUPERSEDED') color = STATE_COLORS.superseded;
  const size = SIZES[node.label] ?? 6;
  if (uncovered && node.label === 'Control') return { color, size: size + 2, type: 'bordered', borderColor: STATE_COLORS.uncovered };
  return { color, size, type: 'circle' };
}

/** The legend's state entries, next to one entry per label. */
export const STATE_LEGEND = [
  { key: 'stale', text: 'Evidence: stale', color: STATE_COLORS.stale, ring: false },
  { key: 'expiring', text: 'Evidence: expiring', color: STATE_COLORS.expiring, ring: false },
  { key: 'uncovered', text: 'Control: uncovered', color: STATE_COLORS.uncovered, ring: true },
] as const;

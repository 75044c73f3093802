/** Lays out a why-path for drawing: boxes in rows, snaking, with an arrow per relationship. */
export interface WhyInput {
  nodes: { id: string; label: string; name: string }[];
  relationships: { from: string; to: string; type: string }[];
}

export interface WhyBox {
  id: string;
  label: string;
  name: string;
  x: number;
  y: number;
}

export interface WhyLink {
  type: string;
  /** Start and end of the arrow, which points the way the relationship does. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** True when the relationship runs against the reading order (e.g. an implementation APPLIES_TO the system before it). */
  reversed: boolean;
  vertical: boolean;
}

export const BOX = { width: 200, height: 56, gapX: 88, gapY: 48 } as const;

/** How many boxes fit in `width` pixels (at least one). */
export function boxesPerRow(width: number): number {
  return Math.max(1, Math.floor((width + BOX.gapX) / (BOX.width + BOX.gapX)));
}

export function whyLayout(path: WhyInput, perRow: number): { boxes: WhyBox[]; links: WhyLink[]; width: number; height: number } {
  const n = path.nodes.length;
  const cols = Math.max(1, Math.min(perRow, n));
  const rows = Math.max(1, Math.ceil(n / cols));
  const boxes = path.nodes.map((node, i) => {
    const row = Math.floor(i / cols);
    const within = i % cols;
    // Odd rows run right to left, so each row's last box sits above the next row's first.
    const col = row % 2 === 0 ? within : cols - 1 - within;
    return { ...node, x: col * (BOX.width + BOX.gapX), y: row * (BOX.height + BOX.gapY) };
  });
  const links: WhyLink[] = [];
  for (let i = 0; i + 1 < boxes.length; i++) {
    const a = boxes[i]!;
    const b = boxes[i + 1]!;
    const rel =
      path.relationships.find((r) => r.from === a.id && r.to === b.id) ?? path.relationships.find((r) => r.from === b.id && r.to === a.id);
    const reversed = !!rel && rel.from === b.id;
    const vertical = a.y !== b.y;
    let [x1, y1, x2, y2]: number[] = [];
    if (vertical) {
      x1 = x2 = a.x + BOX.width / 2;
      y1 = a.y + BOX.height;
      y2 = b.y;
    } else {
      const rightward = b.x > a.x;
      x1 = rightward ? a.x + BOX.width : a.x;
      x2 = rightward ? b.x : b.x + BOX.width;
      y1 = y2 = a.y + BOX.height / 2;
    }
    const [sx, sy, ex, ey] = reversed ? [x2, y2, x1, y1] : [x1, y1, x2, y2];
    links.push({ type: rel?.type ?? 'RELATED', x1: sx!, y1: sy!, x2: ex!, y2: ey!, reversed, vertical });
  }
  return { boxes, links, width: cols * BOX.width + (cols - 1) * BOX.gapX, height: rows * BOX.height + (rows - 1) * BOX.gapY };
}

/** The path in words, for screen readers and tooltips: `A —DEPENDS_ON→ B ←APPLIES_TO— C`. */
export function whyText(path: WhyInput): string {
  const { links } = whyLayout(path, path.nodes.length || 1);
  return path.nodes
    .map((node, i) => {
      const link = links[i];
      const name = `${node.name} (${node.id})`;
      if (!link) return name;
      return `${name} ${link.reversed ? `←${link.type}—` : `—${link.type}→`}`;
    })
    .join(' ');
}

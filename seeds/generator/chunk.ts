import type { GraphData, NodeRow, PlainValue, RelationshipBatch } from '../../graph/graphData.js';
import type { Label, RelationshipType } from '../../graph/model.js';
import { labelOf } from '../organization/build.js';

type Props = Record<string, PlainValue | undefined> & { id: string };

/**
 * Collects one chunk's nodes and relationships into loader batches (one per label, one per
 * type and label pair), in the shape `loadGraphData` takes. Labels come from id prefixes, as in
 * the reference organisation, so a mistyped id fails here rather than in the database.
 */
export class ChunkBuilder {
  private readonly nodes = new Map<Label, NodeRow[]>();
  private readonly rels = new Map<string, RelationshipBatch>();

  node(label: Label, props: Props): string {
    if (labelOf(props.id) !== label) throw new Error(`Id "${props.id}" does not fit label ${label}`);
    const row: NodeRow = { id: props.id };
    // Absent means absent in the graph, not null.
    for (const [key, value] of Object.entries(props)) if (value !== undefined) row[key] = value;
    let rows = this.nodes.get(label);
    if (!rows) this.nodes.set(label, (rows = []));
    rows.push(row);
    return props.id;
  }

  link(type: RelationshipType, from: string, to: string, properties?: Record<string, PlainValue>): void {
    const [fromLabel, toLabel] = [labelOf(from), labelOf(to)];
    const key = `${type}:${fromLabel}:${toLabel}`;
    let batch = this.rels.get(key);
    if (!batch) this.rels.set(key, (batch = { type, from: fromLabel, to: toLabel, rows: [] }));
    batch.rows.push(properties ? { from, to, properties } : { from, to });
  }

  build(): GraphData {
    return {
      nodes: [...this.nodes].map(([label, rows]) => ({ label, rows })),
      relationships: [...this.rels.values()],
    };
  }
}

/** Zero-padded number, so generated ids sort naturally. */
export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

import { idPrefixes, labelOfId, type Graph, type Label } from '../../graph/index.js';

/**
 * How a generated input names a node, resolved against the graph as it is when the input runs:
 * fast-check draws inputs before the graph they meet exists, and writes change it as they land.
 */
export type IdPick =
  | { kind: 'live'; label: string; n: number }
  | { kind: 'missing'; label: string; n: number }
  | { kind: 'raw'; id: string };

const catalogMissing: Partial<Record<Label, (n: number) => string>> = {
  Clause: (n) => `99.${n}`,
  ControlArea: (n) => `A.${90 + (n % 9)}`,
  ControlObjective: (n) => `B.99.${n}`,
  Control: (n) => `A.99.${n}`,
  OrganizationalObjective: (n) => `C.2.${90 + (n % 9)}`,
  RiskSource: (n) => `C.3.${90 + (n % 9)}`,
  Requirement: (n) => `FUZZ:missing ${n}`,
  Standard: () => 'NO-SUCH-STANDARD',
};

/** An id of `label`'s scheme that no node has (an API key's shape for ApiKey). */
function missingId(label: string, n: number): string {
  if (label === 'ApiKey') return `key_${n.toString(16).padStart(12, '0').slice(-12)}`;
  const prefix = (idPrefixes as Record<string, string>)[label];
  if (prefix) return `${prefix}FUZZ-MISSING-${n}`;
  return catalogMissing[label as Label]?.(n) ?? `FUZZ-MISSING-${n}`;
}

/**
 * The ids the graph holds, by label, kept in step with the writes that land. Picks index them in
 * the order they came (the loaded ones sorted, then each write's), not by their text: ids the
 * server mints are random, and a seed must replay the same picks.
 */
export class Registry {
  private readonly labels = new Map<string, string>();
  private readonly ordered = new Map<string, string[]>();

  private constructor(private readonly ownKeys: ReadonlySet<string>) {}

  /** Every node with an id; API keys only those a fuzzed write made (the test's own stay out of reach). */
  static async load(graph: Graph, ownKeyIds: Iterable<string>): Promise<Registry> {
    const registry = new Registry(new Set(ownKeyIds));
    const rows = await graph.read(
      'MATCH (n) WHERE n.id IS NOT NULL AND NOT n:ChangeEvent AND NOT n:Migration RETURN labels(n)[0] AS label, n.id AS id ORDER BY id',
    );
    for (const row of rows) registry.add(String(row.id), String(row.label));
    return registry;
  }

  add(id: string, label: string): void {
    if ((label === 'ApiKey' && this.ownKeys.has(id)) || this.labels.has(id)) return;
    this.labels.set(id, label);
    this.ordered.set(label, [...this.live(label), id]);
  }

  remove(id: string): void {
    const label = this.labels.get(id);
    this.labels.delete(id);
    if (label) this.ordered.set(label, this.live(label).filter((other) => other !== id));
  }

  has(id: string): boolean {
    return this.labels.has(id);
  }

  live(label: string): readonly string[] {
    return this.ordered.get(label) ?? [];
  }

  resolve(pick: IdPick): string {
    if (pick.kind === 'raw') return pick.id;
    const ids = pick.kind === 'live' ? this.live(pick.label) : [];
    return ids.length ? ids[pick.n % ids.length]! : missingId(pick.label, pick.n);
  }

  /** Where an id stands: the label its scheme names (null: none) and whether that node exists. */
  facts(id: string): { label: Label | null; exists: boolean } {
    return { label: labelOfId(id), exists: this.has(id) };
  }
}

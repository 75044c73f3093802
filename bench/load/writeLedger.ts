import type { Op } from './mix.js';

type Post = (body: { query: string; variables: Record<string, unknown> }) => Promise<Record<string, unknown>>;

export interface WriteCheck {
  evidenceAcknowledged: number;
  /** Acknowledged evidence not found, or not supporting the implementation it was recorded for. */
  evidenceMissing: string[];
  /** Evidence refused (503, or an expected error) that the graph holds all the same. */
  evidenceRefused: number;
  refusedButPresent: string[];
  statusAcknowledged: number;
  implementationsChecked: number;
  /** Implementations whose status is neither the last acknowledged one nor one sent after it. */
  statusMismatches: { id: string; allowed: string[]; actual: string | null }[];
  passed: boolean;
}

interface StatusTrail {
  sent: string[];
  /** Index in `sent` of the last acknowledged change, -1 for none. */
  lastAcknowledged: number;
  acknowledged: number;
}

/**
 * Every write the load sends, and what came of it. Acknowledged writes must be in the graph
 * afterwards; refused ones must not. A write with no answer (the phase ended, or it timed out)
 * may or may not have landed and is not judged, except that a status sent after the last
 * acknowledged one may be the one that stands.
 */
export class WriteLedger {
  private readonly evidence = new Map<string, { implementationId: string; outcome: 'sent' | 'acknowledged' | 'refused' }>();
  private readonly statuses = new Map<string, StatusTrail>();
  private readonly positions = new WeakMap<Op, number>();

  sent(op: Op): void {
    if (op.evidenceId) this.evidence.set(op.evidenceId, { implementationId: op.implementationId!, outcome: 'sent' });
    if (op.kind === 'setStatus') {
      const trail = this.statuses.get(op.implementationId!) ?? { sent: [], lastAcknowledged: -1, acknowledged: 0 };
      this.statuses.set(op.implementationId!, trail);
      this.positions.set(op, trail.sent.push(op.status!) - 1);
    }
  }

  /** `refused`: a 503 or an expected error, so nothing may have been written. */
  answered(op: Op, outcome: { acknowledged: boolean; refused: boolean }): void {
    if (op.evidenceId) {
      const entry = this.evidence.get(op.evidenceId);
      if (entry && outcome.acknowledged) entry.outcome = 'acknowledged';
      else if (entry && outcome.refused) entry.outcome = 'refused';
    }
    if (op.kind === 'setStatus' && outcome.acknowledged) {
      const trail = this.statuses.get(op.implementationId!)!;
      trail.lastAcknowledged = Math.max(trail.lastAcknowledged, this.positions.get(op) ?? -1);
      trail.acknowledged += 1;
    }
  }

  /** Reads every judged write back through the API, 100 ids a call. */
  async verify(post: Post): Promise<WriteCheck> {
    const judged = [...this.evidence].filter(([, e]) => e.outcome !== 'sent');
    const found = new Map<string, string[]>();
    for (const ids of chunks(judged.map(([id]) => id))) {
      const data = await post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Evidence { supports { id } } } }', variables: { ids } });
      for (const n of data.nodes as ({ id: string; supports: { id: string }[] } | null)[]) if (n) found.set(n.id, n.supports.map((s) => s.id));
    }
    const evidenceMissing: string[] = [];
    const refusedButPresent: string[] = [];
    for (const [id, e] of judged) {
      if (e.outcome === 'acknowledged' && !found.get(id)?.includes(e.implementationId)) evidenceMissing.push(id);
      if (e.outcome === 'refused' && found.has(id)) refusedButPresent.push(id);
    }
    const trails = [...this.statuses].filter(([, t]) => t.lastAcknowledged >= 0);
    const actual = new Map<string, string>();
    for (const ids of chunks(trails.map(([id]) => id))) {
      const data = await post({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Implementation { status } } }', variables: { ids } });
      for (const n of data.nodes as ({ id: string; status: string } | null)[]) if (n) actual.set(n.id, n.status);
    }
    const statusMismatches: WriteCheck['statusMismatches'] = [];
    for (const [id, t] of trails) {
      const allowed = [...new Set(t.sent.slice(t.lastAcknowledged))];
      const now = actual.get(id) ?? null;
      if (!now || !allowed.includes(now)) statusMismatches.push({ id, allowed, actual: now });
    }
    const evidenceAcknowledged = judged.filter(([, e]) => e.outcome === 'acknowledged').length;
    return {
      evidenceAcknowledged,
      evidenceMissing,
      evidenceRefused: judged.length - evidenceAcknowledged,
      refusedButPresent,
      statusAcknowledged: trails.reduce((n, [, t]) => n + t.acknowledged, 0),
      implementationsChecked: trails.length,
      statusMismatches,
      passed: evidenceMissing.length === 0 && refusedButPresent.length === 0 && statusMismatches.length === 0,
    };
  }
}

function* chunks<T>(list: T[], size = 100): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

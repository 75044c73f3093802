import type { BestFreshness } from './evidenceSummary.js';
import type { SoaStatus } from './statementOfApplicability.js';

/**
 * How far our ISO 42001 work supports an item of another framework, through the crosswalk:
 *   supported    a mapped control is applicable, implemented, and has current (or expiring) evidence
 *   partial      a mapped control is implemented without current evidence, or partially implemented
 *   unsupported  mapped, but no mapped control is under way (planned, not started, none, excluded)
 *   unmapped     no crosswalk reaches it
 */
export type FrameworkSupport = 'supported' | 'partial' | 'unsupported' | 'unmapped';

const ORDER: FrameworkSupport[] = ['supported', 'partial', 'unsupported', 'unmapped'];

/** The better of two judgements (supported first). */
export const better = (a: FrameworkSupport, b: FrameworkSupport): FrameworkSupport =>
  ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;

/** What one mapped control, as the Statement of Applicability sees it for the scope, gives. */
export function controlSupport(row: { applicable: boolean; status: SoaStatus; evidence: { best: BestFreshness } }): FrameworkSupport {
  if (!row.applicable) return 'unsupported';
  const evidenced = row.evidence.best === 'current' || row.evidence.best === 'expiring';
  if (row.status === 'implemented') return evidenced ? 'supported' : 'partial';
  return row.status === 'partial' ? 'partial' : 'unsupported';
}

const CONFIDENCE: readonly string[] = ['high', 'medium', 'low'];

/** A chain of crosswalk links is as confident as its weakest link. */
export const weakest = (confidences: readonly string[]): string =>
  confidences.reduce((w, c) => (CONFIDENCE.indexOf(c) > CONFIDENCE.indexOf(w) ? c : w), 'high');

/**
 * An item with no crosswalk of its own (a NIST function, an OSCAL group) is judged by what is
 * below it: supported when every judged descendant is, unmapped when none is judged, unsupported
 * when none is even partly supported, partial otherwise.
 */
export function rollUp(children: readonly FrameworkSupport[]): FrameworkSupport {
  const judged = children.filter((c) => c !== 'unmapped');
  if (judged.length === 0) return 'unmapped';
  if (judged.every((c) => c === 'supported')) return 'supported';
  if (judged.every((c) => c === 'unsupported')) return 'unsupported';
  return 'partial';
}

/**
 * Judges every item of a tree: an item with routes by its best route, one without by its
 * children (rolled up, recursively). `parentOf` gives each id's parent inside the framework.
 */
export function judgeTree(
  ids: readonly string[],
  parentOf: ReadonlyMap<string, string | null>,
  ownJudgement: ReadonlyMap<string, FrameworkSupport | null>,
): Map<string, { support: FrameworkSupport; rolledUp: boolean }> {
  const children = new Map<string, string[]>();
  for (const id of ids) {
    const parent = parentOf.get(id);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), id]);
  }
  const judged = new Map<string, { support: FrameworkSupport; rolledUp: boolean }>();
  const judge = (id: string, seen: Set<string>): FrameworkSupport => {
    const done = judged.get(id);
    if (done) return done.support;
    const own = ownJudgement.get(id) ?? null;
    // A cycle cannot come from PART_OF as loaded, but an imported tree is data: never loop on it.
    const below = seen.has(id) ? [] : (children.get(id) ?? []).map((c) => judge(c, new Set(seen).add(id)));
    const result = own !== null ? { support: own, rolledUp: false } : { support: rollUp(below), rolledUp: below.length > 0 };
    judged.set(id, result);
    return result.support;
  };
  for (const id of ids) judge(id, new Set());
  return judged;
}

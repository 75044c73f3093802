/**
 * Which implementations reach an AI system, shared by coverage and the statement of applicability
 * so the two can never disagree. An implementation reaches system `s` when it applies to:
 *   direct        s itself
 *   model, dataset, vendor   a model s RUNS, a dataset it USES, a vendor it is PROVIDED_BY
 *   organization  the organisation that OPERATES s
 *   dependency    a system s DEPENDS_ON (1 to 3 hops), or that system's model, dataset or vendor:
 *                 a control met on a shared platform is inherited by every caller of the platform,
 *                 including what the platform runs (seeds/organization/implementations.ts relies
 *                 on this for A.7.4 on the labelled intents and A.10.3 on the LLM vendor)
 */
export type CoverageHow = 'direct' | 'model' | 'dataset' | 'vendor' | 'organization' | 'dependency';

/**
 * Body of `CALL (s) { … }`: one row per way an implementation reaches `s`, with `p` running from
 * `s` through the scope to the implementation and its control, so `p` is the answer's why.
 * `rank` orders the ways from most to least direct.
 */
export const REACHING_IMPLEMENTATIONS = `
  MATCH p = (s)<-[:APPLIES_TO]-(i:Implementation)-[:IMPLEMENTS]->(c:Control)
  RETURN p, i, c, 'direct' AS how, 0 AS rank
  UNION ALL
  MATCH p = (s)-[:RUNS|USES|PROVIDED_BY]->(x:Model|Dataset|Vendor)<-[:APPLIES_TO]-(i:Implementation)-[:IMPLEMENTS]->(c:Control)
  RETURN p, i, c, CASE WHEN x:Model THEN 'model' WHEN x:Dataset THEN 'dataset' ELSE 'vendor' END AS how, 1 AS rank
  UNION ALL
  MATCH p = (s)<-[:OPERATES]-(:Organization)<-[:APPLIES_TO]-(i:Implementation)-[:IMPLEMENTS]->(c:Control)
  RETURN p, i, c, 'organization' AS how, 2 AS rank
  UNION ALL
  MATCH p = (s)-[:DEPENDS_ON*1..3]->(:AISystem)<-[:APPLIES_TO]-(i:Implementation)-[:IMPLEMENTS]->(c:Control)
  RETURN p, i, c, 'dependency' AS how, 3 AS rank
  UNION ALL
  MATCH p = (s)-[:DEPENDS_ON*1..3]->(:AISystem)-[:RUNS|USES|PROVIDED_BY]->(:Model|Dataset|Vendor)
            <-[:APPLIES_TO]-(i:Implementation)-[:IMPLEMENTS]->(c:Control)
  RETURN p, i, c, 'dependency' AS how, 3 AS rank`;

/**
 * After the CALL above: one row per implementation, keeping its most direct way (`best.how`,
 * `best.rank`, `best.p`); ties go to the shorter path, then to the smaller ids, so answers are
 * stable from run to run.
 */
export const MOST_DIRECT_WAY = `
  WITH i, c, how, rank, p ORDER BY rank, length(p), [n IN nodes(p) | n.id]
  WITH i, c, head(collect({how: how, rank: rank, p: p})) AS best`;

export type ImplementationStatus = 'implemented' | 'partial' | 'planned' | 'not-started' | 'excluded';

/** Progress order of the statuses that are not exclusions; lower is further along. */
const STATUS_ORDER = ['implemented', 'partial', 'planned', 'not-started'];

export function statusRank(status: string): number {
  const rank = STATUS_ORDER.indexOf(status);
  return rank < 0 ? STATUS_ORDER.length : rank;
}

/** The implementation furthest along; among equals, the first (callers pass them most direct first). */
export function furthestAlong<T extends { status: string }>(implementations: readonly T[]): T | null {
  let best: T | null = null;
  for (const i of implementations) if (!best || statusRank(i.status) < statusRank(best.status)) best = i;
  return best;
}

export interface Applicability<T> {
  applicable: boolean;
  /** Implementations that count for the scope (every status but excluded). */
  live: T[];
  /** The exclusion that makes the control not applicable, when it is not. */
  exclusion: T | null;
}

/**
 * The most specific decision wins: an exclusion on the scope itself makes the control not
 * applicable, whatever applies more broadly; an exclusion reaching it from elsewhere (a dependency,
 * say) only does when nothing else covers the scope. Without this, the exclusion of A.7.2 on the
 * response service (it has no training data) would wrongly switch A.7.2 off for every chatbot
 * that calls it.
 */
export function applicability<T extends { status: string }>(
  reaching: readonly T[],
  isOnScope: (implementation: T) => boolean,
): Applicability<T> {
  const live = reaching.filter((r) => r.status !== 'excluded');
  const exclusions = reaching.filter((r) => r.status === 'excluded');
  const own = exclusions.find(isOnScope);
  const exclusion = own ?? (live.length === 0 ? (exclusions[0] ?? null) : null);
  return { applicable: exclusion === null, live: exclusion ? [] : live, exclusion };
}

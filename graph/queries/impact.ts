import type { Graph } from '../db.js';
import { labelOfId } from '../ids.js';
import type { Label } from '../model.js';
import { intParam } from './input.js';
import { pathNode, whyPath, type WhyPath } from './why.js';
import type { NodeRef } from './refs.js';

export interface ImpactParams {
  /** A vendor, dataset, model or AI system id. */
  id: string;
  /** Most DEPENDS_ON hops followed upstream from a system reached; 4 when absent. */
  maxDepth?: number;
}

export interface AffectedNode extends NodeRef {
  /** Hops from the subject along the shortest why. */
  distance: number;
  /** Shortest path from the subject to this node. */
  why: WhyPath;
  /** Systems only. */
  riskTier: string | null;
  customerFacing: boolean | null;
}

export interface ImpactRisk extends NodeRef {
  residualScore: number | null;
  /** Ids of the subject or affected nodes it THREATENS. */
  threatens: string[];
}

export interface Impact {
  subject: NodeRef;
  maxDepth: number;
  /** Each affected node once, nearest first, then by id. */
  affected: AffectedNode[];
  /** Risks threatening the subject or anything affected, by id. */
  risks: ImpactRisk[];
}

export const DEFAULT_IMPACT_DEPTH = 4;
const MAX_IMPACT_DEPTH = 8;

/** The labels something can depend on; the only ones impact answers for. */
const SUBJECTS: readonly Label[] = ['Vendor', 'Dataset', 'Model', 'AISystem'];

/*
 * Every "relies on" edge points from the dependent to what it relies on (a system RUNS a model,
 * USES a dataset, is PROVIDED_BY a vendor, DEPENDS_ON a system; a model is TRAINED_ON a dataset or
 * PROVIDED_BY a vendor; a dataset is PROVIDED_BY a vendor), so the affected are the nodes that
 * reach the subject along those edges, walked backwards. Supply hops come first (vendor → dataset
 * → model → system, at most 3), then DEPENDS_ON hops, bounded by $maxDepth inside the pattern so
 * the bound applies before SHORTEST picks the paths per node; among equally short ones the
 * smallest ids win, so the why is the same from run to run.
 */
const cypherFor = (label: Label) => `
MATCH (x:${label} {id: $id})
CALL (x) {
  MATCH p = ALL SHORTEST (
    (x)(()<-[:PROVIDED_BY|RUNS|USES|TRAINED_ON]-()){0,3}()(()<-[hops:DEPENDS_ON]-()){0,${MAX_IMPACT_DEPTH}}(n)
    WHERE size(hops) <= $maxDepth AND n <> x
  )
  WITH n, p ORDER BY [m IN nodes(p) | m.id]
  WITH n, head(collect(p)) AS p ORDER BY length(p), n.id
  RETURN collect({id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.id), distance: length(p),
    why: ${whyPath('p')}, riskTier: n.riskTier, customerFacing: n.customerFacing}) AS affected,
    collect(n) AS reached
}
RETURN ${pathNode('x')} AS subject, affected,
  COLLECT {
    UNWIND [x] + reached AS t
    MATCH (r:Risk)-[:THREATENS]->(t)
    WITH r, collect(DISTINCT t.id) AS threatens ORDER BY r.id
    RETURN {id: r.id, label: 'Risk', name: r.title, residualScore: r.residualLikelihood * r.residualImpact,
      threatens: threatens}
  } AS risks`;

const cyphers = new Map(SUBJECTS.map((l) => [l, cypherFor(l)]));

/** What is affected, directly or through dependencies, when a vendor, dataset, model or system fails. */
export async function impact(graph: Graph, params: ImpactParams): Promise<Impact | null> {
  const maxDepth = params.maxDepth ?? DEFAULT_IMPACT_DEPTH;
  const depth = intParam('maxDepth', maxDepth, 0, MAX_IMPACT_DEPTH);
  const label = labelOfId(params.id);
  const cypher = label ? cyphers.get(label) : undefined;
  if (!cypher) return null;
  const [row] = await graph.read(cypher, { id: params.id, maxDepth: depth });
  if (!row) return null;
  const risks = (row.risks as ImpactRisk[]).map((r) => ({ ...r, threatens: [...r.threatens].sort() }));
  return { subject: row.subject as NodeRef, maxDepth, affected: row.affected as AffectedNode[], risks };
}

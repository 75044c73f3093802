import type { Integer } from 'neo4j-driver';
import type { Graph, Tx } from '../db.js';
import { labelOfId } from '../ids.js';
import type { Label } from '../model.js';
import { intParam } from './input.js';
import type { PathNode, PathStep, WhyPath } from './why.js';
import type { NodeRef } from './refs.js';

export interface ImpactParams {
  /** A vendor, dataset, model or AI system id. */
  id: string;
  /** Most DEPENDS_ON hops followed upstream from a system reached; 4 when absent. */
  maxDepth?: number;
  /** Most affected nodes (and risks) listed; DEFAULT_IMPACT_SHOWN when absent. All are counted. */
  first?: number;
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

export interface LabelCount {
  label: string;
  count: number;
}

export interface Impact {
  subject: NodeRef;
  maxDepth: number;
  /** Everything affected, within maxDepth. */
  affectedCount: number;
  /** The same, per label. */
  affectedByLabel: LabelCount[];
  /** Customer-facing systems among them: who will notice. */
  customerFacingCount: number;
  /** The first `first` affected nodes, nearest first, then by id. */
  affected: AffectedNode[];
  /** Risks threatening the subject or anything affected. */
  riskCount: number;
  /** The first `first` of them, by id. */
  risks: ImpactRisk[];
}

export const DEFAULT_IMPACT_DEPTH = 4;
export const DEFAULT_IMPACT_SHOWN = 100;
const MAX_IMPACT_DEPTH = 8;
const MAX_IMPACT_SHOWN = 1000;
/** Supply hops: vendor → dataset → model → system is the longest chain the model allows. */
const SUPPLY_HOPS = 3;

/** The labels something can depend on; the only ones impact answers for. */
const SUBJECTS: readonly Label[] = ['Vendor', 'Dataset', 'Model', 'AISystem'];

interface Reached extends PathNode {
  riskTier: string | null;
  customerFacing: boolean | null;
  distance: number;
  /** The node it was reached from, and over which relationship (from → to as stored). */
  parent: Reached | null;
  step: PathStep | null;
  supplyHops: number;
  dependsHops: number;
  /** Rank of its why among the nodes of its level, smallest id list first (ties go to it). */
  rank: number;
}

/*
 * Every "relies on" edge points from the dependent to what it relies on (a system RUNS a model,
 * USES a dataset, is PROVIDED_BY a vendor, DEPENDS_ON a system; a model is TRAINED_ON a dataset or
 * PROVIDED_BY a vendor; a dataset is PROVIDED_BY a vendor), so the affected are the nodes that
 * reach the subject along those edges, walked backwards: supply hops first (at most 3), then
 * DEPENDS_ON hops (at most maxDepth). Nothing relies on a system through a supply edge, so the
 * two phases never interleave.
 *
 * A breadth-first walk, one level per statement in one read transaction, each node expanded once:
 * a platform with thousands of callers costs its edges, not the paths through them (the single
 * shortest-path query this replaces ran out of transaction memory on the large preset). Among
 * equally short whys the one with the smallest id list wins, as the ranks make sure, so answers
 * are the same from run to run.
 */
const SUBJECT = (label: Label) => `
MATCH (x:${label} {id: $id})
RETURN elementId(x) AS key, x.id AS id, labels(x)[0] AS label, coalesce(x.name, x.title, x.id) AS name`;

// One expansion per frontier node over every "relies on" type, the phase picked per edge; nodes
// reached before are left out in Neo4j (a set lookup) so their properties are never read again.
const LEVEL = `
UNWIND $frontier AS f
MATCH (a) WHERE elementId(a) = f.key
MATCH (a)<-[r:PROVIDED_BY|RUNS|USES|TRAINED_ON|DEPENDS_ON]-(b)
WHERE CASE type(r) WHEN 'DEPENDS_ON' THEN f.depends ELSE f.supply END AND NOT elementId(b) IN $seen
WITH b, collect({parent: f.key, type: type(r)}) AS via
RETURN elementId(b) AS key, via, b.id AS id, labels(b)[0] AS label, coalesce(b.name, b.title, b.id) AS name,
  b.riskTier AS riskTier, b.customerFacing AS customerFacing`;

const cyphers = new Map(SUBJECTS.map((l) => [l, SUBJECT(l)]));

/** What is affected, directly or through dependencies, when a vendor, dataset, model or system fails. */
export async function impact(graph: Graph, params: ImpactParams): Promise<Impact | null> {
  const maxDepth = params.maxDepth ?? DEFAULT_IMPACT_DEPTH;
  const depth = intParam('maxDepth', maxDepth, 0, MAX_IMPACT_DEPTH).toNumber();
  const firstParam = intParam('first', params.first ?? DEFAULT_IMPACT_SHOWN, 0, MAX_IMPACT_SHOWN);
  const first = firstParam.toNumber();
  const label = labelOfId(params.id);
  const cypher = label ? cyphers.get(label) : undefined;
  if (!cypher) return null;
  return graph.readTx(async (tx) => {
    const [subject] = await tx.run(cypher, { id: params.id });
    if (!subject) return null;
    const root: Reached = {
      ...(subject as unknown as PathNode), riskTier: null, customerFacing: null, distance: 0, parent: null, step: null,
      supplyHops: 0, dependsHops: 0, rank: 0,
    };
    const reached = await walk(tx, root, subject.key as string, depth);
    const affected = [...reached.values()].filter((n) => n !== root).sort((a, b) => a.distance - b.distance || compare(a.id, b.id));
    const risks = await risksOf(tx, reached, firstParam);
    const byLabel = new Map<string, number>();
    for (const a of affected) byLabel.set(a.label, (byLabel.get(a.label) ?? 0) + 1);
    return {
      subject: { id: root.id, label: root.label, name: root.name },
      maxDepth,
      affectedCount: affected.length,
      affectedByLabel: [...byLabel].map(([l, count]) => ({ label: l, count })).sort((a, b) => compare(a.label, b.label)),
      customerFacingCount: affected.filter((a) => a.customerFacing === true).length,
      affected: affected.slice(0, first).map((a) => ({
        id: a.id, label: a.label, name: a.name, distance: a.distance, why: whyOf(a), riskTier: a.riskTier ?? null,
        customerFacing: a.customerFacing ?? null,
      })),
      ...risks,
    };
  });
}

async function walk(tx: Tx, root: Reached, rootKey: string, maxDepth: number): Promise<Map<string, Reached>> {
  const reached = new Map<string, Reached>([[rootKey, root]]);
  let frontier: [string, Reached][] = [[rootKey, root]];
  while (frontier.length) {
    const open = frontier
      .map(([key, n]) => ({ key, supply: n.dependsHops === 0 && n.supplyHops < SUPPLY_HOPS, depends: n.dependsHops < maxDepth }))
      .filter((f) => f.supply || f.depends);
    if (!open.length) break;
    const rows = await tx.run(LEVEL, { frontier: open, seen: [...reached.keys()] });
    const next = new Map<string, Reached>();
    for (const row of rows) {
      // Its parent is the best ranked of the nodes it was reached from.
      const via = (row.via as { parent: string; type: string }[])
        .map((v) => ({ parent: reached.get(v.parent)!, type: v.type }))
        .reduce((best, v) => (v.parent.rank < best.parent.rank ? v : best));
      const { parent } = via;
      const dependsStep = via.type === 'DEPENDS_ON';
      next.set(row.key as string, {
        id: row.id as string, label: row.label as string, name: row.name as string,
        riskTier: (row.riskTier as string | null) ?? null, customerFacing: (row.customerFacing as boolean | null) ?? null,
        distance: parent.distance + 1, parent, step: { type: via.type, from: row.id as string, to: parent.id },
        supplyHops: parent.supplyHops + (dependsStep ? 0 : 1), dependsHops: parent.dependsHops + (dependsStep ? 1 : 0), rank: 0,
      });
    }
    // Ranks of the new level: by the parent's rank, then by id, which orders the id lists of the whys.
    const level = [...next].sort(([, a], [, b]) => a.parent!.rank - b.parent!.rank || compare(a.id, b.id));
    level.forEach(([key, n], rank) => {
      n.rank = rank;
      reached.set(key, n);
    });
    frontier = level;
  }
  return reached;
}

// Only systems and datasets are THREATENED (relationships.ts), and each keeps the ids of the risks
// that threaten it (threatIds, markers.ts): one property per reached node, then the page of risks.
async function risksOf(tx: Tx, reached: Map<string, Reached>, first: Integer): Promise<Pick<Impact, 'riskCount' | 'risks'>> {
  const rows = await tx.run(
    `UNWIND $keys AS key
     MATCH (t) WHERE elementId(t) = key AND t.threatIds <> []
     RETURN key, t.threatIds AS risks`,
    { keys: [...reached].filter(([, n]) => n.label === 'AISystem' || n.label === 'Dataset').map(([key]) => key) },
  );
  const threatens = new Map<string, string[]>();
  for (const row of rows) {
    const id = reached.get(row.key as string)!.id;
    for (const risk of row.risks as string[]) {
      const ids = threatens.get(risk);
      if (ids) ids.push(id);
      else threatens.set(risk, [id]);
    }
  }
  const page = [...threatens.keys()].sort(compare).slice(0, first.toNumber());
  const details = await tx.run(
    `UNWIND $ids AS id MATCH (r:Risk {id: id})
     RETURN r.id AS id, r.title AS name, r.residualLikelihood * r.residualImpact AS residualScore`,
    { ids: page },
  );
  const byId = new Map(details.map((d) => [d.id as string, d]));
  return {
    riskCount: threatens.size,
    risks: page.map((id) => ({
      id, label: 'Risk', name: byId.get(id)!.name as string, residualScore: (byId.get(id)!.residualScore as number | null) ?? null,
      threatens: threatens.get(id)!.sort(compare),
    })),
  };
}

function whyOf(n: Reached): WhyPath {
  const nodes: PathNode[] = [];
  const relationships: PathStep[] = [];
  for (let at: Reached | null = n; at; at = at.parent) {
    nodes.unshift({ id: at.id, label: at.label, name: at.name });
    if (at.step) relationships.unshift(at.step);
  }
  return { nodes, relationships };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

import type { Graph } from '../graph/index.js';

/** Ids and terms the questions are asked about, and the heaviest of each kind for PROFILE. */
export interface Inputs {
  asOf: string;
  organization: string;
  systems: string[];
  controls: string[];
  clauses: string[];
  /** Vendors, datasets and models: what `impact` is asked about. */
  subjects: string[];
  terms: string[];
  heaviest: { system: string; control: string; clause: string; vendor: string; term: string };
}

/** Words every organisation's names and descriptions use; the first is the most common. */
const TERMS = ['model', 'chatbot', 'intent', 'billing', 'privacy', 'vendor', 'sentiment', 'evidence log', 'risk', 'data'];

/** `n` items spread evenly over a sorted list (all of them when it is shorter), so inputs cover the id space. */
export function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, k) => list[Math.floor((k * list.length) / n)]!);
}

/**
 * Up to `sample` systems spread over the id space plus the hubs (most callers, most inherited
 * implementations), every control and clause, and vendors, datasets and models spread likewise
 * plus the largest vendors: at the reference scale, simply everything.
 */
export async function pickInputs(graph: Graph, asOf: string, sample = 50): Promise<Inputs> {
  const ids = async (cypher: string) => (await graph.read(cypher)).map((r) => String(r.id));
  const [organization] = await ids('MATCH (o:Organization) RETURN o.id AS id ORDER BY id LIMIT 1');
  const heaviest = {
    system: (await ids(HEAVIEST_SYSTEM))[0]!,
    control: (await ids(BUSIEST_CONTROL))[0]!,
    clause: (await ids(WIDEST_CLAUSE))[0]!,
    vendor: (await ids(LARGEST_VENDOR))[0]!,
    term: TERMS[0]!,
  };
  const hubs = await ids(
    'MATCH (s:AISystem) RETURN s.id AS id ORDER BY COUNT { (s)<-[:DEPENDS_ON]-() } DESC, id LIMIT 4',
  );
  const allSystems = await ids('MATCH (s:AISystem) RETURN s.id AS id ORDER BY id');
  const bigVendors = await ids('MATCH (v:Vendor) RETURN v.id AS id ORDER BY COUNT { (v)<-[:PROVIDED_BY]-() } DESC, id LIMIT 4');
  const subjects = await ids('MATCH (n:Vendor|Dataset|Model) RETURN n.id AS id ORDER BY id');
  const unique = (list: string[]) => [...new Set(list)];
  return {
    asOf,
    organization: organization!,
    systems: unique([heaviest.system, ...hubs, ...spread(allSystems, sample - hubs.length - 1)]),
    controls: await ids('MATCH (c:Control) RETURN c.id AS id ORDER BY c.sort'),
    clauses: await ids('MATCH (c:Clause) RETURN c.id AS id ORDER BY c.sort'),
    subjects: unique([...bigVendors, ...spread(subjects, sample - bigVendors.length)]),
    terms: TERMS,
    heaviest,
  };
}

// Implementations a system inherits (through what it runs, uses and is provided by, and through
// the systems it depends on): paths counted, not distinct implementations, which ranks the same.
const HEAVIEST_SYSTEM = `
MATCH (s:AISystem)
RETURN s.id AS id ORDER BY
  COUNT { (s)-[:RUNS|USES|PROVIDED_BY]->()<-[:APPLIES_TO]-(:Implementation) }
  + COUNT { (s)-[:DEPENDS_ON*1..3]->(:AISystem)<-[:APPLIES_TO]-(:Implementation) }
  + COUNT { (s)-[:DEPENDS_ON*1..3]->(:AISystem)-[:RUNS|USES|PROVIDED_BY]->()<-[:APPLIES_TO]-(:Implementation) } DESC, id
LIMIT 1`;

const BUSIEST_CONTROL = 'MATCH (c:Control) RETURN c.id AS id ORDER BY COUNT { (c)<-[:IMPLEMENTS]-() } DESC, id LIMIT 1';

// Controls addressing the clause or any clause below it.
const WIDEST_CLAUSE = `
MATCH (c:Clause)
RETURN c.id AS id ORDER BY COUNT { MATCH (c)<-[:PART_OF*0..]-(:Clause)<-[:ADDRESSES]-(k:Control) RETURN DISTINCT k } DESC, id
LIMIT 1`;

const LARGEST_VENDOR = 'MATCH (v:Vendor) RETURN v.id AS id ORDER BY COUNT { (v)<-[:PROVIDED_BY]-() } DESC, id LIMIT 1';

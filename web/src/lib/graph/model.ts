import type { NeighboursQuery } from '../generated/graphql';

/** A node as the canvas knows it: its label, a readable name and its state on asOf. */
export interface CanvasNode {
  id: string;
  label: string;
  name: string;
  /** Evidence freshness, implementation status or system risk tier, when the type has one. */
  state?: string;
}

export interface CanvasEdge {
  source: string;
  target: string;
  type: string;
}

export interface Neighbour {
  node: CanvasNode;
  edge: CanvasEdge;
}

interface Ref {
  __typename: string;
  id: string;
  name?: string | null;
  title?: string | null;
  status?: string | null;
  freshness?: string | null;
  riskTier?: string | null;
  // The workflows' states, aliased in GraphRef: GraphQL cannot merge one response name over different enums.
  changeStatus?: string | null;
  decision?: string | null;
  findingStatus?: string | null;
  actionState?: string | null;
  auditStatus?: string | null;
}

export function refToNode(ref: Ref): CanvasNode {
  const state =
    ref.freshness ?? ref.status ?? ref.changeStatus ?? ref.decision ?? ref.findingStatus ?? ref.actionState ?? ref.auditStatus ?? ref.riskTier ?? undefined;
  return { id: ref.id, label: ref.__typename, name: ref.name ?? ref.title ?? ref.id, ...(state ? { state } : {}) };
}

type Direction = 'out' | 'in';

/**
 * The relationship behind each field of the schema (api/resolvers/relationships.ts holds the same
 * table server-side), so that a field's neighbours become edges pointing the way the graph does.
 */
export const FIELD_RELATIONSHIPS: Record<string, Record<string, [string, Direction]>> = {
  Organization: { systems: ['OPERATES', 'out'] },
  AISystem: {
    owners: ['OWNS', 'in'],
    dependsOn: ['DEPENDS_ON', 'out'],
    dependents: ['DEPENDS_ON', 'in'],
    models: ['RUNS', 'out'],
    datasets: ['USES', 'out'],
    vendors: ['PROVIDED_BY', 'out'],
    risks: ['THREATENS', 'in'],
    implementations: ['APPLIES_TO', 'in'],
    changeRequests: ['CHANGES', 'in'],
    impactAssessments: ['ASSESSES', 'in'],
    incidents: ['AFFECTED', 'in'],
    kpis: ['MEASURES', 'in'],
  },
  Model: {
    owners: ['OWNS', 'in'],
    trainedOn: ['TRAINED_ON', 'out'],
    vendors: ['PROVIDED_BY', 'out'],
    systems: ['RUNS', 'in'],
    changeRequests: ['CHANGES', 'in'],
  },
  Dataset: {
    owners: ['OWNS', 'in'],
    vendors: ['PROVIDED_BY', 'out'],
    systems: ['USES', 'in'],
    risks: ['THREATENS', 'in'],
    changeRequests: ['CHANGES', 'in'],
  },
  Vendor: { owners: ['OWNS', 'in'], systems: ['PROVIDED_BY', 'in'], models: ['PROVIDED_BY', 'in'], datasets: ['PROVIDED_BY', 'in'] },
  Risk: {
    owners: ['OWNS', 'in'],
    threatens: ['THREATENS', 'out'],
    mitigatedBy: ['MITIGATES', 'in'],
    sources: ['ARISES_FROM', 'out'],
    incidents: ['MATERIALISED', 'in'],
  },
  Implementation: { owners: ['OWNS', 'in'], control: ['IMPLEMENTS', 'out'], scope: ['APPLIES_TO', 'out'], evidence: ['SUPPORTS', 'in'] },
  Evidence: {
    owners: ['OWNS', 'in'],
    supports: ['SUPPORTS', 'out'],
    supersedes: ['SUPERSEDES', 'out'],
    supersededBy: ['SUPERSEDES', 'in'],
    closes: ['CLOSES', 'out'],
  },
  Person: { teams: ['MEMBER_OF', 'out'], owns: ['OWNS', 'out'] },
  Team: { members: ['MEMBER_OF', 'in'], owns: ['OWNS', 'out'] },
  Policy: { owners: ['OWNS', 'in'], addresses: ['ADDRESSES', 'out'] },
  Incident: {
    owners: ['OWNS', 'in'],
    affected: ['AFFECTED', 'out'],
    materialised: ['MATERIALISED', 'out'],
    failedControls: ['FAILED', 'out'],
    findings: ['RAISED_IN', 'in'],
  },
  KPI: { owners: ['OWNS', 'in'], systems: ['MEASURES', 'out'], risks: ['INDICATES', 'out'] },
  Measurement: { kpi: ['MEASUREMENT_OF', 'out'] },
  ChangeRequest: {
    changes: ['CHANGES', 'out'],
    risks: ['REVIEWS', 'out'],
    requestedBy: ['REQUESTED_BY', 'out'],
    approvers: ['NEEDS_APPROVAL_OF', 'out'],
  },
  Approval: { givenBy: ['GIVEN_BY', 'out'], changeRequest: ['DECIDES', 'out'] },
  ImpactAssessment: { owners: ['OWNS', 'in'], system: ['ASSESSES', 'out'] },
  Finding: {
    owners: ['OWNS', 'in'],
    raisedIn: ['RAISED_IN', 'out'],
    concerns: ['CONCERNS', 'out'],
    correctiveActions: ['CORRECTS', 'in'],
  },
  CorrectiveAction: { owners: ['OWNS', 'in'], finding: ['CORRECTS', 'out'], closedBy: ['CLOSES', 'in'] },
  Audit: { owners: ['OWNS', 'in'], covers: ['COVERS', 'out'], auditors: ['AUDITOR_OF', 'in'], findings: ['RAISED_IN', 'in'] },
  ManagementReview: { owners: ['OWNS', 'in'], reviewed: ['REVIEWED', 'out'], attendees: ['ATTENDED', 'in'] },
  Clause: { parent: ['PART_OF', 'out'], subclauses: ['PART_OF', 'in'], controls: ['ADDRESSES', 'in'], mappings: ['MAPS_TO', 'out'] },
  ControlArea: { objectives: ['PART_OF', 'in'] },
  ControlObjective: { area: ['PART_OF', 'out'], controls: ['PART_OF', 'in'] },
  Control: {
    objective: ['PART_OF', 'out'],
    clauses: ['ADDRESSES', 'out'],
    implementations: ['IMPLEMENTS', 'in'],
    risks: ['MITIGATES', 'out'],
    mappings: ['MAPS_TO', 'out'],
  },
  Requirement: { parent: ['PART_OF', 'out'] },
};

function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && '__typename' in value && 'id' in value;
}

function refsOf(value: unknown): Ref[] {
  const items = Array.isArray(value) ? value : [value];
  // Crosswalk mappings wrap their node: { requirement { … } }; a change request's approvers: { person { … } }.
  return items
    .map((v) => (isRef(v) ? v : ((v as { requirement?: unknown } | null)?.requirement ?? (v as { person?: unknown } | null)?.person)))
    .filter(isRef);
}

export function edgeKey(edge: CanvasEdge): string {
  return `${edge.source}|${edge.type}|${edge.target}`;
}

export interface Neighbourhood {
  node: CanvasNode;
  neighbours: Neighbour[];
}

/** A Neighbours answer as the node and its neighbours, each with the edge that joins them, deduplicated. */
export function neighbourhood(data: NeighboursQuery): Neighbourhood | null {
  const subject = data.node;
  if (!subject) return null;
  const node = refToNode(subject);
  const fields = FIELD_RELATIONSHIPS[subject.__typename] ?? {};
  const seen = new Set<string>();
  const neighbours: Neighbour[] = [];
  const add = (ref: Ref, type: string, direction: Direction) => {
    const edge = direction === 'out' ? { source: node.id, target: ref.id, type } : { source: ref.id, target: node.id, type };
    const key = edgeKey(edge);
    if (seen.has(key) || ref.id === node.id) return;
    seen.add(key);
    neighbours.push({ node: refToNode(ref), edge });
  };
  for (const [field, value] of Object.entries(subject)) {
    const relationship = fields[field];
    if (relationship) for (const ref of refsOf(value)) add(ref, relationship[0], relationship[1]);
  }
  for (const { node: ref } of data.scoped.edges) add(ref, 'APPLIES_TO', 'in');
  return { node, neighbours };
}

/**
 * The next batch of an expansion: edges to nodes already on the canvas always come (they cost
 * nothing to see), new nodes come `cap` at a time, the rest wait for "more…".
 */
export function nextBatch(neighbours: Neighbour[], present: ReadonlySet<string>, cap = 50): { add: Neighbour[]; rest: Neighbour[] } {
  const add: Neighbour[] = [];
  const rest: Neighbour[] = [];
  let fresh = 0;
  for (const n of neighbours) {
    if (present.has(n.node.id)) add.push(n);
    else if (fresh < cap) {
      add.push(n);
      fresh++;
    } else rest.push(n);
  }
  return { add, rest };
}

/** Aliases the Neighbours query gives fields whose name another type uses for a different enum. */
const FACT_NAMES: Record<string, string> = {
  systemKind: 'kind',
  evidenceKind: 'kind',
  changeKind: 'kind',
  findingKind: 'kind',
  auditKind: 'kind',
  policyVersion: 'version',
  incidentStatus: 'status',
  changeStatus: 'status',
  findingStatus: 'status',
  auditStatus: 'status',
  actionState: 'state',
  assessmentState: 'state',
  measurementBreached: 'breached',
};

/** Scalar facts of a Neighbours answer, for the node view: everything but ids, names and relationships. */
export function facts(data: NeighboursQuery): [string, string][] {
  const subject = data.node;
  if (!subject) return [];
  const skip = new Set(['__typename', 'id', 'name', 'title', ...Object.keys(FIELD_RELATIONSHIPS[subject.__typename] ?? {})]);
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(subject)) {
    if (skip.has(key) || value === null || value === undefined) continue;
    // A list of words (a management review's decisions) reads as one fact; other objects are relationships.
    const text = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join('; ') : typeof value === 'object' ? null : String(value);
    if (text === null || text === '') continue;
    out.push([FACT_NAMES[key] ?? key, text]);
  }
  return out;
}

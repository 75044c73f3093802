import type { Graph } from '../../graph/index.js';
import { pickInputs } from '../inputs.js';
import { questions, type Question } from '../questions.js';

/** What the load sends: four traceability reads, two writes, and a write that must be refused. */
export type Kind = 'coverage' | 'lineage' | 'search' | 'node' | 'addEvidence' | 'setStatus' | 'refusedWrite';
export const KINDS: Kind[] = ['coverage', 'lineage', 'search', 'node', 'addEvidence', 'setStatus', 'refusedWrite'];

export type Weights = Partial<Record<Kind, number>>;

/** Mostly reads, as integrators and the explorer ask; writes as a pipeline records evidence and owners move statuses. */
export const MIXED: Weights = { coverage: 20, lineage: 15, search: 15, node: 30, addEvidence: 12, setStatus: 6, refusedWrite: 2 };
/** The heaviest question, plus writes to show that what overload refuses is not written. */
export const OVERLOAD: Weights = { coverage: 90, addEvidence: 10 };

/** GraphQL error codes a kind may answer with; anything else is a failure. */
export const EXPECTED_CODES: Partial<Record<Kind, string[]>> = { refusedWrite: ['NOT_FOUND'] };

/** Statuses a write may set without a justification (EXCLUDED needs one). */
const STATUSES = ['IMPLEMENTED', 'PARTIAL', 'PLANNED', 'NOT_STARTED'];

export interface Op {
  kind: Kind;
  body: string;
  role: 'viewer' | 'editor';
  /** The evidence id a write asks for (addEvidence, refusedWrite). */
  evidenceId?: string;
  implementationId?: string;
  /** The status setStatus asks for. */
  status?: string;
}

export interface MixInputs {
  reads: Record<'coverage' | 'lineage' | 'search' | 'node', Question>;
  implementations: string[];
  /** Makes this run's evidence ids unique in a graph that outlives it. */
  runTag: string;
  /**
   * Implementations with a status change sent and not yet answered. None gets a second one
   * meanwhile, so each one's changes land in the order they were acknowledged; one whose change
   * was never answered (cut off by a phase's end) stays here and is left alone.
   */
  statusInFlight: Set<string>;
}

/** The reads from the bench's own questions (varied inputs, full selections), the implementations to write to. */
export async function mixInputs(graph: Graph, asOf: string): Promise<MixInputs> {
  const qs = questions(await pickInputs(graph, asOf));
  const q = (name: string) => qs.find((x) => x.name === name)!;
  const implementations = (await graph.read('MATCH (i:Implementation) WHERE i.status <> $excluded RETURN i.id AS id ORDER BY id', { excluded: 'excluded' })).map(
    (r) => String(r.id),
  );
  if (implementations.length === 0) throw new Error('the graph holds no implementation to write to');
  const runTag = Date.now().toString(36).toUpperCase();
  return { reads: { coverage: q('coverage'), lineage: q('controlLineage'), search: q('search'), node: q('nodeById') }, implementations, runTag, statusInFlight: new Set() };
}

/** A small seeded PRNG: the same run sends the same sequence of kinds and inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let evidenceSerial = 0;

/**
 * Draws operations by weight. setStatus takes an implementation with no change in flight (see
 * `statusInFlight`), so the last status acknowledged is what the graph must hold; the caller
 * frees the implementation when the answer comes.
 */
export function opSource(inputs: MixInputs, weights: Weights, seed: number) {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const entries = KINDS.filter((k) => (weights[k] ?? 0) > 0).map((k) => [k, weights[k]!] as const);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const evidence = (kind: Kind, implementationId: string): Op => {
    const evidenceId = `EVD-LOAD-${inputs.runTag}-${++evidenceSerial}`;
    const input = { id: evidenceId, title: `Load test record ${evidenceSerial}`, kind: 'TEST_RESULT', reviewIntervalDays: 90, implementationIds: [implementationId] };
    return { kind, role: 'editor', evidenceId, implementationId, body: gql(CREATE_EVIDENCE, { input }) };
  };
  return (): Op => {
    let r = rand() * total;
    let kind = entries[entries.length - 1]![0];
    for (const [k, w] of entries) {
      if ((r -= w) < 0) {
        kind = k;
        break;
      }
    }
    switch (kind) {
      case 'addEvidence':
        return evidence(kind, pick(inputs.implementations));
      case 'refusedWrite':
        return evidence(kind, 'IMP-LOAD-DOES-NOT-EXIST');
      case 'setStatus': {
        const free = inputs.implementations.filter((id) => !inputs.statusInFlight.has(id));
        if (free.length === 0) return evidence('addEvidence', pick(inputs.implementations));
        const implementationId = pick(free);
        inputs.statusInFlight.add(implementationId);
        const status = pick(STATUSES);
        return { kind, role: 'editor', implementationId, status, body: gql(SET_STATUS, { id: implementationId, status }) };
      }
      default: {
        const q = inputs.reads[kind];
        return { kind, role: 'viewer', body: JSON.stringify(q.gql(pick(q.inputs))) };
      }
    }
  };
}

const CREATE_EVIDENCE = 'mutation($input: EvidenceInput!) { createEvidence(input: $input) { id supports { id } } }';
const SET_STATUS = 'mutation($id: ID!, $status: ImplementationStatus!) { updateImplementation(id: $id, patch: { status: $status }) { id status } }';

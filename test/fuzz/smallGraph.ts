import { afterAll, beforeAll } from 'vitest';
import { loadGraphData, type Graph, type GraphData, type Label } from '../../graph/index.js';
import { referenceData, wipeGraph } from '../../seeds/index.js';
import { startTestApi, type TestApi } from '../setup/api.js';
import { testGraph } from '../setup/testGraph.js';
import { Registry } from './registry.js';

const LOADED_ON = '2026-11-26';

/** How many of each label's first rows stay: a few of everything, so every write has a target. */
const KEEP: Partial<Record<Label, number>> = {
  Standard: 3, Clause: 6, ControlArea: 2, ControlObjective: 2, Control: 6, OrganizationalObjective: 1, RiskSource: 2,
  Requirement: 3, Organization: 1, AISystem: 4, Model: 3, Dataset: 3, Vendor: 3, Risk: 3, Person: 4, Team: 2,
  Policy: 1, Incident: 2, KPI: 2, Implementation: 8, Evidence: 8,
  Measurement: 6, ChangeRequest: 3, Approval: 4, ImpactAssessment: 2, Audit: 2, Finding: 3, CorrectiveAction: 3, ManagementReview: 1,
};

/** Labels kept only with what they hang on: the relationships whose far ends must be kept, all of them or some. */
const needs: Partial<Record<Label, { types: string[]; every: boolean }>> = {
  Implementation: { types: ['IMPLEMENTS', 'APPLIES_TO'], every: true },
  Evidence: { types: ['SUPPORTS'], every: false },
  Measurement: { types: ['MEASUREMENT_OF'], every: true },
  Approval: { types: ['DECIDES', 'GIVEN_BY'], every: true },
  Finding: { types: ['RAISED_IN'], every: true },
  CorrectiveAction: { types: ['CORRECTS'], every: true },
};
/** Labels come after those they hang on. */
const order = (label: Label): number => ({ Implementation: 1, Measurement: 1, Approval: 1, Finding: 1, Evidence: 2, CorrectiveAction: 2 } as Partial<Record<Label, number>>)[label] ?? 0;

/**
 * A cut of the reference data with a few nodes of every label (~100): implementations only of kept
 * controls on kept scopes, evidence only for kept implementations, a KPI's values, a change's
 * approvals, a finding and its actions only with what they hang on, relationships only between kept
 * nodes. The digest of the whole graph, taken after every fuzzed write, stays cheap on it.
 */
function smallReferenceData(): GraphData {
  const full = referenceData(LOADED_ON);
  const kept = new Set<string>();
  const endsOf = (type: string, from: string) =>
    full.relationships.filter((b) => b.type === type).flatMap((b) => b.rows.filter((r) => r.from === from).map((r) => r.to));
  const fits = (label: Label, id: string) => {
    const need = needs[label];
    if (!need) return true;
    const ends = need.types.flatMap((type) => endsOf(type, id));
    return need.every ? ends.every((end) => kept.has(end)) : ends.some((end) => kept.has(end));
  };
  const nodes = [...full.nodes].sort((a, b) => order(a.label) - order(b.label)).map((batch) => {
    const rows = batch.rows.filter((r) => fits(batch.label, r.id)).slice(0, KEEP[batch.label] ?? 0);
    for (const r of rows) kept.add(r.id);
    return { ...batch, rows };
  });
  const relationships = full.relationships.map((b) => ({ ...b, rows: b.rows.filter((r) => kept.has(r.from) && kept.has(r.to)) }));
  return { nodes: nodes.filter((b) => b.rows.length), relationships: relationships.filter((b) => b.rows.length) };
}

/** The test's own API keys: the fuzz may create and revoke keys, never these. */
export const ownKeyIds = (api: TestApi) => Object.values(api.tokens).map((t) => t.split('.')[0]!);

/**
 * For a fuzz file: the small graph behind the real HTTP API. `restore()` puts the small graph back
 * (keeping the API keys, so the tokens stay good) and answers a fresh registry of its ids.
 */
export function useSmallGraphApi(): { graph(): Graph; api(): TestApi; restore(): Promise<Registry> } {
  let graph: Graph;
  let api: TestApi;
  const data = smallReferenceData();
  beforeAll(async () => {
    graph = await testGraph();
    await wipeGraph(graph);
    await loadGraphData(graph, data);
    api = await startTestApi(graph);
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
  });
  return {
    graph: () => graph,
    api: () => api,
    async restore() {
      await graph.write('MATCH (n) WHERE NOT n:Migration AND NOT n:ApiKey DETACH DELETE n');
      await loadGraphData(graph, data);
      return Registry.load(graph, ownKeyIds(api));
    },
  };
}

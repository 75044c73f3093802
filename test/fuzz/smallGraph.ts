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
  Policy: 1, Incident: 1, KPI: 1, Implementation: 8, Evidence: 8,
};

/**
 * A cut of the reference data with a few nodes of every label (~80): implementations only of kept
 * controls on kept scopes, evidence only for kept implementations, relationships only between kept
 * nodes. The digest of the whole graph, taken after every fuzzed write, stays cheap on it.
 */
function smallReferenceData(): GraphData {
  const full = referenceData(LOADED_ON);
  const kept = new Set<string>();
  const endsOf = (type: string, from: string) =>
    full.relationships.filter((b) => b.type === type).flatMap((b) => b.rows.filter((r) => r.from === from).map((r) => r.to));
  const fits = (label: Label, id: string) => {
    if (label === 'Implementation') return [...endsOf('IMPLEMENTS', id), ...endsOf('APPLIES_TO', id)].every((end) => kept.has(end));
    if (label === 'Evidence') return endsOf('SUPPORTS', id).some((end) => kept.has(end));
    return true;
  };
  // Implementations and Evidence come after the controls, scopes and implementations they need.
  const order = (label: Label) => (label === 'Implementation' ? 1 : label === 'Evidence' ? 2 : 0);
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

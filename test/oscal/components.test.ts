import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/db.js';
import { graphDigest } from '../../graph/digest.js';
import { ConflictError, InputError } from '../../graph/errors.js';
import {
  exportComponentDefinition, importComponentDefinition, type ComponentDefinitionDocument,
} from '../../graph/oscal/index.js';
import { AIMS_NS } from '../../graph/oscal/oscal.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';

const actor = { keyId: 'key_oscaltest', name: 'oscal test' };
let graph: Graph;

/**
 * The graph as its users see it: every node but the bookkeeping ones (change events, keys,
 * migrations) with all its properties, derived ones included, and every relationship between them.
 */
/*
 * The graph, node by node with its outgoing relationships. A finding's CONCERNS link to an
 * implementation is the finding's, not part of what a component definition describes: left out.
 */
async function snapshot(): Promise<string[]> {
  const rows = await graph.read(`
    MATCH (n) WHERE NOT (n:ChangeEvent OR n:ApiKey OR n:Migration)
    RETURN labels(n) AS labels, n {.*} AS props,
      [(n)-[r]->(m) WHERE NOT (m:ChangeEvent OR m:ApiKey OR m:Migration) AND NOT (n:Finding AND m:Implementation)
        | [type(r), m.id, properties(r)]] AS out`);
  return rows
    .map((r) => JSON.stringify([r.labels, sortKeys(r.props), (r.out as unknown[]).map((o) => JSON.stringify(o)).sort()]))
    .sort();
}
/** Properties in key order; the expiry lists of a control's rollup are multisets (markers.ts collects them unordered). */
const sortKeys = (o: unknown) =>
  Object.fromEntries(
    Object.entries(o as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, unordered.has(k) ? [...(v as string[])].sort() : v]),
  );
const unordered = new Set(['latestExpiries', 'latestRejectedExpiries']);

const importDoc = (document: unknown, dryRun = false) => importComponentDefinition(graph, actor, structuredClone(document), { dryRun });

const requirementsOf = (d: ComponentDefinitionDocument) => d['component-definition'].components[0]!['control-implementations']?.[0]?.['implemented-requirements'] ?? [];

async function expectRefused(document: unknown, message: string | RegExp, kind: typeof InputError | typeof ConflictError = InputError) {
  const before = await graphDigest(graph);
  const error = await importDoc(document).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(kind);
  expect((error as Error).message).toMatch(message);
  expect(await graphDigest(graph)).toEqual(before);
}

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, '2026-11-26');
});
afterAll(() => graph.close());

describe('component definitions', () => {
  it('one scope: the component, an implemented requirement per implementation, owners as parties, evidence as resources', async () => {
    const document = await exportComponentDefinition(graph, 'SYS-INTENT');
    expect(await exportComponentDefinition(graph, 'SYS-INTENT')).toEqual(document);
    const definition = document['component-definition'];
    expect(definition.components[0]).toMatchObject({
      type: 'this-system', title: 'Intent Classifier',
      props: [{ name: 'scope-id', ns: AIMS_NS, value: 'SYS-INTENT' }, { name: 'scope-label', ns: AIMS_NS, value: 'AISystem' }],
    });
    const [expected] = await graph.read(`
      MATCH (i:Implementation)-[:APPLIES_TO]->(:AISystem {id: 'SYS-INTENT'}) MATCH (i)-[:IMPLEMENTS]->(c:Control)
      WITH i, c ORDER BY c.sort, i.id
      RETURN collect(c.id) AS controls, collect(i.id) AS ids`);
    const requirements = requirementsOf(document);
    expect(requirements.map((r) => r['control-id'])).toEqual(expected!.controls);
    expect(requirements.map((r) => r.props.find((p) => p.name === 'implementation-id')!.value)).toEqual(expected!.ids);

    const a624 = requirements.find((r) => r['control-id'] === 'A.6.2.4')!;
    expect(a624.props).toContainEqual({ name: 'implementation-status', ns: AIMS_NS, value: 'implemented' });
    const owner = definition.metadata.parties!.find((p) => p.uuid === a624['responsible-roles']![0]!['party-uuids'][0]);
    expect(owner).toMatchObject({ type: 'person', props: [{ name: 'party-id', ns: AIMS_NS, value: 'PER-ML-LEAD' }] });
    const [evidence] = await graph.read(`MATCH (e:Evidence)-[:SUPPORTS]->(:Implementation {id: 'IMP-A.6.2.4-SYS-INTENT'}) RETURN collect(e.id) AS ids`);
    const linked = a624.links!.map((l) => definition['back-matter']!.resources.find((r) => `#${r.uuid}` === l.href)!);
    expect(linked.map((r) => r.props!.find((p) => p.name === 'evidence-id')!.value).sort()).toEqual((evidence!.ids as string[]).sort());
  });

  it('org is the organisation; an unknown scope is refused', async () => {
    const document = await exportComponentDefinition(graph, 'org');
    expect(document['component-definition'].components[0]!.props[0]!.value).toBe('ORG-BRIGHTWATER');
    await expect(exportComponentDefinition(graph, 'SYS-NOPE')).rejects.toThrow('No AISystem with id "SYS-NOPE" (scope).');
    await expect(exportComponentDefinition(graph, 'A.6.2.4')).rejects.toThrow(/is not a scope/);
  });

  it('export every scope, delete every implementation, import: the same graph', async () => {
    const before = await snapshot();
    const scopes = (await graph.read('MATCH (:Implementation)-[:APPLIES_TO]->(s) RETURN DISTINCT s.id AS id ORDER BY id')).map((r) => r.id as string);
    const documents = await Promise.all(scopes.map((s) => exportComponentDefinition(graph, s)));
    const [{ total }] = (await graph.write('MATCH (i:Implementation) DETACH DELETE i RETURN count(*) AS total')) as [{ total: number }];

    let created = 0;
    for (const document of documents) created += (await importDoc(document)).implementations.created;
    expect(created).toBe(total);
    const after = await snapshot();
    // The differing lines only, should there be any: the whole graph would bury them.
    const known = new Set(before);
    expect(after.filter((line) => !known.has(line))).toEqual([]);
    expect(after).toEqual(before);

    const [events] = await graph.read(`MATCH (c:ChangeEvent {targetLabel: 'Implementation', operation: 'create', actor: 'oscal test (key_oscaltest)'}) RETURN count(*) AS n`);
    expect(events!.n).toBe(total);

    // The same files again: nothing changes, not even the history.
    const digest = await graphDigest(graph);
    for (const document of documents) expect((await importDoc(document)).implementations).toMatchObject({ created: 0, updated: 0 });
    expect(await graphDigest(graph)).toEqual(digest);
  });

  it('an edited file updates what it changes and clears what it leaves out; a dry run writes nothing', async () => {
    const document = await exportComponentDefinition(graph, 'SYS-INTENT');
    const [first, second] = requirementsOf(document);
    first!.description = 'Rewritten by the integrator.';
    second!.description = '';
    const digest = await graphDigest(graph);
    const dry = await importDoc(document, true);
    expect(dry).toMatchObject({ dryRun: true, implementations: { updated: 2 }, linksCreated: 0 });
    expect(await graphDigest(graph)).toEqual(digest);

    await importDoc(document);
    const id = (r: typeof first) => r!.props.find((p) => p.name === 'implementation-id')!.value;
    const rows = await graph.read('UNWIND $ids AS id MATCH (i:Implementation {id: id}) RETURN i.description AS description', { ids: [id(first), id(second)] });
    expect(rows.map((r) => r.description)).toEqual(['Rewritten by the integrator.', null]);
    const [event] = await graph.read(`MATCH (c:ChangeEvent {targetId: $id, operation: 'update'}) RETURN c.before AS before, c.after AS after`, { id: id(second) });
    expect(JSON.parse(event!.before as string).description).toBeTruthy();
    expect(JSON.parse(event!.after as string).description).toBeUndefined();
  });

  it('refuses a file naming what is not in the graph or breaking the model, where it is wrong, writing nothing', async () => {
    const original = await exportComponentDefinition(graph, 'SYS-INTENT');
    const edit = (change: (d: ComponentDefinitionDocument) => void) => {
      const copy = structuredClone(original);
      change(copy);
      return copy;
    };
    const at = 'component-definition.components[0].control-implementations[0].implemented-requirements';
    await expectRefused(edit((d) => (d['component-definition'].components[0]!.props = [])), 'component-definition.components[0].props: needs a prop named scope-id');
    await expectRefused(edit((d) => (d['component-definition'].components[0]!.props[0]!.value = 'SYS-NOPE')),
      'component-definition.components[0].props: no AISystem "SYS-NOPE" in the graph');
    await expectRefused(edit((d) => (requirementsOf(d)[1]!['control-id'] = 'ac-2')), `${at}[1].control-id: "ac-2" is not an ISO/IEC 42001 Annex A control`);
    await expectRefused(edit((d) => (requirementsOf(d)[0]!.props[1]!.value = 'done')), `${at}[0].props (implementation-status): status must be one of implemented`);
    await expectRefused(edit((d) => {
      requirementsOf(d)[0]!.props[1]!.value = 'excluded';
      delete requirementsOf(d)[0]!.remarks;
    }), `${at}[0].remarks: An excluded control needs a justification.`);
    await expectRefused(edit((d) => (requirementsOf(d)[0]!.links = [{ href: '#00000000-0000-4000-8000-000000000000', rel: 'evidence' }])),
      `${at}[0].links[0].href: an evidence link points at a back-matter resource`);
    await expectRefused(edit((d) => (d['component-definition'].metadata['oscal-version'] = '2.0')), 'component-definition.metadata.oscal-version: "2.0" is not OSCAL 1.x');
    // An implementation the graph holds for another control.
    await expectRefused(edit((d) => (requirementsOf(d)[0]!['control-id'] = 'A.2.2')), /implements .* in the graph, not A\.2\.2/, ConflictError);
  });

  it('an implementation without an id of its own takes IMP-<control>-<scope>', async () => {
    const document = await exportComponentDefinition(graph, 'SYS-INTENT');
    const requirement = requirementsOf(document)[0]!;
    requirement['control-id'] = 'A.9.2';
    requirement.props = requirement.props.filter((p) => p.name !== 'implementation-id');
    requirement.links = undefined;
    document['component-definition'].components[0]!['control-implementations']![0]!['implemented-requirements'] = [requirement];
    const summary = await importDoc(document);
    expect(summary).toMatchObject({ implementations: { created: 1 } });
    const [row] = await graph.read(`
      MATCH (i:Implementation {id: 'IMP-A.9.2-SYS-INTENT'})-[:IMPLEMENTS]->(c:Control), (i)-[:APPLIES_TO]->(s)
      RETURN c.id AS control, s.id AS scope, i.linked AS linked, c.firstImplementationIds AS listed`);
    expect(row).toMatchObject({ control: 'A.9.2', scope: 'SYS-INTENT', linked: true });
    expect(row!.listed).toContain('IMP-A.9.2-SYS-INTENT');
  });
});

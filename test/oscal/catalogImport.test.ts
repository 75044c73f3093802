import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/db.js';
import { graphDigest } from '../../graph/digest.js';
import { ConflictError, InputError } from '../../graph/errors.js';
import { importOscalCatalog } from '../../graph/oscal/index.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';
import { catalogOf, control, group, oscalDir } from './fixtures.js';

const actor = { keyId: 'key_oscaltest', name: 'oscal test' };
const NIST_FILE = `${oscalDir}/NIST_SP-800-53_rev5_MODERATE-baseline-resolved-profile_catalog.json`;
const BASIC_FILE = `${oscalDir}/basic-catalog.json`;

let graph: Graph;
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const importAs = (id: string, document: unknown, dryRun = false) => importOscalCatalog(graph, actor, document, { id, source: 'test.json', dryRun });

/** What the graph holds of a framework: each requirement with its parent and properties. */
async function requirementsOf(framework: string) {
  const rows = await graph.read(
    `MATCH (r:Requirement {framework: $framework})
     RETURN r.id AS id, r {.*} AS props, [(r)-[:PART_OF]->(p) | p.id] AS parents ORDER BY r.sort`,
    { framework },
  );
  type Stored = Record<string, unknown> & { parents: string[]; text?: string; guidance?: string; params?: string[] };
  return new Map(rows.map((r) => [r.id as string, { ...(r.props as Record<string, unknown>), parents: r.parents as string[] } as Stored]));
}

/** Groups and controls (nested ones too) of an OSCAL catalog, counted straight from its JSON. */
function countItems(document: unknown) {
  let groups = 0;
  let controls = 0;
  const walk = (o: { groups?: unknown[]; controls?: unknown[] }) => {
    for (const g of o.groups ?? []) {
      groups += 1;
      walk(g as never);
    }
    for (const c of o.controls ?? []) {
      controls += 1;
      walk(c as never);
    }
  };
  walk((document as { catalog: never }).catalog);
  return { groups, controls };
}

async function expectRefused(id: string, document: unknown, message: string | RegExp) {
  const before = await graphDigest(graph);
  const error = await importAs(id, document).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toMatch(message);
  expect(await graphDigest(graph)).toEqual(before);
  return error as InputError;
}

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, '2026-11-26');
});
afterAll(() => graph.close());

describe('NIST SP 800-53 rev5 moderate baseline', () => {
  const document = load(NIST_FILE);
  const counts = countItems(document);

  it('becomes one Standard and its requirement tree, groups then controls then enhancements', async () => {
    expect(counts).toEqual({ groups: 18, controls: 287 });
    const summary = await importAs('NIST-SP-800-53', document);
    expect(summary).toMatchObject({
      framework: 'NIST-SP-800-53', groups: counts.groups, controls: counts.controls, standard: 'created', dryRun: false,
      version: '5.1.1+u4', oscalUuid: (document as { catalog: { uuid: string } }).catalog.uuid,
      requirements: { created: counts.groups + counts.controls, updated: 0, unchanged: 0, notInFile: 0 },
    });

    const [standard] = await graph.read('MATCH (s:Standard {id: $id}) RETURN s {.*} AS s', { id: 'NIST-SP-800-53' });
    expect(standard!.s).toMatchObject({
      title: 'NIST Special Publication 800-53 Revision 5.1.1 MODERATE IMPACT BASELINE', version: '5.1.1+u4', source: 'test.json',
    });
    const requirements = await requirementsOf('NIST-SP-800-53');
    expect(requirements.size).toBe(305);
    expect([...requirements.values()].filter((r) => r.kind === 'group')).toHaveLength(18);
    expect(requirements.get('NIST-SP-800-53:ac')).toMatchObject({ kind: 'group', ref: 'ac', title: 'Access Control', parents: ['NIST-SP-800-53'] });
    expect(requirements.get('NIST-SP-800-53:AC-2')).toMatchObject({ kind: 'control', oscalId: 'ac-2', title: 'Account Management', parents: ['NIST-SP-800-53:ac'] });
    // An enhancement sits in its control, named by its label.
    expect(requirements.get('NIST-SP-800-53:AC-2(1)')).toMatchObject({
      kind: 'control', oscalId: 'ac-2.1', title: 'Automated System Account Management', parents: ['NIST-SP-800-53:AC-2'],
      text: 'Support the management of system accounts using [Assignment: automated mechanisms].',
    });
    // Nested statement items keep their labels, indented; parameters are written out as NIST prints them.
    const ac1 = requirements.get('NIST-SP-800-53:AC-1')!;
    expect(ac1.text).toMatch(/^a\. Develop, document, and disseminate to \[Assignment: organization-defined personnel or roles\]:\n {2}1\. \[Selection \(one or more\): organization-level; mission\/business process-level; system-level\] access control policy that:\n {4}\(a\) Addresses purpose/);
    expect(ac1.text).toContain('\nc. Review and update the current access control:');
    expect(ac1.guidance).toMatch(/^Access control policy and procedures address the controls in the AC family/);
    expect(ac1.params).toContain('ac-01_odp.03: selection (one or more) (organization-level; mission/business process-level; system-level)');
    expect(ac1.params).toContain('ac-01_odp.05: frequency');
    // Document order: AC-1 before AC-2 before its enhancements before AC-3; AT after all of AC.
    const ids = [...requirements.keys()];
    expect(ids.indexOf('NIST-SP-800-53:AC-2')).toBeLessThan(ids.indexOf('NIST-SP-800-53:AC-2(1)'));
    expect(ids.indexOf('NIST-SP-800-53:AC-2(13)')).toBeLessThan(ids.indexOf('NIST-SP-800-53:AC-3'));
    expect(ids.indexOf('NIST-SP-800-53:AC-22')).toBeLessThan(ids.indexOf('NIST-SP-800-53:at'));

    const [events] = await graph.read(
      `MATCH (c:ChangeEvent) WHERE c.targetId STARTS WITH 'NIST-SP-800-53' RETURN count(*) AS n, collect(DISTINCT c.operation) AS ops, collect(DISTINCT c.actor) AS actors`,
    );
    expect(events).toEqual({ n: 306, ops: ['create'], actors: ['oscal test (key_oscaltest)'] });
  });

  it('imported again changes nothing, not even the history', async () => {
    const before = await graphDigest(graph);
    const summary = await importAs('NIST-SP-800-53', document);
    expect(summary.standard).toBe('unchanged');
    expect(summary.requirements).toEqual({ created: 0, updated: 0, unchanged: 305, notInFile: 0 });
    expect(await graphDigest(graph)).toEqual(before);
  });

  it('as a dry run under another id counts what it would create and writes nothing', async () => {
    const before = await graphDigest(graph);
    const summary = await importAs('NIST-800-53-COPY', document, true);
    expect(summary).toMatchObject({ dryRun: true, standard: 'created', requirements: { created: 305 } });
    expect(await graphDigest(graph)).toEqual(before);
  });
});

describe('the OSCAL basic catalog example', () => {
  it('nests groups in groups; labels are refs where given, ids elsewhere; overview stands in for a missing statement', async () => {
    const document = load(BASIC_FILE);
    expect(countItems(document)).toEqual({ groups: 4, controls: 4 });
    const summary = await importAs('OSCAL-BASIC', document);
    expect(summary).toMatchObject({ groups: 4, controls: 4, requirements: { created: 8 } });
    const requirements = await requirementsOf('OSCAL-BASIC');
    expect([...requirements.keys()]).toEqual([
      'OSCAL-BASIC:1', 'OSCAL-BASIC:s1.1', 'OSCAL-BASIC:1.1.1', 'OSCAL-BASIC:1.1.2',
      'OSCAL-BASIC:2', 'OSCAL-BASIC:2.1', 'OSCAL-BASIC:2.1.1', 'OSCAL-BASIC:2.1.2',
    ]);
    expect(requirements.get('OSCAL-BASIC:s1.1')).toMatchObject({ kind: 'group', oscalId: 's1.1', parents: ['OSCAL-BASIC:1'] });
    expect(requirements.get('OSCAL-BASIC:1.1.1')).toMatchObject({ parents: ['OSCAL-BASIC:s1.1'], params: ['s1.1.1-prm1: a choice from a selection (initiating a device lock after [Assignment: a duration] of inactivity; requiring the user to initiate a device lock before leaving the system unattended)', 's1.1.1-prm_2: a duration'] });
    expect(requirements.get('OSCAL-BASIC:1.1.1')!.text).toContain('A value has been assigned to [Selection (one or more): initiating a device lock after [Assignment: a duration] of inactivity; requiring the user');
    // Guidance in unlabelled sub-parts: paragraphs.
    expect(requirements.get('OSCAL-BASIC:1.1.1')!.guidance).toMatch(/^Allocation of information security responsibilities[^\n]*\n\nIndividuals with allocated/);
    expect(requirements.get('OSCAL-BASIC:2.1')!.text).toMatch(/^To limit access to information/);
  });
});

describe('catalogs built for the edge cases', () => {
  it('deep nesting, no groups, missing optional parts', async () => {
    const deep = catalogOf({
      groups: [group('g1', [control('c1', [control('c1.1', [control('c1.1.1')])])], [group('g1.1', [], [group('g1.1.1', [control('c9')])])])],
      controls: [{ id: 'top', title: 'A control outside any group' }],
    });
    const summary = await importAs('EDGE-DEEP', deep);
    expect(summary).toMatchObject({ groups: 3, controls: 5, requirements: { created: 8 } });
    const requirements = await requirementsOf('EDGE-DEEP');
    const parentOf = (ref: string) => requirements.get(`EDGE-DEEP:${ref}`)?.parents;
    expect(parentOf('g1')).toEqual(['EDGE-DEEP']);
    expect(parentOf('g1.1.1')).toEqual(['EDGE-DEEP:g1.1']);
    expect(parentOf('c9')).toEqual(['EDGE-DEEP:g1.1.1']);
    expect(parentOf('c1.1.1')).toEqual(['EDGE-DEEP:c1.1']);
    expect(parentOf('top')).toEqual(['EDGE-DEEP']);
    expect(requirements.get('EDGE-DEEP:top')).toEqual({
      id: 'EDGE-DEEP:top', framework: 'EDGE-DEEP', kind: 'control', ref: 'top', oscalId: 'top', title: 'A control outside any group',
      sort: '0002', parents: ['EDGE-DEEP'],
    });
  });

  it('refuses a malformed file naming where it is wrong, and writes nothing', async () => {
    const groups = Array.from({ length: 3 }, (_, g) => group(`g${g}`, Array.from({ length: 6 }, (_, c) => control(`g${g}-c${c}`))));
    delete (groups[2]!.controls![5] as { id?: string }).id;
    await expectRefused('EDGE-BAD', catalogOf({ groups }), /^The OSCAL catalog has a problem, so nothing was written: catalog\.groups\[2\]\.controls\[5\]\.id: required string missing\.$/);

    const wrongTypes = catalogOf({ groups: [group('g', [{ id: 'c', title: 7, parts: 'none' }])] });
    const error = await expectRefused('EDGE-BAD', wrongTypes, 'catalog.groups[0].controls[0].title: must be a string, not a number; catalog.groups[0].controls[0].parts: must be an array, not a string');
    expect(error.field).toBe('catalog.groups[0].controls[0].title');

    await expectRefused('EDGE-BAD', catalogOf({ controls: [control('1-bad')] }), 'catalog.controls[0].id: "1-bad" is not an OSCAL token');
    await expectRefused('EDGE-BAD', catalogOf({ groups: [group('g', [control('same')]), group('h', [control('same')])] }),
      'catalog.groups[1].controls[0].id: duplicate id "same" (first at catalog.groups[0].controls[0].id)');
    await expectRefused('EDGE-BAD', { catalog: { ...catalogOf({ controls: [control('c')] }).catalog, uuid: 'nope' } }, 'catalog.uuid: "nope" is not a uuid');
    await expectRefused('EDGE-BAD', { catalog: { ...catalogOf({ controls: [control('c')] }).catalog, metadata: { title: 'T', version: '1', 'last-modified': 'x', 'oscal-version': '2.0.0' } } },
      'catalog.metadata.oscal-version: "2.0.0" is not OSCAL 1.x');
    await expectRefused('EDGE-BAD', { profile: {} }, 'catalog: required object missing');
    await expectRefused('EDGE-BAD', catalogOf({}), 'catalog: holds no groups and no controls');
    // Two items left with one ref: a label equal to another item's id.
    await expectRefused('EDGE-BAD', catalogOf({ controls: [control('a'), { ...control('b'), props: [{ name: 'label', value: 'a' }] }] }), 'its ref "a" is also that of catalog.controls[0]');
  });

  it('refuses a framework id that is not one, or names a catalog the seed maintains', async () => {
    const document = catalogOf({ controls: [control('c')] });
    await expect(importAs('nist', document)).rejects.toThrow(/is not a framework id/);
    await expect(importAs('SYS-CATALOG', document)).rejects.toThrow(/starts with SYS- which names AISystem nodes/);
    for (const id of ['ISO42001', 'NIST-AI-RMF']) {
      const error = await importAs(id, document).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as Error).message).toMatch(/was not imported from OSCAL/);
    }
  });

  it('shared labels fall back to ids; a new version updates, moves and keeps', async () => {
    const v1 = catalogOf({
      groups: [
        group('g1', [{ ...control('x1'), props: [{ name: 'label', value: 'X' }] }, control('moving')]),
        group('g2', [{ ...control('x2'), props: [{ name: 'label', value: 'X' }] }, control('dropped')]),
      ],
    });
    expect((await importAs('EDGE-VERSIONS', v1)).requirements.created).toBe(6);
    const refs = [...(await requirementsOf('EDGE-VERSIONS')).values()].map((r) => r.ref);
    expect(refs).toEqual(['g1', 'x1', 'moving', 'g2', 'x2', 'dropped']);

    const v2 = catalogOf({
      groups: [
        group('g1', [{ ...control('x1'), title: 'Renamed', props: [{ name: 'label', value: 'X' }] }]),
        group('g2', [{ ...control('x2'), props: [{ name: 'label', value: 'X' }] }, control('moving')]),
      ],
    });
    const summary = await importAs('EDGE-VERSIONS', v2);
    // x1 renamed, moving moved; dropped is no longer in the file and stays in the graph.
    expect(summary.requirements).toEqual({ created: 0, updated: 2, unchanged: 3, notInFile: 1 });
    const after = await requirementsOf('EDGE-VERSIONS');
    expect(after.get('EDGE-VERSIONS:x1')!.title).toBe('Renamed');
    expect(after.get('EDGE-VERSIONS:moving')!.parents).toEqual(['EDGE-VERSIONS:g2']);
    expect(after.has('EDGE-VERSIONS:dropped')).toBe(true);
    const history = await graph.read(
      `MATCH (c:ChangeEvent {targetId: 'EDGE-VERSIONS:moving'}) RETURN c.operation AS op, c.otherId AS other ORDER BY c.at, op`,
    );
    expect(history.map((h) => `${h.op as string} ${(h.other as string | null) ?? ''}`.trim()).sort()).toEqual([
      'create', 'link EDGE-VERSIONS:g2', 'unlink EDGE-VERSIONS:g1', 'update',
    ]);
  });
});

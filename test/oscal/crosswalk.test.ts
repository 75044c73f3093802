import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/db.js';
import { graphDigest } from '../../graph/digest.js';
import { InputError } from '../../graph/errors.js';
import { importCrosswalk, importOscalCatalog } from '../../graph/oscal/index.js';
import { crosswalkMappings } from '../../graph/reads/mappings.js';
import { freshReferenceGraph, testGraph } from '../setup/testGraph.js';
import { catalogOf, control } from './fixtures.js';

const actor = { keyId: 'key_oscaltest', name: 'oscal test' };
let graph: Graph;

const labelled = (id: string, label: string) => ({ ...control(id), props: [{ name: 'label', value: label }] });

/** The MAPS_TO relationships touching the test framework: from, to and properties. */
const mappings = () =>
  graph.read(`
    MATCH (a)-[m:MAPS_TO]->(b:Requirement) WHERE b.framework = 'TEST-FW' OR a.framework = 'TEST-FW'
    RETURN a.id AS from, b.id AS to, m {.*} AS props ORDER BY from, to, props.source`);

async function expectRefused(csv: string, message: string | RegExp) {
  const before = await graphDigest(graph);
  const error = await importCrosswalk(graph, actor, csv).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toMatch(message);
  expect(await graphDigest(graph)).toEqual(before);
}

const HEADER = 'from,to,source,confidence,basis,note';
const FIRST = [
  HEADER,
  'A.6.2.4,TEST-FW:AC-1,Test crosswalk v1,high,same intent,',
  // Given the other way round: stored ISO → other.
  'TEST-FW:AC-2,A.5.2,Test crosswalk v1,Medium,,',
  '6.1.2,TEST-FW:AC-2,Test crosswalk v1,low,,"partial:\nonly the assessment"',
  // Between two frameworks neither of which is ISO: as given.
  'TEST-FW:AC-1,NIST-AI-RMF:GOVERN 1.1,Test crosswalk v1,medium,,',
].join('\n');

beforeAll(async () => {
  graph = await testGraph();
  await freshReferenceGraph(graph, '2026-11-26');
  await importOscalCatalog(graph, actor, catalogOf({ controls: [labelled('ac-1', 'AC-1'), labelled('ac-2', 'AC-2')] }), { id: 'TEST-FW', source: 'test.json' });
});
afterAll(() => graph.close());

describe('crosswalk CSV', () => {
  it('maps ISO 42001 to another framework (ISO first whichever way given) and two other frameworks as given', async () => {
    expect(await importCrosswalk(graph, actor, FIRST)).toEqual({ dryRun: false, rows: 4, created: 4, updated: 0, unchanged: 0 });
    expect(await mappings()).toEqual([
      { from: '6.1.2', to: 'TEST-FW:AC-2', props: { source: 'Test crosswalk v1', confidence: 'low', note: 'partial:\nonly the assessment' } },
      { from: 'A.5.2', to: 'TEST-FW:AC-2', props: { source: 'Test crosswalk v1', confidence: 'medium' } },
      { from: 'A.6.2.4', to: 'TEST-FW:AC-1', props: { source: 'Test crosswalk v1', confidence: 'high', basis: 'same intent' } },
      { from: 'TEST-FW:AC-1', to: 'NIST-AI-RMF:GOVERN 1.1', props: { source: 'Test crosswalk v1', confidence: 'medium' } },
    ]);
    // The control's crosswalk, as the API reads it, now names the new framework.
    const [a624] = await crosswalkMappings(graph, ['A.6.2.4']);
    expect(a624!.map((m) => m.requirement.id)).toContain('TEST-FW:AC-1');
    const events = await graph.read(`MATCH (c:ChangeEvent {relationship: 'MAPS_TO'}) RETURN c.targetId AS from, c.otherId AS to, c.operation AS op ORDER BY from`);
    expect(events).toEqual([
      { from: '6.1.2', to: 'TEST-FW:AC-2', op: 'link' }, { from: 'A.5.2', to: 'TEST-FW:AC-2', op: 'link' },
      { from: 'A.6.2.4', to: 'TEST-FW:AC-1', op: 'link' }, { from: 'TEST-FW:AC-1', to: 'NIST-AI-RMF:GOVERN 1.1', op: 'link' },
    ]);
  });

  it('the same file again changes nothing; a changed row updates its mapping', async () => {
    const digest = await graphDigest(graph);
    expect(await importCrosswalk(graph, actor, FIRST)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(await graphDigest(graph)).toEqual(digest);

    const changed = FIRST.replace('6.1.2,TEST-FW:AC-2,Test crosswalk v1,low,,"partial:\nonly the assessment"', '6.1.2,TEST-FW:AC-2,Test crosswalk v1,high,reviewed,');
    expect(await importCrosswalk(graph, actor, changed)).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const [row] = (await mappings()).filter((m) => m.from === '6.1.2');
    expect(row!.props).toEqual({ source: 'Test crosswalk v1', confidence: 'high', basis: 'reviewed' });
    const [event] = await graph.read(`MATCH (c:ChangeEvent {targetId: '6.1.2', relationship: 'MAPS_TO'}) RETURN c.before AS before, c.after AS after ORDER BY c.at DESC LIMIT 1`);
    expect(JSON.parse(event!.before as string)).toMatchObject({ confidence: 'low', note: 'partial:\nonly the assessment' });
    expect(JSON.parse(event!.after as string)).toEqual({ source: 'Test crosswalk v1', confidence: 'high', basis: 'reviewed' });
  });

  it('another publisher mapping the same pair is a mapping of its own', async () => {
    const csv = `from,to,source,confidence\nA.6.2.4,TEST-FW:AC-1,Another publisher,low\n`;
    expect(await importCrosswalk(graph, actor, csv)).toMatchObject({ created: 1 });
    expect((await mappings()).filter((m) => m.from === 'A.6.2.4').map((m) => (m.props as { source: string }).source)).toEqual(['Another publisher', 'Test crosswalk v1']);
  });

  it('a dry run counts and writes nothing', async () => {
    const digest = await graphDigest(graph);
    const csv = `to,from,confidence,source\nTEST-FW:AC-2,A.2.2,high,Dry\n`;
    expect(await importCrosswalk(graph, actor, csv, { dryRun: true })).toEqual({ dryRun: true, rows: 1, created: 1, updated: 0, unchanged: 0 });
    expect(await graphDigest(graph)).toEqual(digest);
  });

  it('refuses a file with any bad line, naming each, and writes nothing', async () => {
    await expectRefused(`${HEADER}\nA.6.2.4,TEST-FW:AC-1,S,high,,\nA.6.2.5,TEST-FW:AC-99,S,high,,\n`, /^The crosswalk CSV has a problem, so nothing was written: line 3: "TEST-FW:AC-99" is not in the graph/);
    await expectRefused(`${HEADER}\nA.6.2.4,TEST-FW:AC-1,S,certain,,\n`, 'line 2: confidence "certain" is not high, medium or low');
    await expectRefused(`${HEADER}\nA.6.2.4,A.6.2.5,S,high,,\n`, 'line 2: both ends are ISO/IEC 42001');
    await expectRefused(`${HEADER}\nB.2.1,TEST-FW:AC-1,S,high,,\n`, 'line 2: from "B.2.1" is a ControlObjective');
    await expectRefused(`${HEADER}\nA.6.2.4,,S,high,,\n`, 'line 2: to is empty');
    await expectRefused(`${HEADER}\nA.6.2.4,TEST-FW:AC-1,S,high,,\n\nTEST-FW:AC-1,A.6.2.4,S,low,,\n`, 'line 4: maps A.6.2.4 to TEST-FW:AC-1 for source "S" as line 2 does');
    await expectRefused('from,to,source\nA.6.2.4,TEST-FW:AC-1,S\n', 'line 1: the header lacks confidence');
    await expectRefused('from,to,source,confidence,weight\n', 'line 1: column "weight" is not one of');
    await expectRefused(`${HEADER}\n`, 'has a header and no rows');
    await expectRefused(`${HEADER}\nA.6.2.4,"TEST-FW:AC-1,S,high,,\n`, /cannot be read, so nothing was written: Quote Not Closed/);
  });
});

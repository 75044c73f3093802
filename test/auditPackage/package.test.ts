import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  governanceRecord,
  type GovernanceRecord,
  artifactStoreFor, buildAuditPackage, controlLineage, coverage, InputError, NotFoundError, statementOfApplicability,
  statementOfApplicabilityChanges, updateNode, verifyPackage, type ChangeEventRecord, type FileArtifactStore, type Graph,
  type LineageImplementation, type PackageProblem, type SoaRow,
} from '../../graph/index.js';
import { SEED_ACTOR } from '../../seeds/organization/history.js';
import { testGraph } from '../setup/testGraph.js';
import { ACTOR, bagFile, bagJson, packageTo, referenceGraphWithArtifacts, rezip, TODAY, YESTERDAY, zipEntries } from './fixture.js';

let graph: Graph;
let dir: string;
let store: FileArtifactStore;
let evidenceIds: string[];
/** An implementation on the web chat itself, changed today. */
let changedImplementation: string;

beforeAll(async () => {
  graph = await testGraph();
  dir = mkdtempSync(join(tmpdir(), 'aims-audit-package-'));
  store = artifactStoreFor(dir);
  await referenceGraphWithArtifacts(graph, store);
  evidenceIds = (await graph.read('MATCH (e:Evidence) WHERE e.artifactSize IS NOT NULL RETURN e.id AS id ORDER BY id')).map((r) => String(r.id));
  const cov = (await coverage(graph, { systemId: 'SYS-WEBCHAT', asOf: TODAY }))!;
  changedImplementation = cov.covered.find((r) => r.how === 'direct')!.implementation.id;
  // Two changes today: one the web chat's lineage reaches, one on a system it does not.
  await updateNode(graph, ACTOR, 'Implementation', changedImplementation, { description: 'Reviewed again today.' });
  await updateNode(graph, ACTOR, 'AISystem', 'SYS-QA-SCORING', { description: 'Scores every contact, not a sample.' });
});

afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Lineage {
  scope: { id: string };
  asOf: string;
  controls: { control: { id: string }; implementations: (LineageImplementation & { how?: string })[] }[];
}

const file = (name: string) => join(dir, name);
const createHashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe("a system's package", () => {
  const zip = () => file('webchat.zip');
  beforeAll(async () => {
    await packageTo(zip(), { graph, store, scope: 'SYS-WEBCHAT', asOf: TODAY });
  });

  it('is a BagIt 1.0 bag in one directory, payload first and the tag files last, that verifies', async () => {
    const report = await verifyPackage(zip());
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const base = `aims-audit-SYS-WEBCHAT-${TODAY}/`;
    expect(report.base).toBe(base);
    const names = (await zipEntries(zip())).map(([name]) => name);
    expect(names.every((n) => n.startsWith(base))).toBe(true);
    expect(names.slice(-4)).toEqual(['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt'].map((n) => base + n));
    expect(names.slice(0, 2)).toEqual([`${base}data/statement-of-applicability.csv`, `${base}data/lineage.json`]);
    expect(await bagFile(zip(), 'bagit.txt')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(report.bagInfo).toMatchObject({
      'Source-Organization': 'Brightwater Telecom',
      'External-Identifier': `aims-audit-SYS-WEBCHAT-${TODAY}`,
      'AIMS-Scope': 'SYS-WEBCHAT',
      'AIMS-As-Of': TODAY,
      'AIMS-Problems': '0',
      'Payload-Oxum': `${report.bytes}.${report.files}`,
    });
    expect(report.bagInfo['Bagging-Date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('holds the statement of applicability as the query answers it, one CSV row per control', async () => {
    const soa = (await statementOfApplicability(graph, { scopeId: 'SYS-WEBCHAT', asOf: TODAY }))!;
    const records = parse(await bagFile(zip(), 'data/statement-of-applicability.csv'), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(38);
    expect(records.map(csvFacts)).toEqual(soa.rows.map(rowFacts));
  });

  it("holds the lineage of every control: the implementations coverage finds, each with the control lineage's evidence", async () => {
    const lineage = await bagJson<Lineage>(zip(), 'data/lineage.json');
    const cov = (await coverage(graph, { systemId: 'SYS-WEBCHAT', asOf: TODAY }))!;
    expect(lineage.controls).toHaveLength(38);
    const reaching = [...cov.covered, ...cov.excluded];
    for (const { control, implementations } of lineage.controls) {
      const expected = reaching.filter((r) => r.control.id === control.id);
      expect(implementations.map((i) => [i.id, i.how, i.scope?.id]), control.id).toEqual(expected.map((r) => [r.implementation.id, r.how, r.scope.id]));
      if (!implementations.length) continue;
      const full = (await controlLineage(graph, { controlId: control.id, asOf: TODAY, first: 100 }))!.implementations.rows;
      for (const implementation of implementations) {
        const { how: _how, ...asLineage } = implementation;
        const reference = full.find((i) => i.id === implementation.id)!;
        expect(asLineage.evidence, implementation.id).toEqual(reference.evidence);
        expect(asLineage.owners).toEqual(reference.owners);
      }
    }
  });

  it('holds every artifact of that lineage under data/artifacts/<evidence id>/<name>, with the recorded bytes', async () => {
    const lineage = await bagJson<Lineage>(zip(), 'data/lineage.json');
    const evidence = new Map(lineage.controls.flatMap((c) => c.implementations.flatMap((i) => i.evidence.map((e) => [e.id, e.sha256]))));
    const names = new Map((await graph.read('MATCH (e:Evidence) RETURN e.id AS id, e.artifactName AS name')).map((r) => [r.id, r.name]));
    const artifacts = (await zipEntries(zip())).filter(([name]) => name.includes('/data/artifacts/'));
    expect(evidence.size).toBeGreaterThan(10);
    expect(artifacts.map(([name]) => name.split('/data/artifacts/')[1]).sort()).toEqual([...evidence.keys()].map((id) => `${id}/${names.get(id)}`).sort());
    for (const [name, bytes] of artifacts) expect(createHashOf(bytes), name).toBe(evidence.get(name.split('/').at(-2)!));
    expect((await bagJson<{ problems: PackageProblem[] }>(zip(), 'data/problems.json')).problems).toEqual([]);
  });

  it('holds the governance records of the system as of the day: only what touches it, each as the graph holds it', async () => {
    const governance = await bagJson<GovernanceRecord>(zip(), 'data/governance.json');
    expect(governance).toEqual(JSON.parse(JSON.stringify(await governanceRecord(graph, { id: 'SYS-WEBCHAT', label: 'AISystem' }, TODAY))));
    const affected = await graph.read("MATCH (i:Incident)-[:AFFECTED]->(:AISystem {id: 'SYS-WEBCHAT'}) WHERE date(i.occurredAt) <= date($d) RETURN i.id AS id", { d: TODAY });
    expect(governance.incidents.map((i) => i.id).sort()).toEqual(affected.map((r) => r.id).sort());
    for (const ia of governance.impactAssessments) expect(ia.system).toBe('SYS-WEBCHAT');
  });

  it('holds the history of what the lineage reaches, up to the end of the day only', async () => {
    const today = (await bagJson<{ events: ChangeEventRecord[] }>(zip(), 'data/history.json')).events;
    expect(today.map((e) => [e.operation, e.targetId])).toEqual([['update', changedImplementation]]);
    expect(today[0]!.after).toMatchObject({ description: 'Reviewed again today.' });

    await packageTo(file('webchat-yesterday.zip'), { graph, store, scope: 'SYS-WEBCHAT', asOf: YESTERDAY });
    expect((await bagJson<{ events: ChangeEventRecord[] }>(file('webchat-yesterday.zip'), 'data/history.json')).events).toEqual([]);
  });
});

describe('tampering', () => {
  const original = () => file('webchat.zip');
  const failures = async (name: string, change: Parameters<typeof rezip>[2], extra: Parameters<typeof rezip>[3] = []) => {
    await rezip(original(), file(name), change, extra);
    const report = await verifyPackage(file(name));
    expect(report.ok).toBe(false);
    return report.problems;
  };

  it('a copy made entry by entry still verifies: the checks are of the bag, not of the zip bytes', async () => {
    await rezip(original(), file('copy.zip'), (_, bytes) => bytes);
    expect(await verifyPackage(file('copy.zip'))).toMatchObject({ ok: true, problems: [] });
  });

  it('a changed byte in a payload file fails, naming it', async () => {
    const problems = await failures('byte.zip', (name, bytes) => {
      if (!name.endsWith('data/statement-of-applicability.csv')) return bytes;
      const changed = Buffer.from(bytes);
      changed[100] = changed[100]! ^ 1;
      return changed;
    });
    expect(problems).toEqual([expect.stringMatching(/^data\/statement-of-applicability\.csv has sha256 [0-9a-f]{64}, but manifest-sha256\.txt says/)]);
  });

  it('a removed payload file fails, naming it and the Payload-Oxum', async () => {
    const problems = await failures('removed.zip', (name, bytes) => (name.endsWith('data/history.json') ? null : bytes));
    expect(problems).toContain('manifest-sha256.txt lists data/history.json, which the package lacks.');
    expect(problems.some((p) => p.startsWith('Payload-Oxum is '))).toBe(true);
  });

  it('an extra file fails, in the payload or beside the tag files', async () => {
    const base = `aims-audit-SYS-WEBCHAT-${TODAY}/`;
    const problems = await failures('extra.zip', (_, bytes) => bytes, [
      [`${base}data/artifacts/EVD-0001/extra.txt`, Buffer.from('planted')],
      [`${base}notes.txt`, Buffer.from('planted')],
    ]);
    expect(problems).toContain('data/artifacts/EVD-0001/extra.txt is in the payload but not in manifest-sha256.txt.');
    expect(problems).toContain('notes.txt is a tag file not in tagmanifest-sha256.txt.');
  });

  it('a changed tag file fails through the tag manifest', async () => {
    const problems = await failures('info.zip', (name, bytes) =>
      name.endsWith('bag-info.txt') ? Buffer.from(bytes.toString().replace('AIMS-Problems: 0', 'AIMS-Problems: 00')) : bytes);
    expect(problems).toEqual([expect.stringMatching(/^bag-info\.txt has sha256 .* but tagmanifest-sha256\.txt says/)]);
  });

  it('a file that is not a zip is reported, not thrown', async () => {
    writeFileSync(file('not.zip'), 'not a zip');
    const report = await verifyPackage(file('not.zip'));
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(/is not a readable zip/);
  });
});

describe('artifacts the store no longer holds as recorded', () => {
  it('are listed in data/problems.json and left out; the bag still verifies', async () => {
    const [gone, changed] = evidenceIds as [string, string];
    const hashes = new Map((await graph.read('MATCH (e:Evidence) RETURN e.id AS id, e.sha256 AS sha256')).map((r) => [r.id, String(r.sha256)]));
    const pathOf = (id: string) => store.pathOf(hashes.get(id)!);
    const [keptGone, kept] = [readFileSync(pathOf(gone)), readFileSync(pathOf(changed))];
    unlinkSync(pathOf(gone));
    chmodSync(pathOf(changed), 0o644);
    writeFileSync(pathOf(changed), 'tampered');
    try {
      const report = await packageTo(file('org-damaged.zip'), { graph, store, scope: 'org', asOf: TODAY });
      expect(report.problems.map((p) => [p.evidenceId, p.problem])).toEqual([[gone, 'missing'], [changed, 'modified']]);
      const listed = await bagJson<{ problems: PackageProblem[] }>(file('org-damaged.zip'), 'data/problems.json');
      expect(listed.problems).toEqual(report.problems);
      const names = (await zipEntries(file('org-damaged.zip'))).map(([name]) => name);
      expect(names.some((n) => n.includes(`/artifacts/${gone}/`) || n.includes(`/artifacts/${changed}/`))).toBe(false);
      const verified = await verifyPackage(file('org-damaged.zip'));
      expect(verified.ok).toBe(true);
      expect(verified.bagInfo).toMatchObject({ 'AIMS-Problems': '2', 'AIMS-Artifacts': String(evidenceIds.length - 2) });
    } finally {
      writeFileSync(pathOf(changed), kept);
      await store.put(Readable.from([keptGone]), keptGone.length);
    }
  });
});

describe("the organisation's package", () => {
  it("takes 'org' for the organisation and holds every implementation of every control, every artifact, the whole history", async () => {
    const report = await packageTo(file('org.zip'), { graph, store, scope: 'org', asOf: TODAY, since: YESTERDAY });
    expect(report).toMatchObject({ name: `aims-audit-ORG-BRIGHTWATER-${TODAY}`, artifacts: evidenceIds.length, problems: [] });
    expect((await verifyPackage(file('org.zip'))).ok).toBe(true);
    const lineage = await bagJson<Lineage>(file('org.zip'), 'data/lineage.json');
    for (const { control, implementations } of lineage.controls) {
      const reference = (await controlLineage(graph, { controlId: control.id, asOf: TODAY, first: 100 }))!.implementations.rows;
      expect(implementations, control.id).toEqual(reference);
    }
    const history = (await bagJson<{ events: ChangeEventRecord[] }>(file('org.zip'), 'data/history.json')).events;
    // Besides the reference organisation's own history (seeds/organization/history.ts).
    expect(history.filter((e) => e.actor !== SEED_ACTOR).map((e) => e.targetId)).toEqual([changedImplementation, 'SYS-QA-SCORING']);
    const changes = await bagJson<unknown>(file('org.zip'), 'data/soa-changes.json');
    expect(changes).toEqual(await statementOfApplicabilityChanges(graph, { scopeId: 'ORG-BRIGHTWATER', from: YESTERDAY, to: TODAY }));
  });
});

describe('bad input', () => {
  it('is refused before a byte is written', async () => {
    for (const [scope, asOf, since, error] of [
      ['SYS-NOPE', TODAY, undefined, NotFoundError],
      ['RSK-PROMPT-INJECTION', TODAY, undefined, InputError],
      ['', TODAY, undefined, InputError],
      ['SYS-WEBCHAT', '2026-02-30', undefined, InputError],
      ['SYS-WEBCHAT', TODAY, '2999-01-01', InputError],
    ] as const) {
      let written = 0;
      const out = new Writable({ write: (chunk: Buffer, _e, next) => ((written += chunk.length), next()) });
      await expect(buildAuditPackage({ graph, store, scope, asOf, since, out }), scope).rejects.toBeInstanceOf(error);
      expect(written).toBe(0);
    }
  });
});

function csvFacts(r: Record<string, string>) {
  return [r.control_id, r.applicable, r.status, r.justification, r.implementation_count, r.evidence_best, r.evidence_total, r.evidence_stale, r.owners, r.owner_count];
}

function rowFacts(r: SoaRow) {
  return [r.control.id, String(r.applicable), r.status, r.justification ?? '', String(r.implementationCount), r.evidence.best, String(r.evidence.total),
    String(r.evidence.stale), r.owners.join('; '), String(r.ownerCount)];
}

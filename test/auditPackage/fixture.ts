import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { seedReferenceData, wipeGraph } from '../../seeds/seed.js';
import { buildAuditPackage, type ArtifactStore, type AuditPackageReport, type Graph } from '../../graph/index.js';

/** Today and yesterday (UTC): change events written by the tests happen today. */
export const TODAY = new Date().toISOString().slice(0, 10);
export const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export const ACTOR = { keyId: 'key_test', name: 'audit package test' };

/** The day the reference data is loaded as of (test/queries/fixture.ts). */
export const LOADED_ON = '2026-11-26';

/** An empty graph holding the reference data, its evidence artifacts in `store` as seeding puts them. */
export async function referenceGraphWithArtifacts(graph: Graph, store: ArtifactStore): Promise<void> {
  await wipeGraph(graph);
  await seedReferenceData(graph, { today: LOADED_ON, artifacts: store });
}

/** Builds a package into `file`. */
export async function packageTo(
  file: string,
  options: { graph: Graph; store: ArtifactStore; scope: string; asOf: string; since?: string },
): Promise<AuditPackageReport> {
  return buildAuditPackage({ ...options, out: createWriteStream(file) });
}

/** Every entry of a zip, in zip order, with its bytes (packages of the tests are small). */
export async function zipEntries(file: string): Promise<[string, Buffer][]> {
  const zip = await yauzl.openPromise(file);
  const entries: [string, Buffer][] = [];
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of (await zip.openReadStreamPromise(entry)) as AsyncIterable<Buffer>) chunks.push(chunk);
    entries.push([entry.fileName, Buffer.concat(chunks)]);
  }
  zip.close();
  return entries;
}

/** One entry's text, by its path inside the bag. */
export async function bagFile(file: string, path: string): Promise<string> {
  const found = (await zipEntries(file)).find(([name]) => name.endsWith(`/${path}`));
  if (!found) throw new Error(`${path} is not in ${file}`);
  return found[1].toString('utf8');
}

/** The JSON of one entry. */
export async function bagJson<T>(file: string, path: string): Promise<T> {
  return JSON.parse(await bagFile(file, path)) as T;
}

/**
 * Copies a zip entry by entry, as someone editing a package would: `change` returns new bytes,
 * the same, or null to leave the entry out; `extra` entries are added at the end.
 */
export async function rezip(
  from: string,
  to: string,
  change: (name: string, bytes: Buffer) => Buffer | null,
  extra: [string, Buffer][] = [],
): Promise<void> {
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(to));
  for (const [name, bytes] of await zipEntries(from)) {
    const kept = change(name, bytes);
    if (kept) zip.addBuffer(kept, name);
  }
  for (const [name, bytes] of extra) zip.addBuffer(bytes, name);
  zip.end();
  await written;
}


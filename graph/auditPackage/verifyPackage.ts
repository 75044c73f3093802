import { createHash } from 'node:crypto';
import yauzl from 'yauzl';
import { BAG_INFO, BAGIT, MANIFEST, parseBagInfo, parseManifest, payloadOxum, TAG_MANIFEST } from './bagit.js';

export interface PackageVerification {
  ok: boolean;
  /** Every failure, each naming the file at fault. */
  problems: string[];
  /** The bag's base directory in the zip ('' when the bag is at its root). */
  base: string;
  /** Payload files read, and their bytes. */
  files: number;
  bytes: number;
  /** bag-info.txt's fields. */
  bagInfo: Record<string, string>;
}

/** What one zip entry turned out to hold. */
interface Read {
  sha256: string;
  size: number;
  /** Kept for the tag files only, which the checks read. */
  text?: string;
}

/** Tag files are read whole; a manifest of a million files is well under this. */
const MAX_TAG_FILE = 256 * 1024 * 1024;

/**
 * Verifies a zipped bag as RFC 8493 asks, in one pass over the zip: bagit.txt declares BagIt 1.0
 * in UTF-8; every line of manifest-sha256.txt names a payload file whose bytes hash to it (and
 * whose size is the zip's record of it); every payload file is in the manifest; Payload-Oxum is
 * the payload's bytes and file count; every tag file is in tagmanifest-sha256.txt and hashes to
 * it. Only tag files are held in memory.
 */
export async function verifyPackage(zipPath: string): Promise<PackageVerification> {
  const problems: string[] = [];
  const reads = new Map<string, Read>();
  try {
    const zip = await yauzl.openPromise(zipPath, { strictFileNames: true, validateEntrySizes: true });
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.endsWith('/')) continue;
        if (reads.has(entry.fileName)) problems.push(`${entry.fileName} is in the zip twice.`);
        const tag = !entry.fileName.includes('/data/') && !entry.fileName.startsWith('data/');
        try {
          reads.set(entry.fileName, await readEntry(zip, entry, tag));
        } catch (e) {
          problems.push(`${entry.fileName} cannot be read: ${(e as Error).message}.`);
        }
      }
    } finally {
      zip.close();
    }
  } catch (e) {
    problems.push(`${zipPath} is not a readable zip: ${(e as Error).message}.`);
    return report(problems, '', 0, 0, new Map());
  }

  const declarations = [...reads.keys()].filter((name) => /^([^/]+\/)?bagit\.txt$/.test(name));
  if (declarations.length !== 1) {
    problems.push(declarations.length ? `More than one bagit.txt: ${declarations.join(', ')}.` : 'No bagit.txt at the root of the zip or of its one top-level directory.');
    return report(problems, '', 0, 0, new Map());
  }
  const base = declarations[0]!.slice(0, -BAGIT.length);
  const inBag = new Map<string, Read>();
  for (const [name, read] of reads) {
    if (name.startsWith(base)) inBag.set(name.slice(base.length), read);
    else problems.push(`${name} is outside the bag's base directory ${base}.`);
  }

  const declared = parseBagInfo(inBag.get(BAGIT)!.text ?? '');
  if (declared.get('BagIt-Version') !== '1.0') problems.push(`bagit.txt declares BagIt-Version ${declared.get('BagIt-Version') ?? '(none)'}, not 1.0.`);
  if (declared.get('Tag-File-Character-Encoding')?.toUpperCase() !== 'UTF-8') problems.push('bagit.txt does not declare Tag-File-Character-Encoding: UTF-8.');

  const payload = [...inBag].filter(([path]) => path.startsWith('data/'));
  const files = payload.length;
  const bytes = payload.reduce((n, [, read]) => n + read.size, 0);

  const manifest = inBag.get(MANIFEST);
  if (!manifest) problems.push(`${MANIFEST} is missing.`);
  else {
    const listed = checkManifest(MANIFEST, manifest, inBag, problems);
    for (const [path] of payload) if (!listed.has(path)) problems.push(`${path} is in the payload but not in ${MANIFEST}.`);
    for (const path of listed) if (!path.startsWith('data/')) problems.push(`${MANIFEST} lists ${path}, which is not under data/.`);
  }

  const info = inBag.get(BAG_INFO);
  const bagInfo = info ? parseBagInfo(info.text ?? '') : new Map<string, string>();
  const oxum = bagInfo.get('Payload-Oxum');
  if (!oxum) problems.push(`${BAG_INFO} has no Payload-Oxum.`);
  else if (oxum !== payloadOxum(bytes, files)) problems.push(`Payload-Oxum is ${oxum}, but the payload holds ${payloadOxum(bytes, files)} (bytes.files).`);

  const tagManifest = inBag.get(TAG_MANIFEST);
  if (!tagManifest) problems.push(`${TAG_MANIFEST} is missing.`);
  else {
    const listed = checkManifest(TAG_MANIFEST, tagManifest, inBag, problems);
    for (const path of inBag.keys()) {
      if (!path.startsWith('data/') && path !== TAG_MANIFEST && !listed.has(path)) problems.push(`${path} is a tag file not in ${TAG_MANIFEST}.`);
    }
  }
  return report(problems, base, files, bytes, bagInfo);
}

/** Checks each line of a manifest against what the zip holds; answers the paths it lists. */
function checkManifest(name: string, manifest: Read, inBag: Map<string, Read>, problems: string[]): Set<string> {
  const { entries, errors } = parseManifest(manifest.text ?? '');
  for (const error of errors) problems.push(`${name}: ${error}.`);
  const listed = new Set<string>();
  for (const { path, sha256 } of entries) {
    if (listed.has(path)) problems.push(`${name} lists ${path} twice.`);
    listed.add(path);
    const read = inBag.get(path);
    if (!read) problems.push(`${name} lists ${path}, which the package lacks.`);
    else if (read.sha256 !== sha256) problems.push(`${path} has sha256 ${read.sha256}, but ${name} says ${sha256}.`);
  }
  return listed;
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, keepText: boolean): Promise<Read> {
  if (keepText && entry.uncompressedSize > MAX_TAG_FILE) throw new Error(`a tag file of ${entry.uncompressedSize} bytes is beyond ${MAX_TAG_FILE}`);
  const stream = await zip.openReadStreamPromise(entry);
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  // yauzl fails the stream when the bytes differ from the size the zip records (validateEntrySizes).
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (keepText) chunks.push(chunk);
  }
  return { sha256: hash.digest('hex'), size, ...(keepText ? { text: Buffer.concat(chunks).toString('utf8') } : {}) };
}

function report(problems: string[], base: string, files: number, bytes: number, bagInfo: Map<string, string>): PackageVerification {
  return { ok: problems.length === 0, problems, base, files, bytes, bagInfo: Object.fromEntries(bagInfo) };
}

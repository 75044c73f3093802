import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DigestBuilder } from '../digest.js';
import type { LoadProgress } from '../load.js';
import { parseDataLine } from './dataLine.js';
import { BackupRefusedError } from './errors.js';
import { FORMAT, manifestPathOf, parseManifest, type Manifest } from './format.js';
import { HashedLines } from './lines.js';

export interface VerifiedBackup {
  file: string;
  manifest: Manifest;
  /** Node and relationship lines (the header aside). */
  dataLines: number;
  /** Ids of the Migration records in the file: after an import they are the database's. */
  migrationIds: string[];
}

/**
 * Reads a backup through without writing anything and refuses it (BackupRefusedError) unless
 * every check holds: a manifest beside it, a format version this code reads, the file's size and
 * sha256 as the manifest says, well-formed lines of known labels and types, no node twice, every
 * relationship between nodes of the file, and counts and graph digest equal to the manifest's.
 * Holds the nodes' label and id in memory (to check relationship ends), never their properties.
 */
export async function verifyBackup(file: string, onProgress?: (p: LoadProgress) => void): Promise<VerifiedBackup> {
  if (!existsSync(file)) throw new BackupRefusedError(`No backup file at ${file}.`);
  const manifestFile = manifestPathOf(file);
  if (!existsSync(manifestFile)) throw new BackupRefusedError(`No manifest beside ${file}: expected ${manifestFile}.`);
  const manifest = parseManifest(await readFile(manifestFile, 'utf8'), manifestFile);
  const total = manifest.nodes.total + manifest.relationships.total;

  const lines = new HashedLines(file);
  const nodes = new Set<string>();
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  const migrationIds: string[] = [];
  const digest = new DigestBuilder();
  let number = 0;
  let relationshipsBegun = false;
  // The first problem found; reading goes on to the end so that a file that is not the one the
  // manifest describes is reported as such (the likelier cause) rather than by its first odd line.
  let problem: BackupRefusedError | undefined;

  for await (const text of lines) {
    number += 1;
    if (problem) continue;
    const where = `${file} line ${number}`;
    try {
      if (number === 1) {
        checkHeader(text, manifest, where);
        continue;
      }
      const line = parseDataLine(text, where);
      if (line.kind === 'node') {
        if (relationshipsBegun) throw new BackupRefusedError(`${where}: a node after the relationships.`);
        const key = `${line.label}\n${line.id}`;
        if (nodes.has(key)) throw new BackupRefusedError(`${where}: ${line.label} ${line.id} is in the file twice.`);
        nodes.add(key);
        if (line.label === 'Migration') migrationIds.push(line.id);
        byLabel[line.label] = (byLabel[line.label] ?? 0) + 1;
        digest.addNode([line.label], line.props);
      } else {
        const [from, to] = [line.from.join('\n'), line.to.join('\n')];
        if (!nodes.has(from) || !nodes.has(to)) throw new BackupRefusedError(`${where}: ${line.type} joins a node the file does not hold.`);
        relationshipsBegun = true;
        byType[line.type] = (byType[line.type] ?? 0) + 1;
        digest.addRelationship(line.type, idKey(line.from[1]), idKey(line.to[1]), line.props);
      }
      if (number % 10_000 === 0) onProgress?.({ phase: 'verify', done: number - 1, total });
    } catch (e) {
      if (!(e instanceof BackupRefusedError)) throw e;
      problem = e;
    }
  }

  if (lines.bytes !== manifest.bytes || lines.sha256 !== manifest.sha256) {
    throw new BackupRefusedError(
      `${file} is not the file its manifest describes (${lines.bytes} bytes, sha256 ${lines.sha256.slice(0, 12)}…; ` +
        `the manifest says ${manifest.bytes} bytes, sha256 ${manifest.sha256.slice(0, 12)}…): it was changed or cut short.`,
    );
  }
  if (problem) throw problem;
  if (number === 0) throw new BackupRefusedError(`${file} is empty.`);
  if (!lines.endsWithNewline) throw new BackupRefusedError(`${file} was cut short: its last line has no end.`);
  const result = digest.result();
  const mismatch =
    differs(byLabel, manifest.nodes.byLabel, 'nodes labelled') ??
    differs(byType, manifest.relationships.byType, 'relationships of type') ??
    (result.nodes !== manifest.nodes.total ? `${result.nodes} nodes, the manifest says ${manifest.nodes.total}` : undefined) ??
    (result.relationships !== manifest.relationships.total
      ? `${result.relationships} relationships, the manifest says ${manifest.relationships.total}`
      : undefined) ??
    (result.sha256 !== manifest.graphDigest ? 'a graph digest other than the manifest’s' : undefined);
  if (mismatch) throw new BackupRefusedError(`${file} does not match its manifest: it holds ${mismatch}.`);
  onProgress?.({ phase: 'verify', done: total, total });
  return { file, manifest, dataLines: number - 1, migrationIds };
}

function checkHeader(text: string, manifest: Manifest, where: string): void {
  let header: { format?: unknown; version?: unknown };
  try {
    header = JSON.parse(text) as typeof header;
  } catch {
    throw new BackupRefusedError(`${where} is not the header of an ${FORMAT} file.`);
  }
  if (header?.format !== FORMAT || header.version !== manifest.version) {
    throw new BackupRefusedError(`${where} is not the header of an ${FORMAT} file of version ${manifest.version}.`);
  }
}

const idKey = (id: string) => DigestBuilder.nodeKey([], [['id', 'STRING', id]]);

/** The first count that differs between what the file holds and what the manifest says, in words. */
function differs(found: Record<string, number>, expected: Record<string, number>, what: string): string | undefined {
  for (const name of new Set([...Object.keys(found), ...Object.keys(expected)])) {
    const [a, b] = [found[name] ?? 0, expected[name] ?? 0];
    if (a !== b) return `${a} ${what} ${name}, the manifest says ${b}`;
  }
  return undefined;
}

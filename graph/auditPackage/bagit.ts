/*
 * The BagIt 1.0 text formats (RFC 8493) the writer and the verifier share, so the two can never
 * disagree on a line.
 */

/** The bag declaration, byte for byte (§2.1.1). */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

export const MANIFEST = 'manifest-sha256.txt';
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';
export const BAG_INFO = 'bag-info.txt';
export const BAGIT = 'bagit.txt';

/** One file as a manifest lists it. */
export interface ManifestEntry {
  /** Relative to the bag's base directory, e.g. `data/lineage.json`. */
  path: string;
  sha256: string;
}

/** A path as a manifest line writes it: CR, LF and % percent-encoded (§2.1.3). */
export function encodePath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodePath(encoded: string): string {
  return encoded.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

export function manifestText(entries: readonly ManifestEntry[]): string {
  return entries.map((e) => `${e.sha256}  ${encodePath(e.path)}\n`).join('');
}

/** The lines of a manifest, or the reason one is malformed (with its line number). */
export function parseManifest(text: string): { entries: ManifestEntry[]; errors: string[] } {
  const entries: ManifestEntry[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, k) => {
    if (line === '') return;
    const match = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line.replace(/\r$/, ''));
    if (!match) errors.push(`line ${k + 1} is not "<sha256> <path>"`);
    else entries.push({ sha256: match[1]!.toLowerCase(), path: decodePath(match[2]!) });
  });
  return { entries, errors };
}

/** `Label: value` lines, in order; a value never holds a line break. */
export function bagInfoText(fields: readonly (readonly [string, string])[]): string {
  return fields.map(([label, value]) => `${label}: ${value.replace(/[\r\n]+/g, ' ')}\n`).join('');
}

/** The fields of bag-info.txt; continuation lines (leading whitespace) join the field before. */
export function parseBagInfo(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) fields.set(last, `${fields.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim();
      fields.set(last, line.slice(colon + 1).trim());
    }
  }
  return fields;
}

/** Payload-Oxum: octets and files of the payload (§2.2.2). */
export const payloadOxum = (octets: number, files: number) => `${octets}.${files}`;

/**
 * A file name safe as one path segment of the package: separators, characters Windows refuses
 * and the names `.` and `..` become `_`, so an uploaded name can never leave its folder.
 */
export function safeSegment(name: string): string {
  const cleaned = name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '_').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? '_' : cleaned;
}

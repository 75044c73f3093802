import { callRoute, FileRouteError } from './files';

/**
 * Frameworks in: an OSCAL 1.x catalog as a framework (`POST /api/oscal/catalogs`, admin) and
 * crosswalk rows between any two frameworks (`POST /api/crosswalk`, write), as
 * graph/oscal/importCatalog.ts and importCrosswalk.ts answer them.
 */

/** A framework id: the Standard scheme of graph/ids.ts (`NIST-SP-800-53`), at most 64 characters. */
export const FRAMEWORK_ID = /^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)*$/;
/** The same, for an `<input pattern>` (matched whole, without flags). */
export const FRAMEWORK_ID_PATTERN = '[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)*';

/** Why `id` cannot name a framework, in words; null when it can (the server still decides). */
export function frameworkIdProblem(id: string): string | null {
  if (!id) return 'Give the framework an id, e.g. NIST-SP-800-53.';
  if (!FRAMEWORK_ID.test(id) || id.length > 64) {
    return `"${id}" is not a framework id: use capitals and digits, in words joined by hyphens (e.g. NIST-SP-800-53), at most 64 characters.`;
  }
  return null;
}

export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What a catalog import did, or on a dry run would do. */
export interface CatalogImportSummary {
  framework: string;
  title: string;
  version: string;
  dryRun: boolean;
  groups: number;
  controls: number;
  standard: keyof OutcomeCounts;
  requirements: OutcomeCounts & { notInFile: number };
}

/** What a crosswalk import did, or on a dry run would do. */
export interface CrosswalkImportSummary extends OutcomeCounts {
  dryRun: boolean;
  rows: number;
}

/** The columns of a crosswalk CSV (graph/oscal/crosswalkCsv.ts): the first four required. */
export const CROSSWALK_COLUMNS = [
  { name: 'from', text: 'An ISO/IEC 42001 clause, area or control (A.6.2.4), or a framework requirement (NIST-SP-800-53:AC-2).' },
  { name: 'to', text: 'The other end, as from; a row with an ISO end is stored ISO → other, whichever way it is written.' },
  { name: 'source', text: 'Who published the mapping; one mapping per pair of ends and source.' },
  { name: 'confidence', text: 'high, medium or low.' },
  { name: 'basis', text: 'Optional: why the two match.' },
  { name: 'note', text: 'Optional: anything else; an empty cell clears what was stored.' },
] as const;

export async function postCatalog(id: string, file: File, dryRun: boolean): Promise<CatalogImportSummary> {
  const problem = frameworkIdProblem(id);
  if (problem) throw new FileRouteError(problem, 'BAD_USER_INPUT', 0, 'id');
  const query = new URLSearchParams({ id, source: file.name });
  if (dryRun) query.set('dryRun', '1');
  const res = await callRoute(`/api/oscal/catalogs?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: await file.text(),
  });
  return (await res.json()) as CatalogImportSummary;
}

export async function postCrosswalk(file: File, dryRun: boolean): Promise<CrosswalkImportSummary> {
  const res = await callRoute(`/api/crosswalk${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: await file.text(),
  });
  return (await res.json()) as CrosswalkImportSummary;
}

/** One problem a refused file has: where (`line 3`, `catalog.groups[2].id`), its line if a CSV's, and what. */
export interface FileProblem {
  where: string;
  line: number | null;
  message: string;
}

export interface FileProblems {
  message: string;
  problems: FileProblem[];
  /** How many there were; more than listed when the server lists only the first. */
  count: number;
}

/**
 * The problems of a refused file, as the server lists them (`extensions.problems`: where — `line 3`
 * or a JSON path such as `catalog.groups[2].id` — and what); a refusal of another kind (a bad
 * header, a framework id) is one problem. Pure, so tested without a server.
 */
export function fileProblems(error: FileRouteError): FileProblems {
  const listed = error.details.problems;
  if (!Array.isArray(listed)) {
    return { message: 'Nothing was written.', count: 1, problems: [{ where: error.field ?? '', line: null, message: error.message }] };
  }
  const problems = (listed as { path?: unknown; message?: unknown }[]).map((p): FileProblem => {
    const where = String(p.path ?? '');
    const line = /^line (\d+)$/.exec(where);
    return { where, line: line ? Number(line[1]) : null, message: String(p.message ?? '') };
  });
  const count = typeof error.details.problemCount === 'number' ? error.details.problemCount : problems.length;
  return { message: 'Change what is listed, then check the file again.', problems, count };
}

/** A refusal of the file (400, or 409 for a framework the seed maintains) as problems; null for other errors. */
export function refusedFile(error: unknown): FileProblems | null {
  if (!(error instanceof FileRouteError) || !['BAD_USER_INPUT', 'CONFLICT'].includes(error.code)) return null;
  return fileProblems(error);
}

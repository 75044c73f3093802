import { callRoute, FileRouteError } from './files';

/** The inventory files the server imports, one kind per file (graph/inventory/kinds.ts). */
export const INVENTORY_KINDS = [
  { kind: 'ai-systems', text: 'AI systems' },
  { kind: 'models', text: 'Models' },
  { kind: 'datasets', text: 'Datasets' },
  { kind: 'vendors', text: 'Vendors' },
  { kind: 'risks', text: 'Risks' },
  { kind: 'implementations', text: 'Implementations' },
  { kind: 'evidence', text: 'Evidence' },
  { kind: 'people', text: 'People' },
] as const;

export type InventoryKind = (typeof INVENTORY_KINDS)[number]['kind'];
export type InventoryFormat = 'csv' | 'json';

export function templatePath(kind: InventoryKind, format: InventoryFormat): string {
  return `/api/inventory/templates/${kind}.${format}`;
}

/** What an import did, or on a dry run would do (graph/inventory/importInventory.ts). */
export interface InventorySummary {
  kind: string;
  label: string;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  linksAdded: number;
  linksRemoved: number;
}

/** What is wrong with one row, or with the file (line 1 of a CSV is its header). */
export interface InventoryProblem {
  line: number;
  id?: string;
  field: string;
  message: string;
}

/** How the server must be told a file's format: by its media type, else its extension. */
export function inventoryMediaType(file: { name: string; type: string }): 'text/csv' | 'application/json' | null {
  const type = file.type.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv' || type === 'application/json') return type;
  if (/\.csv$/i.test(file.name)) return 'text/csv';
  if (/\.json$/i.test(file.name)) return 'application/json';
  return null;
}

/** Imports (or with `dryRun`, only checks) one inventory file; a refused file throws with its problems. */
export async function postInventory(kind: InventoryKind, file: File, dryRun: boolean): Promise<InventorySummary> {
  const type = inventoryMediaType(file);
  if (!type) throw new FileRouteError(`${file.name} is neither CSV (.csv) nor JSON (.json): save it as one of them.`, 'BAD_USER_INPUT', 0, 'file');
  const res = await callRoute(`/api/inventory/${kind}${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body: await file.text(),
  });
  return (await res.json()) as InventorySummary;
}

/** The problems by line an import's refusal carries, and how many there were in all; null for other errors. */
export function inventoryProblems(error: unknown): { problems: InventoryProblem[]; count: number } | null {
  if (!(error instanceof FileRouteError) || !Array.isArray(error.details.problems)) return null;
  const problems = (error.details.problems as unknown[]).filter(
    (p): p is InventoryProblem => typeof p === 'object' && p !== null && typeof (p as InventoryProblem).line === 'number',
  );
  const count = typeof error.details.problemCount === 'number' ? error.details.problemCount : problems.length;
  return { problems, count };
}

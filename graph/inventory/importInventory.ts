import type { Graph, Tx } from '../db.js';
import { InputError } from '../errors.js';
import type { LoadProgress } from '../load.js';
import type { Actor } from '../writes/recordChange.js';
import { kindSpec, type InventoryKind } from './kinds.js';
import { parseInventory, type InventoryFormat } from './parseInventory.js';
import { planRows, type PlannedRow } from './planRows.js';
import { prepareRows } from './prepareRows.js';
import { InventoryRejectedError } from './problems.js';
import { readCurrent } from './readCurrent.js';
import { writePlan } from './writePlan.js';

export interface InventoryImportOptions {
  /** Check every row and report what would happen, writing nothing. */
  dryRun?: boolean;
  onProgress?: (p: LoadProgress) => void;
}

/** What an import did (or, on a dry run, would do), by row outcome. */
export interface InventorySummary {
  kind: InventoryKind;
  label: string;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Relationships added and removed by the relationship columns. */
  linksAdded: number;
  linksRemoved: number;
}

/**
 * Imports one inventory file of one kind. Rows are upserted by id; relationship columns set the
 * row's links of their type to exactly the ids listed. Every row is checked first, against the
 * graph as the import's own transaction sees it; any problem refuses the whole file
 * (`InventoryRejectedError`, with every problem by line and column) and nothing is written.
 * Otherwise the file is written in that ONE transaction, with its change events and derived values.
 */
export async function importInventory(
  graph: Graph,
  actor: Actor,
  kind: InventoryKind,
  text: string,
  format: InventoryFormat,
  options: InventoryImportOptions = {},
): Promise<InventorySummary> {
  const parsed = parseInventory(kind, text, format);
  const prepared = prepareRows(kind, parsed.rows);
  const early = [...parsed.problems, ...prepared.problems];
  if (early.length) throw new InventoryRejectedError(kind, early);
  options.onProgress?.({ phase: 'checking', done: 0, total: prepared.rows.length });

  const check = async (tx: Tx): Promise<PlannedRow[]> => {
    const links = kindSpec(kind).links.filter((l) => prepared.rows.some((r) => r.links.has(l)));
    const current = await readCurrent(tx, kind, prepared.rows.map((r) => r.id), links, prepared.referenced);
    const { planned, problems } = planRows(kind, prepared.rows, current);
    if (problems.length) throw new InventoryRejectedError(kind, problems);
    options.onProgress?.({ phase: 'checked', done: prepared.rows.length, total: prepared.rows.length });
    return planned;
  };
  const planned = options.dryRun
    ? await graph.readTx(check)
    : await graph
        .writeTx(async (tx) => {
          const plan = await check(tx);
          await writePlan(tx, kind, plan, actor, options.onProgress);
          return plan;
        })
        .catch((e: unknown) => {
          if ((e as { code?: string } | null)?.code !== OUT_OF_TRANSACTION_MEMORY) throw e;
          throw new InputError('file', `The ${kind} file is too large to write in one transaction with the memory Neo4j has; nothing was written. Split it into smaller files (or give Neo4j more heap: NEO4J_HEAP).`);
        });
  return summarise(kind, planned, options.dryRun ?? false);
}

/** Neo4j refuses a transaction whose state passes dbms.memory.transaction.total.max (70% of the heap by default). */
const OUT_OF_TRANSACTION_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

function summarise(kind: InventoryKind, planned: readonly PlannedRow[], dryRun: boolean): InventorySummary {
  const count = (outcome: PlannedRow['outcome']) => planned.filter((r) => r.outcome === outcome).length;
  const links = (which: 'add' | 'remove') => planned.reduce((n, r) => n + r.links.reduce((m, l) => m + l[which].length, 0), 0);
  return {
    kind,
    label: kindSpec(kind).label,
    dryRun,
    rows: planned.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    linksAdded: links('add'),
    linksRemoved: links('remove'),
  };
}

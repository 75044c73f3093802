import type { Graph, Tx } from '../db.js';
import type { Label } from '../model.js';
import { recordChanges, type Actor, type Change } from '../writes/recordChange.js';
import { parseCrosswalkCsv, type CrosswalkRow } from './crosswalkCsv.js';
import { countOutcomes, differs, present, type Outcome, type OutcomeCounts } from './outcome.js';
import { ShapeReader } from './shapeReader.js';

export interface CrosswalkImportOptions {
  dryRun?: boolean;
  log?: (line: string) => void;
}

export interface CrosswalkImportSummary extends OutcomeCounts {
  dryRun: boolean;
  rows: number;
}

const read = (fromLabel: Label) => `
  UNWIND $rows AS row
  MATCH (:${fromLabel} {id: row.from})-[m:MAPS_TO {source: row.source}]->(:Requirement {id: row.to})
  RETURN row.from AS from, row.to AS to, row.source AS source, m {.confidence, .basis, .note} AS props`;
const write = (fromLabel: Label) => `
  UNWIND $rows AS row
  MATCH (a:${fromLabel} {id: row.from})
  MATCH (b:Requirement {id: row.to})
  MERGE (a)-[m:MAPS_TO {source: row.source}]->(b)
  SET m.confidence = row.confidence, m.basis = row.basis, m.note = row.note`;

const keyOf = (row: { from: string; to: string; source: string }) => JSON.stringify([row.from, row.to, row.source]);

/**
 * Imports crosswalk rows from CSV (see parseCrosswalkCsv) as MAPS_TO relationships between any two
 * frameworks of the graph: both ends must exist (the error names each line that names a missing
 * one). A mapping is one relationship per pair of ends and source, as the seeded crosswalk keeps
 * parallel mappings of two publishers apart: its confidence, basis and note are updated. One
 * transaction per file, with a change event per mapping created or changed; the same file again
 * changes nothing.
 */
export async function importCrosswalk(graph: Graph, actor: Actor, csv: string, options: CrosswalkImportOptions = {}): Promise<CrosswalkImportSummary> {
  const rows = parseCrosswalkCsv(csv);
  options.log?.(`Read ${rows.length} crosswalk rows.`);
  const byLabel = new Map<Label, CrosswalkRow[]>();
  for (const row of rows) {
    if (!byLabel.has(row.fromLabel)) byLabel.set(row.fromLabel, []);
    byLabel.get(row.fromLabel)!.push(row);
  }

  const work = async (tx: Tx): Promise<CrosswalkImportSummary> => {
    await checkEnds(tx, rows);
    const stored = new Map<string, Record<string, unknown>>();
    for (const [label, group] of byLabel) {
      for (const found of await tx.run(read(label), { rows: group.map(({ from, to, source }) => ({ from, to, source })) })) {
        stored.set(keyOf(found as { from: string; to: string; source: string }), found.props as Record<string, unknown>);
      }
    }
    const propsOf = (row: CrosswalkRow) => ({ confidence: row.confidence, basis: row.basis, note: row.note });
    const outcomes = rows.map((row): Outcome => {
      const before = stored.get(keyOf(row));
      return !before ? 'created' : differs(before, propsOf(row)) ? 'updated' : 'unchanged';
    });
    const summary: CrosswalkImportSummary = { dryRun: options.dryRun === true, rows: rows.length, ...countOutcomes(outcomes) };
    if (options.dryRun) return summary;

    const changed = rows.filter((_, i) => outcomes[i] !== 'unchanged');
    for (const label of byLabel.keys()) {
      const mine = changed.filter((row) => row.fromLabel === label);
      if (mine.length) await tx.run(write(label), { rows: mine.map((row) => ({ from: row.from, to: row.to, source: row.source, ...propsOf(row) })) });
    }
    const changes: Change[] = changed.map((row) => {
      const before = stored.get(keyOf(row));
      return {
        operation: 'link', targetId: row.from, targetLabel: row.fromLabel, relationship: 'MAPS_TO', otherId: row.to,
        before: before ? { source: row.source, ...present(before) } : null,
        after: { source: row.source, ...present(propsOf(row)) },
      };
    });
    await recordChanges(tx, actor, changes);
    return summary;
  };
  return options.dryRun ? graph.readTx(work) : graph.writeTx(work);
}

/** Both ends of every row must be in the graph: each line naming a missing one is reported. */
async function checkEnds(tx: Tx, rows: readonly CrosswalkRow[]): Promise<void> {
  const ends = new Map<Label, Set<string>>();
  const add = (label: Label, id: string) => ends.set(label, (ends.get(label) ?? new Set()).add(id));
  for (const row of rows) {
    add(row.fromLabel, row.from);
    add('Requirement', row.to);
  }
  const missing = new Set<string>();
  for (const [label, ids] of ends) {
    const found = await tx.run(`UNWIND $ids AS id WITH id WHERE NOT EXISTS { MATCH (:${label} {id: id}) } RETURN id`, { ids: [...ids] });
    for (const row of found) missing.add(row.id as string);
  }
  if (!missing.size) return;
  const r = new ShapeReader();
  for (const row of rows) {
    for (const id of [row.from, row.to]) {
      if (missing.has(id)) r.problem(`line ${row.line}`, `"${id}" is not in the graph (import its catalog first, or correct the id)`);
    }
  }
  r.throwIfAny('crosswalk CSV');
}

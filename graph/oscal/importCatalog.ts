import type { Graph, Tx } from '../db.js';
import { ConflictError } from '../errors.js';
import { recordChanges, type Actor, type Change } from '../writes/recordChange.js';
import { checkFrameworkId } from './frameworkId.js';
import { countOutcomes, differs, present, type Outcome, type OutcomeCounts } from './outcome.js';
import { readCatalog, type OscalCatalog } from './readCatalog.js';

export interface CatalogImportOptions {
  /** The framework id: the Standard's id and the prefix of its requirements' ids (`NIST-SP-800-53`). */
  id: string;
  /** Where the catalog came from, e.g. its file name; kept as the Standard's `source`. */
  source: string;
  /** Judge the file against the graph and count what would change, writing nothing. */
  dryRun?: boolean;
  /** Progress, a line at a time. */
  log?: (line: string) => void;
}

export interface CatalogImportSummary {
  framework: string;
  title: string;
  version: string;
  oscalUuid: string;
  dryRun: boolean;
  /** Groups and controls (enhancements included) in the file. */
  groups: number;
  controls: number;
  standard: Outcome;
  /** `notInFile`: requirements of this framework the graph holds and the file does not; they are kept. */
  requirements: OutcomeCounts & { notInFile: number };
}

interface RequirementRow {
  id: string;
  parent: string;
  props: Record<string, unknown>;
}

interface Current {
  standard: Record<string, unknown> | null;
  requirements: Map<string, { props: Record<string, unknown>; parents: string[] }>;
}

const READ_STANDARD = 'OPTIONAL MATCH (s:Standard {id: $framework}) RETURN s {.*} AS standard';
const READ_REQUIREMENTS = `
  MATCH (r:Requirement {framework: $framework})
  RETURN r.id AS id, r {.*} AS props, [(r)-[:PART_OF]->(p) | p.id] AS parents`;
const WRITE_STANDARD = 'MERGE (s:Standard {id: $framework}) SET s += $props';
const WRITE_REQUIREMENTS = 'UNWIND $rows AS row MERGE (r:Requirement {id: row.id}) SET r += row.props';
const UNLINK_PARENTS = 'UNWIND $ids AS id MATCH (:Requirement {id: id})-[old:PART_OF]->() DELETE old';
const linkParents = (parentLabel: 'Requirement' | 'Standard') => `
  UNWIND $rows AS row
  MATCH (r:Requirement {id: row.id})
  MATCH (p:${parentLabel} {id: row.parent})
  MERGE (r)-[:PART_OF]->(p)`;

/**
 * Imports an OSCAL 1.x catalog (parsed JSON) as the Standard `options.id` and its Requirement
 * tree: groups and controls (enhancements inside their control) PART_OF their parent, the top
 * ones PART_OF the Standard, as the seeded frameworks are. The whole file is checked first; then
 * one transaction compares it with the graph and writes only what differs (UNWIND + MERGE), with
 * a change event for each node created or updated, so importing the same file again changes
 * nothing. Requirements the file no longer holds are kept (crosswalks may name them) and counted.
 */
export async function importOscalCatalog(graph: Graph, actor: Actor, document: unknown, options: CatalogImportOptions): Promise<CatalogImportSummary> {
  const framework = checkFrameworkId(options.id);
  const catalog = readCatalog(document);
  const controls = catalog.items.filter((i) => i.kind === 'control').length;
  options.log?.(`Read "${catalog.title}" (OSCAL ${catalog.oscalVersion}): ${catalog.items.length - controls} groups, ${controls} controls.`);
  const standardProps = { title: catalog.title, version: catalog.version, oscalUuid: catalog.uuid, source: options.source };
  const rows = requirementRows(framework, catalog);

  const work = async (tx: Tx): Promise<CatalogImportSummary> => {
    const current = await readCurrent(tx, framework);
    if (current.standard && !current.standard.oscalUuid) {
      throw new ConflictError('id', `The graph's ${framework} was not imported from OSCAL (it is maintained by the seed); import this catalog under another id.`);
    }
    const standard: Outcome = !current.standard ? 'created' : differs(current.standard, standardProps) ? 'updated' : 'unchanged';
    const outcomes = rows.map((row): Outcome => {
      const stored = current.requirements.get(row.id);
      if (!stored) return 'created';
      return differs(stored.props, row.props) || !sameParents(stored.parents, row.parent) ? 'updated' : 'unchanged';
    });
    const fileIds = new Set(rows.map((r) => r.id));
    const summary: CatalogImportSummary = {
      framework, title: catalog.title, version: catalog.version, oscalUuid: catalog.uuid, dryRun: options.dryRun === true,
      groups: catalog.items.length - controls, controls, standard,
      requirements: { ...countOutcomes(outcomes), notInFile: [...current.requirements.keys()].filter((id) => !fileIds.has(id)).length },
    };
    if (options.dryRun) return summary;
    options.log?.(`Writing ${summary.requirements.created} new and ${summary.requirements.updated} changed requirements…`);
    const changes: Change[] = [];
    if (standard !== 'unchanged') {
      await tx.run(WRITE_STANDARD, { framework, props: standardProps });
      changes.push({
        operation: standard === 'created' ? 'create' : 'update', targetId: framework, targetLabel: 'Standard',
        before: current.standard, after: { ...current.standard, ...present(standardProps), id: framework },
      });
    }
    const written = rows.filter((_, i) => outcomes[i] !== 'unchanged');
    await tx.run(WRITE_REQUIREMENTS, { rows: written.map(({ id, props }) => ({ id, props })) });
    const moved = written.filter((row) => !sameParents(current.requirements.get(row.id)?.parents ?? [], row.parent));
    await tx.run(UNLINK_PARENTS, { ids: moved.map((row) => row.id) });
    for (const label of ['Requirement', 'Standard'] as const) {
      const links = moved.filter((row) => (row.parent === framework ? 'Standard' : 'Requirement') === label);
      if (links.length) await tx.run(linkParents(label), { rows: links.map(({ id, parent }) => ({ id, parent })) });
    }
    for (const row of written) {
      const stored = current.requirements.get(row.id);
      changes.push({
        operation: stored ? 'update' : 'create', targetId: row.id, targetLabel: 'Requirement',
        before: stored ? stored.props : null, after: { id: row.id, ...present(row.props) },
      });
      if (!stored || sameParents(stored.parents, row.parent)) continue;
      // A control moved to another group: its old and new parent, as a client's unlink and link would record them.
      for (const old of stored.parents) changes.push({ operation: 'unlink', targetId: row.id, targetLabel: 'Requirement', relationship: 'PART_OF', otherId: old });
      changes.push({ operation: 'link', targetId: row.id, targetLabel: 'Requirement', relationship: 'PART_OF', otherId: row.parent });
    }
    await recordChanges(tx, actor, changes);
    return summary;
  };
  return options.dryRun ? graph.readTx(work) : graph.writeTx(work);
}

/** Requirement nodes for the catalog's items: `<framework>:<ref>`, each with the id of its parent. */
function requirementRows(framework: string, catalog: OscalCatalog): RequirementRow[] {
  const idOf = (ref: string) => `${framework}:${ref}`;
  return catalog.items.map((item) => ({
    id: idOf(item.ref),
    parent: item.parent === null ? framework : idOf(catalog.items[item.parent]!.ref),
    props: {
      framework, kind: item.kind, ref: item.ref, title: item.title, text: item.text, sort: item.sort,
      oscalId: item.oscalId, guidance: item.guidance, params: item.params,
    },
  }));
}

async function readCurrent(tx: Tx, framework: string): Promise<Current> {
  const [standard] = await tx.run(READ_STANDARD, { framework });
  const rows = await tx.run(READ_REQUIREMENTS, { framework });
  return {
    standard: (standard?.standard as Record<string, unknown> | null) ?? null,
    requirements: new Map(rows.map((r) => [r.id as string, { props: r.props as Record<string, unknown>, parents: r.parents as string[] }])),
  };
}

const sameParents = (stored: readonly string[], parent: string) => stored.length === 1 && stored[0] === parent;

import type { Graph, Row, Tx } from './db.js';
import { labelOfId } from './ids.js';
import { refreshControlRollups, refreshMarkersInBatches } from './markers.js';
import type { GraphData, NodeBatch, NodeRow, PlainValue, RelationshipBatch, RelationshipRow } from './graphData.js';
import { isLabel, isRelationshipType, labels, relationships, type LabelSpec, type PropertySpec } from './model.js';
import { cypherDate, cypherDateTime, int } from './plain.js';

export interface LoadProgress {
  phase: string;
  done: number;
  total: number;
}

/**
 * - `merge` (the default) upserts every row with MERGE: idempotent, for data that may be in the
 *   graph already (the reference seed, a chunk a killed load had begun).
 * - `create` is for data none of whose nodes exist yet: nodes are CREATEd (the uniqueness
 *   constraints turn an existing one into `NodesExistError`), relationships that touch one of them
 *   are CREATEd too (such a relationship cannot exist before its node does), any other is merged.
 */
export type LoadMode = 'merge' | 'create';

export interface LoadOptions {
  /** Rows per write transaction; 2,000 by default. */
  batchSize?: number;
  /** Write transactions in flight at once (nodes, then relationships); 1 by default. */
  concurrency?: number;
  mode?: LoadMode;
  /** Whether to derive the values of markers.ts afterwards (see `refreshLoadedMarkers`); true by default. */
  markers?: boolean;
  onProgress?: (p: LoadProgress) => void;
}

/** A `create` load found nodes already in the graph; nothing is half-written that a `merge` load would not finish. */
export class NodesExistError extends Error {
  constructor(cause: unknown) {
    super(`nodes to create already exist: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'NodesExistError';
  }
}

/**
 * Loads graph data in batches, one managed write transaction per batch: every node first, then
 * every relationship, then the derived dates of markers.ts. Labels, types and property names are
 * checked against model.ts before they reach Cypher; a relationship whose end is missing fails its
 * batch. In `merge` mode every batch is idempotent, so a load that stops halfway is finished by
 * running it again; `create` mode is faster and fails rather than duplicate (see `LoadMode`).
 */
export async function loadGraphData(graph: Graph, data: GraphData, options: LoadOptions = {}): Promise<void> {
  const { batchSize = 2000, concurrency = 1, mode = 'merge' } = options;
  const total = data.nodes.reduce((n, b) => n + b.rows.length, 0) + data.relationships.reduce((n, b) => n + b.rows.length, 0);
  let done = 0;
  const step = (phase: string) => (n: number) => {
    done += n;
    options.onProgress?.({ phase, done, total });
  };
  if (mode === 'merge') {
    await runJobs(data.nodes.flatMap((b) => nodeJobs(graph, b, batchSize, 'merge', step(b.label))), concurrency);
    await runJobs(data.relationships.flatMap((b) => relationshipJobs(graph, b, batchSize, 'merge', step(b.type))), concurrency);
  } else {
    const created = new Set<string>();
    for (const b of data.nodes) for (const r of b.rows) created.add(r.id);
    try {
      await runJobs(data.nodes.flatMap((b) => nodeJobs(graph, b, batchSize, 'create', step(b.label))), concurrency);
    } catch (e) {
      throw isConstraintViolation(e) ? new NodesExistError(e) : e;
    }
    const jobs: Job[] = [];
    for (const batch of data.relationships) {
      // Rows with an end created above cannot exist yet; others (both ends older) are merged.
      const rows = distinctRows(batch);
      const fresh = rows.filter((r) => created.has(r.from) || created.has(r.to));
      const old = fresh.length === rows.length ? [] : rows.filter((r) => !created.has(r.from) && !created.has(r.to));
      jobs.push(...relationshipJobs(graph, { ...batch, rows: fresh }, batchSize, 'create', step(batch.type)));
      if (old.length) jobs.push(...relationshipJobs(graph, { ...batch, rows: old }, batchSize, 'merge', step(batch.type)));
    }
    await runJobs(jobs, concurrency);
  }
  if (options.markers !== false) await refreshLoadedMarkers(graph, data);
}

/**
 * The derived values of markers.ts around loaded data, once its nodes and relationships are all
 * in: they read evidence, supersessions, SUPPORTS and the rest.
 */
export async function refreshLoadedMarkers(graph: Graph, data: GraphData, { controlRollups = true } = {}): Promise<void> {
  const idsOf = (label: string) => data.nodes.filter((b) => b.label === label).flatMap((b) => b.rows.map((r) => r.id));
  const fromOf = (...types: string[]) => data.relationships.filter((b) => types.includes(b.type)).flatMap((b) => b.rows.map((r) => r.from));
  // Systems and datasets derive their owners and risks from OWNS and THREATENS rows pointing at them.
  const toOf = (label: string) =>
    data.relationships
      .filter((b) => b.type === 'OWNS' || b.type === 'THREATENS')
      .flatMap((b) => b.rows.map((r) => r.to))
      .filter((id) => labelOfId(id) === label);
  await refreshMarkersInBatches(graph, {
    evidence: [...new Set([...idsOf('Evidence'), ...fromOf('SUPPORTS', 'SUPERSEDES')])],
    implementations: [...new Set([...idsOf('Implementation'), ...fromOf('IMPLEMENTS', 'APPLIES_TO')])],
    risks: [...new Set([...idsOf('Risk'), ...fromOf('THREATENS')])],
    systems: [...new Set([...idsOf('AISystem'), ...toOf('AISystem')])],
    datasets: [...new Set([...idsOf('Dataset'), ...toOf('Dataset')])],
  });
  // Every control's rollup reads all its implementations: a load of many groups does it once, at the end.
  if (controlRollups) await refreshControlRollups(graph);
}

export async function loadNodes(graph: Graph, batch: NodeBatch, batchSize = 2000, onBatch?: (n: number) => void): Promise<void> {
  await runJobs(nodeJobs(graph, batch, batchSize, 'merge', onBatch), 1);
}

export async function loadRelationships(
  graph: Graph,
  batch: RelationshipBatch,
  batchSize = 2000,
  onBatch?: (n: number) => void,
): Promise<void> {
  await runJobs(relationshipJobs(graph, batch, batchSize, 'merge', onBatch), 1);
}

type Job = () => Promise<void>;

/** Runs jobs, `concurrency` at a time, in order; after a failure starts no more, waits for those running, and throws it. */
async function runJobs(jobs: Job[], concurrency: number): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (!failure && next < jobs.length) {
      const job = jobs[next++] as Job;
      try {
        await job();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}

/** One job per batch of rows; rows are converted when the job runs, so only batches in flight are held twice. */
function nodeJobs(
  graph: Graph,
  batch: NodeBatch,
  batchSize: number,
  mode: LoadMode,
  onBatch?: (n: number) => void,
): Job[] {
  if (!isLabel(batch.label)) throw new Error(`unknown label ${batch.label}`);
  const label = batch.label;
  const spec: LabelSpec = labels[label];
  if (mode === 'merge') {
    const cypher = `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`;
    return slices(batch.rows, batchSize).map((chunk) => async () => {
      const rows = chunk.map(({ id, ...props }) => ({ id, props: convert(props, spec.properties, label) }));
      await graph.write(cypher, { rows });
      onBatch?.(chunk.length);
    });
  }
  // Plain values go as they are; Cypher makes them ints and dates, which is cheaper than the
  // driver's temporal and Integer objects. Property names come from model.ts.
  const declared = Object.entries(spec.properties);
  const values = declared.map(([key, p]) => `${key}: ${cypherValue(`row.${key}`, p)}`);
  const cypher = `UNWIND $rows AS row CREATE (:${label} {${values.join(', ')}})`;
  return slices(batch.rows, batchSize).map((chunk) => async () => {
    const rows = chunk.map((row) => plainRow(row, spec.properties, label));
    await graph.write(cypher, { rows });
    onBatch?.(chunk.length);
  });
}

function relationshipJobs(graph: Graph, batch: RelationshipBatch, batchSize: number, mode: LoadMode, onBatch?: (n: number) => void): Job[] {
  if (!isRelationshipType(batch.type)) throw new Error(`unknown relationship type ${batch.type}`);
  const spec = relationships[batch.type];
  if (!(spec.from as readonly string[]).includes(batch.from) || !(spec.to as readonly string[]).includes(batch.to)) {
    throw new Error(`${batch.type} does not join ${batch.from} to ${batch.to}`);
  }
  if (!isLabel(batch.from) || !isLabel(batch.to)) throw new Error(`unknown label in ${batch.type}`);
  const declared: Record<string, PropertySpec> = 'properties' in spec ? spec.properties : {};
  const mergeOn = batch.mergeOn ?? [];
  for (const key of mergeOn) if (!declared[key]) throw new Error(`${batch.type} has no property ${key} to merge on`);
  const convertRow = (r: RelationshipBatch['rows'][number]) => ({ from: r.from, to: r.to, props: convert(r.properties ?? {}, declared, batch.type) });
  /** The error for rows whose ends do not exist, naming the first five. */
  const missingEnds = (gone: Row[]) => {
    const names = gone.slice(0, 5).map((m) => (m.missingFrom ? `${batch.from} ${m.from}` : `${batch.to} ${m.to}`)).join(', ');
    return new Error(`${batch.type}: ${gone.length} row(s) name nodes that do not exist: ${names}`);
  };
  const missing = async (tx: Tx, rows: { from: string; to: string }[]) => {
    const found = await tx.run(
      `UNWIND $rows AS row
       WITH row, NOT EXISTS { MATCH (:${batch.from} {id: row.from}) } AS missingFrom
       WHERE missingFrom OR NOT EXISTS { MATCH (:${batch.to} {id: row.to}) }
       RETURN row.from AS from, row.to AS to, missingFrom`,
      { rows: rows.map(({ from, to }) => ({ from, to })) },
    );
    return missingEnds(found);
  };

  if (mode === 'create') {
    const hasProps = batch.rows.some((r) => r.properties && Object.keys(r.properties).length);
    // MATCH drops a row whose end is missing; the count of what was created tells, and only then
    // the rows are searched for the culprit (the transaction is rolled back by the throw).
    const cypher = `UNWIND $rows AS row MATCH (a:${batch.from} {id: row.from}) MATCH (b:${batch.to} {id: row.to})
      CREATE (a)-[r:${batch.type}]->(b)${hasProps ? ' SET r = row.props' : ''} RETURN count(r) AS created`;
    return slices(batch.rows, batchSize).map((chunk) => async () => {
      const rows = hasProps ? chunk.map(convertRow) : chunk.map(({ from, to }) => ({ from, to }));
      await graph.writeTx(async (tx) => {
        const [result] = await tx.run(cypher, { rows });
        if (Number(result?.created) !== rows.length) throw await missing(tx, rows);
      });
      onBatch?.(chunk.length);
    });
  }

  const identity = mergeOn.length ? ` {${mergeOn.map((k) => `${k}: row.props.${k}`).join(', ')}}` : '';
  // Endpoints that do not exist are collected instead of silently skipped, and fail the batch.
  const cypher = `
    UNWIND $rows AS row
    OPTIONAL MATCH (a:${batch.from} {id: row.from})
    OPTIONAL MATCH (b:${batch.to} {id: row.to})
    FOREACH (_ IN CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN [1] ELSE [] END |
      MERGE (a)-[r:${batch.type}${identity}]->(b) SET r += row.props)
    WITH row, a, b WHERE a IS NULL OR b IS NULL
    RETURN row.from AS from, row.to AS to, a IS NULL AS missingFrom`;
  return slices(batch.rows, batchSize).map((chunk) => async () => {
    const rows = chunk.map(convertRow);
    await graph.writeTx(async (tx) => {
      const gone = await tx.run(cypher, { rows });
      if (gone.length) throw missingEnds(gone);
    });
    onBatch?.(chunk.length);
  });
}

/** Plain JSON values → driver values, by the property types declared in the model. */
function convert(props: Record<string, PlainValue>, declared: Record<string, PropertySpec>, owner: string) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    const spec = declared[key];
    if (!spec) throw new Error(`${owner} has no property ${key} in model.ts`);
    if (value === null || value === undefined) {
      out[key] = null;
      continue;
    }
    switch (spec.type) {
      case 'int':
        out[key] = int(Number(value));
        break;
      case 'date':
        out[key] = cypherDate(String(value));
        break;
      case 'datetime':
        out[key] = cypherDateTime(String(value));
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}

/** The Cypher that turns a plain parameter into a value of the declared type. */
function cypherValue(expr: string, p: PropertySpec): string {
  switch (p.type) {
    case 'int':
      return `toInteger(${expr})`;
    case 'date':
      return `date(${expr})`;
    case 'datetime':
      return `datetime(${expr})`;
    default:
      return expr;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/**
 * A node row checked against the model and made plain for the `create` statement: dates as
 * `YYYY-MM-DD`, datetimes as UTC ISO instants (what `cypherDateTime` stores), ints as numbers.
 */
function plainRow(row: NodeRow, declared: Record<string, PropertySpec>, owner: string): NodeRow {
  // Rows are sent as they are unless a value needs changing (most need none: no copy, less garbage).
  let out: NodeRow | null = null;
  for (const key in row) {
    const value = row[key];
    const spec = declared[key];
    if (!spec) throw new Error(`${owner} has no property ${key} in model.ts`);
    if (value === null || value === undefined) continue;
    let plain: PlainValue = value;
    if (spec.type === 'int') plain = Number(value);
    else if (spec.type === 'datetime') plain = utcInstant(String(value));
    else if (spec.type === 'date' && (typeof value !== 'string' || !DAY.test(value))) throw new TypeError(`not a date (YYYY-MM-DD): ${String(value)}`);
    if (plain !== value) (out ??= { ...row })[key] = plain;
  }
  return out ?? row;
}

function utcInstant(iso: string): string {
  if (UTC_INSTANT.test(iso)) return iso;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new TypeError(`not a datetime (ISO-8601): ${iso}`);
  return d.toISOString();
}

/**
 * The rows of a batch as MERGE would leave them: one relationship per pair of ends (and values of
 * `mergeOn`), with the properties of its rows applied in order. The same array when all differ.
 */
function distinctRows(batch: RelationshipBatch): RelationshipRow[] {
  const mergeOn = batch.mergeOn ?? [];
  if (!mergeOn.length) {
    // The common case, cheaply: no pair twice.
    const ends = new Map<string, Set<string>>();
    let twice = false;
    for (const { from, to } of batch.rows) {
      const tos = ends.get(from);
      if (!tos) ends.set(from, new Set([to]));
      else if (tos.has(to)) {
        twice = true;
        break;
      } else tos.add(to);
    }
    if (!twice) return batch.rows;
  }
  const byKey = new Map<string, RelationshipRow>();
  for (const row of batch.rows) {
    const key = JSON.stringify([row.from, row.to, ...mergeOn.map((k) => row.properties?.[k] ?? null)]);
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, properties: { ...seen.properties, ...row.properties } } : row);
  }
  return byKey.size === batch.rows.length ? batch.rows : [...byKey.values()];
}

function slices<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function isConstraintViolation(e: unknown): boolean {
  return (e as { code?: string })?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

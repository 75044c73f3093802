import type { Graph } from '../db.js';
import { isLabel, labels as model, type Label, type LabelSpec } from '../model.js';
import { SEARCH_INDEX } from '../schema.js';
import { InputError } from '../errors.js';
import { int } from '../plain.js';
import { decodeCursor, encodeCursor, firstParam, type Page } from './input.js';

export interface SearchParams {
  text: string;
  /** Only nodes with one of these labels; every searchable label when absent or empty. */
  labels?: string[];
  first: number;
  after?: string | null;
  /** How many best matches to read; SEARCH_SCAN, or ten times it with labels, when absent. */
  scan?: number;
}

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  score: number;
}

export interface SearchPage extends Page<SearchHit> {
  /** False when more matched than the search reads (SEARCH_SCAN): totalCount counts what it read. */
  complete: boolean;
}

const LIST = 'search';
/** Terms past this many are ignored: a search box, not a query language. */
const MAX_TERMS = 12;
const MAX_TEXT = 500;

/** Labels the full-text index holds; the only ones a filter may name. */
export const searchableLabels: readonly Label[] = (Object.keys(model) as Label[]).filter(
  (l) => ((model[l] as LabelSpec).searchable ?? []).length > 0,
);

// Every character Lucene's query parser treats specially; && and || are covered by & and |.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * User text → a Lucene query that means only "these words": every special character escaped,
 * terms lower-cased (so AND, OR, NOT are words, not operators) and each matched as a word or a
 * word prefix, all terms required. Null when nothing searchable is left.
 */
export function luceneQuery(text: string): string | null {
  const terms = text
    .slice(0, MAX_TEXT)
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, MAX_TERMS)
    .map((t) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  if (terms.length === 0) return null;
  return terms.map((t) => `(${t} OR ${t}*)`).join(' AND ');
}

/**
 * A search box reads the best matches only: this many by score, or ten times as many when it
 * filters by label (the filter applies to what was read). More than that, and the answer says it
 * is incomplete: the text or the labels should narrow it.
 */
export const SEARCH_SCAN = 1_000;
const FILTERED_SCAN = 10 * SEARCH_SCAN;

// Best score first, ties by id; the cursor is that pair, so pages do not overlap. Names are read
// for the page only.
const cypher = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $scan}) YIELD node, score
WITH count(*) AS scanned,
  collect(CASE WHEN $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels) THEN {node: node, score: score} END) AS kept
WITH scanned, COLLECT {
  UNWIND kept AS k WITH k.node AS node, k.score AS score, k.node.id AS id ORDER BY score DESC, id
  RETURN {node: node, score: score, id: id}
} AS hits
WITH scanned, size(hits) AS totalCount,
  [h IN hits WHERE $after IS NULL OR h.score < $after[0] OR (h.score = $after[0] AND h.id > $after[1])] AS rest
RETURN scanned, totalCount, size(rest) > $first AS hasNextPage,
  [h IN rest[0..$first] | {id: h.id, label: labels(h.node)[0], name: coalesce(h.node.name, h.node.title, h.node.ref, h.id), score: h.score}] AS rows`;

/** Full-text search over every searchable label, or the ones asked for. */
export async function search(graph: Graph, params: SearchParams): Promise<SearchPage> {
  const first = firstParam(params.first);
  const after = decodeCursor(LIST, params.after, ['number', 'string']);
  const unknown = (params.labels ?? []).filter((l) => !isLabel(l) || !searchableLabels.includes(l));
  if (unknown.length) throw new InputError('labels', `Not a searchable label: ${unknown.join(', ')}.`);
  const query = luceneQuery(params.text);
  if (!query) return { rows: [], totalCount: 0, complete: true, hasNextPage: false, endCursor: null };
  const filtered = Boolean(params.labels?.length);
  const scan = params.scan ?? (filtered ? FILTERED_SCAN : SEARCH_SCAN);
  const [row] = await graph.read(cypher, {
    index: SEARCH_INDEX,
    query,
    labels: filtered ? params.labels : null,
    scan: int(scan),
    first,
    after,
  });
  const rows = (row?.rows ?? []) as SearchHit[];
  const last = rows.at(-1);
  return {
    rows,
    totalCount: Number(row?.totalCount ?? 0),
    complete: Number(row?.scanned ?? 0) < scan,
    hasNextPage: row?.hasNextPage === true,
    endCursor: last ? encodeCursor(LIST, [last.score, last.id]) : null,
  };
}

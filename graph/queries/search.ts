import type { Graph } from '../db.js';
import { isLabel, labels as model, type Label, type LabelSpec } from '../model.js';
import { SEARCH_INDEX } from '../schema.js';
import { InputError } from '../errors.js';
import { decodeCursor, encodeCursor, firstParam, type Page } from './input.js';

export interface SearchParams {
  text: string;
  /** Only nodes with one of these labels; every searchable label when absent or empty. */
  labels?: string[];
  first: number;
  after?: string | null;
}

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  score: number;
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

// Best score first, ties by id; the cursor is that pair, so pages do not overlap.
const cypher = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
WITH node, score ORDER BY score DESC, node.id
WITH collect({id: node.id, label: labels(node)[0], name: coalesce(node.name, node.title, node.ref, node.id), score: score}) AS hits
WITH size(hits) AS totalCount,
  [h IN hits WHERE $after IS NULL OR h.score < $after[0] OR (h.score = $after[0] AND h.id > $after[1])] AS rest
RETURN totalCount, rest[0..$first] AS rows, size(rest) > $first AS hasNextPage`;

/** Full-text search over every searchable label, or the ones asked for. */
export async function search(graph: Graph, params: SearchParams): Promise<Page<SearchHit>> {
  const first = firstParam(params.first);
  const after = decodeCursor(LIST, params.after, ['number', 'string']);
  const unknown = (params.labels ?? []).filter((l) => !isLabel(l) || !searchableLabels.includes(l));
  if (unknown.length) throw new InputError('labels', `Not a searchable label: ${unknown.join(', ')}.`);
  const query = luceneQuery(params.text);
  if (!query) return { rows: [], totalCount: 0, hasNextPage: false, endCursor: null };
  const [row] = await graph.read(cypher, {
    index: SEARCH_INDEX,
    query,
    labels: params.labels?.length ? params.labels : null,
    first,
    after,
  });
  const rows = (row?.rows ?? []) as SearchHit[];
  const last = rows.at(-1);
  return {
    rows,
    totalCount: Number(row?.totalCount ?? 0),
    hasNextPage: row?.hasNextPage === true,
    endCursor: last ? encodeCursor(LIST, [last.score, last.id]) : null,
  };
}

/**
 * OSCAL prose made readable as plain text: parameter inserts written out the way NIST prints its
 * catalogs ("[Assignment: organization-defined frequency]"), nested statement items flattened
 * with their labels and indented, parameters summed up in one line each.
 */

export interface ParamShape {
  id: string;
  label: string | null;
  values: string[];
  select: { howMany: string | null; choice: string[] } | null;
}

export interface PartShape {
  name: string;
  label: string | null;
  title: string | null;
  prose: string | null;
  parts: PartShape[];
}

/** Every parameter of a catalog by id (OSCAL ids are unique in a document, so one index serves all). */
export type ParamIndex = ReadonlyMap<string, ParamShape>;

const INSERT = /\{\{\s*insert:\s*param,\s*([^\s}]+)\s*\}\}/g;
/** Parameters whose values insert other parameters are followed this deep, no further (a loop ends). */
const MAX_DEPTH = 4;

/** `prose` with every `{{ insert: param, id }}` written out in brackets. */
export function withParams(prose: string, params: ParamIndex, depth = 0): string {
  return prose.replace(INSERT, (_, id: string) => `[${paramPhrase(params.get(id), id, params, depth + 1)}]`);
}

function paramPhrase(p: ParamShape | undefined, id: string, params: ParamIndex, depth: number): string {
  if (!p || depth > MAX_DEPTH) return id;
  if (p.values.length) return p.values.map((v) => withParams(v, params, depth)).join(', ');
  if (p.select) return `Selection${oneOrMore(p)}: ${p.select.choice.map((c) => withParams(c, params, depth)).join('; ')}`;
  return `Assignment: ${p.label ?? id}`;
}

const oneOrMore = (p: ParamShape) => (p.select?.howMany === 'one-or-more' ? ' (one or more)' : '');

/** One parameter as `id: label (values)`; a selection's choices stand for its values. */
export function paramLine(p: ParamShape, params: ParamIndex): string {
  const label = p.label ?? (p.select ? `selection${oneOrMore(p)}` : null);
  const values = p.values.length ? p.values : (p.select?.choice ?? []);
  const shown = values.map((v) => withParams(v, params));
  return `${p.id}${label ? `: ${label}` : ''}${shown.length ? ` (${shown.join('; ')})` : ''}`;
}

/**
 * Parts as text: each part's label, title and prose on a line, its sub-parts below it indented by
 * two spaces (statement items `a.`, `1.`, `(a)` keep their labels); unlabelled parts are
 * paragraphs, set apart by a blank line. Null when the parts hold no text at all.
 */
export function partsText(parts: readonly PartShape[], params: ParamIndex): string | null {
  const text = blocks(parts, '', params).join('').trim();
  return text ? text : null;
}

function blocks(parts: readonly PartShape[], indent: string, params: ParamIndex): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const prose = part.prose?.trim() ? withParams(part.prose.trim(), params) : null;
    const head = [part.label, part.title, prose].filter(Boolean).join(' ');
    if (head) out.push(`${part.label ? '\n' : '\n\n'}${indent}${head}`);
    out.push(...blocks(part.parts, head ? `${indent}  ` : indent, params));
  }
  return out;
}

import { paramLine, partsText, type ParamIndex, type ParamShape, type PartShape } from './proseText.js';
import { propValue, readMetadata, readProps, rules, ShapeReader, type Json } from './shapeReader.js';

/** A group or control of an OSCAL catalog, as it becomes a Requirement. */
export interface CatalogItem {
  kind: 'group' | 'control';
  /** Its OSCAL id (a group may have none). */
  oscalId: string | null;
  /** Its id inside the framework: its label prop, else its OSCAL id (see `refs`). */
  ref: string;
  title: string;
  /** Its statement parts (or, when it has none, its overview parts) as text. */
  text: string | null;
  guidance: string | null;
  params: string[] | null;
  /** Its place in the document, zero-padded per level (`0003.0012`): the catalog's own order. */
  sort: string;
  /** Index in `items` of the group or control it sits in; null at the top. */
  parent: number | null;
}

export interface OscalCatalog {
  uuid: string;
  title: string;
  version: string;
  oscalVersion: string;
  /** Parents before children, in document order. */
  items: CatalogItem[];
}

interface RawItem {
  kind: 'group' | 'control';
  oscalId: string | null;
  label: string | null;
  title: string;
  parts: PartShape[];
  params: ParamShape[];
  sort: string;
  parent: number | null;
  path: string;
}

const DOCUMENT = 'OSCAL catalog';

/**
 * Checks a parsed JSON document against the OSCAL 1.x catalog shape (what this import reads of it:
 * metadata, groups, controls, parts, params, props) and turns it into items. Every problem is
 * reported with its JSON path, all at once; a file with any problem throws before anything is
 * written. Fields the import does not use are not judged.
 */
export function readCatalog(document: unknown): OscalCatalog {
  const r = new ShapeReader();
  const root = r.object(document, '(document)');
  const catalog = root ? r.object(root.catalog, 'catalog') : null;
  if (!catalog) r.throwIfAny(DOCUMENT);
  const c = catalog as Json;

  const uuid = r.string(c, 'uuid', 'catalog', { required: true, rule: rules.uuid });
  const metadata = readMetadata(r, c, 'catalog');

  const items: RawItem[] = [];
  const params = new Map<string, ParamShape>();
  const ids = new Map<string, string>();
  const claim = (id: string | null, path: string) => {
    if (id === null) return;
    const first = ids.get(id);
    if (first) r.problem(`${path}.id`, `duplicate id "${id}" (first at ${first}.id); ids are unique in an OSCAL document`);
    else ids.set(id, path);
  };
  readParams(r, c, 'catalog', params);

  const walk = (o: Json, path: string, parent: number | null, parentSort: string) => {
    let position = 0;
    for (const kind of ['group', 'control'] as const) {
      // Controls hold no groups; a control's `groups` is left unread, as OSCAL does not define it.
      if (kind === 'group' && parent !== null && items[parent]!.kind === 'control') continue;
      for (const { o: child, path: at } of r.objects(o, `${kind}s`, path)) {
        const oscalId = r.string(child, 'id', at, { required: kind === 'control', rule: rules.token });
        const itemTitle = r.string(child, 'title', at, { required: true });
        const props = readProps(r, child, at);
        const label = propValue(props.filter((p) => !p.class), 'label') ?? propValue(props, 'label');
        if (kind === 'group' && !oscalId && !label) r.problem(at, 'a group needs an id or a label prop, to name its requirement');
        claim(oscalId, at);
        const sort = `${parentSort}${parentSort ? '.' : ''}${String(++position).padStart(4, '0')}`;
        items.push({
          kind, oscalId, label, title: itemTitle ?? '', parts: readParts(r, child, at),
          params: readParams(r, child, at, params), sort, parent, path: at,
        });
        walk(child, at, items.length - 1, sort);
      }
    }
  };
  walk(c, 'catalog', null, '');
  if (!items.length && !r.problems.length) r.problem('catalog', 'holds no groups and no controls');
  const chosen = refs(items, r);
  r.throwIfAny(DOCUMENT);

  return {
    uuid: uuid!,
    title: metadata!.title,
    version: metadata!.version,
    oscalVersion: metadata!.oscalVersion,
    items: items.map((item, i) => ({
      kind: item.kind,
      oscalId: item.oscalId,
      ref: chosen[i]!,
      title: item.title,
      text: textOf(item.parts, ['statement'], params) ?? textOf(item.parts, ['overview'], params),
      guidance: textOf(item.parts, ['guidance'], params),
      params: item.params.length ? item.params.map((p) => paramLine(p, params)) : null,
      sort: item.sort,
      parent: item.parent,
    })),
  };
}

/**
 * Each item's ref: its label (`AC-2(1)`) where no other item shares that label, else its OSCAL id
 * (unique in the document); refs become Requirement ids, so two items left with one ref are a problem.
 */
function refs(items: readonly RawItem[], r: ShapeReader): string[] {
  const labelCount = new Map<string, number>();
  for (const item of items) if (item.label) labelCount.set(item.label, (labelCount.get(item.label) ?? 0) + 1);
  const chosen = items.map((item) => (item.label && labelCount.get(item.label) === 1 ? item.label : (item.oscalId ?? item.label ?? '')).trim());
  const seen = new Map<string, string>();
  chosen.forEach((ref, i) => {
    const { path } = items[i]!;
    if (!ref) return;
    if (/[\r\n]/.test(ref)) return r.problem(path, `its label "${ref}" spans lines; a ref is one line`);
    const first = seen.get(ref);
    if (first) r.problem(path, `its ref "${ref}" is also that of ${first}; each group and control needs its own label or id`);
    else seen.set(ref, path);
  });
  return chosen;
}

function textOf(parts: readonly PartShape[], names: readonly string[], params: ParamIndex): string | null {
  return partsText(parts.filter((p) => names.includes(p.name)), params);
}

function readParts(r: ShapeReader, o: Json, path: string): PartShape[] {
  return r.objects(o, 'parts', path).map(({ o: part, path: at }) => {
    r.string(part, 'id', at, { rule: rules.token });
    const props = readProps(r, part, at);
    return {
      name: r.string(part, 'name', at, { required: true, rule: rules.token }) ?? '',
      label: propValue(props, 'label'),
      title: r.string(part, 'title', at),
      prose: r.string(part, 'prose', at),
      parts: readParts(r, part, at),
    };
  });
}

/** The params of `o`, also added to the catalog's index (for inserts anywhere in the document). */
function readParams(r: ShapeReader, o: Json, path: string, index: Map<string, ParamShape>): ParamShape[] {
  const out: ParamShape[] = [];
  for (const { o: param, path: at } of r.objects(o, 'params', path)) {
    const id = r.string(param, 'id', at, { required: true, rule: rules.token });
    const select = r.object(param.select, `${at}.select`, false);
    const shape: ParamShape = {
      id: id ?? '',
      label: r.string(param, 'label', at),
      values: r.strings(param, 'values', at),
      select: select
        ? { howMany: r.string(select, 'how-many', `${at}.select`, { rule: [/^one(-or-more)?$/, 'is not "one" or "one-or-more"'] }), choice: r.strings(select, 'choice', `${at}.select`) }
        : null,
    };
    readProps(r, param, at);
    if (id === null) continue;
    if (index.has(id)) r.problem(`${at}.id`, `duplicate parameter id "${id}"; ids are unique in an OSCAL document`);
    index.set(id, shape);
    out.push(shape);
  }
  return out;
}

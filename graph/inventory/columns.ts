import { labels, type PropertySpec } from '../model.js';
import { kindSpec, type InventoryKind, type LinkColumn } from './kinds.js';

export type Column =
  | { name: string; property: PropertySpec; link?: undefined }
  | { name: string; link: LinkColumn; property?: undefined };

/**
 * Evidence's artifact properties describe a file stored here: only its upload writes them, having
 * hashed the bytes (graph/artifacts); an import cannot vouch for a file it never saw.
 */
const setByUpload: Record<string, readonly string[]> = {
  Evidence: ['artifactSize', 'artifactMediaType', 'artifactName', 'artifactUploadedBy', 'artifactUploadedAt'],
};

const cache = new Map<InventoryKind, readonly Column[]>();

/**
 * The columns of a kind, in template order: `id`, the label's properties clients write (from
 * model.ts: every one not derived), then its relationship columns.
 */
export function columnsOf(kind: InventoryKind): readonly Column[] {
  let columns = cache.get(kind);
  if (!columns) {
    const { label, links } = kindSpec(kind);
    const skipped = setByUpload[label] ?? [];
    const properties: Record<string, PropertySpec> = labels[label].properties;
    columns = [
      ...Object.entries(properties)
        .filter(([name, property]) => !property.derived && !skipped.includes(name))
        .map(([name, property]) => ({ name, property })),
      ...links.map((link) => ({ name: link.column, link })),
    ];
    cache.set(kind, columns);
  }
  return columns;
}

export function columnNamed(kind: InventoryKind, name: string): Column | undefined {
  return columnsOf(kind).find((c) => c.name === name);
}

import type { Graph } from '../db.js';
import { NotFoundError } from '../errors.js';
import { aimsProp, OSCAL_VERSION, type CatalogControl, type CatalogDocument, type CatalogGroup, type Prop } from './oscal.js';
import { uuidV5 } from './uuid.js';

/** Our ISO/IEC 42001 Standard's id. */
export const ISO_STANDARD = 'ISO42001';

/** The catalog document's uuid: from the Standard's id alone, so every export of it has the same. */
export const isoCatalogUuid = () => uuidV5(`catalog:${ISO_STANDARD}`);

/**
 * When the catalog last changed, as OSCAL metadata requires: the day ISO/IEC 42001:2023 was
 * published. A fixed date keeps exports byte-identical; the catalog only changes with a release.
 */
const LAST_MODIFIED = '2023-12-18T00:00:00Z';

/** The OSCAL class of each label of the ISO tree. */
const classes = { Clause: 'clause', ControlArea: 'area', ControlObjective: 'objective', Control: 'control' } as const;
type TreeLabel = keyof typeof classes;

interface TreeNode {
  id: string;
  label: TreeLabel;
  title: string;
  summary: string | null;
  heading: string | null;
  parent: string;
}

const READ = `
  MATCH (s:Standard {id: $iso})
  RETURN s {.*} AS standard, COLLECT {
    MATCH (n)-[:PART_OF]->(p)
    WHERE n:Clause OR n:ControlArea OR n:ControlObjective OR n:Control
    RETURN {id: n.id, label: labels(n)[0], title: n.title, summary: n.summary, heading: n.heading, parent: p.id} AS node
  } AS nodes`;

const natural = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Our ISO/IEC 42001 catalog as an OSCAL 1.1 catalog: clauses 4–10 (main clauses as groups, their
 * subclauses as controls nested as in the standard) and Annex A (areas and objectives as groups,
 * controls inside their objective), each with our id as its label, its title and our summary as
 * its statement. Ids are ours where OSCAL allows them (`A.6.2.4`, `B.6.1.1`); a clause, whose
 * number cannot start a token, is `clause-6.1.2`. The same graph always gives the same document.
 */
export async function exportIsoCatalog(graph: Graph): Promise<CatalogDocument> {
  const [row] = await graph.read(READ, { iso: ISO_STANDARD });
  if (!row) throw new NotFoundError('catalog', ISO_STANDARD, 'Standard');
  const standard = row.standard as Record<string, string | null>;
  const nodes = row.nodes as TreeNode[];
  const children = new Map<string, TreeNode[]>();
  for (const node of nodes) children.set(node.parent, [...(children.get(node.parent) ?? []), node]);
  for (const list of children.values()) list.sort((a, b) => natural(a.id, b.id));

  const props = (node: TreeNode): Prop[] => [
    { name: 'label', value: node.id },
    ...(node.heading ? [aimsProp('heading', node.heading)] : []),
  ];
  const parts = (node: TreeNode, id: string) => (node.summary ? [{ id: `${id}_smt`, name: 'statement', prose: node.summary }] : undefined);
  const control = (node: TreeNode): CatalogControl => {
    const id = oscalIdOf(node);
    const nested = (children.get(node.id) ?? []).map(control);
    return { id, class: classes[node.label], title: node.title, props: props(node), parts: parts(node, id), controls: nested.length ? nested : undefined };
  };
  const group = (node: TreeNode): CatalogGroup => {
    const id = oscalIdOf(node);
    const inside = children.get(node.id) ?? [];
    const groups = inside.filter((c) => isGroup(c)).map(group);
    const controls = inside.filter((c) => !isGroup(c)).map(control);
    return {
      id, class: classes[node.label], title: node.title, props: props(node), parts: parts(node, id),
      groups: groups.length ? groups : undefined, controls: controls.length ? controls : undefined,
    };
  };

  return {
    catalog: {
      uuid: isoCatalogUuid(),
      metadata: {
        title: standard.title ?? ISO_STANDARD,
        'last-modified': LAST_MODIFIED,
        version: standard.version ?? '2023',
        'oscal-version': OSCAL_VERSION,
        remarks: standard.license ?? undefined,
        links: standard.source ? [{ href: standard.source, rel: 'reference' }] : undefined,
      },
      groups: (children.get(ISO_STANDARD) ?? []).filter(isGroup).map(group),
    },
  };
}

/** Main clauses, areas and objectives are groups; subclauses and Annex A controls are controls. */
function isGroup(node: TreeNode): boolean {
  return node.label === 'ControlArea' || node.label === 'ControlObjective' || (node.label === 'Clause' && node.parent === ISO_STANDARD);
}

/** The OSCAL id of an ISO node (see exportIsoCatalog); component definitions name controls by it. */
export function oscalIdOf(node: { id: string; label: string }): string {
  return node.label === 'Clause' ? `clause-${node.id}` : node.id;
}

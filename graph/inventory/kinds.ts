import { InputError } from '../errors.js';
import { relationships, type Label, type RelationshipType } from '../model.js';
import type { WritableLabel } from '../writes/writableLabels.js';

/**
 * A relationship column: the ids at the other end of the row's links of one type. An import sets
 * those links to exactly the ids listed (an empty cell removes them all); a column left out of the
 * file leaves them as they are.
 */
export interface LinkColumn {
  column: string;
  type: RelationshipType;
  /** `out`: the row's node is the start of the relationship; `in`: the end (OWNS from Person or Team). */
  direction: 'out' | 'in';
  /** Several ids (`;`-separated in CSV, a list in JSON), or one. */
  many: boolean;
  /** The link the API requires when it creates the node (an implementation's control and scope, evidence's implementations). */
  required?: boolean;
}

export interface KindSpec {
  label: WritableLabel;
  links: readonly LinkColumn[];
  /** Datetime properties the database stamps on a node created without them, as the API does. */
  stampOnCreate?: readonly string[];
}

const owners: LinkColumn = { column: 'ownerIds', type: 'OWNS', direction: 'in', many: true };
const vendor: LinkColumn = { column: 'vendorId', type: 'PROVIDED_BY', direction: 'out', many: false };

/** The kinds of inventory file, by the name integrators use (CLI argument, URL). */
export const inventoryKinds = {
  'ai-systems': {
    label: 'AISystem',
    links: [
      vendor,
      owners,
      { column: 'modelIds', type: 'RUNS', direction: 'out', many: true },
      { column: 'datasetIds', type: 'USES', direction: 'out', many: true },
      { column: 'dependsOnIds', type: 'DEPENDS_ON', direction: 'out', many: true },
    ],
  },
  models: {
    label: 'Model',
    links: [vendor, owners, { column: 'trainedOnIds', type: 'TRAINED_ON', direction: 'out', many: true }],
  },
  datasets: { label: 'Dataset', links: [vendor, owners] },
  vendors: { label: 'Vendor', links: [owners] },
  risks: {
    label: 'Risk',
    links: [
      owners,
      { column: 'threatensIds', type: 'THREATENS', direction: 'out', many: true },
      { column: 'mitigatedByControlIds', type: 'MITIGATES', direction: 'in', many: true },
      { column: 'arisesFromIds', type: 'ARISES_FROM', direction: 'out', many: true },
    ],
  },
  implementations: {
    label: 'Implementation',
    links: [
      { column: 'controlId', type: 'IMPLEMENTS', direction: 'out', many: false, required: true },
      { column: 'scopeId', type: 'APPLIES_TO', direction: 'out', many: false, required: true },
      owners,
    ],
  },
  evidence: {
    label: 'Evidence',
    links: [
      { column: 'supportsIds', type: 'SUPPORTS', direction: 'out', many: true, required: true },
      { column: 'supersedesId', type: 'SUPERSEDES', direction: 'out', many: false },
      owners,
    ],
    stampOnCreate: ['recordedAt'],
  },
  people: { label: 'Person', links: [{ column: 'teamIds', type: 'MEMBER_OF', direction: 'out', many: true }] },
} as const satisfies Record<string, KindSpec>;

export type InventoryKind = keyof typeof inventoryKinds;
export const inventoryKindNames = Object.keys(inventoryKinds) as InventoryKind[];

/** The kind a user named, or an InputError listing the kinds. */
export function inventoryKind(name: string): InventoryKind {
  if (Object.prototype.hasOwnProperty.call(inventoryKinds, name)) return name as InventoryKind;
  throw new InputError('kind', `Unknown inventory kind "${name}"; use one of ${inventoryKindNames.join(', ')}.`);
}

export function kindSpec(kind: InventoryKind): KindSpec {
  return inventoryKinds[kind];
}

/** The labels at the other end of a link column, from the model. */
export function otherLabels(link: LinkColumn): readonly Label[] {
  const spec: { from: readonly Label[]; to: readonly Label[] } = relationships[link.type];
  return link.direction === 'out' ? spec.to : spec.from;
}

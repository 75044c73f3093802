/**
 * The OSCAL vocabulary this folder reads and writes: the version it writes, the namespace of our
 * own props, and the subset of the catalog and component-definition models it produces. Readers
 * (readCatalog.ts, readComponents.ts) take any OSCAL 1.x and check the shape themselves.
 */

/** The OSCAL version of the documents we write. */
export const OSCAL_VERSION = '1.1.2';

/** The namespace of props OSCAL does not define (scope, status, our ids), as OSCAL asks of extensions. */
export const AIMS_NS = 'urn:aims-graph:oscal';

/** Names of our props, all in AIMS_NS. */
export const aimsProps = {
  scopeId: 'scope-id',
  scopeLabel: 'scope-label',
  implementationId: 'implementation-id',
  status: 'implementation-status',
  updatedOn: 'updated-on',
  partyId: 'party-id',
  evidenceId: 'evidence-id',
  evidenceKind: 'evidence-kind',
  sha256: 'sha256',
  heading: 'heading',
} as const;

/** The role whose parties OWN an implementation. */
export const OWNER_ROLE = 'owner';

/** The link relation from an implemented requirement to a back-matter resource that is its evidence. */
export const EVIDENCE_REL = 'evidence';

export interface Prop {
  name: string;
  value: string;
  ns?: string;
  class?: string;
}

export interface Link {
  href: string;
  rel?: string;
  'media-type'?: string;
}

export interface Part {
  id?: string;
  name: string;
  prose?: string;
}

export interface Metadata {
  title: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  remarks?: string;
  links?: Link[];
  roles?: { id: string; title: string }[];
  parties?: { uuid: string; type: 'person' | 'organization'; name: string; props: Prop[] }[];
}

export interface CatalogControl {
  id: string;
  class: string;
  title: string;
  props: Prop[];
  parts?: Part[];
  controls?: CatalogControl[];
}

export interface CatalogGroup {
  id: string;
  class: string;
  title: string;
  props: Prop[];
  parts?: Part[];
  groups?: CatalogGroup[];
  controls?: CatalogControl[];
}

export interface CatalogDocument {
  catalog: {
    uuid: string;
    metadata: Metadata;
    groups: CatalogGroup[];
  };
}

export interface Resource {
  uuid: string;
  title: string;
  description?: string;
  props?: Prop[];
  rlinks?: { href: string }[];
}

export interface ImplementedRequirement {
  uuid: string;
  'control-id': string;
  description: string;
  props: Prop[];
  links?: Link[];
  'responsible-roles'?: { 'role-id': string; 'party-uuids': string[] }[];
  remarks?: string;
}

export interface ComponentDefinitionDocument {
  'component-definition': {
    uuid: string;
    metadata: Metadata;
    components: {
      uuid: string;
      type: string;
      title: string;
      description: string;
      props: Prop[];
      'control-implementations'?: {
        uuid: string;
        source: string;
        description: string;
        'implemented-requirements': ImplementedRequirement[];
      }[];
    }[];
    'back-matter'?: { resources: Resource[] };
  };
}

/** One of our props. */
export const aimsProp = (name: string, value: string): Prop => ({ name, ns: AIMS_NS, value });

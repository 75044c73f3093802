import type { Graph } from '../db.js';
import type { Label } from '../model.js';
import { ownersOf, type OwnerRef } from '../queries/refs.js';
import { isoCatalogUuid, oscalIdOf } from './exportCatalog.js';
import {
  aimsProp, aimsProps, EVIDENCE_REL, OSCAL_VERSION, OWNER_ROLE,
  type ComponentDefinitionDocument, type ImplementedRequirement, type Resource,
} from './oscal.js';
import { resolveScope } from './scope.js';
import { uuidV5 } from './uuid.js';

interface ImplementationRow {
  id: string;
  status: string;
  description: string | null;
  justification: string | null;
  updatedOn: string | null;
  control: string;
  evidence: { id: string; title: string; kind: string | null; uri: string | null; sha256: string | null }[];
  owners: OwnerRef[];
}

/** OSCAL component types for our scopes (technical components, or a documentary one for the organisation's own processes). */
const componentTypes: Partial<Record<Label, string>> = {
  Organization: 'process-procedure',
  AISystem: 'this-system',
  Model: 'software',
  Dataset: 'software',
  Vendor: 'service',
};

const read = (label: Label) => `
  MATCH (x:${label} {id: $id})
  RETURN x {.*} AS scope, COLLECT {
    MATCH (i:Implementation)-[:APPLIES_TO]->(x)
    MATCH (i)-[:IMPLEMENTS]->(c:Control)
    RETURN {
      id: i.id, status: i.status, description: i.description, justification: i.justification, updatedOn: i.updatedOn,
      control: c.id,
      evidence: COLLECT { MATCH (e:Evidence)-[:SUPPORTS]->(i) RETURN e {.id, .title, .kind, .uri, .sha256} AS e ORDER BY e.id },
      owners: ${ownersOf('i')}
    } AS implementation ORDER BY c.sort, i.id
  } AS implementations`;

/** Component-definition uuids, each from our id of what it describes (stable across exports). */
export const componentUuids = {
  document: (scopeId: string) => uuidV5(`component-definition:${scopeId}`),
  component: (scopeId: string) => uuidV5(`component:${scopeId}`),
  controlImplementation: (scopeId: string) => uuidV5(`control-implementation:${scopeId}`),
  requirement: (implementationId: string) => uuidV5(`implemented-requirement:${implementationId}`),
  party: (ownerId: string) => uuidV5(`party:${ownerId}`),
  evidence: (evidenceId: string) => uuidV5(`evidence:${evidenceId}`),
};

/**
 * One scope's implementations as an OSCAL 1.1 component definition: the scope (`org` or the id of
 * a system, model, dataset or vendor) is the component; each Implementation that IMPLEMENTS a
 * control is an implemented requirement of the ISO/IEC 42001 catalog (exportIsoCatalog), with its
 * description, status, id and day of change as props, its justification as remarks, its owners as
 * parties in the `owner` role and its evidence as back-matter resources it links to. importComponents
 * reads it back. An implementation of no control has no control-id to stand under and is left out.
 */
export async function exportComponentDefinition(graph: Graph, scope: string): Promise<ComponentDefinitionDocument> {
  const { id, label } = await resolveScope(graph, scope);
  const [row] = await graph.read(read(label), { id });
  const node = row!.scope as Record<string, string | null>;
  const implementations = row!.implementations as ImplementationRow[];
  const name = node.name ?? id;

  const owners = new Map<string, OwnerRef>();
  const evidence = new Map<string, ImplementationRow['evidence'][number]>();
  for (const i of implementations) {
    for (const o of i.owners) owners.set(o.id, o);
    for (const e of i.evidence) evidence.set(e.id, e);
  }
  const days = implementations.map((i) => i.updatedOn).filter((d): d is string => d !== null).sort();
  const lastDay = days[days.length - 1];

  const requirements = implementations.map((i): ImplementedRequirement => ({
    uuid: componentUuids.requirement(i.id),
    'control-id': oscalIdOf({ id: i.control, label: 'Control' }),
    description: i.description ?? '',
    props: [
      aimsProp(aimsProps.implementationId, i.id),
      aimsProp(aimsProps.status, i.status),
      ...(i.updatedOn ? [aimsProp(aimsProps.updatedOn, i.updatedOn)] : []),
    ],
    links: i.evidence.length ? i.evidence.map((e) => ({ href: `#${componentUuids.evidence(e.id)}`, rel: EVIDENCE_REL })) : undefined,
    'responsible-roles': i.owners.length ? [{ 'role-id': OWNER_ROLE, 'party-uuids': i.owners.map((o) => componentUuids.party(o.id)) }] : undefined,
    // A justification may run over lines, which a prop's value may not.
    remarks: i.justification ?? undefined,
  }));

  const resources: Resource[] = [
    {
      uuid: isoCatalogUuid(),
      title: 'ISO/IEC 42001:2023 catalog (clauses and Annex A controls)',
      description: 'The catalog the control-ids name, as GET /api/oscal/catalog or `npm run oscal -- export-catalog` gives it.',
    },
    ...[...evidence.values()].map((e): Resource => ({
      uuid: componentUuids.evidence(e.id),
      title: e.title,
      props: [
        aimsProp(aimsProps.evidenceId, e.id),
        ...(e.kind ? [aimsProp(aimsProps.evidenceKind, e.kind)] : []),
        ...(e.sha256 ? [aimsProp(aimsProps.sha256, e.sha256)] : []),
      ],
      rlinks: e.uri ? [{ href: e.uri }] : undefined,
    })),
  ];

  return {
    'component-definition': {
      uuid: componentUuids.document(id),
      metadata: {
        title: `ISO/IEC 42001 control implementations: ${name}`,
        'last-modified': lastDay ? `${lastDay}T00:00:00Z` : new Date().toISOString(),
        version: lastDay ?? 'unversioned',
        'oscal-version': OSCAL_VERSION,
        roles: owners.size ? [{ id: OWNER_ROLE, title: 'Owner' }] : undefined,
        parties: owners.size
          ? [...owners.values()].map((o) => ({
              uuid: componentUuids.party(o.id),
              type: o.label === 'Person' ? ('person' as const) : ('organization' as const),
              name: o.name,
              props: [aimsProp(aimsProps.partyId, o.id)],
            }))
          : undefined,
      },
      components: [
        {
          uuid: componentUuids.component(id),
          type: componentTypes[label] ?? 'software',
          title: name,
          description: node.description ?? node.service ?? `${label} ${id}`,
          props: [aimsProp(aimsProps.scopeId, id), aimsProp(aimsProps.scopeLabel, label)],
          'control-implementations': requirements.length
            ? [{
                uuid: componentUuids.controlImplementation(id),
                source: `#${isoCatalogUuid()}`,
                description: `How ${name} meets the ISO/IEC 42001 Annex A controls.`,
                'implemented-requirements': requirements,
              }]
            : undefined,
        },
      ],
      'back-matter': { resources },
    },
  };
}

import { InputError } from '../errors.js';
import { labelOfId } from '../ids.js';
import type { Label } from '../model.js';
import { fitsIdScheme } from '../writes/nodeWrites.js';
import { validateProperties } from '../writes/validate.js';
import { AIMS_NS, aimsProps, EVIDENCE_REL, OWNER_ROLE } from './oscal.js';
import { scopeLabels } from './scope.js';
import { propValue, readMetadata, readProps, rules, ShapeReader, type Json, type PropShape } from './shapeReader.js';

/** A node the import links to, with where the file names it. */
export interface Reference {
  id: string;
  label: Label;
  path: string;
}

/** One implemented requirement of a component definition, as the Implementation it upserts. */
export interface ComponentImplementation {
  id: string;
  /** JSON path of the implemented requirement, for messages. */
  path: string;
  control: Reference;
  scope: Reference;
  /** Plain values of its properties; null where the file gives none (the import clears them). */
  props: { status: string; description: string | null; justification: string | null; updatedOn: string | null };
  evidence: Reference[];
  owners: Reference[];
}

const DOCUMENT = 'OSCAL component definition';
const ours = (props: readonly PropShape[], name: string) => propValue(props, name, AIMS_NS);

/**
 * Checks a parsed component definition and reads its implemented requirements as Implementations:
 * the component's `scope-id` prop names what they APPLY_TO, `control-id` the ISO/IEC 42001 control
 * they IMPLEMENT, our props their id, status and day of change, `remarks` their justification,
 * parties in the `owner` role (by their `party-id` prop) who OWNS them, and links to back-matter
 * resources (by their `evidence-id` prop) the Evidence that SUPPORTS them. Every problem is
 * reported with its JSON path, all at once; existence in the graph is judged by the import.
 */
export function readComponentDefinition(document: unknown): ComponentImplementation[] {
  const r = new ShapeReader();
  const root = r.object(document, '(document)');
  const definition = root ? r.object(root['component-definition'], 'component-definition') : null;
  if (!definition) r.throwIfAny(DOCUMENT);
  const d = definition as Json;
  const top = 'component-definition';
  r.string(d, 'uuid', top, { required: true, rule: rules.uuid });
  readMetadata(r, d, top);

  const metadata = (d.metadata ?? {}) as Json;
  const parties = new Map<string, string | null>();
  for (const { o: party, path } of r.objects(metadata, 'parties', `${top}.metadata`)) {
    const uuid = r.string(party, 'uuid', path, { required: true, rule: rules.uuid });
    r.string(party, 'type', path, { required: true });
    if (uuid) parties.set(uuid, ours(readProps(r, party, path), aimsProps.partyId));
  }
  const resources = new Map<string, string | null>();
  const backMatter = r.object(d['back-matter'], `${top}.back-matter`, false);
  for (const { o: resource, path } of backMatter ? r.objects(backMatter, 'resources', `${top}.back-matter`) : []) {
    const uuid = r.string(resource, 'uuid', path, { required: true, rule: rules.uuid });
    if (uuid) resources.set(uuid, ours(readProps(r, resource, path), aimsProps.evidenceId));
  }

  const out: ComponentImplementation[] = [];
  const seen = new Map<string, string>();
  const components = r.objects(d, 'components', top);
  if (!components.length && !r.problems.length) r.problem(`${top}.components`, 'holds no components');
  for (const { o: component, path } of components) {
    r.string(component, 'uuid', path, { required: true, rule: rules.uuid });
    for (const key of ['type', 'title', 'description']) r.string(component, key, path, { required: true });
    const scope = reference(r, ours(readProps(r, component, path), aimsProps.scopeId), `${path}.props`, scopeLabels, aimsProps.scopeId,
      'the id of the organisation, AI system, model, dataset or vendor it describes');
    for (const { o: block, path: blockPath } of r.objects(component, 'control-implementations', path)) {
      r.string(block, 'uuid', blockPath, { required: true, rule: rules.uuid });
      r.string(block, 'source', blockPath, { required: true });
      r.string(block, 'description', blockPath, { required: true, allowEmpty: true });
      for (const { o: req, path: at } of r.objects(block, 'implemented-requirements', blockPath)) {
        const implementation = readRequirement(r, req, at, scope, { parties, resources });
        if (!implementation) continue;
        const first = seen.get(implementation.id);
        if (first) r.problem(at, `implementation ${implementation.id} is also at ${first}; each implementation is given once`);
        else seen.set(implementation.id, at);
        out.push(implementation);
      }
    }
  }
  r.throwIfAny(DOCUMENT);
  return out;
}

function readRequirement(
  r: ShapeReader,
  req: Json,
  at: string,
  scope: Reference | null,
  index: { parties: Map<string, string | null>; resources: Map<string, string | null> },
): ComponentImplementation | null {
  const problems = r.problems.length;
  r.string(req, 'uuid', at, { required: true, rule: rules.uuid });
  const controlId = r.string(req, 'control-id', at, { required: true, rule: rules.token });
  const control = controlId === null ? null : reference(r, controlId, `${at}.control-id`, ['Control'], 'control-id', 'an ISO/IEC 42001 Annex A control (e.g. A.6.2.4)');
  const description = r.string(req, 'description', at, { required: true, allowEmpty: true });
  const justification = r.string(req, 'remarks', at);
  const props = readProps(r, req, at);
  const status = ours(props, aimsProps.status);
  if (status === null) r.problem(`${at}.props`, `needs a prop named ${aimsProps.status} (ns ${AIMS_NS}): implemented, partial, planned, not-started or excluded`);
  const updatedOn = ours(props, aimsProps.updatedOn);

  const evidence: Reference[] = [];
  for (const { o: link, path } of r.objects(req, 'links', at)) {
    const href = r.string(link, 'href', path, { required: true });
    if (r.string(link, 'rel', path) !== EVIDENCE_REL || href === null) continue;
    const evidenceId = href.startsWith('#') ? index.resources.get(href.slice(1)) : undefined;
    if (!evidenceId) {
      r.problem(`${path}.href`, `an ${EVIDENCE_REL} link points at a back-matter resource ("#<uuid>") with a prop ${aimsProps.evidenceId} (ns ${AIMS_NS})`);
      continue;
    }
    const e = reference(r, evidenceId, `${path}.href`, ['Evidence'], aimsProps.evidenceId, 'the id of evidence in the graph');
    if (e) evidence.push(e);
  }
  const owners: Reference[] = [];
  for (const { o: role, path } of r.objects(req, 'responsible-roles', at)) {
    const roleId = r.string(role, 'role-id', path, { required: true, rule: rules.token });
    const uuids = r.strings(role, 'party-uuids', path);
    if (roleId !== OWNER_ROLE) continue;
    uuids.forEach((uuid, i) => {
      const ownerId = index.parties.get(uuid);
      const where = `${path}.party-uuids[${i}]`;
      if (!ownerId) return r.problem(where, `an ${OWNER_ROLE} is a party of metadata.parties with a prop ${aimsProps.partyId} (ns ${AIMS_NS})`);
      const o = reference(r, ownerId, where, ['Person', 'Team'], aimsProps.partyId, 'the id of a person or team');
      if (o) owners.push(o);
    });
  }

  const id = ours(props, aimsProps.implementationId) ?? (control && scope ? `IMP-${control.id}-${scope.id}` : null);
  if (id !== null && !fitsIdScheme('Implementation', id)) {
    r.problem(`${at}.props`, `implementation id "${id}" must start with IMP- and use letters, digits, ".", "_", ":" or "-"`);
  }
  const plain = { status: status ?? '', description: description || null, justification: justification || null, updatedOn };
  if (status !== null) checkProperties(r, plain, at);
  if (r.problems.length > problems || !control || !scope || id === null) return null;
  return { id, path: at, control, scope, props: plain, evidence, owners };
}

/** The model's own rules for an Implementation (graph/writes/validate.ts), each refusal placed where the file says it. */
function checkProperties(r: ShapeReader, props: ComponentImplementation['props'], at: string): void {
  const where: Record<string, string> = {
    status: `${at}.props (${aimsProps.status})`, description: `${at}.description`,
    justification: `${at}.remarks`, updatedOn: `${at}.props (${aimsProps.updatedOn})`,
  };
  try {
    validateProperties('Implementation', Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)), 'create', {}, 'implementation');
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const name = e.field.replace(/^implementation\./, '');
    r.problem(where[name] ?? at, e.message);
  }
}

/** An id the file gives, checked to be of one of `labels` (its existence is the import's to judge). */
function reference(r: ShapeReader, id: string | null, path: string, labels: readonly Label[], what: string, expected: string): Reference | null {
  if (id === null) {
    r.problem(path, `needs a prop named ${what} (ns ${AIMS_NS}) giving ${expected}`);
    return null;
  }
  const label = labelOfId(id);
  if (!label || !labels.includes(label)) {
    r.problem(path, `"${id}" is not ${expected}`);
    return null;
  }
  return { id, label, path };
}

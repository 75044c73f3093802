import { createHash } from 'node:crypto';
import type { GraphData, NodeRow, PlainValue, RelationshipBatch } from '../../graph/graphData.js';
import { labelOfId } from '../../graph/ids.js';
import type { Label, RelationshipType } from '../../graph/model.js';
import { buildGovernance } from './buildGovernance.js';
import { addDays, addDaysTime, type Clock } from './clock.js';
import { evidenceDocument, type EvidenceDocument } from './evidenceDocument.js';
import type { GovernanceRecords } from './governanceTypes.js';
import { implementationId } from './implementations.js';
import type {
  DatasetRecord, EvidenceRecord, ImplementationRecord, IncidentRecord, KpiRecord, ModelRecord,
  OrganizationRecord, PersonRecord, PolicyRecord, RiskRecord, SystemRecord, TeamRecord, VendorRecord,
} from './types.js';

export interface OrganizationRecords extends GovernanceRecords {
  organization: OrganizationRecord;
  systems: SystemRecord[];
  models: ModelRecord[];
  datasets: DatasetRecord[];
  vendors: VendorRecord[];
  risks: RiskRecord[];
  implementations: ImplementationRecord[];
  evidence: EvidenceRecord[];
  people: PersonRecord[];
  teams: TeamRecord[];
  policies: PolicyRecord[];
  incidents: IncidentRecord[];
  kpis: KpiRecord[];
}

/** Label of an id (catalog ids included); an id that fits no scheme is a data error. */
export function labelOf(id: string): Label {
  const label = labelOfId(id);
  if (!label) throw new Error(`No label for id "${id}"`);
  return label;
}

/** Drops undefined properties: absent means absent, not null, in the graph. */
function row(props: Record<string, PlainValue | undefined> & { id: string }): NodeRow {
  const out: NodeRow = { id: props.id };
  for (const [key, value] of Object.entries(props)) if (value !== undefined) out[key] = value;
  return out;
}

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * Each evidence item's node row and its artifact: a document written from the record, whose real
 * sha256 the row declares (seed.ts stores the documents when given a store).
 */
export function evidenceItems(
  t: Clock,
  r: Pick<OrganizationRecords, 'organization' | 'evidence' | 'implementations'>,
): { record: EvidenceRecord; row: NodeRow; document: EvidenceDocument }[] {
  const implementations = new Map(r.implementations.map((i) => [implementationId(i.control, i.scope), i]));
  return r.evidence.map((e, i) => {
    // Recorded during office hours, the hour varying by position so timestamps are not all alike.
    const recordedOn = t.day(-e.recordedDaysAgo);
    const periodEnd = addDays(recordedOn, -1);
    const dates = {
      periodStart: addDays(periodEnd, -e.periodDays),
      periodEnd,
      recordedAt: addDaysTime(recordedOn, 0, `${String(8 + (i % 9)).padStart(2, '0')}:${i % 2 ? '40' : '15'}`),
      validUntil: 'validUntilInDays' in e ? t.day(e.validUntilInDays) : undefined,
      reviewIntervalDays: 'reviewIntervalDays' in e ? e.reviewIntervalDays : undefined,
      reviewState: e.reviewState ?? 'accepted',
    };
    const backs = e.supports.map((id) => {
      const implementation = implementations.get(id);
      if (!implementation) throw new Error(`${e.id} supports ${id}, which is not an implementation`);
      return implementation;
    });
    const document = evidenceDocument(e, { organization: r.organization.name, ...dates }, backs);
    return {
      record: e,
      row: row({
        id: e.id,
        title: e.title,
        kind: e.kind,
        uri: `https://evidence.brightwater.example/${e.file}`,
        sha256: sha256(document.content),
        ...dates,
      }),
      document,
    };
  });
}

export function buildGraph(t: Clock, r: OrganizationRecords): GraphData {
  const nodes = new Map<Label, NodeRow[]>();
  const rels = new Map<string, RelationshipBatch>();

  const node = (label: Label, props: Record<string, PlainValue | undefined> & { id: string }): void => {
    if (labelOf(props.id) !== label) throw new Error(`Id "${props.id}" does not fit label ${label}`);
    if (!nodes.has(label)) nodes.set(label, []);
    nodes.get(label)!.push(row(props));
  };
  const link = (type: RelationshipType, from: string, to: string, properties?: Record<string, PlainValue>): void => {
    const [fromLabel, toLabel] = [labelOf(from), labelOf(to)];
    const key = `${type}:${fromLabel}:${toLabel}`;
    const batch = rels.get(key) ?? { type, from: fromLabel, to: toLabel, rows: [] };
    batch.rows.push(properties ? { from, to, properties } : { from, to });
    rels.set(key, batch);
  };
  const own = (owner: string | undefined, id: string): void => {
    if (owner) link('OWNS', owner, id);
  };

  const { adopts, ...organization } = r.organization;
  node('Organization', organization);
  for (const standard of adopts) link('ADOPTS', organization.id, standard);

  for (const { owner, dependsOn = {}, runs = [], uses = [], providedBy, ...props } of r.systems) {
    node('AISystem', props);
    link('OPERATES', organization.id, props.id);
    own(owner, props.id);
    for (const [callee, purpose] of Object.entries(dependsOn)) link('DEPENDS_ON', props.id, callee, { purpose });
    for (const model of runs) link('RUNS', props.id, model);
    for (const { dataset, purpose } of uses) link('USES', props.id, dataset, { purpose });
    if (providedBy) link('PROVIDED_BY', props.id, providedBy);
  }
  for (const { owner, trainedOn = [], providedBy, ...props } of r.models) {
    node('Model', props);
    own(owner, props.id);
    for (const dataset of trainedOn) link('TRAINED_ON', props.id, dataset);
    if (providedBy) link('PROVIDED_BY', props.id, providedBy);
  }
  for (const { owner, providedBy, ...props } of r.datasets) {
    node('Dataset', props);
    own(owner, props.id);
    if (providedBy) link('PROVIDED_BY', props.id, providedBy);
  }
  for (const { owner, ...props } of r.vendors) {
    node('Vendor', props);
    own(owner, props.id);
  }
  for (const { owner, threatens, arisesFrom, mitigatedBy, ...props } of r.risks) {
    node('Risk', props);
    own(owner, props.id);
    for (const target of threatens) link('THREATENS', props.id, target);
    for (const source of arisesFrom) link('ARISES_FROM', props.id, source);
    for (const control of mitigatedBy) link('MITIGATES', control, props.id);
  }
  for (const { control, scope, owner, ...props } of r.implementations) {
    const id = implementationId(control, scope);
    node('Implementation', { id, ...props });
    link('IMPLEMENTS', id, control);
    link('APPLIES_TO', id, scope);
    own(owner, id);
  }
  for (const { record: e, row } of evidenceItems(t, r)) {
    node('Evidence', row);
    for (const implementation of e.supports) link('SUPPORTS', e.id, implementation);
    if (e.supersedes) link('SUPERSEDES', e.id, e.supersedes);
  }
  for (const { memberOf = {}, ...props } of r.people) {
    node('Person', props);
    for (const [team, role] of Object.entries(memberOf)) link('MEMBER_OF', props.id, team, { role });
  }
  for (const { owner, ...props } of r.teams) {
    node('Team', props);
    own(owner, props.id);
  }
  for (const { owner, addresses, ...props } of r.policies) {
    node('Policy', props);
    own(owner, props.id);
    for (const control of addresses) link('ADDRESSES', props.id, control);
  }
  for (const { owner, affected, materialised, failed = [], ...props } of r.incidents) {
    node('Incident', props);
    own(owner, props.id);
    for (const system of affected) link('AFFECTED', props.id, system);
    for (const risk of materialised) link('MATERIALISED', props.id, risk);
    for (const control of failed) link('FAILED', props.id, control);
  }
  for (const { owner, measures, indicates = [], ...props } of r.kpis) {
    node('KPI', props);
    own(owner, props.id);
    for (const system of measures) link('MEASURES', props.id, system);
    for (const risk of indicates) link('INDICATES', props.id, risk);
  }
  buildGovernance(r, node, link);

  return {
    nodes: [...nodes].map(([label, rows]) => ({ label, rows })),
    relationships: [...rels.values()],
  };
}

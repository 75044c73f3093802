import { lateness, responseProtocols, type Severity } from '../workflows/responseProtocol.js';
import type { Gap } from './gaps.js';
import type { NodeRef } from './refs.js';

/*
 * The one-sentence reasons of governanceGaps.ts, from the rows its Cypher returns: each says what is
 * missing, since when and what it touches, with the ids an auditor would look up.
 */

export interface RawDeployment {
  deployedOn: string;
  note: string | null;
  riskTier: string | null;
  required: number;
  /** Distinct approvers who approved by asOf, and by the day it was deployed. */
  approved: number;
  approvedAtDeployment: number;
  rejectedBy: string[];
}

export interface RawAssessment {
  lifecycleStage: string | null;
  customerFacing: boolean | null;
  assessment: { id: string; assessedOn: string; dueOn: string } | null;
  drafts: string[];
}

export interface RawAction {
  dueOn: string;
  completedOn: string | null;
  owners: string[];
  finding: { id: string; title: string } | null;
  rejected: string[];
}

export interface RawRecurrence {
  count: number;
  findings: { id: string; kind: string; raisedOn: string }[];
}

export interface RawKpi {
  value: number;
  measuredOn: string | null;
  threshold: number;
  direction: string | null;
  unit: string | null;
  systems: string[];
  risks: string[];
}

export interface RawIncident {
  severity: string | null;
  occurredAt: string;
  respondedAt: string | null;
  resolvedAt: string | null;
}

export interface RawReview {
  organization: NodeRef;
  last: (NodeRef & { heldOn: string }) | null;
}

const joined = (xs: readonly string[]) => xs.join(', ');
const sentence = (text: string) => `${text.replace(/[.\s]+$/, '')}.`;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function deploymentReason(d: Gap & RawDeployment, asOf: string): string {
  const tier = d.riskTier ? `its ${d.riskTier} risk tier` : 'its risk tier';
  const since = d.approved !== d.approvedAtDeployment ? ` (${d.approved} by ${asOf})` : '';
  const rejected = d.rejectedBy.length ? `, and ${joined(d.rejectedBy)} rejected it` : '';
  const note = d.note?.trim() ? d.note.trim() : 'no emergency justification was recorded';
  return sentence(`${d.id} was deployed on ${d.deployedOn} with ${d.approvedAtDeployment} of the ${d.required} approvals ` +
    `${tier} requires${since}${rejected}: ${note}`);
}

export function assessmentReason(s: Gap & RawAssessment, asOf: string): string {
  const what = [s.customerFacing ? 'customer-facing' : null, s.lifecycleStage].filter(Boolean).join(', ');
  const drafts = s.drafts.length ? ` (${s.drafts.length === 1 ? 'draft' : 'drafts'}: ${joined(s.drafts)})` : '';
  const a = s.assessment;
  if (!a) return `${s.id} (${what}) has no approved impact assessment on ${asOf}${drafts}.`;
  return `The latest approved impact assessment of ${s.id} (${what}), ${a.id} of ${a.assessedOn}, ` +
    `was due for review on ${a.dueOn}${drafts}.`;
}

export function actionReason(a: Gap & RawAction, asOf: string): string {
  const owners = a.owners.length ? `, owned by ${joined(a.owners)},` : ', owned by no one,';
  const corrects = a.finding ? `; it corrects ${a.finding.id}: ${a.finding.title}` : '';
  return sentence(`${a.id}${owners} was due on ${a.dueOn} and is still open ${plural(days(a.dueOn, asOf), 'day')} later${corrects}`);
}

export function unevidencedReason(a: Gap & RawAction): string {
  const rejected = a.rejected.length ? ` (${joined(a.rejected)} rejected in review)` : '';
  const finding = a.finding ? `, so it cannot close ${a.finding.id}` : '';
  return `${a.id} was marked done on ${a.completedOn} but no evidence CLOSES it${rejected}${finding}.`;
}

export function recurrenceReason(t: Gap & RawRecurrence, asOf: string): string {
  const listed = t.findings.map((f) => `${f.id} (${f.kind.replace('-nonconformity', '')}, ${f.raisedOn})`);
  const more = t.count > listed.length ? ` and ${t.count - listed.length} more` : '';
  return `${t.count} nonconformities concerned ${t.id} in the 365 days to ${asOf}: ${joined(listed)}${more}.`;
}

const amount = (value: number, unit: string | null) => (unit === 'percent' ? `${value}%` : unit ? `${value} ${unit}` : `${value}`);

export function kpiReason(k: Gap & RawKpi): string {
  const side = k.direction === 'lower-is-better' ? 'above' : 'below';
  const on = k.measuredOn ? ` on ${k.measuredOn}` : '';
  const touches = [
    k.systems.length ? `measures ${joined(k.systems)}` : null,
    k.risks.length ? `indicates ${joined(k.risks)}` : null,
  ].filter(Boolean).join(' and ');
  return `${k.id} measured ${amount(k.value, k.unit)}${on}, ${side} its threshold of ${amount(k.threshold, k.unit)}` +
    `${touches ? `; it ${touches}` : ''}.`;
}

const hours = (ms: number) => {
  const h = ms / 3_600_000;
  return `${h < 10 ? Math.round(h * 10) / 10 : Math.round(h)} h`;
};

/**
 * The candidates late on `asOf` by responseProtocol.lateness, each with its reason. "On asOf" is its
 * end (UTC), or now when asOf is today; a response or resolution recorded later had not happened yet.
 */
export function lateIncidents(candidates: (Gap & RawIncident)[], asOf: string): { incident: Gap; reason: string }[] {
  const end = Date.parse(`${asOf}T23:59:59.999Z`);
  const nowMs = asOf === new Date().toISOString().slice(0, 10) ? Math.min(end, Date.now()) : end;
  const now = new Date(nowMs).toISOString();
  const by = (at: string | null) => (at && Date.parse(at) <= nowMs ? at : null);
  return candidates.flatMap((incident) => {
    const seen = { ...incident, respondedAt: by(incident.respondedAt), resolvedAt: by(incident.resolvedAt) };
    const late = lateness(seen, now);
    if (!late.length) return [];
    const protocol = responseProtocols[incident.severity as Severity];
    const after = (at: string | null) => hours((at ? Date.parse(at) : nowMs) - Date.parse(incident.occurredAt));
    const parts = late.map((what) => what === 'response'
      ? (seen.respondedAt ? `was responded to ${after(seen.respondedAt)} after it started` : `had no response ${after(null)} after it started`) +
        `, where ${incident.severity} allows ${protocol.respondWithinHours} h`
      : (seen.resolvedAt ? `was resolved ${after(seen.resolvedAt)} after it started` : `was unresolved ${after(null)} after it started`) +
        `, where ${incident.severity} allows ${protocol.resolveWithinHours} h`);
    return [{ incident, reason: `${incident.id} (${incident.severity}) ${parts.join(', and ')}.` }];
  });
}

export function reviewReason(r: RawReview, asOf: string): string {
  if (!r.last) return `No management review has been held up to ${asOf}.`;
  return `No management review was held in the 365 days to ${asOf}; the last, ${r.last.id}, ` +
    `was held on ${r.last.heldOn}, ${plural(days(r.last.heldOn, asOf), 'day')} before.`;
}

import { createHash } from 'node:crypto';
import iso from '../catalog/iso42001.json' with { type: 'json' };
import type { Clock } from '../organization/clock.js';
import { implementationId } from '../organization/implementations.js';
import type { EvidenceKind, ImplementationStatus } from '../organization/types.js';
import { pad, type ChunkBuilder } from './chunk.js';
import { addDays, addDaysTime } from './days.js';
import type { Random } from './random.js';
import { datedKinds, evidenceByArea, scopeControls } from './vocabulary.js';

export const controlIds: readonly string[] = iso.annexA.controls.map((c) => c.id);
export const riskSourceIds: readonly string[] = iso.annexC.riskSources.map((s) => s.id);
const controlTitle = new Map(iso.annexA.controls.map((c) => [c.id, c.title]));

export type ScopeKind = keyof typeof scopeControls;
export interface Scope {
  id: string;
  kind: ScopeKind;
  name: string;
  retired?: boolean;
}

/** How many controls a scope of each kind implements: [min, max] (retired systems keep a few). */
const perScope: Record<ScopeKind, readonly [number, number]> = { system: [14, 18], model: [1, 4], dataset: [3, 5], vendor: [2, 3] };
const statuses: readonly (readonly [ImplementationStatus, number])[] = [
  ['implemented', 70], ['partial', 14], ['planned', 5], ['not-started', 4], ['excluded', 7],
];
const exclusions = [
  'Not applicable: the system makes no decision about a customer and a human reviews every output.',
  'Covered by the group platform it calls; no separate implementation is needed here.',
  'Not applicable while the system is not in production; to be revisited before go-live.',
  'The supplier contract assigns this control to the provider; covered by the A.10 assessment.',
];

/**
 * Implementations of Annex A controls on each scope, each with an evidence chain. The chains are
 * what makes freshness realistic: every cadence a new record SUPERSEDES the last one, renewals
 * come a little early or late, and some owners stop renewing, so on any day a share of the latest
 * records is stale and another share is expiring. Chains start at random points over the last
 * few years, so expiries are spread evenly and some lapse every day.
 */
export function addControls(b: ChunkBuilder, r: Random, t: Clock, code: string, scopes: Scope[], owners: string[]): void {
  let evidenceNo = 0;
  const nextEvidenceId = (): string => `EVD-${code}-${pad(++evidenceNo, 6)}`;

  for (const scope of scopes) {
    const [min, max] = scope.retired ? [3, 6] : perScope[scope.kind];
    const pool = scopeControls[scope.kind];
    const controls = r.distinct(r.int(min, Math.min(max, pool.length)), () => r.pick(pool));
    for (const control of controls) {
      const id = implementationId(control, scope.id);
      const status = r.weighted(statuses);
      const owner = r.pick(owners);
      const title = controlTitle.get(control) ?? control;
      const history = evidenceChain(r, t, control, scope, status, nextEvidenceId);
      const firstDay = history[0]?.recordedOn ?? t.day(-r.int(30, 700));
      b.node('Implementation', {
        id,
        status,
        description: `${title} for ${scope.name}: ${status === 'partial' ? 'in place with known gaps' : status}.`,
        justification: status === 'excluded' ? r.pick(exclusions) : undefined,
        updatedOn: status === 'implemented' || status === 'partial' ? addDays(firstDay, r.int(0, 30)) : firstDay,
      });
      b.link('IMPLEMENTS', id, control);
      b.link('APPLIES_TO', id, scope.id);
      b.link('OWNS', owner, id);
      history.forEach((e, i) => {
        b.node('Evidence', { ...e.props, recordedAt: e.recordedAt });
        b.link('SUPPORTS', e.props.id, id);
        const older = history[i - 1];
        if (older) b.link('SUPERSEDES', e.props.id, older.props.id);
      });
    }
  }
}

interface EvidenceDraft {
  recordedOn: string;
  recordedAt: string;
  props: { id: string } & Record<string, string | number | undefined>;
}

function evidenceChain(
  r: Random, t: Clock, control: string, scope: Scope, status: ImplementationStatus, nextId: () => string,
): EvidenceDraft[] {
  if (status !== 'implemented' && !(status === 'partial' && r.chance(0.7))) return [];
  const area = control.split('.').slice(0, 2).join('.');
  const [kind, cadence] = r.weighted((evidenceByArea[area] ?? [['report', 365, 1]]).map(([k, c, w]) => [[k, c] as const, w] as const));
  // A lapsed chain stopped being renewed some time in the last two cadences.
  const stopsAt = r.chance(0.1) ? -r.int(1, 2 * cadence) : 0;
  const drafts: EvidenceDraft[] = [];
  for (let day = -r.int(365, 1000); day < stopsAt; day += cadence + r.int(-Math.round(cadence / 6), Math.round(cadence / 4))) {
    drafts.push(draft(r, t, kind, cadence, control, scope, day, nextId()));
  }
  // Some evidence on the latest record is still waiting for review, a little was rejected.
  const latest = drafts[drafts.length - 1];
  if (latest) latest.props.reviewState = r.weighted([['accepted', 85], ['submitted', 12], ['rejected', 3]]);
  return drafts;
}

const times = ['08:10', '09:05', '09:40', '10:15', '11:30', '13:20', '14:45', '15:10', '16:35'];

function draft(
  r: Random, t: Clock, kind: EvidenceKind, cadence: number, control: string, scope: Scope, day: number, id: string,
): EvidenceDraft {
  const recordedOn = t.day(day);
  const periodEnd = addDays(recordedOn, -1);
  const dated = datedKinds.includes(kind);
  const uri = `https://evidence.brightwater.example/${scope.id.toLowerCase()}/${control}/${recordedOn}-${kind}`;
  return {
    recordedOn,
    recordedAt: addDaysTime(recordedOn, 0, r.pick(times)),
    props: {
      id,
      title: `${controlTitle.get(control) ?? control}: ${kind.replace('-', ' ')} for ${scope.name}, ${recordedOn.slice(0, 7)}`,
      kind,
      uri,
      sha256: createHash('sha256').update(uri).digest('hex'),
      periodStart: addDays(periodEnd, dated ? 0 : -cadence + 1),
      periodEnd,
      // Dated documents carry their own end date, a little past the cadence; the rest are reviewed on cadence.
      validUntil: dated ? addDays(recordedOn, cadence + r.int(0, 14)) : undefined,
      reviewIntervalDays: dated ? undefined : cadence,
      reviewState: 'accepted',
    },
  };
}

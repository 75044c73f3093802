import type { ChangeStatus } from './generated/graphql';

/**
 * The approvals queue's shape: requests in sections, pending first (what needs deciding now),
 * then what was decided and what reached production.
 */
export type QueueSection = 'PENDING' | 'REJECTED' | 'APPROVED' | 'DEPLOYED' | 'WITHDRAWN';

export const SECTIONS: { key: QueueSection; title: string; detail: string }[] = [
  { key: 'PENDING', title: 'Waiting for approval', detail: 'Longest waiting first. Each names the approvers who have not decided yet.' },
  { key: 'REJECTED', title: 'Rejected', detail: 'One named approver’s rejection rejects a request.' },
  { key: 'APPROVED', title: 'Approved, not deployed', detail: 'Every approval its risk tier requires is given.' },
  { key: 'DEPLOYED', title: 'Deployed', detail: 'In production; a request deployed without the approvals it needed is a gap.' },
  { key: 'WITHDRAWN', title: 'Withdrawn', detail: 'Withdrawn by the requester before a decision.' },
];

export interface QueueItem {
  id: string;
  status: ChangeStatus;
  requestedAt: string;
  deployedOn?: string | null;
  approvers: { person: { id: string }; approval?: { decision: string } | null }[];
}

/** The section a request belongs to: anything in production is deployed, whatever its approvals. */
export function sectionOf(item: Pick<QueueItem, 'status' | 'deployedOn'>): QueueSection {
  return item.deployedOn ? 'DEPLOYED' : item.status;
}

/** Requests by section in SECTIONS order: pending oldest first, the others newest first (decided or deployed). */
export function queue<T extends QueueItem>(items: readonly T[]): { key: QueueSection; items: T[] }[] {
  const by = new Map<QueueSection, T[]>(SECTIONS.map((s) => [s.key, []]));
  for (const item of items) by.get(sectionOf(item))?.push(item);
  const at = (i: T) => Date.parse(i.requestedAt);
  return SECTIONS.map(({ key }) => {
    const list = by.get(key) ?? [];
    if (key === 'PENDING') list.sort((a, b) => at(a) - at(b));
    else if (key === 'DEPLOYED') list.sort((a, b) => (b.deployedOn ?? '').localeCompare(a.deployedOn ?? '') || at(b) - at(a));
    else list.sort((a, b) => at(b) - at(a));
    return { key, items: list };
  });
}

/** The named approvers who have not decided yet. */
export function undecided<T extends QueueItem['approvers'][number]>(approvers: readonly T[]): T[] {
  return approvers.filter((a) => !a.approval);
}

/** Approvals given so far (rejections do not count towards what is required). */
export function approvalsGiven(approvers: QueueItem['approvers']): number {
  return approvers.filter((a) => a.approval?.decision === 'APPROVED').length;
}

/** Whole days from an instant to the end of `asOf`'s day, for "waiting 3 days". */
export function daysWaiting(requestedAt: string, asOf: string): number {
  const from = Date.parse(`${requestedAt.slice(0, 10)}T00:00:00Z`);
  return Math.max(0, Math.round((Date.parse(`${asOf}T00:00:00Z`) - from) / 86_400_000));
}

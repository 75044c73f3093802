import type { incidentSeverities } from '../model.js';

export type Severity = (typeof incidentSeverities)[number];

export interface ResponseProtocol {
  severity: Severity;
  /** Hours from occurredAt to the start of the response. */
  respondWithinHours: number;
  /** Hours from occurredAt to resolution. */
  resolveWithinHours: number;
  notify: string[];
  steps: string[];
}

/**
 * What each severity level requires of the response. One table, read by the API (Incident.protocol),
 * by the gaps (responses and resolutions later than it allows) and by the explorer's timeline.
 */
export const responseProtocols: Record<Severity, ResponseProtocol> = {
  SEV1: {
    severity: 'SEV1',
    respondWithinHours: 1,
    resolveWithinHours: 24,
    notify: ['AI governance committee', 'Data protection officer', 'Customer experience lead', 'Affected customers'],
    steps: [
      'Switch the affected system to human handling or a safe fallback',
      'Open a bridge with the system owner and on-call engineers',
      'Notify the governance committee and the data protection officer',
      'Tell affected customers what happened and what they should do',
      'Record a root cause and raise a nonconformity',
    ],
  },
  SEV2: {
    severity: 'SEV2',
    respondWithinHours: 4,
    resolveWithinHours: 72,
    notify: ['System owner', 'AI governance lead'],
    steps: [
      'Contain: narrow the system\'s scope or raise its hand-off threshold',
      'Notify the system owner and the AI governance lead',
      'Record a root cause; raise a nonconformity when a control failed',
    ],
  },
  SEV3: {
    severity: 'SEV3',
    respondWithinHours: 24,
    resolveWithinHours: 240,
    notify: ['System owner'],
    steps: ['Triage in the next working day', 'Fix in the normal release cycle'],
  },
  SEV4: {
    severity: 'SEV4',
    respondWithinHours: 72,
    resolveWithinHours: 720,
    notify: [],
    steps: ['Log and review at the monthly quality meeting'],
  },
};

/** The deadlines an incident misses on `now` (ISO datetime): 'response' and/or 'resolution'. */
export function lateness(
  incident: { severity?: string | null; occurredAt?: string | null; respondedAt?: string | null; resolvedAt?: string | null },
  now: string,
): ('response' | 'resolution')[] {
  const protocol = responseProtocols[incident.severity as Severity];
  if (!protocol || !incident.occurredAt) return [];
  const start = Date.parse(incident.occurredAt);
  const at = (hours: number) => start + hours * 3_600_000;
  const late: ('response' | 'resolution')[] = [];
  const check = (done: string | null | undefined, deadline: number, what: 'response' | 'resolution') => {
    const end = done ? Date.parse(done) : Date.parse(now);
    if (end > deadline) late.push(what);
  };
  check(incident.respondedAt, at(protocol.respondWithinHours), 'response');
  check(incident.resolvedAt, at(protocol.resolveWithinHours), 'resolution');
  return late;
}

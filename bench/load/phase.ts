import autocannon from 'autocannon';
import { percentiles } from '../stats.js';
import { EXPECTED_CODES, KINDS, opSource, type Kind, type MixInputs, type Op, type Weights } from './mix.js';
import type { RssFigures, rssSeries } from './rssSeries.js';
import type { WriteLedger } from './writeLedger.js';

export interface PhaseSpec {
  name: string;
  connections: number;
  seconds: number;
  weights: Weights;
  seed: number;
}

export interface Target {
  url: string;
  /**
   * Several keys a role, taken in turn: many integrators rather than one, so the server's per-key
   * rate limit (on, at its defaults) sees what it would in service and the load stays under it.
   */
  tokens: Record<'viewer' | 'editor', string[]>;
}

let turn = 0;
/** The next key of a role. */
export const tokenOf = (target: Target, role: 'viewer' | 'editor') => target.tokens[role][turn++ % target.tokens[role].length]!;

export interface KindFigures {
  requests: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
  /** GraphQL error codes seen, each error counted. */
  codes: Record<string, number>;
  /** Latency (ms) of the answers that were not refusals: the work the server took on. */
  p50: number;
  p99: number;
  /** 503 SERVICE_UNAVAILABLE answers, those refused on arrival (queue full) and their latency. */
  refused: number;
  refusedQueueFull: number;
  refusedP50: number;
  refusedP99: number;
  /** 503s without Retry-After or without SERVICE_UNAVAILABLE. */
  refusedMalformed: number;
  /** 5xx other than a well-formed refusal, or a GraphQL error code the kind must not answer with. */
  unexpected: number;
}

export interface PhaseResult {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  /** Requests built per kind: more than answered when some were cut off by the phase's end. */
  sent: Partial<Record<Kind, number>>;
  requestsPerSecond: number;
  timeouts: number;
  connectionErrors: number;
  all: KindFigures;
  byKind: Partial<Record<Kind, KindFigures>>;
  /** A few of the unexpected answers, to start from. */
  unexpectedSamples: string[];
  rss: RssFigures;
}

/** The client gives up after this long; the server's admission answers long before. */
const TIMEOUT_SECONDS = 10;

export interface Judged {
  kind: Kind;
  status: number;
  codes: string[];
  refused: boolean;
  queueFull: boolean;
  malformed: boolean;
  unexpected: boolean;
}

// autocannon gives each connection a fresh context per request (with one request in the list):
// it carries the op from setupRequest to onResponse, and nothing longer-lived.
interface Context {
  op?: Op;
}

/**
 * One phase of load with autocannon: `connections` keep-alive connections for `seconds`, each
 * request drawn from the weights. Every answer is judged as it arrives (status, error codes,
 * Retry-After, the write it acknowledges) and timed per kind; writes go to the ledger.
 */
export async function runPhase(
  target: Target,
  inputs: MixInputs,
  ledger: WriteLedger,
  rss: ReturnType<typeof rssSeries>,
  spec: PhaseSpec,
  log: (line: string) => void,
): Promise<PhaseResult> {
  const next = opSource(inputs, spec.weights, spec.seed);
  const latencies = new Map<Kind, { accepted: number[]; refused: number[] }>();
  const judged: Judged[] = [];
  const samples: string[] = [];
  const sent: PhaseResult['sent'] = {};
  // onResponse sees the body, the 'response' event the time; autocannon fires them back to back.
  let last: Judged | null = null;
  rss.phase(spec.name);
  const instance = autocannon({
    url: `${target.url}/graphql`,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: TIMEOUT_SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req, context) => {
          const ctx = context as Context;
          const op = next();
          ctx.op = op;
          ledger.sent(op);
          sent[op.kind] = (sent[op.kind] ?? 0) + 1;
          return { ...req, body: op.body, headers: { ...req.headers, authorization: `Bearer ${tokenOf(target, op.role)}` } };
        },
        onResponse: (status, body, context, headers) => {
          const op = (context as Context).op!;
          if (op.kind === 'setStatus') inputs.statusInFlight.delete(op.implementationId!);
          last = judge(op, status, body, headers ?? {});
          ledger.answered(op, { acknowledged: acknowledges(op, status, body, last), refused: last.refused || (last.codes.length > 0 && !last.unexpected) });
          if (last.unexpected && samples.length < 5) samples.push(`${op.kind}: ${status} ${body.slice(0, 300)}`);
        },
      },
    ],
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client, _status, _bytes, ms) => {
    if (!last) return;
    judged.push(last);
    const l = latencies.get(last.kind) ?? { accepted: [], refused: [] };
    latencies.set(last.kind, l);
    (last.refused ? l.refused : l.accepted).push(ms);
    last = null;
  });
  const started = Date.now();
  const ticker = setInterval(() => {
    const refused = judged.filter((j) => j.refused).length;
    const rssNow = rss.latestMb();
    log(`${spec.name}: ${Math.round((Date.now() - started) / 1000)}/${spec.seconds} s, ${judged.length} answers, ${refused} refused (503), RSS ${rssNow?.toFixed(0) ?? '?'} MB`);
  }, 5_000);
  let result: autocannon.Result;
  try {
    result = await instance;
  } finally {
    clearInterval(ticker);
  }
  const byKind: PhaseResult['byKind'] = {};
  for (const kind of KINDS) {
    const mine = judged.filter((j) => j.kind === kind);
    if (mine.length) byKind[kind] = figures(mine, [latencies.get(kind)!]);
  }
  return {
    name: spec.name,
    connections: spec.connections,
    seconds: result.duration,
    requests: judged.length,
    sent,
    requestsPerSecond: judged.length / Math.max(result.duration, 0.001),
    timeouts: result.timeouts,
    connectionErrors: result.errors - result.timeouts,
    all: figures(judged, [...latencies.values()]),
    byKind,
    unexpectedSamples: samples,
    rss: rss.figures(spec.name),
  };
}

export function judge(op: Op, status: number, body: string, headers: Record<string, unknown>): Judged {
  const codes = errorCodes(body);
  const refused = status === 503 && codes.includes('SERVICE_UNAVAILABLE');
  const retryAfter = Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  const malformed = status === 503 && (!refused || !(Number(retryAfter) >= 1));
  const expected = EXPECTED_CODES[op.kind] ?? [];
  const unexpected = malformed || (status >= 500 && !refused) || (!refused && codes.some((c) => !expected.includes(c)));
  return { kind: op.kind, status, codes, refused, queueFull: refused && body.includes('queue is full'), malformed, unexpected };
}

/** Error codes of a GraphQL answer; a body that is not GraphQL's JSON counts as one NOT_GRAPHQL. */
function errorCodes(body: string): string[] {
  // Answers are mostly large and error-free: parse only what may hold errors.
  if (!body.includes('"errors"')) return body.startsWith('{') ? [] : ['NOT_GRAPHQL'];
  try {
    const json = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return (json.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  } catch {
    return ['NOT_GRAPHQL'];
  }
}

/** A write is acknowledged when the answer carries what it asked for, and no error. */
export function acknowledges(op: Op, status: number, body: string, j: Judged): boolean {
  if (status !== 200 || j.codes.length > 0 || op.role !== 'editor') return false;
  try {
    const data = (JSON.parse(body) as { data?: Record<string, { id?: string; status?: string } | null> }).data ?? {};
    if (op.kind === 'setStatus') return data.updateImplementation?.status === op.status;
    return data.createEvidence?.id === op.evidenceId;
  } catch {
    return false;
  }
}

function figures(judged: Judged[], timings: { accepted: number[]; refused: number[] }[]): KindFigures {
  const count = (pick: (j: Judged) => string[]) => {
    const out: Record<string, number> = {};
    for (const j of judged) for (const key of pick(j)) out[key] = (out[key] ?? 0) + 1;
    return out;
  };
  const accepted = percentiles(timings.flatMap((t) => t.accepted));
  const refused = percentiles(timings.flatMap((t) => t.refused));
  const n = (pred: (j: Judged) => boolean) => judged.filter(pred).length;
  return {
    requests: judged.length,
    statuses: count((j) => [String(j.status)]),
    codes: count((j) => j.codes),
    p50: accepted.p50,
    p99: accepted.p99,
    refused: n((j) => j.refused),
    refusedQueueFull: n((j) => j.queueFull),
    refusedP50: refused.p50,
    refusedP99: refused.p99,
    refusedMalformed: n((j) => j.malformed),
    unexpected: n((j) => j.unexpected),
  };
}

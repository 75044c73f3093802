import type { IncomingMessage, ServerResponse } from 'node:http';
import { UserFacingError } from '../graph/index.js';

export interface AdmissionLimits {
  /** GraphQL requests executing at once (AIMS_MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** Requests waiting for a slot, first come first served (AIMS_MAX_QUEUE); beyond it, 503 at once. */
  maxQueue: number;
  /** Longest a request waits in the queue before it too gets 503 (AIMS_MAX_QUEUE_WAIT_MS). */
  maxWaitMs: number;
}

/**
 * Sized for the 2-core machine the project is measured on: coverage saturates both cores at about
 * 8 requests in flight, so more only adds contention. The queue holds the bench's and load test's
 * 64 connections without refusing them, and a request that cannot start within 3 s is better
 * retried than kept: by then most clients have given up or will soon.
 */
export const DEFAULT_ADMISSION: AdmissionLimits = { maxInFlight: 8, maxQueue: 64, maxWaitMs: 3_000 };

/** The limits from AIMS_MAX_IN_FLIGHT, AIMS_MAX_QUEUE and AIMS_MAX_QUEUE_WAIT_MS, defaults for the rest. */
export function admissionLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): AdmissionLimits {
  const int = (name: string, fallback: number, min: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new UserFacingError(`${name} must be a whole number ≥ ${min}, not "${raw}".`);
    return n;
  };
  return {
    maxInFlight: int('AIMS_MAX_IN_FLIGHT', DEFAULT_ADMISSION.maxInFlight, 1),
    maxQueue: int('AIMS_MAX_QUEUE', DEFAULT_ADMISSION.maxQueue, 0),
    maxWaitMs: int('AIMS_MAX_QUEUE_WAIT_MS', DEFAULT_ADMISSION.maxWaitMs, 1),
  };
}

export interface AdmissionStats {
  inFlight: number;
  queued: number;
  /** Totals since start. */
  admitted: number;
  refusedQueueFull: number;
  refusedWaitedTooLong: number;
  leftWhileQueued: number;
}

interface Waiter {
  res: ServerResponse;
  settle(outcome: 'admitted' | 'expired' | 'left'): void;
}

/**
 * Bounds the GraphQL work the server takes on. Past the limit a request waits in a bounded FIFO
 * queue; past the queue, or past the longest wait, it is answered 503 with Retry-After straight
 * away, so overload costs a short answer instead of memory, driver connections and timeouts for
 * everyone. A queued request's body stays unread in the socket (the kernel holds it, not us).
 */
export class Admission {
  readonly limits: AdmissionLimits;
  private active = 0;
  private readonly queue: Waiter[] = [];
  private readonly totals = { admitted: 0, refusedQueueFull: 0, refusedWaitedTooLong: 0, leftWhileQueued: 0 };

  constructor(limits: Partial<AdmissionLimits> = {}) {
    this.limits = { ...DEFAULT_ADMISSION, ...limits };
    const { maxInFlight, maxQueue, maxWaitMs } = this.limits;
    if (!(maxInFlight >= 1 && maxQueue >= 0 && maxWaitMs >= 1)) throw new RangeError(`invalid admission limits ${JSON.stringify(this.limits)}`);
  }

  stats(): AdmissionStats {
    return { inFlight: this.active, queued: this.queue.length, ...this.totals };
  }

  /** Runs `work` once a slot is free, or answers 503 itself; a client gone while queued is dropped. */
  async run(req: IncomingMessage, res: ServerResponse, work: () => Promise<void>): Promise<void> {
    if (this.active < this.limits.maxInFlight) {
      this.active += 1;
    } else if (this.queue.length >= this.limits.maxQueue) {
      this.totals.refusedQueueFull += 1;
      return refuse(req, res, this.retryAfterSeconds(), 'its queue is full');
    } else {
      const outcome = await this.wait(res);
      if (outcome === 'left') return;
      if (outcome === 'expired') {
        this.totals.refusedWaitedTooLong += 1;
        return refuse(req, res, this.retryAfterSeconds(), `this request waited ${this.limits.maxWaitMs / 1000} s for a turn`);
      }
    }
    this.totals.admitted += 1;
    try {
      await work();
    } finally {
      this.active -= 1;
      this.next();
    }
  }

  /** Whatever is queued now is gone within the longest wait: a fair time to come back. */
  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.limits.maxWaitMs / 1000));
  }

  private wait(res: ServerResponse): Promise<'admitted' | 'expired' | 'left'> {
    return new Promise((resolve) => {
      const leave = (outcome: 'expired' | 'left') => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        if (outcome === 'left') this.totals.leftWhileQueued += 1;
        waiter.settle(outcome);
      };
      const timer = setTimeout(() => leave('expired'), this.limits.maxWaitMs);
      const onClose = () => leave('left');
      const waiter: Waiter = {
        res,
        settle: (outcome) => {
          clearTimeout(timer);
          res.off('close', onClose);
          resolve(outcome);
        },
      };
      res.once('close', onClose);
      this.queue.push(waiter);
    });
  }

  /** Hands freed slots to the oldest waiters; the slot is taken here so no newcomer can jump in between. */
  private next(): void {
    while (this.active < this.limits.maxInFlight && this.queue.length > 0) {
      const waiter = this.queue.shift()!;
      this.active += 1;
      waiter.settle('admitted');
    }
  }
}

/**
 * 503 in GraphQL's error shape without reading the body: the socket drains it (a small one, so the
 * connection stays usable) or closes (a large or unsized one, which is not worth reading).
 */
function refuse(req: IncomingMessage, res: ServerResponse, retryAfter: number, why: string): void {
  const length = req.headers['transfer-encoding'] ? NaN : Number(req.headers['content-length'] ?? 0);
  if (!(length <= 64 * 1024)) res.shouldKeepAlive = false;
  req.resume();
  const body = JSON.stringify({
    errors: [{ message: `The server is at capacity and ${why}; retry in ${retryAfter} s.`, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
  });
  res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter), 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

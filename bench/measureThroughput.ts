import autocannon from 'autocannon';
import type { Graph } from '../graph/index.js';
import type { Question } from './questions.js';
import { percentiles, timed } from './stats.js';

export interface ThroughputFigures {
  requestsPerSecond: number;
  p99: number;
  requests: number;
  /** Failed calls: connection errors, timeouts, non-2xx and GraphQL errors. */
  errors: number;
}

export interface Load {
  connections: number;
  /** Each run stops after this long or after `maxRequests`, whichever comes first. */
  seconds: number;
  maxRequests: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The question through the API with autocannon: `connections` keep-alive connections, varied inputs. */
export async function apiThroughput(url: string, token: string, q: Question, load: Load): Promise<ThroughputFigures> {
  if (!LOOPBACK.has(new URL(url).hostname)) throw new Error(`the bench only loads a server on this machine, not ${url}`);
  let i = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: load.connections,
    duration: load.seconds,
    maxOverallRequests: Math.max(load.maxRequests, load.connections),
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(q.gql(q.inputs[i++ % q.inputs.length]!)) }) }],
    verifyBody: (body) => !String(body).includes('"errors"'),
  });
  return {
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.001),
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

/** The same through the query module alone: `connections` async loops sharing the bench's driver. */
export async function rawThroughput(graph: Graph, q: Question, load: Load): Promise<ThroughputFigures> {
  const started = Date.now();
  const end = started + load.seconds * 1000;
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const loop = async () => {
    while (Date.now() < end && next < load.maxRequests) {
      const input = q.inputs[next++ % q.inputs.length]!;
      try {
        latencies.push(await timed(() => q.raw(graph, input)));
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: load.connections }, loop));
  const seconds = (Date.now() - started) / 1000;
  return { requestsPerSecond: latencies.length / seconds, p99: percentiles(latencies).p99, requests: latencies.length, errors };
}

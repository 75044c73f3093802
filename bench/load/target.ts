import type { Server } from 'node:http';
import type { AdmissionLimits } from '../../api/admission.js';
import { createApp } from '../../api/app.js';
import { DEFAULT_RATE_LIMITS } from '../../api/rateLimit.js';
import { createApiKey, revokeApiKey, type Graph } from '../../graph/index.js';
import { freePort } from '../../graph/server/freePort.js';
import { startApiProcess } from '../apiProcess.js';
import { openBenchStore } from '../benchStore.js';
import { parseBenchOptions } from '../options.js';
import type { Target } from './phase.js';

export interface LoadTarget extends Target {
  graph: Graph;
  asOf: string;
  /** The process whose memory is watched: the API server's own, or this one when it runs here. */
  pid: number;
  limits: AdmissionLimits;
  close(): Promise<void>;
}

/** Keys a role: with the mixed phase's few hundred requests a second, each stays far under the per-key rate. */
const KEYS = { viewer: 16, editor: 8 } as const;

const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

async function makeKeys(graph: Graph) {
  const made = { viewer: [] as { id: string; token: string }[], editor: [] as { id: string; token: string }[] };
  for (const role of ['viewer', 'editor'] as const) {
    for (let i = 0; i < KEYS[role]; i++) {
      const { key, token } = await createApiKey(graph, { name: `load ${role} ${i + 1}`, role, expiresAt: inADay() });
      made[role].push({ id: key.id, token });
    }
  }
  return {
    tokens: { viewer: made.viewer.map((k) => k.token), editor: made.editor.map((k) => k.token) },
    revoke: async () => {
      for (const { id } of [...made.viewer, ...made.editor]) await revokeApiKey(graph, id);
    },
  };
}

/**
 * `npm run load`: the bench's own Neo4j (temporary, reference organisation as of today) and the
 * built server as its own process, so its memory is the server's alone; the admission limits
 * given, and the per-key rate limit at the server's defaults (the bench turns it off).
 */
export async function startProcessTarget(limits: AdmissionLimits, log: (line: string) => void): Promise<LoadTarget> {
  const store = await openBenchStore(parseBenchOptions([]), log);
  try {
    const perKey = DEFAULT_RATE_LIMITS.perKey!;
    const api = await startApiProcess(store.graph, log, {
      AIMS_MAX_IN_FLIGHT: String(limits.maxInFlight),
      AIMS_MAX_QUEUE: String(limits.maxQueue),
      AIMS_MAX_QUEUE_WAIT_MS: String(limits.maxWaitMs),
      AIMS_RATE_LIMIT: String(perKey.rate),
      AIMS_RATE_BURST: String(perKey.burst),
    });
    const keys = await makeKeys(store.graph);
    return {
      url: api.url,
      tokens: keys.tokens,
      graph: store.graph,
      asOf: store.asOf,
      pid: api.pid,
      limits,
      async close() {
        await api.stop();
        await keys.revoke();
        await store.close();
      },
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}

/**
 * The app in this process on a graph someone else runs (the tests' Neo4j): no build and no
 * Neo4j start, at the price of sharing the event loop and the memory figure with the client.
 */
export async function startInProcessTarget(graph: Graph, asOf: string, limits: AdmissionLimits): Promise<LoadTarget> {
  const app = await createApp({ graph, admission: limits, rateLimits: DEFAULT_RATE_LIMITS });
  const server: Server = app.listen(await freePort(), '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as { port: number }).port;
  const keys = await makeKeys(graph);
  return {
    url: `http://127.0.0.1:${port}`,
    tokens: keys.tokens,
    graph,
    asOf,
    pid: process.pid,
    limits,
    async close() {
      await app.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await keys.revoke();
    },
  };
}

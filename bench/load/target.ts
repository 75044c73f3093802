import type { AdmissionLimits } from '../../api/admission.js';
import { DEFAULT_RATE_LIMITS } from '../../api/rateLimit.js';
import { createApiKey, revokeApiKey, type Graph } from '../../graph/index.js';
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

/** The server's own admission limits, and the per-key rate limit at its defaults (the bench turns it off). */
function serverEnv(limits: AdmissionLimits): NodeJS.ProcessEnv {
  const perKey = DEFAULT_RATE_LIMITS.perKey!;
  return {
    AIMS_MAX_IN_FLIGHT: String(limits.maxInFlight),
    AIMS_MAX_QUEUE: String(limits.maxQueue),
    AIMS_MAX_QUEUE_WAIT_MS: String(limits.maxWaitMs),
    AIMS_RATE_LIMIT: String(perKey.rate),
    AIMS_RATE_BURST: String(perKey.burst),
  };
}

/** `npm run load`: the bench's own Neo4j (temporary, reference organisation as of today) and the built server. */
export async function startProcessTarget(limits: AdmissionLimits, log: (line: string) => void): Promise<LoadTarget> {
  const store = await openBenchStore(parseBenchOptions([]), log);
  try {
    const target = await startServerTarget(store.graph, store.asOf, limits, log);
    return {
      ...target,
      async close() {
        await target.close();
        await store.close();
      },
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}

/**
 * The built server as its own process on a graph that is running already (the tests' Neo4j in
 * CI): its memory is the server's alone, not shared with the load generator or a test runner.
 */
export async function startServerTarget(graph: Graph, asOf: string, limits: AdmissionLimits, log: (line: string) => void): Promise<LoadTarget> {
  const api = await startApiProcess(graph, log, serverEnv(limits));
  try {
    const keys = await makeKeys(graph);
    return {
      url: api.url,
      tokens: keys.tokens,
      graph,
      asOf,
      pid: api.pid,
      limits,
      async close() {
        await api.stop();
        await keys.revoke();
      },
    };
  } catch (e) {
    await api.stop();
    throw e;
  }
}

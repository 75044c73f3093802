import type { Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppContext } from '../../api/app.js';
import { RATE_LIMITS_OFF } from '../../api/rateLimit.js';
import { serverLog } from '../../api/serverLog.js';
import { createApiKey, type Graph, type Role } from '../../graph/index.js';
import { freePort } from '../../graph/server/freePort.js';
import { freshReferenceGraph, testGraph } from './testGraph.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

export interface TestApi {
  url: string;
  tokens: Record<Role, string>;
  /** POSTs an operation as a client would; role null sends no key. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, role?: Role | null): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

// Suites are refused on purpose by the hundred; their denial lines would bury the report. Internal
// errors still print, and denialLog.test.ts reads the lines through a spy of its own.
const sink = serverLog.sink;
serverLog.sink = (line) => {
  if (!line.includes('"event":"denied"')) sink(line);
};

/**
 * The real HTTP app on a free port, with a key for every role. Rate limits are off unless given:
 * suites send hundreds of requests with one key as fast as it answers.
 */
export async function startTestApi(graph: Graph, options: Omit<AppContext, 'graph'> = {}): Promise<TestApi> {
  const { listen, stop } = await createApp({ graph, rateLimits: RATE_LIMITS_OFF, ...options });
  const port = await freePort();
  const server: Server = listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const tokens = {} as Record<Role, string>;
  for (const role of ['viewer', 'auditor', 'editor', 'admin'] as const) {
    tokens[role] = (await createApiKey(graph, { name: `test ${role}`, role })).token;
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    tokens,
    async gql(query, variables = {}, role = 'admin') {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (role) headers.authorization = `Bearer ${tokens[role]}`;
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: res.status, ...body } as never;
    },
    async close() {
      await stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * For a test file: the reference data loaded as of `day` (or untouched when null) and the API on
 * top, set up before the tests and closed after them.
 */
export function useReferenceApi(day: string | null = '2026-11-26'): { graph(): Graph; api(): TestApi } {
  let graph: Graph;
  let api: TestApi;
  beforeAll(async () => {
    graph = await testGraph();
    if (day) await freshReferenceGraph(graph, day);
    api = await startTestApi(graph);
  });
  afterAll(async () => {
    await api.close();
    await graph.close();
  });
  return { graph: () => graph, api: () => api };
}

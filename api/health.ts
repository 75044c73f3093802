import type { Request, Response } from 'express';
import { graphCounts, type Graph } from '../graph/index.js';

/** How long /health waits for Neo4j before calling it unreachable. */
const HEALTH_TIMEOUT_MS = 3000;

/**
 * GET /health: 200 with the server version and counts when Neo4j answers, 503 "degraded" when it
 * does not. The driver would keep retrying an unreachable server; a health check must not wait.
 */
export function healthHandler(graph: Graph) {
  return async (_req: Request, res: Response) => {
    try {
      const [info, counts] = await withTimeout(Promise.all([graph.serverInfo(), graphCounts(graph)]), HEALTH_TIMEOUT_MS);
      res.status(200).json({
        status: 'ok',
        neo4j: { reachable: true, version: info.version, edition: info.edition },
        ...counts,
      });
    } catch {
      res.status(503).json({ status: 'degraded', neo4j: { reachable: false } });
    }
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  promise.catch(() => {}); // the loser of the race must not become an unhandled rejection
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

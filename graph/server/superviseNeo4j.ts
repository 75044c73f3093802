import { setTimeout as sleep } from 'node:timers/promises';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './localNeo4j.js';

/** The project's Neo4j kept running: restarted, on the same port and store, when it dies. */
export interface SupervisedNeo4j {
  uri: string;
  /** The process now running (it changes with each restart). */
  readonly pid: number;
  /** Restarts so far. */
  readonly restarts: number;
  /** Stops Neo4j for good (waiting for a restart under way, then stopping what it started). */
  stop(): Promise<void>;
}

/** Restart attempts after one unexpected exit, and the waits between them. */
const BACKOFF_MS = [0, 1000, 2000, 5000, 10_000, 20_000];

/**
 * Starts the local Neo4j and watches it: when it exits without being asked to (killed, crashed,
 * out of memory), the event is logged and it is started again with backoff. The driver reconnects
 * by itself, so the API recovers with no restart of its own; until then, queries answer
 * SERVICE_UNAVAILABLE. Neo4j replays its transaction log on start, so no acknowledged write is lost.
 */
export async function superviseNeo4j(options: LocalNeo4jOptions & { log: (line: string) => void }): Promise<SupervisedNeo4j> {
  const { log } = options;
  let current: LocalNeo4j = await startLocalNeo4j(options);
  let stopping = false;
  let restarts = 0;
  let restarting: Promise<void> = Promise.resolve();

  const restart = async (code: number | null, pid: number) => {
    log(`Neo4j (pid ${pid}) stopped unexpectedly (exit code ${code}); restarting it.`);
    for (const [attempt, wait] of BACKOFF_MS.entries()) {
      await sleep(wait);
      if (stopping) return;
      const started = Date.now();
      try {
        current = await startLocalNeo4j(options);
      } catch (e) {
        log(`Restart ${attempt + 1} of ${BACKOFF_MS.length} failed: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      restarts += 1;
      log(`Neo4j is running again (pid ${current.pid}, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
      // Asked to stop while it was starting: stop what was just started.
      if (stopping) await current.stop();
      else watch(current);
      return;
    }
    log('Neo4j could not be restarted; queries will answer SERVICE_UNAVAILABLE until the server is restarted.');
  };

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited.then((code) => {
      if (!stopping) restarting = restart(code, neo4j.pid);
    });
  };
  watch(current);

  return {
    uri: current.uri,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}

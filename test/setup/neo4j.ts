import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureLauncherBuilt } from '../../graph/server/build.js';
import { startLocalNeo4j } from '../../graph/server/localNeo4j.js';
import { freePort } from '../../graph/server/freePort.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * One real Neo4j for the whole run, in a temporary directory on a free port: tests never touch
 * the user's data or ports. Stopped, and its directory removed, when the run ends.
 */
export default async function setup(project: TestProject) {
  ensureLauncherBuilt((line) => console.log(`[neo4j] ${line}`));
  const home = mkdtempSync(join(tmpdir(), 'aims-test-neo4j-'));
  const neo4j = await startLocalNeo4j({ home, boltPort: await freePort(), heap: '768m', pageCache: '256m' });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  };
}

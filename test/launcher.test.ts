import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Graph } from '../graph/db.js';
import { startLocalNeo4j, type LocalNeo4j } from '../graph/server/localNeo4j.js';
import { freePort } from '../graph/server/freePort.js';

// These start Neo4j processes of their own, apart from the run's shared one.
const homes: string[] = [];
const running: LocalNeo4j[] = [];
function newHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'aims-launcher-'));
  homes.push(home);
  return home;
}
async function start(home: string, boltPort: number): Promise<LocalNeo4j> {
  const neo4j = await startLocalNeo4j({ home, boltPort, heap: '384m', pageCache: '64m' });
  running.push(neo4j);
  return neo4j;
}

afterAll(async () => {
  await Promise.all(running.map((n) => n.stop()));
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

describe('the local Neo4j launcher', () => {
  it('keeps the data across a clean stop and a second start, and refuses a second process on the same store', async () => {
    const home = newHome();
    const first = await start(home, await freePort());
    let graph = Graph.connect(first.uri);
    await graph.write('CREATE (:Probe {id: $id, at: datetime()})', { id: 'kept' });
    expect((await graph.serverInfo()).version).toBe('5.26.30');
    await graph.close();

    const locked = startLocalNeo4j({ home, boltPort: await freePort(), heap: '256m', pageCache: '32m' });
    await expect(locked).rejects.toThrow(/locked by another Neo4j process.*AIMS_DATA_DIR/s);

    await first.stop();
    expect(await first.exited).not.toBeNull();

    const second = await start(home, await freePort());
    graph = Graph.connect(second.uri);
    const rows = await graph.read('MATCH (p:Probe) RETURN p.id AS id');
    expect(rows).toEqual([{ id: 'kept' }]);
    await graph.close();
    await second.stop();
  });

  it('names the port and the variable to change when the Bolt port is taken', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startLocalNeo4j({ home: newHome(), boltPort: port })).rejects.toThrow(
        new RegExp(`Port ${port} is already in use.*NEO4J_BOLT_PORT`, 's'),
      );
    } finally {
      blocker.close();
    }
  });

  it('refuses a data directory written by another Neo4j version', async () => {
    const home = newHome();
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'AIMS_NEO4J_VERSION'), '4.4.30\n');
    await expect(startLocalNeo4j({ home, boltPort: await freePort() })).rejects.toThrow(/another Neo4j version/);
  });
});

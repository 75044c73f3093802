import '../production.js';
import { connect } from 'node:net';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { databaseConfig, migrate, openDatabase, UserFacingError, type DatabaseConfig, type OpenDatabase } from '../../graph/index.js';
import { Authenticator } from '../authenticator.js';
import { createMcpServer } from './server.js';

/*
 * `npm run mcp`: the MCP server on stdin/stdout, for desktop assistants that start it themselves.
 * stdout carries the protocol alone, so every line of ours goes to stderr. The key comes from
 * AIMS_API_KEY and binds the process: its role decides the tools, and a key revoked meanwhile is
 * refused at the next call (every transaction re-checks it).
 */

const log = (line: string) => console.error(line);

/** Whether something listens on 127.0.0.1:port (a running `npm start`'s Neo4j). */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** The project's Neo4j when `npm start` already runs it (its store is locked to that process); else as configured. */
async function reachDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  if (config.kind === 'local' && (await listening(config.boltPort))) {
    const uri = `bolt://127.0.0.1:${config.boltPort}`;
    return openDatabase({ kind: 'external', uri, user: 'neo4j', password: '', waitSeconds: 10, txTimeoutMs: config.txTimeoutMs }, log);
  }
  return openDatabase(config, log);
}

async function main(): Promise<void> {
  const token = process.env.AIMS_API_KEY;
  if (!token) throw new UserFacingError('Set AIMS_API_KEY to an API key; make one with: npm run keys -- create --role viewer --name assistant');
  const db = await reachDatabase(databaseConfig());
  const stop = async () => {
    await db.close();
    process.exit(0);
  };
  try {
    await migrate(db.graph);
    const auth = await new Authenticator(db.graph).authenticate(token);
    if (typeof auth === 'string') throw new UserFacingError(`AIMS_API_KEY is refused (${auth}).`);
    const server = createMcpServer({ graph: db.graph.guarded(auth.guard), key: auth.verified.key, client: 'stdio' });
    const transport = new StdioServerTransport();
    // The assistant closing our stdin is how it says goodbye.
    process.stdin.once('end', () => void stop());
    process.on('SIGINT', () => void stop());
    process.on('SIGTERM', () => void stop());
    await server.connect(transport);
    log(`AIMS Graph MCP server on stdio, as ${auth.verified.key.role} key ${auth.verified.key.id}.`);
  } catch (e) {
    await db.close();
    throw e;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof UserFacingError ? e.message : e);
  process.exit(1);
});

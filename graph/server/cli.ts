import { databaseConfig } from '../config.js';
import { ensureLauncherBuilt } from './build.js';
import { UserFacingError } from './errors.js';
import { startLocalNeo4j } from './localNeo4j.js';

/**
 * `npm run neo4j`: the project's own Neo4j in the foreground (AIMS_DATA_DIR, NEO4J_BOLT_PORT,
 * NEO4J_HEAP, NEO4J_PAGECACHE as for `npm start`) until Ctrl-C, for Cypher Shell, the bench's
 * --neo4j option or a second app process pointed at it with NEO4J_URI.
 */
async function main(): Promise<void> {
  const config = databaseConfig();
  if (config.kind === 'external') throw new UserFacingError('NEO4J_URI is set: that Neo4j is run by someone else.');
  ensureLauncherBuilt(console.log);
  const neo4j = await startLocalNeo4j({ ...config, log: console.log });
  console.log(`Neo4j is up at ${neo4j.uri} with data in ${config.home}. Ctrl-C stops it.`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof UserFacingError ? e.message : e);
  process.exit(1);
});

import './production.js';
import { createServer as createNetServer } from 'node:net';
import type { Server } from 'node:http';
import {
  createApiKey,
  databaseConfig,
  defaultArtifactStore,
  hasUsableAdminKey,
  InputError,
  migrate,
  openDatabase,
  portFrom,
  UserFacingError,
  type Graph,
  type OpenDatabase,
} from '../graph/index.js';
import { progressBar, isGraphEmpty, seedReferenceData } from '../seeds/index.js';
import { admissionLimitsFromEnv } from './admission.js';
import { createApp } from './app.js';
import { SignIn } from './signIn.js';

/**
 * `npm start`: start (or reach) Neo4j, migrate, seed a fresh graph, serve HTTP on PORT.
 * Ctrl-C or SIGTERM stops the HTTP server, then the driver, then the Neo4j we started.
 */
async function main(): Promise<void> {
  const port = portFrom(process.env, 'PORT', 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  await ensurePortFree(port, host);

  const db = await openDatabase(databaseConfig(), console.log);
  const signIn = new SignIn();
  const server = await serve(db, port, host, signIn);
  let stopping = false;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;
  // One write, so that whoever waits for "ready" has the sign-in link too.
  console.log(`Sign in to the explorer with this link (it works once): ${url}?signin=${signIn.linkToken}\nAIMS Graph is ready at ${url}`);

  const stop = async (signal: string) => {
    if (stopping) {
      console.log('Stopping now.');
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: stopping the server and Neo4j…`);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 5000).unref();
    });
    await db.close();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function serve(db: OpenDatabase, port: number, host: string, signIn: SignIn): Promise<Server> {
  const artifacts = defaultArtifactStore();
  try {
    const report = await migrate(db.graph, undefined, console.log);
    if (report.applied.length === 0) console.log('Schema is up to date.');
    if (await isGraphEmpty(db.graph)) {
      console.log('The graph is empty: loading the ISO/IEC 42001 catalog and the reference organisation.');
      await seedReferenceData(db.graph, { onProgress: progressBar('Seeding'), artifacts });
    }
    await ensureAdminKey(db.graph);
    const app = await createApp({ graph: db.graph, signIn, admission: admissionLimitsFromEnv(), artifacts });
    return await new Promise<Server>((resolve, reject) => {
      const server = app.listen(port, host, () => resolve(server));
      server.once('error', reject);
    });
  } catch (e) {
    await db.close();
    throw e;
  }
}

/**
 * A local user gets in without weakening anything: AIMS_ADMIN_KEY sets the admin key; otherwise,
 * when no admin key can be used, one is made and printed once (only its hash is kept).
 */
async function ensureAdminKey(graph: Graph): Promise<void> {
  const supplied = process.env.AIMS_ADMIN_KEY;
  if (supplied) {
    const { key } = await createApiKey(graph, { name: 'admin from AIMS_ADMIN_KEY', role: 'admin', token: supplied });
    console.log(`The admin key from AIMS_ADMIN_KEY (${key.id}) is active.`);
    return;
  }
  if (await hasUsableAdminKey(graph)) return;
  const { token } = await createApiKey(graph, { name: 'local admin', role: 'admin' });
  console.log(
    `\nCreated an admin API key. It is shown this once; keep it:\n\n  ${token}\n\n` +
      'Send it as `Authorization: Bearer <key>`. More keys: npm run keys -- create --role viewer --name <label>\n',
  );
}

/** Fails before Neo4j starts rather than after, when the HTTP port is taken. */
function ensurePortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new UserFacingError(`Port ${port} is already in use. Stop what holds it or set PORT to a free port.`)
          : e,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof UserFacingError || e instanceof InputError ? e.message : e);
  process.exit(1);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { UserFacingError } from './errors.js';
import { launcherDir } from './paths.js';

export interface LocalNeo4jOptions {
  /** Directory that holds the store, logs and the version marker. */
  home: string;
  boltPort: number;
  /** JVM heap, e.g. `512m`. */
  heap?: string;
  /** Page cache, e.g. `256m`. */
  pageCache?: string;
  /** Seconds before a transaction is terminated. */
  txTimeoutSeconds?: number;
  /** Seconds to wait for Bolt before giving up. */
  startTimeoutSeconds?: number;
  /** Environment variable that sets the port, named in the error when it is taken. */
  portVariable?: string;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Resolves with the exit code when the JVM ends, for whatever reason. */
  exited: Promise<number | null>;
  /** SIGTERM, then wait for the store to close; SIGKILL after `graceSeconds`. */
  stop(graceSeconds?: number): Promise<void>;
}

// Exit codes of aims.Launcher (graph/server/src/main/java/aims/Launcher.java).
const PORT_TAKEN = 10;
const STORE_LOCKED = 11;
const WRONG_VERSION = 12;

/** Starts the embedded Neo4j launcher and resolves once Bolt answers on 127.0.0.1. */
export function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { home, boltPort, log = () => {} } = options;
  const dir = launcherDir();
  if (!existsSync(join(dir, 'target', 'dependency'))) {
    throw new UserFacingError('The Neo4j launcher is not built yet: run `npm run build` first.');
  }
  mkdirSync(home, { recursive: true });
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const classpath = [join(dir, 'target', 'classes'), join(dir, 'target', 'dependency', '*')].join(':');
  const args = [
    `-Xmx${options.heap ?? '512m'}`,
    `-Xms${options.heap ?? '512m'}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classpath,
    'aims.Launcher',
    home,
    String(boltPort),
    options.pageCache ?? '256m',
    String(options.txTimeoutSeconds ?? 60),
  ];
  // stdin stays a pipe: the launcher exits when it closes, so a killed parent leaves no orphan.
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
  };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return new Promise<LocalNeo4j>((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      if (ready) return;
      child.kill('SIGKILL');
      reject(startFailure(`Neo4j did not answer on port ${boltPort} within ${options.startTimeoutSeconds ?? 120} s.`, home, tail));
    }, (options.startTimeoutSeconds ?? 120) * 1000);

    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        err.code === 'ENOENT'
          ? new UserFacingError(
              'Java was not found. The local Neo4j needs Java 17 or newer (e.g. `apt-get install openjdk-17-jdk-headless`), ' +
                'or set NEO4J_URI to use a Neo4j server you already run.',
            )
          : err,
      );
    });
    createInterface({ input: child.stderr! }).on('line', (line) => {
      remember(line);
      if (line.startsWith('AIMS_NEO4J_ERROR')) log(line.slice('AIMS_NEO4J_ERROR '.length));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      remember(line);
      if (!ready && line.startsWith('AIMS_NEO4J_READY')) {
        ready = true;
        clearTimeout(timer);
        resolve(handle(child, `bolt://127.0.0.1:${boltPort}`, exited));
      }
    });
    exited.then((code) => {
      if (ready) return;
      clearTimeout(timer);
      reject(explainExit(code, options, tail));
    });
  });
}

function handle(child: ChildProcess, uri: string, exited: Promise<number | null>): LocalNeo4j {
  return {
    uri,
    pid: child.pid!,
    exited,
    async stop(graceSeconds = 60) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceSeconds * 1000);
      await exited;
      clearTimeout(killer);
    },
  };
}

function explainExit(code: number | null, options: LocalNeo4jOptions, tail: string[]): Error {
  const variable = options.portVariable ?? 'NEO4J_BOLT_PORT';
  switch (code) {
    case PORT_TAKEN:
      return new UserFacingError(
        `Port ${options.boltPort} is already in use, so the local Neo4j cannot listen for Bolt there. ` +
          `Stop what holds it or set ${variable} to a free port.`,
      );
    case STORE_LOCKED:
      return new UserFacingError(
        `The data directory ${options.home} is locked by another Neo4j process (is another \`npm start\` running?). ` +
          'Stop it, or set AIMS_DATA_DIR to another directory.',
      );
    case WRONG_VERSION:
      return new UserFacingError(
        `The data directory ${options.home} holds a store written by another Neo4j version. ` +
          'Point AIMS_DATA_DIR to another directory, or migrate the store with that version\'s tools.',
      );
    default:
      return startFailure(`Neo4j exited during start (exit code ${code}).`, options.home, tail);
  }
}

function startFailure(headline: string, home: string, tail: string[]): Error {
  const debugLog = join(home, 'logs', 'debug.log');
  const logLines = existsSync(debugLog) ? readFileSync(debugLog, 'utf8').trimEnd().split('\n').slice(-15) : [];
  const output = tail.slice(-15);
  return new UserFacingError(
    [
      headline,
      output.length ? `Last lines it printed:\n  ${output.join('\n  ')}` : '',
      logLines.length ? `Last lines of ${debugLog}:\n  ${logLines.join('\n  ')}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

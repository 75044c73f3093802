import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserFacingError } from './errors.js';
import { launcherDir } from './paths.js';

/**
 * Builds the Java launcher with Maven when its pom or sources changed since the last build.
 * The first build downloads Neo4j (~123 MB) from Maven Central into ~/.m2.
 */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): void {
  const dir = launcherDir();
  const stamp = join(dir, 'target', '.aims-build-hash');
  const hash = sourceHash(dir);
  if (existsSync(join(dir, 'target', 'dependency')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    return;
  }
  requireTool('java', ['-version'], 'Java 17 or newer (e.g. `apt-get install openjdk-17-jdk-headless`)');
  requireTool('mvn', ['-v'], 'Apache Maven (e.g. `apt-get install maven`)');
  log('Building the local Neo4j launcher with Maven (the first build downloads about 123 MB from Maven Central)…');
  const started = Date.now();
  const result = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new UserFacingError(`Maven failed to build graph/server (exit ${result.status}); see its output above.`);
  }
  writeFileSync(stamp, hash);
  log(`Built the Neo4j launcher in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

function requireTool(command: string, args: string[], what: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error) {
    throw new UserFacingError(
      `\`${command}\` was not found. The local Neo4j needs ${what}. ` +
        'Or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j server you already run.',
    );
  }
}

function sourceHash(dir: string): string {
  const h = createHash('sha256');
  for (const file of [join(dir, 'pom.xml'), ...listFiles(join(dir, 'src'))].sort()) {
    h.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureLauncherBuilt();
  } catch (e) {
    console.error(e instanceof UserFacingError ? e.message : e);
    process.exit(1);
  }
}

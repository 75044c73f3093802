import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs as TypeScript or from dist/. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'aims-graph') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the aims-graph repository root');
    dir = parent;
  }
}

export const launcherDir = () => join(repoRoot(), 'graph', 'server');

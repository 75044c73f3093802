import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { databaseConfig } from '../graph/config.js';

// There is no Docker engine here: these check the deployment files' wiring against the code.
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'));
const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pom = readFileSync(new URL('../graph/server/pom.xml', import.meta.url), 'utf8');
const launcher = readFileSync(new URL('../graph/server/src/main/java/aims/Launcher.java', import.meta.url), 'utf8');

const neo4j = compose.services.neo4j;
const app = compose.services.app;

describe('docker-compose.yml and Dockerfile', () => {
  it('run the official Neo4j 5.26 community image, the line the local launcher runs', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(pom).toContain('<neo4j.version>5.26.');
  });

  it('turn auth on and give the app the same credentials', () => {
    expect(neo4j.environment.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD[:?}]/);
    expect(app.environment.NEO4J_USER).toBe('neo4j');
    expect(app.environment.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD}');
  });

  it('point the app at the neo4j service on its Bolt port, so the app starts no database', () => {
    const uri = new URL(app.environment.NEO4J_URI);
    expect(uri.hostname).toBe('neo4j');
    expect(neo4j.ports.map((p: string) => p.split(':').at(-1))).toContain(uri.port);
    expect(databaseConfig(app.environment)).toEqual({
      kind: 'external',
      uri: app.environment.NEO4J_URI,
      user: 'neo4j',
      password: '${NEO4J_PASSWORD}',
      waitSeconds: 60,
      txTimeoutMs: 30_000,
    });
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(neo4j.healthcheck.test).toContain('cypher-shell');
  });

  it('group relationships by type from the same count as the local launcher, so walks cost the same', () => {
    const local = /dense_node_threshold, (\d+)\)/.exec(launcher)?.[1];
    expect(local).toBeDefined();
    expect(neo4j.environment.NEO4J_db_relationship__grouping__threshold).toBe(local);
  });

  it('use Neo4j 5 setting names for memory, transactions and relationship grouping', () => {
    const settings = Object.keys(neo4j.environment).filter((k) => k !== 'NEO4J_AUTH');
    // The image's rule: NEO4J_ prefix dropped, `__` is an underscore, `_` a dot.
    const toSetting = (env: string) =>
      env
        .slice('NEO4J_'.length)
        .split('__')
        .map((part) => part.replace(/_/g, '.'))
        .join('_');
    expect(settings.map(toSetting).sort()).toEqual(
      ['db.relationship_grouping_threshold', 'db.transaction.timeout', 'server.memory.heap.max_size', 'server.memory.pagecache.size'].sort(),
    );
  });

  it('publish the port the app listens on, and run what npm start runs', () => {
    const port = String(app.environment.PORT);
    expect(app.environment.HOST).toBe('0.0.0.0');
    expect(app.ports.map((p: string) => p.split(':').at(-1))).toContain(port);
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${port}$`, 'm'));
    expect(dockerfile).toMatch(new RegExp(`ENV .*PORT=${port}`));
    const entry = /CMD \["node", "([^"]+)"\]/.exec(dockerfile)?.[1];
    expect(entry).toBeDefined();
    expect(pkg.scripts.start).toContain(`node ${entry}`);
    expect(dockerfile).toContain('npm run build');
    // What the server reads at run time must be in the image.
    expect(dockerfile).toContain('COPY --from=build /app/api/schema ./api/schema');
    expect(dockerfile).toContain('COPY --from=build /app/web/dist ./web/dist');
  });

  it('keep evidence artifacts on a volume the app may write, so they outlive the container', () => {
    expect(app.environment.AIMS_DATA_DIR).toBe('/data');
    const [volume, mount] = (app.volumes as string[])[0]!.split(':');
    expect(mount).toBe('/data');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(dockerfile).toMatch(/chown node:node \/data[\s\S]*USER node/);
  });
});

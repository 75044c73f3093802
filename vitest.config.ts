import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) builds; Node loads the CJS one for Apollo, so our
  // code must get the same instance or graphql refuses types "from another module or realm".
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/**/*.test.ts', 'api/**/*.test.ts', 'graph/**/*.test.ts', 'seeds/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          // Suites share one real Neo4j (community edition has one database), so files run one by one.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The explorer's pure helpers, compiled as the explorer is (runes need the Svelte plugin).
        plugins: [svelte()],
        test: { name: 'web', root: 'web', include: ['src/**/*.test.ts'] },
      },
    ],
  },
});

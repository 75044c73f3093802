import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'api/**/*.test.ts', 'graph/**/*.test.ts', 'seeds/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j.ts'],
    // Suites share one real Neo4j (community edition has one database), so files run one by one.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { repoRoot } from '../graph/server/paths.js';
import { enumResolvers } from './enums.js';
import { idempotentMutations } from './idempotency.js';
import { guardRootFields } from './permissions.js';
import { resolvers } from './resolvers/index.js';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars.js';

export const schemaDir = () => join(repoRoot(), 'api', 'schema');

/** The SDL, split by domain in api/schema/*.graphql, in file-name order. */
export function typeDefs(): string[] {
  const dir = schemaDir();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The executable schema: SDL + resolvers + scalars + enum values, every root field guarded by role. */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: typeDefs(),
    resolvers: [resolvers, enumResolvers, { Date: DateScalar, DateTime: DateTimeScalar, JSON: JSONScalar }],
  });
  return guardRootFields(idempotentMutations(schema));
}

import type { Resolvers } from '../generated/resolvers.js';
import { artifactResolvers } from './artifacts.js';
import { assuranceResolvers } from './assurance.js';
import { auditPackageResolvers } from './auditPackage.js';
import { entityResolvers } from './entities.js';
import { keyAndHistoryResolvers } from './keys.js';
import { mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { searchResolvers } from './search.js';
import { traceabilityResolvers } from './traceability.js';
import { workflowResolvers } from './workflows.js';

/** Merges resolver maps type by type; a field defined twice is a mistake caught at start. */
function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (out[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as object)) {
        if (field in target) throw new Error(`resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return out as Resolvers;
}

/** All resolvers, by domain. Each stays thin: the Cypher lives in graph/. */
export const resolvers: Resolvers = merge(
  entityResolvers(),
  { Query: queryResolvers, Mutation: mutationResolvers },
  searchResolvers,
  traceabilityResolvers,
  keyAndHistoryResolvers,
  auditPackageResolvers,
  artifactResolvers,
  workflowResolvers,
  assuranceResolvers,
);

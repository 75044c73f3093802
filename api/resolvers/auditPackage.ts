import { statementOfApplicabilityChanges } from '../../graph/index.js';
import type { Resolvers } from '../generated/resolvers.js';

/** The Statement of Applicability between two days (auditor, admin): the audit package's question. */
export const auditPackageResolvers: Resolvers = {
  Query: {
    statementOfApplicabilityChanges: (_, { scopeId, from, to, expiringDays }, { graph }) =>
      statementOfApplicabilityChanges(graph, { scopeId, from, to, expiringDays: expiringDays ?? undefined }),
  },
};

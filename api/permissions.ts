import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Role } from '../graph/index.js';
import type { Context } from './context.js';
import { forbidden } from './errors.js';
import { operationName, serverLog } from './serverLog.js';

export type Capability = 'read' | 'history' | 'write' | 'admin';

const granted: Record<Role, readonly Capability[]> = {
  viewer: ['read'],
  auditor: ['read', 'history'],
  editor: ['read', 'write'],
  admin: ['read', 'history', 'write', 'admin'],
};

export function can(role: Role, capability: Capability): boolean {
  return granted[role].includes(capability);
}

/** The roles that grant a capability, e.g. ['editor', 'admin'] for write. */
export const rolesWith = (capability: Capability): Role[] => (Object.keys(granted) as Role[]).filter((r) => can(r, capability));

/** What each root field needs. A root field missing here makes the server refuse to start. */
export function ruleFor(root: 'Query' | 'Mutation', field: string): Capability | undefined {
  if (root === 'Query') {
    // Change history, and answers made of it.
    if (field === 'history' || field === 'statementOfApplicabilityChanges') return 'history';
    if (field === 'apiKeys') return 'admin';
    return queryFields.has(field) ? 'read' : undefined;
  }
  if (field === 'createApiKey' || field === 'revokeApiKey') return 'admin';
  if (/^(create|update|delete)[A-Z]/.test(field) || field === 'link' || field === 'unlink' || workflowMutations.has(field)) return 'write';
  return undefined;
}

/** The governance workflows' own steps (graph/workflows): editors take them, as they write the rest. */
const workflowMutations = new Set([
  'requestChange', 'decideChange', 'deployChange', 'withdrawChange', 'recordMeasurement', 'completeCorrectiveAction', 'closeFinding',
]);

const queryFields = new Set([
  'node', 'nodes', 'search', 'me', 'standards', 'clause', 'clauses', 'control', 'controls', 'organization',
  'aiSystem', 'aiSystems', 'models', 'datasets', 'vendors', 'risks', 'implementations', 'evidence', 'people',
  'staleEvidence', 'gaps', 'impact', 'statementOfApplicability', 'path', 'frameworkCoverage', 'verifyEvidence',
  'changeRequests', 'impactAssessments', 'incidents', 'findings', 'correctiveActions', 'audits', 'managementReviews',
  'kpis', 'kpiSignals',
]);

/** What a refusal says the caller may not do. */
export const actions: Record<Capability, string> = {
  read: 'read the graph',
  history: 'read change history',
  write: 'change the graph',
  admin: 'manage API keys',
};

/** Wraps every root field with its role check, before any resolver (or Cypher) runs. */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const [name, field] of Object.entries(type?.getFields() ?? {})) {
      const capability = ruleFor(root, name);
      if (!capability) throw new Error(`${root}.${name} has no access rule in api/permissions.ts`);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, context: Context, info) => {
        if (!can(context.key.role, capability)) {
          serverLog.denied({
            status: 403,
            code: 'FORBIDDEN',
            reason: `a ${context.key.role} key may not ${actions[capability]}`,
            keyId: context.key.id,
            operation: operationName(info.operation.name?.value),
            field: `${root}.${name}`,
            client: context.client,
          });
          throw forbidden(context.key.role, actions[capability]);
        }
        return resolve(parent, args, context, info);
      };
    }
  }
  return schema;
}

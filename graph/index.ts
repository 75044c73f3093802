// The public face of graph/: what api/ and seeds/ may import.
export { Graph, type Guard, type Row, type Params, type Tx } from './db.js';
export { databaseConfig, portFrom, type DatabaseConfig } from './config.js';
export { openDatabase, type OpenDatabase } from './openDatabase.js';
export { migrate } from './migrate.js';
export { loadGraphData, type LoadProgress } from './load.js';
export type { GraphData, NodeBatch, RelationshipBatch } from './graphData.js';
export * as model from './model.js';
export { systemKinds, implementationStatuses, evidenceKinds } from './model.js';
export { evidenceFreshness, evidenceExpiry, evidenceRecordedBy, type Freshness } from './freshness.js';
export { graphCounts, type GraphCounts } from './queries/graphCounts.js';
export { UserFacingError } from './server/errors.js';
export { labelOfId, idPrefixes } from './ids.js';
export * from './reads/index.js';
export * from './writes/index.js';
export { InputError, NotFoundError } from './errors.js';
export { createApiKey, verifyApiKey, tokenMatches, apiKeyGuard, KeyRefusedError, listApiKeys, revokeApiKey, hasUsableAdminKey, roles, type Role, type ApiKeyRecord, type VerifiedKey } from './apiKeys.js';
export type { Label, RelationshipType } from './model.js';
export * from './queries/index.js';

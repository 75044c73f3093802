import { schemaStatements } from '../schema.js';
import type { Migration } from './migration.js';

export const schema: Migration = {
  id: '001-schema',
  description: 'Uniqueness constraints on every key, lookup indexes and the full-text search index, from model.ts.',
  kind: 'schema',
  statements: schemaStatements,
};

/**
 * A migration: an ordered, named list of idempotent Cypher statements. The runner records each
 * applied migration with a checksum of its statements, and applies it again when they change
 * (which is how the schema follows model.ts), so every statement must be safe to run twice.
 */
export interface Migration {
  id: string;
  description: string;
  statements(): string[];
  /** Schema statements each run in a transaction of their own, apart from data writes. */
  kind: 'schema' | 'data';
}

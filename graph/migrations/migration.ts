import type { Graph } from '../db.js';

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
  /**
   * Work too large for one transaction (a backfill over every node): it runs in batches of its
   * own instead of `statements`, which then only decide, by their checksum, when to run again.
   */
  run?: (graph: Graph, log: (line: string) => void) => Promise<void>;
}

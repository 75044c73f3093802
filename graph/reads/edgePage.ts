import type { Page } from '../queries/input.js';

/** A page of an entity list: the answer's page plus a cursor per row, for Relay edges. */
export type EdgePage<T> = Page<T> & { cursors: string[] };

import type { Migration } from './migration.js';
import { schema } from './001-schema.js';
import { derivedDates } from './002-derived-dates.js';

/** Every migration, in the order they apply. Append; never reorder or renumber. */
export const migrations: readonly Migration[] = [schema, derivedDates];

export type { Migration } from './migration.js';

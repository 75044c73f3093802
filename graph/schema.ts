import { labelNames, labels, type LabelSpec } from './model.js';

/** Name of the full-text index over every searchable label. */
export const SEARCH_INDEX = 'search';

/**
 * The constraints and indexes the model asks for, as idempotent Cypher. Label and property names
 * come from model.ts, never from input.
 */
export function schemaStatements(): string[] {
  const statements: string[] = [];
  for (const label of labelNames) {
    const spec: LabelSpec = labels[label];
    statements.push(`CREATE CONSTRAINT ${label}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    for (const [property, p] of Object.entries(spec.properties)) {
      if (p.indexed) {
        statements.push(`CREATE INDEX ${label}_${property} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`);
      }
    }
    for (const properties of spec.compositeIndexes ?? []) {
      statements.push(
        `CREATE INDEX ${label}_${properties.join('_')} IF NOT EXISTS FOR (n:${label}) ON (${properties.map((p) => `n.${p}`).join(', ')})`,
      );
    }
  }
  const { searchLabels, searchProperties } = searchIndexShape();
  // A full-text index cannot be altered: the migration recreates it when its shape changes.
  statements.push(`DROP INDEX ${SEARCH_INDEX} IF EXISTS`);
  statements.push(
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${searchLabels.join('|')}) ` +
      `ON EACH [${searchProperties.map((p) => `n.${p}`).join(', ')}]`,
  );
  return statements;
}

export function searchIndexShape(): { searchLabels: string[]; searchProperties: string[] } {
  const searchLabels = labelNames.filter((l) => ((labels[l] as LabelSpec).searchable ?? []).length > 0);
  const searchProperties = [...new Set(searchLabels.flatMap((l) => (labels[l] as LabelSpec).searchable ?? []))].sort();
  return { searchLabels, searchProperties };
}

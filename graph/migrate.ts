import { createHash } from 'node:crypto';
import type { Graph } from './db.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

/**
 * Applies the migrations not yet recorded in the graph (or whose statements changed), in order,
 * then waits for the indexes to come online so the first query after start can use them.
 */
export async function migrate(
  graph: Graph,
  migrations: readonly Migration[] = allMigrations,
  log: (line: string) => void = () => {},
): Promise<MigrationReport> {
  const recorded = new Map(
    (await graph.read('MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum')).map((r) => [
      String(r.id),
      String(r.checksum),
    ]),
  );
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const migration of migrations) {
    const statements = migration.statements();
    const checksum = createHash('sha256').update(statements.join('\n')).digest('hex');
    if (recorded.get(migration.id) === checksum) {
      report.skipped.push(migration.id);
      continue;
    }
    log(`Applying migration ${migration.id}: ${migration.description}`);
    if (migration.run) {
      await migration.run(graph, log);
    } else if (migration.kind === 'schema') {
      for (const statement of statements) await graph.schema(statement);
    } else {
      await graph.writeTx(async (tx) => {
        for (const statement of statements) await tx.run(statement);
      });
    }
    await graph.write(
      'MERGE (m:Migration {id: $id}) SET m.checksum = $checksum, m.description = $description, m.appliedAt = datetime()',
      { id: migration.id, checksum, description: migration.description },
    );
    report.applied.push(migration.id);
  }
  if (report.applied.length) await graph.read('CALL db.awaitIndexes(300)');
  return report;
}

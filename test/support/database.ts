import { inject } from 'vitest';
import { createDriver, createExecutor, type Executor } from '../../server/db/executor';
import { applyMigrations } from '../../server/db/migrations';

/**
 * Opens an executor on the run's test database (started by test/global-setup.ts) and applies
 * the migrations. Test files run one at a time; each cleans what it made with resetDatabase.
 */
export async function openTestDatabase(): Promise<Executor> {
  const uri = inject('neo4jUri');
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? null, database: process.env.NEO4J_DATABASE ?? 'neo4j' });
  const executor = createExecutor(driver, { database: process.env.NEO4J_DATABASE ?? 'neo4j', target: uri });
  await applyMigrations(executor);
  return executor;
}

/** Deletes every node and relationship (the test database belongs to the test run). */
export async function resetDatabase(executor: Executor): Promise<void> {
  await executor.autoCommit({ cypher: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', params: {} });
}

/** Node and relationship counts, for idempotence checks. */
export async function countGraph(executor: Executor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read<{ nodes: number; relationships: number }>({
    cypher: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    params: {},
  });
  return row ?? { nodes: 0, relationships: 0 };
}

/** Counts per label and per relationship type: equal counts, and a readable diff when they are not. */
export async function graphShape(executor: Executor): Promise<Record<string, number>> {
  const rows = await executor.read<{ key: string; n: number }>({
    cypher: `CALL () { MATCH (n) UNWIND labels(n) AS l RETURN 'node:' + l AS key, count(*) AS n
                       UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS key, count(*) AS n }
             RETURN key, n ORDER BY key`,
    params: {},
  });
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

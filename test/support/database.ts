import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createDriver, createExecutor, type Executor, type Query } from '../../server/db/executor';
import { applyMigrations, NODE_LABELS, type NodeLabel } from '../../server/db/migrations';

/**
 * Opens an executor on the run's test database (started by test/global-setup.ts) and applies
 * the migrations. Test files run one at a time; each cleans what it made with resetDatabase.
 */
export async function openTestDatabase(): Promise<Executor> {
  const uri = inject('neo4jUri');
  const driver = createDriver({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? null,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
  const executor = createExecutor(driver, { database: process.env.NEO4J_DATABASE ?? 'neo4j', target: uri });
  await applyMigrations(executor);
  return executor;
}

/**
 * When useTestDatabase empties the database: before each test (every test starts from nothing),
 * once before the file's tests, or never (the tests reset where they need to, with resetDatabase).
 */
export type ResetPolicy = 'beforeEach' | 'beforeAll' | 'never';

/**
 * For a test file (or describe block) that works on the run's test database: opens it before
 * the tests (openTestDatabase), resets it as `reset` says and closes it after them. Returns an
 * executor that stands for the open one, so tests and helpers take it as they take any executor;
 * it throws when used outside tests and hooks. Register it before the block's own hooks: its
 * beforeAll then runs first and its afterAll last.
 */
export function useTestDatabase(options: { reset: ResetPolicy }): Executor {
  let opened: Executor | null = null;
  const open = (): Executor => {
    if (!opened) throw new Error('useTestDatabase: the test database is open only inside tests and hooks');
    return opened;
  };
  beforeAll(async () => {
    opened = await openTestDatabase();
    if (options.reset === 'beforeAll') await resetDatabase(opened);
  });
  if (options.reset === 'beforeEach') beforeEach(async () => resetDatabase(open()));
  afterAll(async () => {
    await opened?.close();
    opened = null;
  });
  return {
    read: <T>(query: Query) => open().read<T>(query),
    write: <T>(query: Query) => open().write<T>(query),
    readTransaction: (work) => open().readTransaction(work),
    writeTransaction: (work) => open().writeTransaction(work),
    autoCommit: <T>(query: Query) => open().autoCommit<T>(query),
    dataVersion: () => open().dataVersion(),
    get roundTrips() {
      return open().roundTrips;
    },
    get database() {
      return open().database;
    },
    get target() {
      return open().target;
    },
    close: () => open().close(),
  };
}

/** Deletes every node and relationship (the test database belongs to the test run). */
export async function resetDatabase(executor: Executor): Promise<void> {
  await executor.autoCommit({
    cypher: 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    params: {},
  });
}

/** Node and relationship counts, for idempotence checks. */
export async function countGraph(executor: Executor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read<{ nodes: number; relationships: number }>({
    cypher:
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    params: {},
  });
  return row ?? { nodes: 0, relationships: 0 };
}

/**
 * The node and relationship totals and the counts per label and type, in one value: two loads
 * that should give the same graph compare equal, and a readable diff shows where they do not.
 */
export async function graphSnapshot(
  executor: Executor,
): Promise<{ counts: { nodes: number; relationships: number }; shape: Record<string, number> }> {
  return { counts: await countGraph(executor), shape: await graphShape(executor) };
}

/** How many nodes carry the label (the label comes from the model's closed list, never from input). */
export async function countNodes(executor: Executor, label: NodeLabel): Promise<number> {
  if (!NODE_LABELS.includes(label))
    throw new Error(`invalid label: ${String(label)} (allowed: ${NODE_LABELS.join(', ')})`);
  const [row] = await executor.read<{ n: number }>({ cypher: `MATCH (n:${label}) RETURN count(n) AS n`, params: {} });
  return row?.n ?? 0;
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

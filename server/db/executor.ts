import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import type { DatabaseHealth } from './database-health';
import { DatabaseUnavailableError, toDatabaseError } from './errors';

/** A parameterised Cypher statement, as every builder in server/db/queries returns it. */
export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

/** Runs queries inside one transaction. */
export interface TxRunner {
  run<T = Record<string, unknown>>(query: Query): Promise<T[]>;
}

/**
 * The one place that talks to the driver. Reads go with READ access mode (so a cluster routes
 * them to followers), writes with WRITE; managed transactions retry on transient errors, so the
 * work inside must be idempotent (MERGE on constrained ids).
 */
export interface Executor {
  read<T = Record<string, unknown>>(query: Query): Promise<T[]>;
  write<T = Record<string, unknown>>(query: Query): Promise<T[]>;
  readTransaction<R>(work: (tx: TxRunner) => Promise<R>): Promise<R>;
  writeTransaction<R>(work: (tx: TxRunner) => Promise<R>): Promise<R>;
  /** Runs in an implicit (auto-commit) transaction: needed for CALL { } IN TRANSACTIONS. */
  autoCommit<T = Record<string, unknown>>(query: Query): Promise<T[]>;
  /**
   * An exact version of the data: the bookmark of a READ transaction, which names the last
   * transaction committed before it. Any committed write changes it (a date edit that keeps
   * every count, too); reads never do. Caches built after reading version V are valid while it
   * stays V. One round trip.
   */
  dataVersion(): Promise<string>;
  /** Number of round trips (queries sent) since creation; benchmarks and tests read it. */
  readonly roundTrips: number;
  readonly database: string;
  readonly target: string;
  close(): Promise<void>;
}

export interface ExecutorOptions {
  /** Neo4j transaction timeout in ms (0 = the server's). */
  transactionTimeoutMs?: number;
  /** Timeout of write transactions, when it differs (API writes run within WRITE_TIMEOUT_MS). */
  writeTransactionTimeoutMs?: number;
  /**
   * The server's view of the database: while it is down, queries fail at once with
   * DatabaseUnavailableError; a query that finds it unreachable marks it down.
   */
  health?: Pick<DatabaseHealth, 'assertAvailable' | 'markDown' | 'whenDown'>;
}

function toObjects<T>(records: Neo4jRecord[]): T[] {
  return records.map((r) => r.toObject() as T);
}

/** Creates the driver (numbers come back as JS numbers) for a Neo4j URI. */
export function createDriver(config: Neo4jConfig & { uri: string }): Driver {
  const auth = config.password !== null ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Checks that the server answers and the credentials work, with our own error if not. */
export async function verifyConnection(driver: Driver, target: string): Promise<string> {
  try {
    const info = await driver.getServerInfo();
    return `${info.agent ?? 'Neo4j'} at ${target}`;
  } catch (error) {
    throw toDatabaseError(error, target);
  }
}

export function createExecutor(
  driver: Driver,
  config: { database: string; target: string },
  options: ExecutorOptions = {},
): Executor {
  let roundTrips = 0;
  const health = options.health;
  const failed = (error: unknown): Error => {
    const mapped = toDatabaseError(error, config.target);
    if (mapped instanceof DatabaseUnavailableError) health?.markDown(mapped.message);
    return mapped;
  };
  const txConfig = options.transactionTimeoutMs ? { timeout: options.transactionTimeoutMs } : undefined;
  const writeTimeout = options.writeTransactionTimeoutMs ?? options.transactionTimeoutMs;
  const writeTxConfig = writeTimeout ? { timeout: writeTimeout } : undefined;
  const wrap = (tx: ManagedTransaction): TxRunner => ({
    async run<T>(query: Query): Promise<T[]> {
      roundTrips++;
      const result = await tx.run(query.cypher, query.params);
      return toObjects<T>(result.records);
    },
  });
  async function inSession<R>(mode: 'READ' | 'WRITE', work: (tx: TxRunner) => Promise<R>): Promise<R> {
    health?.assertAvailable();
    const session = driver.session({
      database: config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const running =
      mode === 'READ'
        ? session.executeRead((tx) => work(wrap(tx)), txConfig)
        : session.executeWrite((tx) => work(wrap(tx)), writeTxConfig);
    const closed = running.then(
      () => session.close(),
      () => session.close(),
    );
    closed.catch(() => undefined); // awaited on success; after an abandoned query nobody waits
    try {
      // A database that goes down meanwhile answers this query at once (the driver would retry
      // for up to 30 s); the abandoned transaction is closed when its retries end.
      const result = health ? await Promise.race([running, health.whenDown()]) : await running;
      await closed;
      return result;
    } catch (error) {
      throw failed(error);
    }
  }
  return {
    database: config.database,
    target: config.target,
    get roundTrips() {
      return roundTrips;
    },
    read: (query) => inSession('READ', (tx) => tx.run(query)),
    write: (query) => inSession('WRITE', (tx) => tx.run(query)),
    readTransaction: (work) => inSession('READ', work),
    writeTransaction: (work) => inSession('WRITE', work),
    async dataVersion(): Promise<string> {
      health?.assertAvailable();
      const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
      try {
        roundTrips++;
        // Auto-commit: RUN and PULL pipelined, where a managed transaction adds BEGIN and COMMIT.
        await session.run('RETURN 1');
        return session.lastBookmarks().join(',');
      } catch (error) {
        throw failed(error);
      } finally {
        await session.close();
      }
    },
    async autoCommit<T>(query: Query): Promise<T[]> {
      health?.assertAvailable();
      const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        roundTrips++;
        const result = await session.run(query.cypher, query.params);
        return toObjects<T>(result.records);
      } catch (error) {
        throw failed(error);
      } finally {
        await session.close();
      }
    },
    close: () => driver.close(),
  };
}

/** Integers must go to Neo4j as Integer, not as float (LIMIT, SKIP, counts). */
export function int(n: number): unknown {
  return neo4j.int(n);
}

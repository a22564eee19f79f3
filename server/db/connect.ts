import type { Neo4jConfig } from '../config';
import { createDatabaseHealth, type DatabaseHealth } from './database-health';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from './embedded';
import { EmbeddedNeo4jError } from './errors';
import { createDriver, createExecutor, verifyConnection, type Executor } from './executor';
import { applyMigrations } from './migrations';

export interface Database {
  /** For API requests: transactions carry the request deadline as their timeout. */
  executor: Executor;
  /** For migrations, seeding and bulk loads: no transaction timeout. */
  maintenance: Executor;
  /** The embedded launcher, when we started one (the current one, after a restart). */
  readonly embedded: EmbeddedNeo4j | null;
  /** Whether the database answers; queries fail fast while it does not. */
  health: DatabaseHealth;
  description: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  log?: (line: string) => void;
  /** Warnings: the database went away, came back, was restarted. */
  warn?: (line: string) => void;
  /** Data directory for the embedded launcher. */
  embeddedHome?: string;
  embeddedPort?: number;
  /** Start the embedded launcher with the bulk-load JVM settings (see EmbeddedOptions.bulkLoad). */
  embeddedBulkLoad?: boolean;
  migrate?: boolean;
  /** Timeout of the API executor's read transactions (the request deadline). */
  transactionTimeoutMs?: number;
  /** Timeout of the API executor's write transactions (WRITE_TIMEOUT_MS). */
  writeTransactionTimeoutMs?: number;
  /**
   * Keep serving through the database's death (the server): probe it every second, restart an
   * embedded Neo4j that exits (backoff, at most `maxRestarts` in a row), and call `onFatal`
   * when it cannot be restarted. Off for one-shot commands, which simply fail.
   */
  supervise?: { onFatal: (error: Error) => void; maxRestarts?: number; probeIntervalMs?: number };
}

/**
 * Connects to NEO4J_URI when it is set, else starts the embedded launcher; verifies the
 * connection and applies migrations. On failure nothing is left running.
 */
export async function connectDatabase(neo4jConfig: Neo4jConfig, options: ConnectOptions = {}): Promise<Database> {
  const log = options.log ?? (() => undefined);
  const warn = options.warn ?? log;
  let embedded: EmbeddedNeo4j | null = null;
  let uri = neo4jConfig.uri;
  const embeddedOptions: EmbeddedOptions = {
    home: options.embeddedHome ?? neo4jConfig.embedded?.home ?? undefined,
    port: options.embeddedPort ?? neo4jConfig.embedded?.port,
    bulkLoad: options.embeddedBulkLoad,
    onLog: log,
  };
  if (uri === null) {
    embedded = await startEmbeddedNeo4j(embeddedOptions);
    uri = embedded.uri;
  }
  const target = uri;
  // The embedded Neo4j's own credentials (from its data folder) unless it runs without auth.
  const credentials = embedded?.password ? { user: 'neo4j', password: embedded.password } : {};
  const driver = createDriver({ ...neo4jConfig, ...credentials, uri });
  let restarting = false;
  const health = createDatabaseHealth({
    ping: () => driver.getServerInfo().then(() => undefined),
    target,
    mayBeUp: () => !restarting,
  });
  health.onChange((state) =>
    state.status === 'down'
      ? warn(`database unavailable: ${state.reason ?? ''}; answering 503 DATABASE_UNAVAILABLE until it is back`)
      : warn(`database available again at ${target}`),
  );
  const executor = createExecutor(
    driver,
    { database: neo4jConfig.database, target },
    {
      transactionTimeoutMs: options.transactionTimeoutMs,
      writeTransactionTimeoutMs: options.writeTransactionTimeoutMs,
      health,
    },
  );
  const maintenance = createExecutor(driver, { database: neo4jConfig.database, target }, { health });
  let closing = false;
  let supervisor: { stop(): void } | null = null;
  const close = async () => {
    closing = true;
    supervisor?.stop();
    health.stop();
    await driver.close().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    const description = await verifyConnection(driver, target);
    if (options.migrate !== false) await applyMigrations(maintenance);
    if (options.supervise) {
      health.startWatching(options.supervise.probeIntervalMs);
      if (embedded) {
        const boltPort = Number(new URL(target.replace(/^bolt:/, 'http:')).port);
        supervisor = superviseEmbedded({
          first: embedded,
          // The same port: the driver keeps its URI and reconnects by itself.
          restart: () => {
            restarting = true;
            return startEmbeddedNeo4j({ ...embeddedOptions, port: boltPort }).finally(() => {
              restarting = false;
            });
          },
          onRestarted: (next) => {
            embedded = next;
            void health.probe();
          },
          health,
          warn,
          isClosing: () => closing,
          maxRestarts: options.supervise.maxRestarts ?? 5,
          onFatal: options.supervise.onFatal,
        });
      }
    }
    return {
      executor,
      maintenance,
      get embedded() {
        return embedded;
      },
      health,
      description: embedded ? `embedded ${description}` : description,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

interface SuperviseOptions {
  first: EmbeddedNeo4j;
  restart: () => Promise<EmbeddedNeo4j>;
  onRestarted: (next: EmbeddedNeo4j) => void;
  health: DatabaseHealth;
  warn: (line: string) => void;
  isClosing: () => boolean;
  maxRestarts: number;
  onFatal: (error: Error) => void;
}

/** Backoff before restart attempt n (1-based): 0.5 s, 1 s, 2 s, 4 s, then 8 s. */
const restartDelayMs = (attempt: number): number => Math.min(8_000, 500 * 2 ** (attempt - 1));

/** A restart that has served this long forgives the earlier ones. */
const STABLE_MS = 60_000;

/**
 * Restarts the embedded Neo4j when its process exits while the server runs. A crash marks the
 * database down at once (requests get 503 instead of waiting); after `maxRestarts` failed or
 * short-lived restarts in a row it gives up and calls onFatal, so a supervisor can restart all.
 */
function superviseEmbedded(options: SuperviseOptions): { stop(): void } {
  let attempts = 0;
  let stopped = false;
  let stableTimer: NodeJS.Timeout | null = null;
  const watch = (db: EmbeddedNeo4j) => {
    db.process.once('exit', (code, signal) => {
      if (stopped || options.isClosing()) return;
      if (stableTimer) clearTimeout(stableTimer);
      const why = `the embedded Neo4j process exited (${signal ? `signal ${signal}` : `code ${code}`})`;
      options.health.markDown(why);
      void restartAfter(why);
    });
  };
  const restartAfter = async (why: string): Promise<void> => {
    while (!stopped && !options.isClosing()) {
      attempts++;
      if (attempts > options.maxRestarts) {
        options.onFatal(
          new EmbeddedNeo4jError(`${why}; gave up after ${options.maxRestarts} restarts; see the data folder's logs`),
        );
        return;
      }
      const delay = restartDelayMs(attempts);
      options.warn(`${why}; restarting it in ${delay / 1000} s (attempt ${attempts} of ${options.maxRestarts})`);
      await new Promise((r) => setTimeout(r, delay));
      if (stopped || options.isClosing()) return;
      try {
        const next = await options.restart();
        if (stopped || options.isClosing()) {
          await next.stop();
          return;
        }
        options.warn(`embedded Neo4j restarted at ${next.uri}`);
        options.onRestarted(next);
        watch(next);
        stableTimer = setTimeout(() => {
          attempts = 0;
        }, STABLE_MS);
        stableTimer.unref();
        return;
      } catch (error) {
        why = `the embedded Neo4j did not restart (${(error as Error).message})`;
      }
    }
  };
  watch(options.first);
  return {
    stop() {
      stopped = true;
      if (stableTimer) clearTimeout(stableTimer);
    },
  };
}

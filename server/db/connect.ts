import type { Config, Neo4jConfig } from '../config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded';
import { createDriver, createExecutor, verifyConnection, type Executor } from './executor';
import { applyMigrations } from './migrations';

export interface Database {
  /** For API requests: transactions carry the request deadline as their timeout. */
  executor: Executor;
  /** For migrations, seeding and bulk loads: no transaction timeout. */
  maintenance: Executor;
  /** The embedded launcher, when we started one. */
  embedded: EmbeddedNeo4j | null;
  description: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  log?: (line: string) => void;
  /** Data directory for the embedded launcher. */
  embeddedHome?: string;
  embeddedPort?: number;
  /** Start the embedded launcher with the bulk-load JVM settings (see EmbeddedOptions.bulkLoad). */
  embeddedBulkLoad?: boolean;
  migrate?: boolean;
  transactionTimeoutMs?: number;
}

/**
 * Connects to NEO4J_URI when it is set, else starts the embedded launcher; verifies the
 * connection and applies migrations. On failure nothing is left running.
 */
export async function connectDatabase(neo4jConfig: Neo4jConfig, options: ConnectOptions = {}): Promise<Database> {
  const log = options.log ?? (() => undefined);
  let embedded: EmbeddedNeo4j | null = null;
  let uri = neo4jConfig.uri;
  if (uri === null) {
    embedded = await startEmbeddedNeo4j({
      home: options.embeddedHome ?? neo4jConfig.embedded?.home ?? undefined,
      port: options.embeddedPort ?? neo4jConfig.embedded?.port,
      bulkLoad: options.embeddedBulkLoad,
      onLog: log,
    });
    uri = embedded.uri;
  }
  const target = uri;
  const driver = createDriver({ ...neo4jConfig, uri });
  const executor = createExecutor(
    driver,
    { database: neo4jConfig.database, target },
    { transactionTimeoutMs: options.transactionTimeoutMs },
  );
  const maintenance = createExecutor(driver, { database: neo4jConfig.database, target });
  const close = async () => {
    await driver.close().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    const description = await verifyConnection(driver, target);
    if (options.migrate !== false) await applyMigrations(maintenance);
    return { executor, maintenance, embedded, description: embedded ? `embedded ${description}` : description, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export type { Config };

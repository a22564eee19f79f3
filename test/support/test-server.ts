import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { readConfig, type Config } from '../../server/config';
import { PROJECT_ROOT } from '../../server/paths';
import type { Executor } from '../../server/db/executor';
import { createHttpServer, listen } from '../../server/http-server';
import { createPactlineYoga } from '../../server/graphql/create-yoga';
import { createLogger } from '../../server/logger';
import { openTestDatabase } from './database';

export const TEST_INGEST_TOKEN = 'test-token-0123456789abcdef';

export interface TestServer {
  url: string;
  executor: Executor;
  config: Config;
  close(): Promise<void>;
}

/**
 * Starts the real HTTP server (GraphQL + the built web app) on a free port over the run's test
 * Neo4j. The caller loads the data it needs (e.g. with the ingestion) before or after.
 */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const executor = await openTestDatabase();
  const config: Config = {
    ...readConfig({ INGEST_TOKEN: TEST_INGEST_TOKEN, LOG_LEVEL: 'silent' }),
    port: 0,
    // A generous deadline: the first ingest in a process compiles the extractor, which on a
    // loaded CI machine can pass the 15 s default. Tests of the deadline set their own.
    requestTimeoutMs: 120_000,
    ...overrides,
  };
  const dist = join(PROJECT_ROOT, 'web', 'dist');
  const staticDir = existsSync(join(dist, 'index.html')) ? dist : null;
  const yoga = createPactlineYoga({ executor, config, clock: () => new Date(), logger: createLogger('silent') });
  const server: Server = createHttpServer({ graphql: yoga, staticDir });
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    executor,
    config,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await executor.close();
    },
  };
}

import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { commandLineOrExit, integerVariable } from '../../../server/cli/command-line';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { readConfig } from '../../../server/config';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../server/db/embedded';
import { PROJECT_ROOT } from '../../../server/paths';
import { createDriver, createExecutor, type Executor } from '../../../server/db/executor';
import { applyMigrations } from '../../../server/db/migrations';
import { createHttpServer, listen } from '../../../server/http-server';
import { createPactlineYoga } from '../../../server/graphql/create-yoga';
import { createLogger } from '../../../server/logger';
import { seedIfEmpty } from '../../../server/ingest/seed-if-empty';
import { writeKnownGraph } from './known-graph';
import { writeRandomGraph } from './random-graph';

/**
 * A throwaway stack for the bench and for looking at the page by hand: an embedded Neo4j in a
 * temporary folder (or NEO4J_URI), migrations, optionally the seed datasets, and the real HTTP
 * server (GraphQL + web/dist) on a free port.
 */
export interface DevStack {
  url: string;
  executor: Executor;
  close(): Promise<void>;
}

export async function startDevStack(
  options: {
    known?: boolean;
    /** Load the gazetteer's treaties and every seed dataset, as `npm start` does on an empty database. */
    seed?: boolean;
    events?: number;
    /** Treaties of the random graph (default 120). */
    treaties?: number;
    port?: number;
    log?: (s: string) => void;
  } = {},
): Promise<DevStack> {
  let neo4j: EmbeddedNeo4j | null = null;
  let home: string | null = null;
  let uri = process.env.NEO4J_URI ?? null;
  if (!uri) {
    home = mkdtempSync(join(tmpdir(), 'pactline-web-'));
    neo4j = await startEmbeddedNeo4j({ home, port: 0, readyTimeoutMs: 180_000 });
    uri = neo4j.uri;
  }
  const driver = createDriver({
    uri,
    user: neo4j ? 'neo4j' : (process.env.NEO4J_USER ?? 'neo4j'),
    password: neo4j ? neo4j.password : (process.env.NEO4J_PASSWORD ?? null),
    database: 'neo4j',
  });
  const executor = createExecutor(driver, { database: 'neo4j', target: uri });
  await applyMigrations(executor);
  if (options.seed) await seedIfEmpty(executor, options.log ? { log: options.log } : {});
  if (options.known) await writeKnownGraph(executor);
  if (options.events)
    await writeRandomGraph(executor, {
      events: options.events,
      actors: 400,
      treaties: options.treaties ?? 120,
      ...(options.log ? { log: options.log } : {}),
    });
  const config = {
    ...readConfig({ INGEST_TOKEN: 'dev-token-0123456789abcdef', LOG_LEVEL: 'silent' }),
    port: options.port ?? 0,
  };
  const dist = join(PROJECT_ROOT, 'web', 'dist');
  const yoga = createPactlineYoga({ executor, config, clock: () => new Date(), logger: createLogger('silent') });
  const server: Server = createHttpServer({
    graphql: yoga,
    staticDir: existsSync(join(dist, 'index.html')) ? dist : null,
  });
  const port = await listen(server, options.port ?? 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    executor,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await executor.close();
      await neo4j?.stop();
      if (home) rmSync(home, { recursive: true, force: true });
    },
  };
}

// `npx tsx test/e2e/support/dev-stack.ts` serves the app over the known graph (SEED=1: the seed datasets
// instead; EVENTS=n adds n random events, TREATIES=n their treaties) until stdin closes or Ctrl-C.
if (process.argv[1] && process.argv[1].endsWith('dev-stack.ts')) {
  const env = process.env;
  const settings = commandLineOrExit(
    process.argv.slice(2),
    {
      name: 'dev-stack',
      run: 'npx tsx test/e2e/support/dev-stack.ts',
      options: {},
      notes: [
        'environment: SEED=1 (the seed datasets instead of the known graph), EVENTS (random events added, default 0),',
        '  TREATIES (their treaties, default 120), PORT (default 0: any free port)',
      ],
    },
    () => ({
      known: !env.SEED,
      seed: Boolean(env.SEED),
      treaties: integerVariable(env, 'TREATIES', 120, 0, 100_000),
      events: integerVariable(env, 'EVENTS', 0, 0, 2_000_000),
      port: integerVariable(env, 'PORT', 0, 0, 65_535),
    }),
  );
  const stack = await startDevStack({ ...settings, log: console.log });
  console.log(`ready ${stack.url}`);
  const stop = () => void stack.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/**
 * Composition root: config → Neo4j (NEO4J_URI, else the embedded launcher) → migrations →
 * seed when empty → web bundle when missing → GraphQL + web app on PORT.
 * Expected failures print one line and exit non-zero; nothing is left running.
 */
import './production-mode';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig, type Config } from './config';
import { connectDatabase, type Database } from './db/connect';
import { PROJECT_ROOT } from './paths';
import { createHttpServer, listen } from './http-server';
import { createPactlineYoga, createTimelineIndexFor } from './graphql/create-yoga';
import { createLogger, type Logger } from './logger';
import { seedIfEmpty } from './ingest/seed-if-empty';
import { commandLineOrExit } from './cli/command-line';

const WEB_DIST = join(PROJECT_ROOT, 'web', 'dist');

async function ensureWebBuilt(log: Logger): Promise<string | null> {
  if (existsSync(join(WEB_DIST, 'index.html'))) return WEB_DIST;
  log.info('building the web app (vite build; once)');
  try {
    const { build } = await import('vite');
    await build({ configFile: join(PROJECT_ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
    return existsSync(join(WEB_DIST, 'index.html')) ? WEB_DIST : null;
  } catch (error) {
    log.warn(`the web app could not be built (${(error as Error).message.split('\n')[0]}); serving the API only`);
    return null;
  }
}

async function main(): Promise<void> {
  const config: Config = readConfig(process.env);
  const log = createLogger(config.logLevel);
  const started = performance.now();
  let db: Database | null = null;
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await db?.close().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  try {
    if (config.neo4j.uri === null)
      log.info(
        `NEO4J_URI is not set: starting the embedded Neo4j (data in ${config.neo4j.embedded?.home ?? '.data/neo4j'})`,
      );
    db = await connectDatabase(config.neo4j, {
      log: (line) => log.debug(line),
      warn: (line) => log.warn(line),
      transactionTimeoutMs: config.requestTimeoutMs,
      // Writes are not cut by the read deadline: they run within WRITE_TIMEOUT_MS and say what they did.
      writeTransactionTimeoutMs: config.writeTimeoutMs,
      // The server outlives its database's death: it answers 503 at once meanwhile, restarts an
      // embedded Neo4j that died, and exits non-zero for a supervisor when it cannot.
      supervise: {
        onFatal: (error) => {
          log.error(`${error.message}; exiting so that a supervisor can restart Pactline`);
          void shutdown(1);
        },
      },
    });
    log.info(`connected to ${db.description}; migrations applied`);
    if (config.seedOnEmpty) {
      const seeded = await seedIfEmpty(db.maintenance, {
        log: (line) => log.info(line),
        teamWritten: config.seedTeamWritten,
        gdelt: config.seedGdelt,
      });
      if (seeded) log.info(seeded);
    }
    const staticDir = await ensureWebBuilt(log);
    const executor = db.executor;
    const health = db.health;
    const yoga = createPactlineYoga({
      executor,
      config,
      clock: () => new Date(),
      logger: log,
      health,
      timelineIndex: createTimelineIndexFor(executor, log, { warmUp: true }),
    });
    const server = createHttpServer({
      graphql: yoga,
      staticDir,
      health: async () => {
        // Ask the database within 1.5 s; while it is known to be down the probe says so at once.
        const state = await health.probe();
        return {
          ready: state.status === 'up',
          database: state.status,
          since: state.since.toISOString(),
          reason: state.reason,
        };
      },
    });
    const port = await listen(server, config.port, config.host);
    const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    log.info(
      `Pactline ready in ${((performance.now() - started) / 1000).toFixed(1)} s: timeline ${base}/  GraphQL ${base}/graphql`,
    );
  } catch (error) {
    log.error((error as Error).message);
    if (process.env.DEBUG) console.error(error);
    await shutdown(1);
  }
}

process.on('uncaughtException', (error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});

commandLineOrExit(
  process.argv.slice(2),
  {
    name: 'start',
    run: 'npm start --',
    options: {},
    notes: [
      'the whole app: Neo4j (NEO4J_URI, else the embedded one), the seed when the database is empty, the API and the web app',
      'environment (README.md, "Environment"): PORT, HOST, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,',
      '  NEO4J_BOLT_PORT, NEO4J_HOME_DIR, NEO4J_PAGECACHE_MB, INGEST_TOKEN, INGEST_MAX_BYTES, INGEST_MAX_BATCH_BYTES, GRAPHIQL,',
      '  INTROSPECTION, CORS_ORIGINS, REQUEST_TIMEOUT_MS, WRITE_TIMEOUT_MS, MAX_REQUEST_BYTES, MAX_READ_REQUEST_BYTES,',
      '  MAX_SUBSCRIPTIONS, MAX_SUBSCRIPTIONS_PER_CLIENT, SUBSCRIPTION_MAX_SECONDS, SEED_ON_EMPTY, SEED_TEAM_WRITTEN, SEED_GDELT, LOG_LEVEL',
    ],
  },
  () => undefined,
);
void main();

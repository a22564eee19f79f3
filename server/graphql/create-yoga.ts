import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createPubSub, createYoga, maskError, type GraphiQLOptions, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config';
import type { DatabaseHealth } from '../db/database-health';
import { DatabaseUnavailableError } from '../db/errors';
import { PROJECT_ROOT } from '../paths';
import type { Executor } from '../db/executor';
import { createRepository } from '../db/repository';
import { createExtractPool, type ExtractPool } from '../ingest/extract-pool';
import { deleteArticle, ingestArticles } from '../ingest/index';
import { createLogger, type Logger } from '../logger';
import type { EventsAddedPayload, IngestService, PactlineContext } from './context';
import { createLoaders } from './loaders';
import { createSubscriptionGate } from './subscription-gate';
import { clientError } from './errors';
import { useBodyLimit } from './plugins/use-body-limit';
import { DATABASE_UNAVAILABLE_MESSAGE, useDatabaseGate } from './plugins/use-database-gate';
import { useDeadline } from './plugins/use-deadline';
import { useErrorCodes } from './plugins/use-error-codes';
import { useIntrospection } from './plugins/use-introspection';
import { useLimits, type LimitOptions } from './plugins/use-limits';
import { resolvers, scalarResolvers } from './resolvers';
import { createTimelineCache } from '../timeline/cache';
import { createTimelineIndexStore, type TimelineIndexStore } from '../timeline/index-store';
import { writeAccessFor } from './write-access';

const SCHEMA_PATH = join(PROJECT_ROOT, 'schema.graphql');

export interface PactlineYogaDeps {
  executor: Executor;
  config: Config;
  clock?: () => Date;
  logger?: Logger;
  /** Ingestion for the mutations; defaults to server/ingest (tests may pass a stand-in). */
  ingest?: IngestService;
  limits?: Partial<LimitOptions>;
  /** The server's view of the database: while it is down, requests answer 503 at once. */
  health?: Pick<DatabaseHealth, 'state'>;
  /** Cache zoomed-out (BINS) timelines per data version (default true). */
  timelineCache?: boolean;
  /**
   * The in-process index that answers timeline counts, lanes and bins (and events totalCount)
   * per data version: default a new one (createTimelineIndexFor); false = always Cypher.
   */
  timelineIndex?: false | TimelineIndexStore;
  /** Worker threads that extract the articles of API writes; default a pool started on the first write. */
  extractPool?: ExtractPool;
}

/**
 * A timeline index store over the executor's data. `warmUp` builds it now in the background
 * (the server at start), instead of on the first request that could use it.
 */
export function createTimelineIndexFor(
  executor: Executor,
  logger: Logger,
  options: { maxEvents?: number; cooldownMs?: number; warmUp?: boolean } = {},
): TimelineIndexStore {
  const repo = createRepository(executor);
  const store = createTimelineIndexStore({
    version: () => repo.dataVersion(),
    load: (maxEvents) => repo.timelineIndexSource(maxEvents),
    logger,
    ...(options.maxEvents !== undefined ? { maxEvents: options.maxEvents } : {}),
    ...(options.cooldownMs !== undefined ? { cooldownMs: options.cooldownMs } : {}),
  });
  if (options.warmUp)
    store
      .refresh()
      .catch((error: unknown) => logger.warn(`timeline index: warm-up failed: ${(error as Error).message}`));
  return store;
}

type ServerContext = Record<string, unknown>;

let graphiqlPage: string | null = null;
/** The self-contained GraphiQL page (~9 MB, built once). */
function renderBundledGraphiQL(options?: GraphiQLOptions): string {
  graphiqlPage ??= renderGraphiQL(options);
  return graphiqlPage;
}
export type PactlineYoga = YogaServerInstance<ServerContext, PactlineContext>;

/**
 * The GraphQL server at /graphql: schema.graphql with the resolvers, a typed per-request context
 * (repository, loaders, clock, logger, config), limits, a deadline, write access by bearer
 * token, masked unexpected errors and server-sent-events subscriptions.
 */
export function createPactlineYoga(deps: PactlineYogaDeps): PactlineYoga {
  const { executor, config } = deps;
  const clock = deps.clock ?? (() => new Date());
  const logger = deps.logger ?? createLogger(config.logLevel);
  const repo = createRepository(executor);
  // Every live subscription is a listener on this target; the gate bounds them, so Node's
  // warning at 10 listeners would only be noise.
  const eventTarget = new EventTarget();
  setMaxListeners(config.subscriptions.max + 16, eventTarget);
  const pubsub = createPubSub<{ eventsAdded: [EventsAddedPayload] }>({ eventTarget });
  const subscriptions = createSubscriptionGate(config.subscriptions);
  // Extraction of API writes runs in worker threads, started with the first write.
  let pool: ExtractPool | null = deps.extractPool ?? null;
  const service: IngestService = deps.ingest ?? {
    ingestArticles: (ex, inputs, options) =>
      ingestArticles(ex, inputs, { ...options, extract: (pool ??= createExtractPool()).extract }),
    deleteArticle,
  };
  const ingest = () => Promise.resolve(service);
  const timelineCache = deps.timelineCache === false ? null : createTimelineCache();
  const timelineIndex =
    deps.timelineIndex === false ? null : (deps.timelineIndex ?? createTimelineIndexFor(executor, logger));
  // Our own writes drop cached timelines at once (others' writes change the data version).
  void (async () => {
    for await (const _ of pubsub.subscribe('eventsAdded')) timelineCache?.clear();
  })();
  const schema = makeExecutableSchema<PactlineContext>({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: [resolvers, scalarResolvers],
  });
  return createYoga<ServerContext, PactlineContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: config.graphiql ? { title: 'Pactline GraphQL' } : false,
    // GraphiQL's scripts come from the package, not a CDN: it works offline and trusts no third party.
    renderGraphiQL: renderBundledGraphiQL,
    // The web app is same-origin; other origins read the API only when CORS_ORIGINS names them.
    cors: config.corsOrigins.length > 0 ? { origin: config.corsOrigins, methods: ['GET', 'POST'] } : false,
    landingPage: false,
    // Replaced by useBodyLimit (below), which does not stream bodies that declare their length.
    maxRequestBodySize: false,
    logging: false,
    maskedErrors: {
      maskError(error, message, isDev) {
        const cause = (error as { originalError?: unknown }).originalError ?? error;
        if (cause instanceof DatabaseUnavailableError) {
          return clientError('DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
        }
        const masked = maskError(error, message, isDev) as { extensions?: { code?: unknown } };
        if (masked.extensions?.code === 'INTERNAL_SERVER_ERROR') {
          const original = (error as { originalError?: unknown }).originalError ?? error;
          logger.error(`graphql: ${(original as Error)?.stack ?? String(original)}`);
        }
        return masked as Error;
      },
    },
    context: ({ request, req }: { request: Request; req?: IncomingMessage }) => ({
      repo,
      loaders: createLoaders(repo),
      clock,
      logger,
      config,
      executor,
      pubsub,
      ingest,
      writeAccess: writeAccessFor(request.headers.get('authorization'), config.ingestToken),
      subscriptions,
      client: req?.socket.remoteAddress ?? 'local',
      timelineCache,
      timelineIndex,
    }),
    plugins: [
      ...(deps.health ? [useDatabaseGate({ state: () => deps.health!.state })] : []),
      useBodyLimit({
        maxBytes: config.maxRequestBytes,
        maxReadBytes: config.maxReadRequestBytes,
        isWriter: (request) => writeAccessFor(request.headers.get('authorization'), config.ingestToken) === 'granted',
      }),
      useIntrospection({ enabled: config.introspection }),
      useLimits({ blockFieldSuggestions: !config.introspection, ...deps.limits }),
      useErrorCodes(),
      useDeadline({ timeoutMs: config.requestTimeoutMs }),
    ],
  });
}

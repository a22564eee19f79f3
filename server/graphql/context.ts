import type { createPubSub } from 'graphql-yoga';
import type { Config } from '../config';
import type { Executor } from '../db/executor';
import type { Repository } from '../db/repository';
import type { ArticleInput, ArticleReport, DeleteReport, IngestSummary } from '../ingest/types';
import type { Logger } from '../logger';
import type { Loaders } from './loaders';
import type { SubscriptionGate } from './subscription-gate';
import type { TimelineCache } from '../timeline/cache';
import type { TimelineIndexStore } from '../timeline/index-store';

/** What ingestion offers the mutations (server/ingest/index.ts). */
export interface IngestService {
  ingestArticles(
    executor: Executor,
    inputs: ArticleInput[],
    options: { clock: () => Date; maxBytes?: number; writeDeadline?: Date },
  ): Promise<{ reports: ArticleReport[]; summary: IngestSummary }>;
  deleteArticle(executor: Executor, id: string): Promise<DeleteReport>;
}

export interface EventsAddedPayload {
  articleIds: string[];
  eventIds: string[];
}

type PactlinePubSub = ReturnType<typeof createPubSub<{ eventsAdded: [EventsAddedPayload] }>>;

/** Whether this request may write: decided once per request by writeAccessFor (write-access.ts) as the context is built. */
export type WriteAccess = 'granted' | 'disabled' | 'missing' | 'denied';

/** The typed context every resolver receives. */
export interface PactlineContext {
  repo: Repository;
  loaders: Loaders;
  clock: () => Date;
  logger: Logger;
  config: Config;
  executor: Executor;
  pubsub: PactlinePubSub;
  ingest: () => Promise<IngestService>;
  writeAccess: WriteAccess;
  /** Admits live subscriptions within their limits. */
  subscriptions: SubscriptionGate;
  /** The client's address (the key of per-client limits); "local" for in-process requests. */
  client: string;
  /** Cached BINS timelines; null when caching is off. */
  timelineCache: TimelineCache | null;
  /** The in-process timeline index; null when it is off. */
  timelineIndex: TimelineIndexStore | null;
}

import type { IndexSource } from '../db/read-model';
import type { Logger } from '../logger';
import { buildTimelineIndex, type TimelineIndex } from './timeline-index';

/** Above this many events the index is not built and every timeline goes to Cypher (~40 bytes an event: 1M ≈ 45 MB). */
const DEFAULT_INDEX_MAX_EVENTS = 1_000_000;

export interface TimelineIndexStoreOptions {
  /** The current data version (one cheap read). */
  version: () => Promise<string>;
  /** Every actor and event, or the event count when over maxEvents. */
  load: (maxEvents: number) => Promise<IndexSource>;
  logger: Logger;
  maxEvents?: number;
  /**
   * After a build, wait at least this long, and at least twice as long as the build took, before
   * starting another: under a stream of writes the index spends at most a third of the time
   * rebuilding, and Neo4j is not read in full back to back.
   */
  cooldownMs?: number;
  now?: () => number;
}

/**
 * Holds the timeline index of one data version. `at(version)` returns it only when it was built
 * at exactly that version, so an answer from it is never stale; otherwise it returns null (the
 * caller falls back to Cypher) and starts a rebuild in the background. The version is read
 * before the build's transaction starts: a write landing between the two makes the new index
 * look stale at once (one rebuild too many), never fresh when it is not.
 */
export interface TimelineIndexStore {
  at(version: string): TimelineIndex | null;
  /** Builds now, or joins the build in flight; null when over the cap. For warm-up and tests. */
  refresh(): Promise<TimelineIndex | null>;
  /** What the store holds, for logs and the bench. */
  readonly state: { version: string | null; events: number; bytes: number; building: boolean; overCap: number | null };
}

export function createTimelineIndexStore(options: TimelineIndexStoreOptions): TimelineIndexStore {
  const maxEvents = options.maxEvents ?? DEFAULT_INDEX_MAX_EVENTS;
  const cooldownMs = options.cooldownMs ?? 1000;
  const now = options.now ?? (() => Date.now());
  let index: TimelineIndex | null = null;
  let building: Promise<TimelineIndex | null> | null = null;
  let overCap: { version: string; events: number } | null = null;
  let lastBuildEnd = -Infinity;
  let lastBuildMs = 0;

  async function build(): Promise<TimelineIndex | null> {
    const version = await options.version();
    const source = await options.load(maxEvents);
    if ('over' in source) {
      overCap = { version, events: source.over };
      index = null;
      options.logger.info(
        `timeline index: ${source.over} events is over the cap of ${maxEvents}; timelines use Cypher`,
      );
      return null;
    }
    overCap = null;
    index = buildTimelineIndex(version, source);
    return index;
  }

  function refresh(): Promise<TimelineIndex | null> {
    if (building) return building;
    const started = now();
    building = build().finally(() => {
      building = null;
      lastBuildEnd = now();
      lastBuildMs = lastBuildEnd - started;
    });
    return building;
  }

  return {
    at(version) {
      if (index?.version === version) return index;
      if (overCap?.version === version) return null;
      if (building === null && now() - lastBuildEnd >= Math.max(cooldownMs, 2 * lastBuildMs)) {
        refresh().catch((error: unknown) =>
          options.logger.warn(`timeline index: rebuild failed: ${(error as Error).message}`),
        );
      }
      return null;
    },
    refresh,
    get state() {
      return {
        version: index?.version ?? null,
        events: index?.size ?? 0,
        bytes: index?.bytes ?? 0,
        building: building !== null,
        overCap: overCap?.events ?? null,
      };
    },
  };
}

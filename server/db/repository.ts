import { compareEventTypes } from '../domain/event-types';
import type { ActorFilter, ArticleFilter, EventFilter, TreatyFilter } from '../domain/filters';
import type { Executor, Query } from './executor';
import * as actorQ from './queries/actor-queries';
import * as articleQ from './queries/article-queries';
import * as eventQ from './queries/event-queries';
import { pathsQuery } from './queries/path-queries';
import { searchQuery } from './queries/search-queries';
import { statsQuery } from './queries/stats-queries';
import * as timelineQ from './queries/timeline-queries';
import * as treatyQ from './queries/treaty-queries';
import type {
  ActorNode,
  ArticleNode,
  ArticleReportNode,
  DayRange,
  EventNode,
  EventSourceNode,
  GdeltRecordNode,
  IndexSource,
  MentionNode,
  OfficeNode,
  ParticipantNode,
  PathRow,
  PlaceNode,
  SearchRow,
  SpanRow,
  StatsRow,
  SupersessionNode,
  TimelineBinRow,
  TimelineItemRow,
  TreatyNode,
  TreatyPartyNode,
} from './read-model';
import {
  Fields,
  toActor,
  toArticle,
  toClaim,
  toEvent,
  toGdeltRecord,
  toIndexActor,
  toIndexEvent,
  toIndexTreaty,
  toMention,
  toOffice,
  toParticipant,
  toPathRow,
  toPlace,
  toRankedActor,
  toSearchRow,
  toSpanRow,
  toStats,
  toSupersession,
  toTimelineBin,
  toTimelineItem,
  toTreaty,
  toTreatyParty,
} from './records';

/**
 * The read side of the graph as the API sees it: runs the builders of server/db/queries with
 * READ access and maps their records to the read model (read-model.ts) with the mappers of
 * records.ts. Batch methods return one entry per requested id, in order.
 */
export interface Repository {
  eventPage(args: eventQ.EventPageArgs): Promise<EventNode[]>;
  countEvents(filter: EventFilter): Promise<number>;
  countUndatedEvents(filter: EventFilter): Promise<number>;
  eventsByIds(ids: readonly string[]): Promise<(EventNode | null)[]>;
  participantsByEventIds(ids: readonly string[]): Promise<ParticipantNode[][]>;
  sourcesByEventIds(ids: readonly string[]): Promise<EventSourceNode[][]>;
  placesByIds(ids: readonly string[]): Promise<(PlaceNode | null)[]>;
  /** Null for an event not imported from GDELT (or not there). */
  gdeltRecordsByEventIds(ids: readonly string[]): Promise<(GdeltRecordNode | null)[]>;
  actorPage(filter: ActorFilter, after: { name: string; id: string } | null, limit: number): Promise<ActorNode[]>;
  /** Actors matching a search, the most relevant first (exact name or alias, then score), by offset. */
  actorSearchPage(filter: ActorFilter & { search: string }, skip: number, limit: number): Promise<ActorNode[]>;
  countActors(filter: ActorFilter): Promise<number>;
  actorsByIds(ids: readonly string[]): Promise<(ActorNode | null)[]>;
  actorTreaties(actorId: string, on: DayRange | null): Promise<TreatyNode[]>;
  officesByActorIds(ids: readonly string[]): Promise<OfficeNode[][]>;
  counterparts(actorId: string, limit: number): Promise<{ actor: ActorNode; count: number }[]>;
  treatyPage(filter: TreatyFilter, after: { name: string; id: string } | null, limit: number): Promise<TreatyNode[]>;
  countTreaties(filter: TreatyFilter): Promise<number>;
  treatiesByIds(ids: readonly string[]): Promise<(TreatyNode | null)[]>;
  partiesByTreatyIds(ids: readonly string[]): Promise<TreatyPartyNode[][]>;
  treatyEventsByTreatyIds(ids: readonly string[]): Promise<EventNode[][]>;
  supersessions(ids: readonly string[], direction: 'replaces' | 'replacedBy'): Promise<SupersessionNode[][]>;
  lineage(id: string): Promise<TreatyNode[]>;
  inForce(ids: readonly string[], on: DayRange): Promise<Set<string>>;
  articlePage(
    filter: ArticleFilter,
    after: { day: string; id: string } | null,
    limit: number,
  ): Promise<{ article: ArticleNode; sortDay: string }[]>;
  countArticles(filter: ArticleFilter): Promise<number>;
  articlesByIds(ids: readonly string[]): Promise<(ArticleNode | null)[]>;
  reportsByArticleIds(ids: readonly string[]): Promise<ArticleReportNode[][]>;
  mentionsByArticleIds(ids: readonly string[]): Promise<MentionNode[][]>;
  topActors(filter: EventFilter, lanes: number): Promise<{ id: string; label: string; n: number }[]>;
  busiestActors(lanes: number): Promise<{ id: string; label: string; n: number }[]>;
  actorLabels(ids: readonly string[]): Promise<Map<string, string>>;
  timelineItems(filter: EventFilter, limit: number): Promise<TimelineItemRow[]>;
  timelineBins(
    filter: EventFilter,
    unit: timelineQ.BucketUnit,
    laneBy: 'ACTOR' | 'TYPE',
    laneIds: readonly string[],
  ): Promise<TimelineBinRow[]>;
  treatySpans(
    window: { fromDay: string; toDay: string },
    scope: { actorIds?: readonly string[] | null; treatyIds?: readonly string[] | null },
  ): Promise<SpanRow[]>;
  /** kinds: the NodeKind values to keep (PLACE is never a hit); null or all four keep every kind. */
  search(lucene: string, limit: number, kinds: readonly string[] | null): Promise<SearchRow[]>;
  paths(from: string, to: string, maxHops: number, count: number, at: DayRange | null): Promise<PathRow[]>;
  stats(types: readonly string[]): Promise<StatsRow>;
  /** An exact version of the data (see Executor.dataVersion), for caches and the timeline index. */
  dataVersion(): Promise<string>;
  /** Every actor and event, for the timeline index; only the count when there are more than maxEvents events. */
  timelineIndexSource(maxEvents: number): Promise<IndexSource>;
}

/** Per requested id, the list in field `key` of its row, mapped (fallback when no row came back). */
function byId<T>(ids: readonly string[], rows: Fields[], key: string, map: (item: Fields) => T): T[][] {
  const found = new Map<string, T[]>();
  for (const row of rows) found.set(row.id(), row.maps(key).map(map));
  return ids.map((id) => found.get(id) ?? []);
}

function nodesById<T extends { id: string }>(ids: readonly string[], nodes: T[]): (T | null)[] {
  const found = new Map(nodes.map((n) => [n.id, n]));
  return ids.map((id) => found.get(id) ?? null);
}

export function createRepository(executor: Executor): Repository {
  const read = async (q: Query) => (await executor.read(q)).map((r) => new Fields(r));
  /** The node each row carries in field `key`, mapped. */
  const nodes = async <T>(q: Query, key: string, map: (f: Fields) => T) => (await read(q)).map((r) => map(r.map(key)));
  const total = async (q: Query) => (await read(q))[0]?.num('total') ?? 0;
  return {
    eventPage: (args) => nodes(eventQ.eventPageQuery(args), 'event', toEvent),
    countEvents: (filter) => total(eventQ.eventCountQuery(filter)),
    countUndatedEvents: (filter) => total(eventQ.undatedCountQuery(filter)),
    async eventsByIds(ids) {
      return nodesById(ids, await nodes(eventQ.eventsByIdsQuery(ids), 'event', toEvent));
    },
    async participantsByEventIds(ids) {
      return byId(ids, await read(eventQ.participantsByEventIdsQuery(ids)), 'participants', toParticipant);
    },
    async sourcesByEventIds(ids) {
      return byId(ids, await read(eventQ.sourcesByEventIdsQuery(ids)), 'sources', (s) => ({
        ...toClaim(s),
        article: toArticle(s.map('article')),
      }));
    },
    async placesByIds(ids) {
      return nodesById(ids, await nodes(eventQ.placesByIdsQuery(ids), 'place', toPlace));
    },
    async gdeltRecordsByEventIds(ids) {
      const found = new Map<string, GdeltRecordNode>();
      for (const r of await read(eventQ.gdeltRecordsByEventIdsQuery(ids)))
        found.set(r.id(), toGdeltRecord(r.map('gdelt')));
      return ids.map((id) => found.get(id) ?? null);
    },
    actorPage: (filter, after, limit) => nodes(actorQ.actorPageQuery(filter, after, limit), 'actor', toActor),
    actorSearchPage: (filter, skip, limit) => nodes(actorQ.actorSearchPageQuery(filter, skip, limit), 'actor', toActor),
    countActors: (filter) => total(actorQ.actorCountQuery(filter)),
    async actorsByIds(ids) {
      return nodesById(ids, await nodes(actorQ.actorsByIdsQuery(ids), 'actor', toActor));
    },
    actorTreaties: (actorId, on) => nodes(actorQ.actorTreatiesQuery(actorId, on), 'treaty', toTreaty),
    async officesByActorIds(ids) {
      return byId(ids, await read(actorQ.officesByActorIdsQuery(ids)), 'offices', toOffice);
    },
    async counterparts(actorId, limit) {
      return (await read(actorQ.counterpartsQuery(actorId, limit))).map((r) => ({
        actor: toActor(r.map('actor')),
        count: r.num('count') ?? 0,
      }));
    },
    treatyPage: (filter, after, limit) => nodes(treatyQ.treatyPageQuery(filter, after, limit), 'treaty', toTreaty),
    countTreaties: (filter) => total(treatyQ.treatyCountQuery(filter)),
    async treatiesByIds(ids) {
      return nodesById(ids, await nodes(treatyQ.treatiesByIdsQuery(ids), 'treaty', toTreaty));
    },
    async partiesByTreatyIds(ids) {
      return byId(ids, await read(treatyQ.partiesByTreatyIdsQuery(ids)), 'parties', toTreatyParty);
    },
    async treatyEventsByTreatyIds(ids) {
      return byId(ids, await read(treatyQ.treatyEventsByTreatyIdsQuery(ids)), 'events', toEvent);
    },
    async supersessions(ids, direction) {
      return byId(ids, await read(treatyQ.supersessionsQuery(ids, direction)), 'supersessions', toSupersession);
    },
    lineage: (id) => nodes(treatyQ.lineageQuery(id), 'treaty', toTreaty),
    async inForce(ids, on) {
      return new Set((await read(treatyQ.inForceQuery(ids, on))).map((r) => r.id()));
    },
    async articlePage(filter, after, limit) {
      return (await read(articleQ.articlePageQuery(filter, after, limit))).map((r) => ({
        article: toArticle(r.map('article')),
        sortDay: r.id('sortDay'),
      }));
    },
    countArticles: (filter) => total(articleQ.articleCountQuery(filter)),
    async articlesByIds(ids) {
      return nodesById(ids, await nodes(articleQ.articlesByIdsQuery(ids), 'article', toArticle));
    },
    async reportsByArticleIds(ids) {
      return byId(ids, await read(articleQ.reportsByArticleIdsQuery(ids)), 'reports', (r) => ({
        ...toClaim(r),
        event: toEvent(r.map('event')),
      }));
    },
    async mentionsByArticleIds(ids) {
      return byId(ids, await read(articleQ.mentionsByArticleIdsQuery(ids)), 'mentions', toMention);
    },
    async topActors(filter, lanes) {
      return (await read(timelineQ.topActorsQuery(filter, lanes))).map(toRankedActor);
    },
    async busiestActors(lanes) {
      return (await read(timelineQ.busiestActorsQuery(lanes))).map(toRankedActor);
    },
    async actorLabels(ids) {
      return new Map((await read(timelineQ.actorLabelsQuery(ids))).map((r) => [r.id(), r.str('label') ?? r.id()]));
    },
    async timelineItems(filter, limit) {
      return (await read(timelineQ.timelineItemsQuery(filter, limit))).map(toTimelineItem);
    },
    async timelineBins(filter, unit, laneBy, laneIds) {
      return (await read(timelineQ.timelineBinsQuery(filter, unit, laneBy, laneIds))).map((r) => {
        const bin = toTimelineBin(r);
        bin.byType.sort((a, b) => compareEventTypes(a.type, b.type));
        return bin;
      });
    },
    async treatySpans(window, scope) {
      return (await read(timelineQ.treatySpansQuery(window, scope))).map(toSpanRow);
    },
    async search(lucene, limit, kinds) {
      return (await read(searchQuery(lucene, limit, kinds))).map(toSearchRow);
    },
    async paths(from, to, maxHops, count, at) {
      return (await read(pathsQuery(from, to, maxHops, count, at))).map(toPathRow);
    },
    dataVersion: () => executor.dataVersion(),
    timelineIndexSource: (maxEvents) =>
      executor.readTransaction(async (tx) => {
        const run = async (q: Query) => (await tx.run(q)).map((r) => new Fields(r));
        const [count] = await run(timelineQ.eventTotalQuery());
        const events = count?.num('total') ?? 0;
        if (events > maxEvents) return { over: events };
        const actors = (await run(timelineQ.indexActorsQuery())).map(toIndexActor);
        const rows = await run(timelineQ.indexEventsQuery());
        const treaties = (await run(timelineQ.indexTreatiesQuery())).map(toIndexTreaty);
        return { actors, treaties, events: rows.map(toIndexEvent) };
      }),
    async stats(types) {
      const [r] = await read(statsQuery(types));
      return toStats(r ?? new Fields({}));
    },
  };
}

import type { Executor } from './executor';
import type { EventOrigin } from './queries/event-queries';
import * as actorQ from './queries/actor-queries';
import * as articleQ from './queries/article-queries';
import * as eventQ from './queries/event-queries';
import { pathsQuery } from './queries/path-queries';
import { searchQuery, type SearchKind } from './queries/search-queries';
import { statsQuery } from './queries/stats-queries';
import * as timelineQ from './queries/timeline-queries';
import * as treatyQ from './queries/treaty-queries';

/**
 * The read side of the graph as the API sees it: runs the builders of server/db/queries with
 * READ access and maps records to plain domain objects (dates as partial-date text at their
 * precision, enums UPPER_CASE). Batch methods return one entry per requested id, in order.
 */
export type Precision = 'YEAR' | 'MONTH' | 'DAY';

export interface ActorNode {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  iso2: string | null;
  wikidata: string | null;
}

export interface ParticipantNode {
  role: string;
  actor: ActorNode;
}

export interface EventNode {
  id: string;
  type: string;
  plover: string | null;
  cameo: string | null;
  date: string | null;
  datePrecision: Precision | null;
  endDate: string | null;
  modality: string;
  summary: string | null;
  confidence: number | null;
  treatyId: string | null;
  placeId: string | null;
  /** Present when the query fetched them with the event. */
  participants: ParticipantNode[] | null;
  /** Undefined when the query did not fetch it; null for an event not imported from GDELT. */
  gdelt?: GdeltRecordNode | null;
  /** The stored first day, for cursors. */
  day: string | null;
  origin: EventOrigin;
}

export interface TreatyNode {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  signedOn: string | null;
  inForceFrom: string | null;
  endedOn: string | null;
  status: string;
  /** Stored first days, for spans and cursors. */
  days: { signedOn: string | null; inForceFrom: string | null; endedOn: string | null };
}

export interface ArticleNode {
  id: string;
  url: string | null;
  title: string;
  source: string | null;
  language: string | null;
  publishedAt: string | null;
  ingestedAt: string | null;
  /** Null when the query did not fetch it (lists, sources). */
  text: string | null;
}

/** GDELT 2.0's own columns for an event imported from its export (see schema.graphql GdeltRecord). */
export interface GdeltRecordNode {
  globalEventId: string;
  sourceUrl: string | null;
  quadClass: number | null;
  goldsteinScale: number | null;
  numMentions: number | null;
  avgTone: number | null;
}

export interface PlaceNode {
  id: string;
  name: string;
  iso2: string | null;
}

export interface SourceClaim {
  quote: string;
  start: number;
  end: number;
  claimedDate: string | null;
  confidence: number | null;
}

export interface EventSourceNode extends SourceClaim {
  article: ArticleNode;
}

export interface ArticleReportNode extends SourceClaim {
  event: EventNode;
}

export interface MentionNode {
  kind: 'ACTOR' | 'TREATY';
  id: string;
  quote: string;
  start: number;
  end: number;
}

export interface OfficeNode {
  title: string;
  organization: ActorNode;
  since: string | null;
  until: string | null;
}

/** A reference work (the seed gazetteer) that states facts; see model.ts. */
export interface ReferenceNode {
  id: string;
  title: string;
  path: string | null;
}

export interface TreatyPartyNode {
  actor: ActorNode;
  since: string | null;
  until: string | null;
  sources: ArticleNode[];
  references: ReferenceNode[];
}

export interface SupersessionNode {
  treaty: TreatyNode;
  basis: string;
  effectiveOn: string | null;
  sources: ArticleNode[];
  references: ReferenceNode[];
}

export interface TimelineItemRow {
  id: string;
  type: string;
  date: string;
  datePrecision: Precision;
  endDate: string | null;
  modality: string;
  summary: string | null;
  confidence: number | null;
  actorIds: string[];
  participants: ParticipantNode[];
  treatyId: string | null;
  origin: EventOrigin;
}

export interface TimelineBinRow {
  lane: string;
  start: string;
  count: number;
  byType: { type: string; count: number }[];
}

/** An actor of the timeline index: id, name and participation degree. */
export interface IndexActorRow {
  id: string;
  name: string;
  degree: number;
}

/** An event of the timeline index (date as [year, month, day] of the stored first day; null when undated). */
export interface IndexEventRow {
  date: [number, number, number] | null;
  type: string;
  modality: string | null;
  confidence: number | null;
  /** Imported from GDELT (has a gdeltId), for EventFilter.origin. */
  gdelt: boolean;
  actorIds: string[];
  treatyIds: string[];
  placeIds: string[];
}

/** What the timeline index is built from (read in one transaction), or the event count when it is over the cap. */
export type IndexSource =
  { actors: IndexActorRow[]; events: IndexEventRow[]; treaties: IndexTreatyRow[] } | { over: number };

/** A treaty span of the timeline index, with the ids of the treaty's parties. */
export type IndexTreatyRow = SpanRow;

export interface SpanRow {
  treaty: TreatyNode;
  /** The treaties that replace it: id, when the replacement took effect, and on what basis. */
  replacedBy: { id: string; on: string | null; basis: string }[];
  /** Ids of its parties. */
  partyIds: string[];
}

export interface SearchRow {
  kind: SearchKind;
  id: string;
  score: number;
  name: string | null;
  aliasText: string | null;
  summary: string | null;
  title: string | null;
  text: string | null;
  type: string | null;
}

export interface PathRow {
  nodes: {
    id: string;
    kind: 'ACTOR' | 'EVENT' | 'TREATY' | 'PLACE';
    name: string | null;
    type: string | null;
    date: string | null;
    summary: string | null;
  }[];
  relationships: { type: string; from: string; to: string }[];
  length: number;
}

export interface StatsRow {
  events: number;
  actors: number;
  treaties: number;
  articles: number;
  places: number;
  reports: number;
  earliest: string | null;
  latest: string | null;
  eventsByType: { type: string; count: number }[];
}

export interface DayRange {
  first: string;
  last: string;
}

type Raw = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** "2024-06-19" stored with precision "month" → "2024-06". */
export function toPartialText(day: unknown, precision: unknown): string | null {
  if (typeof day !== 'string') return null;
  const p = typeof precision === 'string' ? precision.toLowerCase() : 'day';
  return day.slice(0, p === 'year' ? 4 : p === 'month' ? 7 : 10);
}

function toPrecision(v: unknown): Precision | null {
  if (typeof v !== 'string') return null;
  const p = v.toUpperCase();
  return p === 'YEAR' || p === 'MONTH' || p === 'DAY' ? p : null;
}

export function toActor(r: Raw): ActorNode {
  return {
    id: String(r.id),
    name: str(r.name) ?? String(r.id),
    kind: (str(r.kind) ?? 'ORGANIZATION').toUpperCase(),
    aliases: Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === 'string') : [],
    iso2: str(r.iso2),
    wikidata: str(r.wikidata),
  };
}

function toOrigin(v: unknown): EventOrigin {
  return v === 'GDELT' ? 'GDELT' : 'ARTICLE';
}

function toParticipant(r: Raw): ParticipantNode {
  return { role: (str(r.role) ?? 'PARTICIPANT').toUpperCase(), actor: toActor(r.actor as Raw) };
}

export function toEvent(r: Raw): EventNode {
  const precision = toPrecision(r.datePrecision) ?? (r.date ? 'DAY' : null);
  return {
    id: String(r.id),
    type: (str(r.type) ?? 'OTHER').toUpperCase(),
    plover: str(r.plover),
    cameo: str(r.cameo),
    date: toPartialText(r.date, precision),
    datePrecision: precision,
    endDate: toPartialText(r.endDate, precision),
    modality: (str(r.modality) ?? 'ASSERTED').toUpperCase(),
    summary: str(r.summary),
    confidence: num(r.confidence),
    treatyId: str(r.treatyId),
    placeId: str(r.placeId),
    participants: Array.isArray(r.participants) ? (r.participants as Raw[]).map(toParticipant) : null,
    ...('gdelt' in r ? { gdelt: r.gdelt ? toGdeltRecord(r.gdelt as Raw) : null } : {}),
    day: str(r.date),
    origin: toOrigin(r.origin),
  };
}

export function toGdeltRecord(r: Raw): GdeltRecordNode {
  return {
    globalEventId: String(r.gdeltId),
    sourceUrl: str(r.sourceUrl),
    quadClass: num(r.quadClass),
    goldsteinScale: num(r.goldstein),
    numMentions: num(r.numMentions),
    avgTone: num(r.avgTone),
  };
}

export function toTreaty(r: Raw): TreatyNode {
  return {
    id: String(r.id),
    name: str(r.name) ?? String(r.id),
    aliases: Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === 'string') : [],
    kind: str(r.kind),
    signedOn: toPartialText(r.signedOn, r.signedPrecision),
    inForceFrom: toPartialText(r.inForceFrom, r.inForcePrecision),
    endedOn: toPartialText(r.endedOn, r.endedPrecision),
    status: (str(r.status) ?? 'UNKNOWN').toUpperCase(),
    days: { signedOn: str(r.signedOn), inForceFrom: str(r.inForceFrom), endedOn: str(r.endedOn) },
  };
}

export function toArticle(r: Raw): ArticleNode {
  return {
    id: String(r.id),
    url: str(r.url),
    title: str(r.title) ?? '',
    source: str(r.source),
    language: str(r.language),
    publishedAt: toPartialText(r.publishedAt, 'day'),
    ingestedAt: str(r.ingestedAt),
    text: str(r.text),
  };
}

function toReference(r: Raw): ReferenceNode {
  return { id: String(r.id), title: str(r.title) ?? String(r.id), path: str(r.path) };
}

function toSpanRow(r: Raw): SpanRow {
  return {
    treaty: toTreaty(r.treaty as Raw),
    replacedBy: (r.replacedBy as Raw[]).map((x) => ({
      id: String(x.id),
      on: str(x.on),
      basis: str(x.basis) ?? 'DECLARED',
    })),
    partyIds: ((r.partyIds as unknown[] | null) ?? []).map(String),
  };
}

function toClaim(r: Raw): SourceClaim {
  return {
    quote: str(r.quote) ?? '',
    start: num(r.start) ?? 0,
    end: num(r.end) ?? 0,
    claimedDate: toPartialText(r.claimedDate, r.claimedPrecision),
    confidence: num(r.confidence),
  };
}

function byId<T>(ids: readonly string[], rows: Raw[], key: string, map: (list: Raw[]) => T, fallback: T): T[] {
  const found = new Map<string, T>();
  for (const row of rows) found.set(String(row.id), map((row[key] as Raw[] | null) ?? []));
  return ids.map((id) => found.get(id) ?? fallback);
}

function nodesById<T extends { id: string }>(ids: readonly string[], nodes: T[]): (T | null)[] {
  const found = new Map(nodes.map((n) => [n.id, n]));
  return ids.map((id) => found.get(id) ?? null);
}

export interface Repository {
  eventPage(args: eventQ.EventPageArgs): Promise<EventNode[]>;
  countEvents(filter: eventQ.EventFilter): Promise<number>;
  countUndatedEvents(filter: eventQ.EventFilter): Promise<number>;
  eventsByIds(ids: readonly string[]): Promise<(EventNode | null)[]>;
  participantsByEventIds(ids: readonly string[]): Promise<ParticipantNode[][]>;
  sourcesByEventIds(ids: readonly string[]): Promise<EventSourceNode[][]>;
  placesByIds(ids: readonly string[]): Promise<(PlaceNode | null)[]>;
  /** Null for an event not imported from GDELT (or not there). */
  gdeltRecordsByEventIds(ids: readonly string[]): Promise<(GdeltRecordNode | null)[]>;
  actorPage(
    filter: actorQ.ActorFilter,
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<ActorNode[]>;
  /** Actors matching a search, the most relevant first (exact name or alias, then score), by offset. */
  actorSearchPage(filter: actorQ.ActorFilter & { search: string }, skip: number, limit: number): Promise<ActorNode[]>;
  countActors(filter: actorQ.ActorFilter): Promise<number>;
  actorsByIds(ids: readonly string[]): Promise<(ActorNode | null)[]>;
  actorTreaties(actorId: string, on: DayRange | null): Promise<TreatyNode[]>;
  officesByActorIds(ids: readonly string[]): Promise<OfficeNode[][]>;
  counterparts(actorId: string, limit: number): Promise<{ actor: ActorNode; count: number }[]>;
  treatyPage(
    filter: treatyQ.TreatyFilter,
    after: { name: string; id: string } | null,
    limit: number,
  ): Promise<TreatyNode[]>;
  countTreaties(filter: treatyQ.TreatyFilter): Promise<number>;
  treatiesByIds(ids: readonly string[]): Promise<(TreatyNode | null)[]>;
  partiesByTreatyIds(ids: readonly string[]): Promise<TreatyPartyNode[][]>;
  treatyEventsByTreatyIds(ids: readonly string[]): Promise<EventNode[][]>;
  supersessions(ids: readonly string[], direction: 'replaces' | 'replacedBy'): Promise<SupersessionNode[][]>;
  lineage(id: string): Promise<TreatyNode[]>;
  inForce(ids: readonly string[], on: DayRange): Promise<Set<string>>;
  articlePage(
    filter: articleQ.ArticleFilter,
    after: { day: string; id: string } | null,
    limit: number,
  ): Promise<{ article: ArticleNode; sortDay: string }[]>;
  countArticles(filter: articleQ.ArticleFilter): Promise<number>;
  articlesByIds(ids: readonly string[]): Promise<(ArticleNode | null)[]>;
  reportsByArticleIds(ids: readonly string[]): Promise<ArticleReportNode[][]>;
  mentionsByArticleIds(ids: readonly string[]): Promise<MentionNode[][]>;
  topActors(filter: eventQ.EventFilter, lanes: number): Promise<{ id: string; label: string; n: number }[]>;
  busiestActors(lanes: number): Promise<{ id: string; label: string; n: number }[]>;
  actorLabels(ids: readonly string[]): Promise<Map<string, string>>;
  timelineItems(filter: eventQ.EventFilter, limit: number): Promise<TimelineItemRow[]>;
  timelineBins(
    filter: eventQ.EventFilter,
    unit: timelineQ.BucketUnit,
    laneBy: 'ACTOR' | 'TYPE',
    laneIds: readonly string[],
  ): Promise<TimelineBinRow[]>;
  treatySpans(
    window: { fromDay: string; toDay: string },
    scope: { actorIds?: readonly string[] | null; treatyIds?: readonly string[] | null },
  ): Promise<SpanRow[]>;
  search(lucene: string, limit: number, kinds: readonly SearchKind[] | null): Promise<SearchRow[]>;
  paths(from: string, to: string, maxHops: number, count: number, at: DayRange | null): Promise<PathRow[]>;
  stats(types: readonly string[]): Promise<StatsRow>;
  /** An exact version of the data (see Executor.dataVersion), for caches and the timeline index. */
  dataVersion(): Promise<string>;
  /** Every actor and event, for the timeline index; only the count when there are more than maxEvents events. */
  timelineIndexSource(maxEvents: number): Promise<IndexSource>;
}

export function createRepository(executor: Executor): Repository {
  const read = (q: { cypher: string; params: Record<string, unknown> }) => executor.read<Raw>(q);
  const total = async (q: { cypher: string; params: Record<string, unknown> }) => num((await read(q))[0]?.total) ?? 0;
  return {
    async eventPage(args) {
      return (await read(eventQ.eventPageQuery(args))).map((r) => toEvent(r.event as Raw));
    },
    countEvents: (filter) => total(eventQ.eventCountQuery(filter)),
    countUndatedEvents: (filter) => total(eventQ.undatedCountQuery(filter)),
    async eventsByIds(ids) {
      return nodesById(
        ids,
        (await read(eventQ.eventsByIdsQuery(ids))).map((r) => toEvent(r.event as Raw)),
      );
    },
    async participantsByEventIds(ids) {
      const rows = await read(eventQ.participantsByEventIdsQuery(ids));
      return byId(ids, rows, 'participants', (ps: Raw[]) => ps.map(toParticipant), []);
    },
    async sourcesByEventIds(ids) {
      const rows = await read(eventQ.sourcesByEventIdsQuery(ids));
      return byId(
        ids,
        rows,
        'sources',
        (ss: Raw[]) => ss.map((s) => ({ ...toClaim(s), article: toArticle(s.article as Raw) })),
        [],
      );
    },
    async placesByIds(ids) {
      const rows = await read(eventQ.placesByIdsQuery(ids));
      return nodesById(
        ids,
        rows.map((r) => {
          const p = r.place as Raw;
          return { id: String(p.id), name: str(p.name) ?? String(p.id), iso2: str(p.iso2) };
        }),
      );
    },
    async gdeltRecordsByEventIds(ids) {
      const found = new Map<string, GdeltRecordNode>();
      for (const r of await read(eventQ.gdeltRecordsByEventIdsQuery(ids)))
        found.set(String(r.id), toGdeltRecord(r.gdelt as Raw));
      return ids.map((id) => found.get(id) ?? null);
    },
    async actorPage(filter, after, limit) {
      return (await read(actorQ.actorPageQuery(filter, after, limit))).map((r) => toActor(r.actor as Raw));
    },
    async actorSearchPage(filter, skip, limit) {
      return (await read(actorQ.actorSearchPageQuery(filter, skip, limit))).map((r) => toActor(r.actor as Raw));
    },
    countActors: (filter) => total(actorQ.actorCountQuery(filter)),
    async actorsByIds(ids) {
      return nodesById(
        ids,
        (await read(actorQ.actorsByIdsQuery(ids))).map((r) => toActor(r.actor as Raw)),
      );
    },
    async actorTreaties(actorId, on) {
      return (await read(actorQ.actorTreatiesQuery(actorId, on))).map((r) => toTreaty(r.treaty as Raw));
    },
    async officesByActorIds(ids) {
      const rows = await read(actorQ.officesByActorIdsQuery(ids));
      return byId(
        ids,
        rows,
        'offices',
        (os: Raw[]) =>
          os.map((o) => ({
            title: str(o.title) ?? '',
            organization: toActor(o.organization as Raw),
            since: toPartialText(o.since, o.sincePrecision),
            until: toPartialText(o.until, o.untilPrecision),
          })),
        [],
      );
    },
    async counterparts(actorId, limit) {
      return (await read(actorQ.counterpartsQuery(actorId, limit))).map((r) => ({
        actor: toActor(r.actor as Raw),
        count: num(r.count) ?? 0,
      }));
    },
    async treatyPage(filter, after, limit) {
      return (await read(treatyQ.treatyPageQuery(filter, after, limit))).map((r) => toTreaty(r.treaty as Raw));
    },
    countTreaties: (filter) => total(treatyQ.treatyCountQuery(filter)),
    async treatiesByIds(ids) {
      return nodesById(
        ids,
        (await read(treatyQ.treatiesByIdsQuery(ids))).map((r) => toTreaty(r.treaty as Raw)),
      );
    },
    async partiesByTreatyIds(ids) {
      const rows = await read(treatyQ.partiesByTreatyIdsQuery(ids));
      return byId(
        ids,
        rows,
        'parties',
        (ps: Raw[]) =>
          ps.map((p) => ({
            actor: toActor(p.actor as Raw),
            since: toPartialText(p.since, p.sincePrecision),
            until: toPartialText(p.until, p.untilPrecision),
            sources: (p.sources as Raw[]).map(toArticle),
            references: ((p.references as Raw[] | null) ?? []).map(toReference),
          })),
        [],
      );
    },
    async treatyEventsByTreatyIds(ids) {
      const rows = await read(treatyQ.treatyEventsByTreatyIdsQuery(ids));
      return byId(ids, rows, 'events', (es: Raw[]) => es.map(toEvent), []);
    },
    async supersessions(ids, direction) {
      const rows = await read(treatyQ.supersessionsQuery(ids, direction));
      return byId(
        ids,
        rows,
        'supersessions',
        (ss: Raw[]) =>
          ss.map((s) => ({
            treaty: toTreaty(s.treaty as Raw),
            basis: (str(s.basis) ?? 'DECLARED').toUpperCase(),
            effectiveOn: toPartialText(s.effectiveOn, s.effectivePrecision),
            sources: (s.sources as Raw[]).map(toArticle),
            references: ((s.references as Raw[] | null) ?? []).map(toReference),
          })),
        [],
      );
    },
    async lineage(id) {
      return (await read(treatyQ.lineageQuery(id))).map((r) => toTreaty(r.treaty as Raw));
    },
    async inForce(ids, on) {
      return new Set((await read(treatyQ.inForceQuery(ids, on))).map((r) => String(r.id)));
    },
    async articlePage(filter, after, limit) {
      return (await read(articleQ.articlePageQuery(filter, after, limit))).map((r) => ({
        article: toArticle(r.article as Raw),
        sortDay: String(r.sortDay),
      }));
    },
    countArticles: (filter) => total(articleQ.articleCountQuery(filter)),
    async articlesByIds(ids) {
      return nodesById(
        ids,
        (await read(articleQ.articlesByIdsQuery(ids))).map((r) => toArticle(r.article as Raw)),
      );
    },
    async reportsByArticleIds(ids) {
      const rows = await read(articleQ.reportsByArticleIdsQuery(ids));
      return byId(
        ids,
        rows,
        'reports',
        (rs: Raw[]) => rs.map((r) => ({ ...toClaim(r), event: toEvent(r.event as Raw) })),
        [],
      );
    },
    async mentionsByArticleIds(ids) {
      const rows = await read(articleQ.mentionsByArticleIdsQuery(ids));
      return byId(
        ids,
        rows,
        'mentions',
        (ms: Raw[]) =>
          ms.map((m) => ({
            kind: m.kind === 'TREATY' ? ('TREATY' as const) : ('ACTOR' as const),
            id: String(m.id),
            quote: str(m.quote) ?? '',
            start: num(m.start) ?? 0,
            end: num(m.end) ?? 0,
          })),
        [],
      );
    },
    async topActors(filter, lanes) {
      return (await read(timelineQ.topActorsQuery(filter, lanes))).map((r) => ({
        id: String(r.id),
        label: str(r.label) ?? String(r.id),
        n: num(r.n) ?? 0,
      }));
    },
    async busiestActors(lanes) {
      return (await read(timelineQ.busiestActorsQuery(lanes))).map((r) => ({
        id: String(r.id),
        label: str(r.label) ?? String(r.id),
        n: num(r.n) ?? 0,
      }));
    },
    async actorLabels(ids) {
      return new Map(
        (await read(timelineQ.actorLabelsQuery(ids))).map((r) => [String(r.id), str(r.label) ?? String(r.id)]),
      );
    },
    async timelineItems(filter, limit) {
      return (await read(timelineQ.timelineItemsQuery(filter, limit))).map((r) => {
        const precision = toPrecision(r.datePrecision) ?? 'DAY';
        return {
          id: String(r.id),
          type: (str(r.type) ?? 'OTHER').toUpperCase(),
          date: toPartialText(r.date, precision) ?? '',
          datePrecision: precision,
          endDate: toPartialText(r.endDate, precision),
          modality: (str(r.modality) ?? 'ASSERTED').toUpperCase(),
          summary: str(r.summary),
          confidence: num(r.confidence),
          actorIds: (r.actorIds as string[]) ?? [],
          participants: ((r.participants as Raw[] | null) ?? []).map(toParticipant),
          treatyId: str(r.treatyId),
          origin: toOrigin(r.origin),
        };
      });
    },
    async timelineBins(filter, unit, laneBy, laneIds) {
      return (await read(timelineQ.timelineBinsQuery(filter, unit, laneBy, laneIds))).map((r) => ({
        lane: String(r.lane),
        start: String(r.start),
        count: num(r.count) ?? 0,
        byType: (r.byType as Raw[])
          .map((b) => ({ type: String(b.type).toUpperCase(), count: num(b.count) ?? 0 }))
          .sort((a, b) => eventQ.compareEventTypes(a.type, b.type)),
      }));
    },
    async treatySpans(window, scope) {
      return (await read(timelineQ.treatySpansQuery(window, scope))).map(toSpanRow);
    },
    async search(lucene, limit, kinds) {
      return (await read(searchQuery(lucene, limit, kinds))).map((r) => ({
        kind: r.kind as SearchKind,
        id: String(r.id),
        score: num(r.score) ?? 0,
        name: str(r.name),
        aliasText: str(r.aliasText),
        summary: str(r.summary),
        title: str(r.title),
        text: str(r.text),
        type: str(r.type),
      }));
    },
    async paths(from, to, maxHops, count, at) {
      return (await read(pathsQuery(from, to, maxHops, count, at))) as unknown as PathRow[];
    },
    dataVersion: () => executor.dataVersion(),
    timelineIndexSource: (maxEvents) =>
      executor.readTransaction(async (tx) => {
        const [count] = await tx.run<Raw>(timelineQ.eventTotalQuery());
        const events = num(count?.total) ?? 0;
        if (events > maxEvents) return { over: events };
        const actors = (await tx.run<Raw>(timelineQ.indexActorsQuery())).map((r) => ({
          id: String(r.id),
          name: str(r.name) ?? String(r.id),
          degree: num(r.degree) ?? 0,
        }));
        const rows = await tx.run<Raw>(timelineQ.indexEventsQuery());
        const treaties = (await tx.run<Raw>(timelineQ.indexTreatiesQuery())).map(toSpanRow);
        return {
          actors,
          treaties,
          events: rows.map((r) => ({
            date:
              typeof r.year === 'number' && typeof r.month === 'number' && typeof r.day === 'number'
                ? ([r.year, r.month, r.day] as [number, number, number])
                : null,
            type: str(r.type) ?? '',
            modality: str(r.modality),
            confidence: num(r.confidence),
            gdelt: r.gdelt === true,
            actorIds: r.actorIds as string[],
            treatyIds: r.treatyIds as string[],
            placeIds: r.placeIds as string[],
          })),
        };
      }),
    async stats(types) {
      const [r] = await read(statsQuery(types));
      const end = (v: unknown) =>
        v && typeof v === 'object' ? toPartialText((v as Raw).date, (v as Raw).precision) : null;
      return {
        events: num(r?.events) ?? 0,
        actors: num(r?.actors) ?? 0,
        treaties: num(r?.treaties) ?? 0,
        articles: num(r?.articles) ?? 0,
        places: num(r?.places) ?? 0,
        reports: num(r?.reports) ?? 0,
        earliest: end(r?.earliest),
        latest: end(r?.latest),
        eventsByType: ((r?.eventsByType as Raw[] | undefined) ?? []).map((b) => ({
          type: String(b.type),
          count: num(b.count) ?? 0,
        })),
      };
    },
  };
}

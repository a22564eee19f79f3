import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EventNode as EventNodeModel, ActorNode as ActorNodeModel, TreatyNode as TreatyNodeModel, ArticleNode as ArticleNodeModel, ParticipantNode as ParticipantNodeModel, PlaceNode as PlaceNodeModel, EventSourceNode as EventSourceNodeModel, GdeltRecordNode as GdeltRecordNodeModel, OfficeNode as OfficeNodeModel, TreatyPartyNode as TreatyPartyNodeModel, SupersessionNode as SupersessionNodeModel, ReferenceNode as ReferenceNodeModel, ArticleReportNode as ArticleReportNodeModel, MentionNode as MentionNodeModel, StatsRow as StatsRowModel } from '../db/read-model';
import type { DateClaim as DateClaimModel } from './resolvers/event';
import type { TimelineResult as TimelineResultModel, Lane as LaneModel, TimelineItem as TimelineItemModel, TimelineBin as TimelineBinModel, TreatySpan as TreatySpanModel } from '../timeline/timeline';
import type { EventConnection as EventConnectionModel, ActorConnection as ActorConnectionModel, TreatyConnection as TreatyConnectionModel, ArticleConnection as ArticleConnectionModel } from './connection';
import type { SearchHit as SearchHitModel, PathResult as PathResultModel } from './resolvers/query';
import type { IngestResultOut as IngestResultOutModel } from './resolvers/mutation';
import type { IngestSummary as IngestSummaryModel, DeleteReport as DeleteReportModel } from '../ingest/types';
import type { EventsAddedPayload as EventsAddedPayloadModel, PactlineContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date-time with offset, e.g. "2024-06-19T10:00:00Z". */
  DateTime: { input: string; output: string; }
  /** A date at year, month or day precision: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  PartialDate: { input: string; output: string; }
};

export type Actor = {
  __typename?: 'Actor';
  aliases: Array<Scalars['String']['output']>;
  /** Actors this one shares events with, most shared first. */
  counterparts: Array<Counterpart>;
  /** Events this actor took part in, in [from, to], oldest first. */
  events: EventConnection;
  id: Scalars['ID']['output'];
  iso2?: Maybe<Scalars['String']['output']>;
  kind: ActorKind;
  name: Scalars['String']['output'];
  /** Offices a person holds or held. */
  offices: Array<Office>;
  /** Treaties this actor is party to; with inForceOn, only those in force on that date. */
  treaties: Array<Treaty>;
  wikidata?: Maybe<Scalars['String']['output']>;
};


export type ActorCounterpartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type ActorEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


export type ActorTreatiesArgs = {
  inForceOn?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type ActorConnection = {
  __typename?: 'ActorConnection';
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorKind =
  | 'COUNTRY'
  | 'ORGANIZATION'
  | 'PERSON';

/** How events given several actorIds match: ALL of them took part (default), or ANY of them. */
export type ActorMatch =
  | 'ALL'
  | 'ANY';

export type Article = {
  __typename?: 'Article';
  id: Scalars['ID']['output'];
  ingestedAt?: Maybe<Scalars['DateTime']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  /** Actors and treaties this article mentions. */
  mentions: Array<Mention>;
  publishedAt?: Maybe<Scalars['PartialDate']['output']>;
  /** The events this article reports, with the sentence and claimed date. */
  reports: Array<ArticleReport>;
  source?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type ArticleInput = {
  /** en, id, ru or es; detected when absent. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** An ISO 8601 date or date-time. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type ArticleReport = {
  __typename?: 'ArticleReport';
  claimedDate?: Maybe<Scalars['PartialDate']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  end: Scalars['Int']['output'];
  event: Event;
  quote: Scalars['String']['output'];
  start: Scalars['Int']['output'];
};

export type Counterpart = {
  __typename?: 'Counterpart';
  actor: Actor;
  count: Scalars['Int']['output'];
};

export type DateClaim = {
  __typename?: 'DateClaim';
  date: Scalars['PartialDate']['output'];
  sources: Array<EventSource>;
};

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type DeleteResult = {
  __typename?: 'DeleteResult';
  deleted: Scalars['Boolean']['output'];
  removedActors: Scalars['Int']['output'];
  removedEvents: Scalars['Int']['output'];
  removedTreaties: Scalars['Int']['output'];
};

export type Event = {
  __typename?: 'Event';
  cameo?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  /** The distinct dates the sources claim, each with its sources; more than one entry means they disagree. */
  conflicts: Array<DateClaim>;
  date?: Maybe<Scalars['PartialDate']['output']>;
  datePrecision?: Maybe<DatePrecision>;
  endDate?: Maybe<Scalars['PartialDate']['output']>;
  /** What GDELT recorded for this event, when it was imported from a GDELT 2.0 events export; null for events extracted from articles. */
  gdelt?: Maybe<GdeltRecord>;
  id: Scalars['ID']['output'];
  modality: Modality;
  /** Where the event comes from: articles (see sources) or a GDELT export (see gdelt). */
  origin: EventOrigin;
  participants: Array<Participant>;
  place?: Maybe<Place>;
  plover?: Maybe<Scalars['String']['output']>;
  /** Every article that reports the event, with the sentence and the date it claims. */
  sources: Array<EventSource>;
  summary?: Maybe<Scalars['String']['output']>;
  treaty?: Maybe<Treaty>;
  type: EventType;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Events with these participants (ALL of them unless actorMatch is ANY). */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  actorMatch?: InputMaybe<ActorMatch>;
  /** Events on or after the first day of this date (events are matched on the first day of their own date; undated events never match). */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  modality?: InputMaybe<Array<Modality>>;
  /** Events of these origins only; unset, empty or both = every event. */
  origin?: InputMaybe<Array<EventOrigin>>;
  placeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Full-text over the event summary, which events from articles have: with text, GDELT events never
   * match, and `origin: [GDELT]` with text is refused.
   */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Events on or before the last day of this date (undated events never match). */
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  treatyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  types?: InputMaybe<Array<EventType>>;
};

export type EventOrder =
  | 'DATE_ASC'
  | 'DATE_DESC';

/** Where an event comes from. */
export type EventOrigin =
  /** Extracted from articles (Event.sources lists them). */
  | 'ARTICLE'
  /** Imported from a GDELT 2.0 events export (Event.gdelt holds GDELT's row). */
  | 'GDELT';

export type EventSource = {
  __typename?: 'EventSource';
  article: Article;
  claimedDate?: Maybe<Scalars['PartialDate']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  end: Scalars['Int']['output'];
  /** The sentence, in the article's own language; start/end are offsets into Article.text (UTF-16 code units). */
  quote: Scalars['String']['output'];
  start: Scalars['Int']['output'];
};

export type EventType =
  | 'ACCESSION'
  | 'AID'
  | 'ELECTION'
  | 'ENTRY_INTO_FORCE'
  | 'MEETING'
  | 'MILITARY_ACTION'
  | 'OTHER'
  | 'PROTEST'
  | 'RATIFICATION'
  | 'SANCTION'
  | 'STATEMENT'
  | 'TREATY_SIGNING'
  | 'WITHDRAWAL';

export type EventsAdded = {
  __typename?: 'EventsAdded';
  articleIds: Array<Scalars['ID']['output']>;
  events: Array<Event>;
};

/**
 * GDELT 2.0's own data for an imported event row, as the export gives it (GDELT 2.0 Event Codebook).
 * Its sources are not articles in this graph: Event.sources stays empty for a GDELT event.
 */
export type GdeltRecord = {
  __typename?: 'GdeltRecord';
  /** AvgTone: the average tone of the documents that mention the event, from -100 (extremely negative) to +100 (extremely positive); most values lie between -10 and +10, 0 is neutral. */
  avgTone?: Maybe<Scalars['Float']['output']>;
  /** GLOBALEVENTID: GDELT's id for the row, to look the event up in GDELT itself (e.g. the gdeltv2.events table). The event's own id is "gdelt:" followed by it. */
  globalEventId: Scalars['ID']['output'];
  /** GoldsteinScale: the theoretical impact of this type of event on a country's stability, from -10 (most destabilising) to +10 (most stabilising). Set by the CAMEO code, not by the story. */
  goldsteinScale?: Maybe<Scalars['Float']['output']>;
  /** NumMentions: how many times the event was mentioned across all source documents in the 15-minute update in which GDELT first saw it (1 or more); a rough measure of its importance. */
  numMentions?: Maybe<Scalars['Int']['output']>;
  /** QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass?: Maybe<Scalars['Int']['output']>;
  /** SOURCEURL: the news story GDELT coded the event from. Usually an http(s) URL; for some sources GDELT gives a name instead (e.g. "BBC Monitoring"). */
  sourceUrl?: Maybe<Scalars['String']['output']>;
};

export type IngestBatchResult = {
  __typename?: 'IngestBatchResult';
  results: Array<IngestResult>;
  summary: IngestSummary;
};

export type IngestOutcome =
  | 'CREATED'
  | 'DUPLICATE'
  | 'REJECTED';

export type IngestResult = {
  __typename?: 'IngestResult';
  actors: Array<Scalars['ID']['output']>;
  events: Array<Scalars['ID']['output']>;
  /** The article's id (from its content hash); null when rejected before hashing. */
  id?: Maybe<Scalars['ID']['output']>;
  newEvents: Array<Scalars['ID']['output']>;
  outcome: IngestOutcome;
  reason?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  treaties: Array<Scalars['ID']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  warnings: Array<Scalars['String']['output']>;
};

export type IngestSummary = {
  __typename?: 'IngestSummary';
  actors: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  duplicates: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  treaties: Scalars['Int']['output'];
  warnings: Scalars['Int']['output'];
};

export type Lane = {
  __typename?: 'Lane';
  /**
   * An actor id (ACTOR lanes) or an EventType (TYPE lanes). In ITEMS mode, items with none of the
   * lane actors are drawn in a lane "_other"; in BINS mode only lane actors are binned (an event
   * with two lane actors counts in both) and `total` counts every event. Actor lanes are
   * `laneIds`, else the filter's actorIds, else the 12 most active actors in the window (for windows of more than
   * 20,000 events, the busiest actors overall).
   */
  id: Scalars['ID']['output'];
  kind: LaneBy;
  label: Scalars['String']['output'];
};

export type LaneBy =
  | 'ACTOR'
  | 'TYPE';

export type Mention = {
  __typename?: 'Mention';
  actor?: Maybe<Actor>;
  end: Scalars['Int']['output'];
  kind: NodeKind;
  quote: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  treaty?: Maybe<Treaty>;
};

export type Modality =
  | 'ASSERTED'
  | 'NEGATED'
  | 'PLANNED'
  | 'REPORTED';

/** Writes need `Authorization: Bearer <INGEST_TOKEN>`; with no token configured they fail with WRITES_DISABLED. */
export type Mutation = {
  __typename?: 'Mutation';
  deleteArticle: DeleteResult;
  ingestArticle: IngestResult;
  ingestArticles: IngestBatchResult;
};


/** Writes need `Authorization: Bearer <INGEST_TOKEN>`; with no token configured they fail with WRITES_DISABLED. */
export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Writes need `Authorization: Bearer <INGEST_TOKEN>`; with no token configured they fail with WRITES_DISABLED. */
export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


/** Writes need `Authorization: Bearer <INGEST_TOKEN>`; with no token configured they fail with WRITES_DISABLED. */
export type MutationIngestArticlesArgs = {
  inputs: Array<ArticleInput>;
};

export type NodeKind =
  | 'ACTOR'
  | 'ARTICLE'
  | 'EVENT'
  | 'PLACE'
  | 'TREATY';

export type Office = {
  __typename?: 'Office';
  organization: Actor;
  since?: Maybe<Scalars['PartialDate']['output']>;
  title: Scalars['String']['output'];
  until?: Maybe<Scalars['PartialDate']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Participant = {
  __typename?: 'Participant';
  actor: Actor;
  role: Role;
};

export type Path = {
  __typename?: 'Path';
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  nodes: Array<PathNode>;
  relationships: Array<PathRelationship>;
};

export type PathNode = {
  __typename?: 'PathNode';
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
};

export type PathRelationship = {
  __typename?: 'PathRelationship';
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type Place = {
  __typename?: 'Place';
  id: Scalars['ID']['output'];
  iso2?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  actor?: Maybe<Actor>;
  /** Actors whose name or aliases match `search` (full text), or all actors by name. */
  actors: ActorConnection;
  article?: Maybe<Article>;
  /** Articles, newest first. */
  articles: ArticleConnection;
  event?: Maybe<Event>;
  /**
   * Events matching the filter, oldest first by default (keyset pagination on date, id). Only
   * dated events: an event whose date no source gave is never listed here, with or without a
   * date filter; Timeline.undated counts them.
   */
  events: EventConnection;
  /**
   * Shortest paths between two actors through events and treaties (maxHops default 4, at most 6).
   * With `at`, only through treaties in force on that date and events up to it. `first`: how
   * many paths (default 5, at most 25), shortest first. A hop is one relationship (actor → event
   * → actor is 2 hops).
   */
  paths: Array<Path>;
  /**
   * Full-text search over actors, events, treaties and articles (input is escaped: plain words, no
   * Lucene syntax). Events from articles only: a GDELT event's summary is generated from its type,
   * actors and CAMEO code, so GDELT events are found by the filters (actors, types, places, dates).
   */
  search: Array<SearchHit>;
  stats: Stats;
  /**
   * The timeline of [from, to]: the events themselves (mode ITEMS) when the window holds at most
   * maxItems events (default 2000, at most 5000), otherwise counts per lane and time bucket (mode
   * BINS), plus the treaty spans in view. `laneIds` chooses the actor lanes, in order (at most 50,
   * ACTOR lanes only); without it they are the filter's actorIds, else the 12 most active actors.
   * `maxBuckets` (default 200, 10 to 400) is how many time buckets per lane the client can draw:
   * bins use the finest unit (DAY, WEEK, MONTH, QUARTER, YEAR, DECADE) that keeps the window
   * within it; only DECADE, the coarsest, may exceed it (a window of more decades than that).
   * Undated events are in no window: `undated` counts those that match the rest of the filter.
   */
  timeline: Timeline;
  treaties: TreatyConnection;
  treaty?: Maybe<Treaty>;
};


export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


export type QueryPathsArgs = {
  at?: InputMaybe<Scalars['PartialDate']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<NodeKind>>;
  query: Scalars['String']['input'];
};


export type QueryTimelineArgs = {
  filter?: InputMaybe<EventFilter>;
  from: Scalars['PartialDate']['input'];
  laneIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  lanes?: InputMaybe<LaneBy>;
  maxBuckets?: InputMaybe<Scalars['Int']['input']>;
  maxItems?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['PartialDate']['input'];
};


export type QueryTreatiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TreatyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTreatyArgs = {
  id: Scalars['ID']['input'];
};

/** A reference work that states facts without being a news article: the seed gazetteer. */
export type Reference = {
  __typename?: 'Reference';
  id: Scalars['ID']['output'];
  /** Where the reference lists its own sources (a path in the Pactline repository). */
  path?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Why one treaty replaces another: LEGAL (a termination clause), DECLARED (an official said so), SUCCESSOR (the old one lapsed first). */
export type ReplacesBasis =
  | 'DECLARED'
  | 'LEGAL'
  | 'SUCCESSOR';

/**
 * What an actor was in an event. Extraction gives SIGNATORY to the parties of a signing, accession or ratification;
 * SPEAKER to a statement's speaker, those named beside it in the subject of its verb and the states and bodies its
 * speakers hold office for; TARGET to the others a statement names (what it speaks of or to); HOST to the country a
 * meeting is held in and the holders of its offices; PARTICIPANT to everyone else.
 */
export type Role =
  | 'HOST'
  | 'PARTICIPANT'
  | 'SIGNATORY'
  | 'SPEAKER'
  | 'TARGET';

export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matched fragment, plain text, with matched terms marked «like this». */
  highlight?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: NodeKind;
  label: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

export type SpanEndKind =
  | 'ENDED'
  | 'OPEN'
  | 'REPLACED';

export type SpanReplacement = {
  __typename?: 'SpanReplacement';
  basis: ReplacesBasis;
  effectiveOn?: Maybe<Scalars['PartialDate']['output']>;
  treatyId: Scalars['ID']['output'];
};

export type SpanStartKind =
  | 'IN_FORCE'
  | 'SIGNED'
  | 'UNKNOWN';

export type Stats = {
  __typename?: 'Stats';
  actors: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  earliest?: Maybe<Scalars['PartialDate']['output']>;
  events: Scalars['Int']['output'];
  eventsByType: Array<TypeCount>;
  latest?: Maybe<Scalars['PartialDate']['output']>;
  places: Scalars['Int']['output'];
  reports: Scalars['Int']['output'];
  treaties: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** New events, published after each ingest mutation (server-sent events). */
  eventsAdded: EventsAdded;
};

export type Supersession = {
  __typename?: 'Supersession';
  basis: ReplacesBasis;
  effectiveOn?: Maybe<Scalars['PartialDate']['output']>;
  /** Reference works (the seed gazetteer) that state this supersession. */
  references: Array<Reference>;
  /** Articles that state this supersession (empty when only a reference states it). */
  sources: Array<Article>;
  treaty: Treaty;
};

export type TimeBucket =
  | 'DAY'
  /** Ten years from a year ending in 0; a bin's start is that year ("1960"). */
  | 'DECADE'
  | 'MONTH'
  /** Three months from January, April, July or October; a bin's start is its first month ("1961-07"). */
  | 'QUARTER'
  | 'WEEK'
  | 'YEAR';

export type Timeline = {
  __typename?: 'Timeline';
  /**
   * The event types the bins count, in EventType order: the types of each bin's `typeCounts`, in
   * that order (BINS mode: the types present in any bin; empty in ITEMS mode).
   */
  binTypes: Array<EventType>;
  /** Counts per lane and bucket (BINS mode; empty in ITEMS mode). */
  bins: Array<TimelineBin>;
  /** The bucket unit in BINS mode (null in ITEMS mode). */
  bucket?: Maybe<TimeBucket>;
  from: Scalars['PartialDate']['output'];
  /** The events (ITEMS mode; empty in BINS mode). */
  items: Array<TimelineItem>;
  lanes: Array<Lane>;
  mode: TimelineMode;
  /** How many treaty spans overlap the window (spans(first:) may send fewer). */
  spanCount: Scalars['Int']['output'];
  /**
   * Treaties whose span overlaps the window, in start order. With `first` or `preferParties`, the
   * most relevant first and at most `first` of them (at most 2000): treaties with a party among
   * `preferParties` (a client's lanes; with `first` alone, the answer's actor lanes), then treaties in a lineage, then those covering more of the
   * window, then by start. A band of a few rows cannot name thousands of treaties: ask for what it
   * can show and read `spanCount` for how many there are.
   */
  spans: Array<TreatySpan>;
  to: Scalars['PartialDate']['output'];
  /** Events in the window matching the filter. */
  total: Scalars['Int']['output'];
  /**
   * Events without a date that match the rest of the filter: no window holds them, so neither
   * total, items nor bins count them.
   */
  undated: Scalars['Int']['output'];
};


export type TimelineSpansArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  preferParties?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type TimelineBin = {
  __typename?: 'TimelineBin';
  /** The non-zero counts per type, in EventType order. */
  byType: Array<TypeCount>;
  count: Scalars['Int']['output'];
  /** Last day of the bucket (inclusive). */
  end: Scalars['PartialDate']['output'];
  lane: Scalars['ID']['output'];
  /** The bucket's start, at the precision of its unit (a year for YEAR and DECADE, a month for MONTH and QUARTER). */
  start: Scalars['PartialDate']['output'];
  /**
   * The same counts in compact form: one per entry of `Timeline.binTypes`, in that order, zeros
   * included. A timeline drawing hundreds of bins should ask for this instead of byType: a list of
   * Ints costs the server and the wire a fraction of a list of objects.
   */
  typeCounts: Array<Scalars['Int']['output']>;
};

export type TimelineItem = {
  __typename?: 'TimelineItem';
  actorIds: Array<Scalars['ID']['output']>;
  confidence?: Maybe<Scalars['Float']['output']>;
  date: Scalars['PartialDate']['output'];
  datePrecision: DatePrecision;
  endDate?: Maybe<Scalars['PartialDate']['output']>;
  /** GDELT's own row for a GDELT event (as Event.gdelt), null for an event from articles. One query for all the items of a response, and only when asked for. */
  gdelt?: Maybe<GdeltRecord>;
  id: Scalars['ID']['output'];
  /** Ids of the lanes the item is drawn in. */
  lanes: Array<Scalars['ID']['output']>;
  modality: Modality;
  /** Where the event comes from: articles or a GDELT export (the same as Event.origin). */
  origin: EventOrigin;
  /** Who took part and in what role, with the actors' names (so a client need not look them up). */
  participants: Array<Participant>;
  summary?: Maybe<Scalars['String']['output']>;
  treatyId?: Maybe<Scalars['ID']['output']>;
  type: EventType;
};

export type TimelineMode =
  | 'BINS'
  | 'ITEMS';

export type Treaty = {
  __typename?: 'Treaty';
  aliases: Array<Scalars['String']['output']>;
  endedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** Lifecycle events: signing, ratifications, entry into force, withdrawal, oldest first. */
  events: Array<Event>;
  id: Scalars['ID']['output'];
  inForceFrom?: Maybe<Scalars['PartialDate']['output']>;
  /**
   * In force on `date`: it entered into force (inForceFrom, else signedOn), it had not ended
   * (endedOn), and no treaty replacing it had taken effect (REPLACES.effectiveOn, else the
   * replacer's start) while itself in force. Partial dates compare by the interval they cover
   * (stored dates are their first day): the treaty counts as in force on a partial date when its
   * in-force interval overlaps it, i.e. start ≤ the date's last day and end/replacement > the
   * date's first day. For a day this is exactly "in force that day"; for "1996" it means "in
   * force at some time in 1996".
   */
  inForceOn: Scalars['Boolean']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  /** Every treaty connected by REPLACES, transitively in both directions, oldest first (this one included). */
  lineage: Array<Treaty>;
  /**
   * The treaty's name as a text calls it, or, when no text names it (`unnamed`), one the extractor made
   * up from its kind, parties, year or description: "Agreement (2019)", "Chile–Peru Agreement (2019)",
   * "New air transport agreement".
   */
  name: Scalars['String']['output'];
  parties: Array<TreatyParty>;
  /** Treaties that replace this one. */
  replacedBy: Array<Supersession>;
  /** Treaties this one replaces. */
  replaces: Array<Supersession>;
  signedOn?: Maybe<Scalars['PartialDate']['output']>;
  status: TreatyStatus;
  /**
   * True when no article or reference names the treaty and its name was made up. Such a treaty is one
   * treaty across articles only when the same parties signed it on the same date, so two unnamed
   * treaties with one name may be different treaties.
   */
  unnamed: Scalars['Boolean']['output'];
};


export type TreatyInForceOnArgs = {
  date: Scalars['PartialDate']['input'];
};

export type TreatyConnection = {
  __typename?: 'TreatyConnection';
  edges: Array<TreatyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TreatyEdge = {
  __typename?: 'TreatyEdge';
  cursor: Scalars['String']['output'];
  node: Treaty;
};

export type TreatyFilter = {
  /** Treaties in force on this date (see Treaty.inForceOn). */
  inForceOn?: InputMaybe<Scalars['PartialDate']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Treaties this actor is party to. */
  party?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TreatyStatus>;
};

export type TreatyParty = {
  __typename?: 'TreatyParty';
  actor: Actor;
  /** Reference works (the seed gazetteer) that state this party. */
  references: Array<Reference>;
  since?: Maybe<Scalars['PartialDate']['output']>;
  /** Articles that state this party. */
  sources: Array<Article>;
  until?: Maybe<Scalars['PartialDate']['output']>;
};

export type TreatySpan = {
  __typename?: 'TreatySpan';
  end?: Maybe<Scalars['PartialDate']['output']>;
  endKind: SpanEndKind;
  /** Ids of the treaty's parties. */
  parties: Array<Scalars['ID']['output']>;
  /** Ids of the treaties that replaced this one. */
  replacedBy: Array<Scalars['ID']['output']>;
  /** The same replacements with their basis and the day each took effect. */
  replacements: Array<SpanReplacement>;
  start?: Maybe<Scalars['PartialDate']['output']>;
  startKind: SpanStartKind;
  status: TreatyStatus;
  treaty: Treaty;
};

export type TreatyStatus =
  | 'ENDED'
  | 'IN_FORCE'
  | 'SIGNED'
  | 'SUPERSEDED'
  | 'UNKNOWN';

export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: EventType;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<ActorNodeModel>;
  ActorConnection: ResolverTypeWrapper<ActorConnectionModel>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorKind: ActorKind;
  ActorMatch: ActorMatch;
  Article: ResolverTypeWrapper<ArticleNodeModel>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionModel>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  ArticleReport: ResolverTypeWrapper<ArticleReportNodeModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Counterpart: ResolverTypeWrapper<Omit<Counterpart, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  DateClaim: ResolverTypeWrapper<DateClaimModel>;
  DatePrecision: DatePrecision;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteResult: ResolverTypeWrapper<DeleteReportModel>;
  Event: ResolverTypeWrapper<EventNodeModel>;
  EventConnection: ResolverTypeWrapper<EventConnectionModel>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventOrder: EventOrder;
  EventOrigin: EventOrigin;
  EventSource: ResolverTypeWrapper<EventSourceNodeModel>;
  EventType: EventType;
  EventsAdded: ResolverTypeWrapper<EventsAddedPayloadModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GdeltRecord: ResolverTypeWrapper<GdeltRecordNodeModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestBatchResult: ResolverTypeWrapper<Omit<IngestBatchResult, 'results' | 'summary'> & { results: Array<ResolversTypes['IngestResult']>, summary: ResolversTypes['IngestSummary'] }>;
  IngestOutcome: IngestOutcome;
  IngestResult: ResolverTypeWrapper<IngestResultOutModel>;
  IngestSummary: ResolverTypeWrapper<IngestSummaryModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lane: ResolverTypeWrapper<LaneModel>;
  LaneBy: LaneBy;
  Mention: ResolverTypeWrapper<MentionNodeModel>;
  Modality: Modality;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeKind: NodeKind;
  Office: ResolverTypeWrapper<OfficeNodeModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Participant: ResolverTypeWrapper<ParticipantNodeModel>;
  Path: ResolverTypeWrapper<PathResultModel>;
  PathNode: ResolverTypeWrapper<PathNode>;
  PathRelationship: ResolverTypeWrapper<PathRelationship>;
  Place: ResolverTypeWrapper<PlaceNodeModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reference: ResolverTypeWrapper<ReferenceNodeModel>;
  ReplacesBasis: ReplacesBasis;
  Role: Role;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SpanEndKind: SpanEndKind;
  SpanReplacement: ResolverTypeWrapper<SpanReplacement>;
  SpanStartKind: SpanStartKind;
  Stats: ResolverTypeWrapper<StatsRowModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Supersession: ResolverTypeWrapper<SupersessionNodeModel>;
  TimeBucket: TimeBucket;
  Timeline: ResolverTypeWrapper<TimelineResultModel>;
  TimelineBin: ResolverTypeWrapper<TimelineBinModel>;
  TimelineItem: ResolverTypeWrapper<TimelineItemModel>;
  TimelineMode: TimelineMode;
  Treaty: ResolverTypeWrapper<TreatyNodeModel>;
  TreatyConnection: ResolverTypeWrapper<TreatyConnectionModel>;
  TreatyEdge: ResolverTypeWrapper<Omit<TreatyEdge, 'node'> & { node: ResolversTypes['Treaty'] }>;
  TreatyFilter: TreatyFilter;
  TreatyParty: ResolverTypeWrapper<TreatyPartyNodeModel>;
  TreatySpan: ResolverTypeWrapper<TreatySpanModel>;
  TreatyStatus: TreatyStatus;
  TypeCount: ResolverTypeWrapper<TypeCount>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: ActorNodeModel;
  ActorConnection: ActorConnectionModel;
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  Article: ArticleNodeModel;
  ArticleConnection: ArticleConnectionModel;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  ArticleInput: ArticleInput;
  ArticleReport: ArticleReportNodeModel;
  Boolean: Scalars['Boolean']['output'];
  Counterpart: Omit<Counterpart, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  DateClaim: DateClaimModel;
  DateTime: Scalars['DateTime']['output'];
  DeleteResult: DeleteReportModel;
  Event: EventNodeModel;
  EventConnection: EventConnectionModel;
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventSource: EventSourceNodeModel;
  EventsAdded: EventsAddedPayloadModel;
  Float: Scalars['Float']['output'];
  GdeltRecord: GdeltRecordNodeModel;
  ID: Scalars['ID']['output'];
  IngestBatchResult: Omit<IngestBatchResult, 'results' | 'summary'> & { results: Array<ResolversParentTypes['IngestResult']>, summary: ResolversParentTypes['IngestSummary'] };
  IngestResult: IngestResultOutModel;
  IngestSummary: IngestSummaryModel;
  Int: Scalars['Int']['output'];
  Lane: LaneModel;
  Mention: MentionNodeModel;
  Mutation: Record<PropertyKey, never>;
  Office: OfficeNodeModel;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Participant: ParticipantNodeModel;
  Path: PathResultModel;
  PathNode: PathNode;
  PathRelationship: PathRelationship;
  Place: PlaceNodeModel;
  Query: Record<PropertyKey, never>;
  Reference: ReferenceNodeModel;
  SearchHit: SearchHitModel;
  SpanReplacement: SpanReplacement;
  Stats: StatsRowModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Supersession: SupersessionNodeModel;
  Timeline: TimelineResultModel;
  TimelineBin: TimelineBinModel;
  TimelineItem: TimelineItemModel;
  Treaty: TreatyNodeModel;
  TreatyConnection: TreatyConnectionModel;
  TreatyEdge: Omit<TreatyEdge, 'node'> & { node: ResolversParentTypes['Treaty'] };
  TreatyFilter: TreatyFilter;
  TreatyParty: TreatyPartyNodeModel;
  TreatySpan: TreatySpanModel;
  TypeCount: TypeCount;
}>;

export type ActorResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  counterparts?: Resolver<Array<ResolversTypes['Counterpart']>, ParentType, ContextType, Partial<ActorCounterpartsArgs>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<ActorEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offices?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType>;
  treaties?: Resolver<Array<ResolversTypes['Treaty']>, ParentType, ContextType, Partial<ActorTreatiesArgs>>;
  wikidata?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ActorConnectionResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActorEdgeResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ArticleReport']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ArticleConnectionResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleEdgeResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
}>;

export type ArticleReportResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['ArticleReport'] = ResolversParentTypes['ArticleReport']> = ResolversObject<{
  claimedDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CounterpartResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Counterpart'] = ResolversParentTypes['Counterpart']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DateClaimResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['DateClaim'] = ResolversParentTypes['DateClaim']> = ResolversObject<{
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['EventSource']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteResultResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = ResolversObject<{
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  removedActors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedTreaties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['DateClaim']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  gdelt?: Resolver<Maybe<ResolversTypes['GdeltRecord']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['EventOrigin'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  plover?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['EventSource']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  treaty?: Resolver<Maybe<ResolversTypes['Treaty']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type EventSourceResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['EventSource'] = ResolversParentTypes['EventSource']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  claimedDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventsAddedResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['EventsAdded'] = ResolversParentTypes['EventsAdded']> = ResolversObject<{
  articleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
}>;

export type GdeltRecordResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['GdeltRecord'] = ResolversParentTypes['GdeltRecord']> = ResolversObject<{
  avgTone?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  globalEventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  goldsteinScale?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numMentions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quadClass?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IngestBatchResultResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['IngestBatchResult'] = ResolversParentTypes['IngestBatchResult']> = ResolversObject<{
  results?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['IngestSummary'], ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  actors?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  newEvents?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IngestOutcome'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treaties?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IngestSummaryResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['IngestSummary'] = ResolversParentTypes['IngestSummary']> = ResolversObject<{
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  treaties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LaneResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Lane'] = ResolversParentTypes['Lane']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LaneBy'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MentionResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  treaty?: Resolver<Maybe<ResolversTypes['Treaty']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteArticle?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  ingestArticles?: Resolver<ResolversTypes['IngestBatchResult'], ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'inputs'>>;
}>;

export type OfficeResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Office'] = ResolversParentTypes['Office']> = ResolversObject<{
  organization?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type ParticipantResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PathNode']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['PathRelationship']>, ParentType, ContextType>;
}>;

export type PathNodeResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['PathNode'] = ResolversParentTypes['PathNode']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PathRelationshipResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['PathRelationship'] = ResolversParentTypes['PathRelationship']> = ResolversObject<{
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, Partial<QueryActorsArgs>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'from' | 'to'>>;
  treaties?: Resolver<ResolversTypes['TreatyConnection'], ParentType, ContextType, Partial<QueryTreatiesArgs>>;
  treaty?: Resolver<Maybe<ResolversTypes['Treaty']>, ParentType, ContextType, RequireFields<QueryTreatyArgs, 'id'>>;
}>;

export type ReferenceResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Reference'] = ResolversParentTypes['Reference']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  highlight?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SpanReplacementResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['SpanReplacement'] = ResolversParentTypes['SpanReplacement']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['ReplacesBasis'], ParentType, ContextType>;
  effectiveOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  treatyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StatsResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = ResolversObject<{
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earliest?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eventsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  treaties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  eventsAdded?: SubscriptionResolver<ResolversTypes['EventsAdded'], "eventsAdded", ParentType, ContextType>;
}>;

export type SupersessionResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Supersession'] = ResolversParentTypes['Supersession']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['ReplacesBasis'], ParentType, ContextType>;
  effectiveOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Reference']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  treaty?: Resolver<ResolversTypes['Treaty'], ParentType, ContextType>;
}>;

export type TimelineResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = ResolversObject<{
  binTypes?: Resolver<Array<ResolversTypes['EventType']>, ParentType, ContextType>;
  bins?: Resolver<Array<ResolversTypes['TimelineBin']>, ParentType, ContextType>;
  bucket?: Resolver<Maybe<ResolversTypes['TimeBucket']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['Lane']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TimelineMode'], ParentType, ContextType>;
  spanCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spans?: Resolver<Array<ResolversTypes['TreatySpan']>, ParentType, ContextType, Partial<TimelineSpansArgs>>;
  to?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineBinResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['TimelineBin'] = ResolversParentTypes['TimelineBin']> = ResolversObject<{
  byType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  lane?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  typeCounts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type TimelineItemResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = ResolversObject<{
  actorIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  gdelt?: Resolver<Maybe<ResolversTypes['GdeltRecord']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['EventOrigin'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  treatyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
}>;

export type TreatyResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['Treaty'] = ResolversParentTypes['Treaty']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  inForceOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<TreatyInForceOnArgs, 'date'>>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineage?: Resolver<Array<ResolversTypes['Treaty']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['TreatyParty']>, ParentType, ContextType>;
  replacedBy?: Resolver<Array<ResolversTypes['Supersession']>, ParentType, ContextType>;
  replaces?: Resolver<Array<ResolversTypes['Supersession']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TreatyStatus'], ParentType, ContextType>;
  unnamed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TreatyConnectionResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['TreatyConnection'] = ResolversParentTypes['TreatyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TreatyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TreatyEdgeResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['TreatyEdge'] = ResolversParentTypes['TreatyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Treaty'], ParentType, ContextType>;
}>;

export type TreatyPartyResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['TreatyParty'] = ResolversParentTypes['TreatyParty']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Reference']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
}>;

export type TreatySpanResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['TreatySpan'] = ResolversParentTypes['TreatySpan']> = ResolversObject<{
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  endKind?: Resolver<ResolversTypes['SpanEndKind'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  replacedBy?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  replacements?: Resolver<Array<ResolversTypes['SpanReplacement']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  startKind?: Resolver<ResolversTypes['SpanStartKind'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TreatyStatus'], ParentType, ContextType>;
  treaty?: Resolver<ResolversTypes['Treaty'], ParentType, ContextType>;
}>;

export type TypeCountResolvers<ContextType = PactlineContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PactlineContext> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleReport?: ArticleReportResolvers<ContextType>;
  Counterpart?: CounterpartResolvers<ContextType>;
  DateClaim?: DateClaimResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventSource?: EventSourceResolvers<ContextType>;
  EventsAdded?: EventsAddedResolvers<ContextType>;
  GdeltRecord?: GdeltRecordResolvers<ContextType>;
  IngestBatchResult?: IngestBatchResultResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IngestSummary?: IngestSummaryResolvers<ContextType>;
  Lane?: LaneResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Office?: OfficeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Participant?: ParticipantResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathNode?: PathNodeResolvers<ContextType>;
  PathRelationship?: PathRelationshipResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reference?: ReferenceResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SpanReplacement?: SpanReplacementResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Supersession?: SupersessionResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  TimelineBin?: TimelineBinResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
  Treaty?: TreatyResolvers<ContextType>;
  TreatyConnection?: TreatyConnectionResolvers<ContextType>;
  TreatyEdge?: TreatyEdgeResolvers<ContextType>;
  TreatyParty?: TreatyPartyResolvers<ContextType>;
  TreatySpan?: TreatySpanResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
}>;


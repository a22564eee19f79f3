import type { EventOrigin } from '../domain/filters';
import type { SearchKind } from './queries/search-queries';

/**
 * The read model: the plain objects the repository returns and the API serves (dates as
 * partial-date text at their precision, enums UPPER_CASE). records.ts maps Neo4j records to
 * them; the GraphQL resolvers are typed against them (codegen mappers).
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
  /** No text names it: the name was made up from its kind, parties, year or description. */
  unnamed: boolean;
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

/** A treaty span of the timeline index (its parties are in every span row). */
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

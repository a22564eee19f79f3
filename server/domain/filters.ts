/**
 * What the read side selects by, validated: the API's arguments become these (server/graphql/
 * arguments.ts), the Cypher builders (server/db/queries) and the timeline index
 * (server/timeline) take them. Dates are already ISO days (first day of `from`, last of `to`).
 */

/** ARTICLE: extracted from articles; GDELT: imported from a GDELT export (the event has a gdeltId). */
export type EventOrigin = 'ARTICLE' | 'GDELT';

/** The first and last day a filter can name (Neo4j's Date holds years 1-9999 here). */
export const MIN_DAY = '0001-01-01';
export const MAX_DAY = '9999-12-31';

export interface EventFilter {
  fromDay?: string | null;
  toDay?: string | null;
  types?: readonly string[] | null;
  actorIds?: readonly string[] | null;
  actorMatch?: 'ALL' | 'ANY' | null;
  treatyIds?: readonly string[] | null;
  placeIds?: readonly string[] | null;
  text?: string | null;
  modality?: readonly string[] | null;
  minConfidence?: number | null;
  /** The one origin kept; null keeps both. */
  origin?: EventOrigin | null;
}

export type EventOrder = 'DATE_ASC' | 'DATE_DESC';

export interface ActorFilter {
  search?: string | null;
  kinds?: readonly string[] | null;
}

export interface TreatyFilter {
  inForceOn?: { first: string; last: string } | null;
  party?: string | null;
  kind?: string | null;
  status?: string | null;
}

export interface ArticleFilter {
  language?: string | null;
  source?: string | null;
  fromDay?: string | null;
  toDay?: string | null;
}

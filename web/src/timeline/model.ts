/**
 * The shapes the timeline draws. The GraphQL client maps API responses into these, so the pure
 * modules never see transport details. Times are UTC milliseconds; intervals are [start, end).
 */
import type { EventType as ApiEventType } from '../api/generated';

export type Precision = 'year' | 'month' | 'day';
export type LaneBy = 'ACTOR' | 'TYPE';
export type Modality = 'ASSERTED' | 'PLANNED' | 'NEGATED' | 'REPORTED';

export const EVENT_TYPES = [
  'TREATY_SIGNING',
  'RATIFICATION',
  'ENTRY_INTO_FORCE',
  'WITHDRAWAL',
  'ACCESSION',
  'MEETING',
  'STATEMENT',
  'MILITARY_ACTION',
  'SANCTION',
  'AID',
  'PROTEST',
  'ELECTION',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
// The list is schema.graphql's enum EventType (generated.ts): tsc fails when the two differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameAsSchema: Same<EventType, ApiEventType> = true;

export const MODALITIES: readonly Modality[] = ['ASSERTED', 'PLANNED', 'NEGATED', 'REPORTED'];

/** Where an event comes from (the API's EventOrigin): extracted from articles, or imported from GDELT. */
export type Origin = 'ARTICLE' | 'GDELT';
export const ORIGINS: readonly Origin[] = ['ARTICLE', 'GDELT'];

/** What GDELT scored a GDELT event (its row's QuadClass, GoldsteinScale, NumMentions, AvgTone, SOURCEURL). */
export interface GdeltScores {
  readonly quadClass: number | null;
  readonly goldsteinScale: number | null;
  readonly numMentions: number | null;
  readonly avgTone: number | null;
  readonly sourceUrl: string | null;
}
/** How the page names an origin (the Source filter, the table). */
export const ORIGIN_LABEL: Readonly<Record<Origin, string>> = { ARTICLE: 'articles', GDELT: 'GDELT' };

/** A time window in UTC milliseconds, start < end. */
export interface Window {
  readonly start: number;
  readonly end: number;
}

export interface Lane {
  readonly id: string;
  readonly label: string;
  /** How many events fall in it (for ordering and the legend), when known. */
  readonly count?: number;
}

/** One event as the timeline knows it. */
export interface TimelineItem {
  readonly id: string;
  readonly type: string;
  /** The partial date as text: "1961", "2015-07", "2024-06-19". */
  readonly date: string;
  readonly precision: Precision;
  readonly modality: Modality;
  readonly summary: string;
  readonly confidence: number;
  /** The lanes it belongs to (actor ids or its type). */
  readonly laneIds: readonly string[];
  /** Participant names (or ids when the name is not known), for the tooltip, table and export. */
  readonly actors: readonly string[];
  readonly actorIds: readonly string[];
  readonly treatyId: string | null;
  readonly origin: Origin;
  /** GDELT's scores of a GDELT event, when asked for (an export asks, a view does not); null for an event from articles. */
  readonly gdelt: GdeltScores | null;
}

/** A count of events per lane and time bucket, by type. */
export interface Bin {
  readonly laneId: string;
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly byType: readonly { readonly type: string; readonly count: number }[];
}

/** A treaty drawn as a span, with the treaties that replaced it. */
export interface TreatySpan {
  readonly id: string;
  readonly name: string;
  /** No text names the treaty: `name` is one the extractor made from its kind, parties, year or description. */
  readonly unnamed: boolean;
  /** Signature, else entry into force. */
  readonly start: number;
  /** Entry into force, when known (the span is hatched from signature to it). */
  readonly inForce: number | null;
  /** null while it is still in force. */
  readonly end: number | null;
  readonly status: string;
  /** Ids of the treaties that replaced it. */
  readonly replacedBy: readonly string[];
  /** The same, with the basis of each replacement and when it took effect. */
  readonly replacements: readonly { readonly id: string; readonly basis: string; readonly on: number | null }[];
  /** Ids of its parties. */
  readonly parties: readonly string[];
}

/** What one `timeline` answer holds after mapping. */
export interface TimelineData {
  readonly mode: 'ITEMS' | 'BINS';
  readonly window: Window;
  readonly lanes: readonly Lane[];
  readonly items: readonly TimelineItem[];
  readonly bins: readonly Bin[];
  readonly spans: readonly TreatySpan[];
  /** Treaties overlapping the requested window (the server may send fewer spans, the most relevant). */
  readonly spanCount: number;
  readonly total: number;
}

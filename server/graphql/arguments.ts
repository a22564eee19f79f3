import { decodeCursor, encodeCursor } from '../db/queries/cursor';
import { MAX_DAY, MIN_DAY, type EventFilter, type EventOrigin } from '../domain/filters';
import { endOf, parsePartialDate, startOf } from '../domain/calendar';
import { MAX_BUCKETS, MIN_BUCKETS } from '../timeline/buckets';
import {
  DEFAULT_MAX_BUCKETS,
  DEFAULT_MAX_ITEMS,
  MAX_ITEMS_LIMIT,
  MAX_LANES,
  type TimelineRequest,
} from '../timeline/timeline';
import { invalidArgument } from './errors';

/**
 * Argument checks at the boundary: resolvers validate once with these, inner code trusts the
 * result. Every error names the argument, quotes its value and says what is allowed.
 */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

export function pageSize(
  first: number | null | undefined,
  name = 'first',
  max = MAX_PAGE_SIZE,
  fallback = DEFAULT_PAGE_SIZE,
): number {
  if (first === null || first === undefined) return Math.min(fallback, max);
  if (!Number.isInteger(first) || first < 0 || first > max) throw invalidArgument(name, first, `0 to ${max}`);
  return first;
}

export function intInRange(
  value: number | null | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw invalidArgument(name, value, `${min} to ${max}`);
  return value;
}

/** The key inside a cursor this API made, checked for its shape (a sort key of the expected kind and an id). */
function cursorKey(after: string | null | undefined, name = 'after'): { key: string; id: string } | null {
  if (after === null || after === undefined) return null;
  const key = decodeCursor(after);
  if (!key || typeof key[0] !== 'string')
    throw invalidArgument(name, after, 'a cursor from pageInfo.endCursor or edges.cursor');
  return { key: key[0], id: key[1] };
}

export function dayCursor(after: string | null | undefined): { day: string; id: string } | null {
  const c = cursorKey(after);
  // A real calendar day: a forged day such as 2024-13-45 would otherwise reach Neo4j's date().
  if (c && (!/^\d{4}-\d{2}-\d{2}$/.test(c.key) || parsePartialDate(c.key)?.precision !== 'day'))
    throw invalidArgument('after', after, 'a cursor from pageInfo.endCursor or edges.cursor');
  return c ? { day: c.key, id: c.id } : null;
}

export function nameCursor(after: string | null | undefined): { name: string; id: string } | null {
  const c = cursorKey(after);
  return c ? { name: c.key, id: c.id } : null;
}

export const cursorOf = (key: string, id: string): string => encodeCursor([key, id]);

/** First and last day of a partial date (already validated by the scalar). */
export function dayRange(partial: string, name: string): { first: string; last: string } {
  const d = parsePartialDate(partial);
  if (!d) throw invalidArgument(name, partial, 'YYYY, YYYY-MM, YYYY-MM-DD');
  return { first: startOf(d), last: endOf(d) };
}

export function ids(list: readonly string[] | null | undefined, name: string, max = 100): string[] | null {
  if (!list || list.length === 0) return null;
  if (list.length > max) throw invalidArgument(name, `${list.length} ids`, `at most ${max}`);
  return [...new Set(list)];
}

export interface EventFilterArgs {
  from?: string | null;
  to?: string | null;
  types?: string[] | null;
  actorIds?: string[] | null;
  actorMatch?: 'ALL' | 'ANY' | null;
  treatyIds?: string[] | null;
  placeIds?: string[] | null;
  text?: string | null;
  modality?: string[] | null;
  minConfidence?: number | null;
  origin?: EventOrigin[] | null;
}

/** The one origin a filter keeps, or null when it names none or both (GraphQL has checked the values). */
export function onlyOrigin(origin: readonly EventOrigin[] | null | undefined): EventOrigin | null {
  const distinct = new Set(origin ?? []);
  return distinct.size === 1 ? [...distinct][0]! : null;
}

export function toEventFilter(args: EventFilterArgs | null | undefined, prefix = 'filter'): EventFilter {
  const f = args ?? {};
  const from = f.from ? dayRange(f.from, `${prefix}.from`).first : null;
  const to = f.to ? dayRange(f.to, `${prefix}.to`).last : null;
  if (from && to && from > to)
    throw invalidArgument(`${prefix}.to`, f.to, `a date not before ${prefix}.from ${JSON.stringify(f.from)}`);
  if (f.minConfidence !== null && f.minConfidence !== undefined && !(f.minConfidence >= 0 && f.minConfidence <= 1)) {
    throw invalidArgument(`${prefix}.minConfidence`, f.minConfidence, '0 to 1');
  }
  if (f.text !== null && f.text !== undefined && f.text.length > 500)
    throw invalidArgument(`${prefix}.text`, `${f.text.slice(0, 20)}…`, 'at most 500 characters');
  const origin = onlyOrigin(f.origin);
  if (origin === 'GDELT' && f.text && f.text.trim() !== '') {
    throw invalidArgument(
      `${prefix}.text`,
      f.text.length > 20 ? `${f.text.slice(0, 20)}…` : f.text,
      `none with origin [GDELT]: only events from articles are in the full-text index (a GDELT event's summary is generated from its type, actors and CAMEO code); select GDELT events by ${prefix}.actorIds, types, placeIds and dates`,
    );
  }
  return {
    fromDay: from,
    toDay: to,
    types: f.types && f.types.length > 0 ? f.types : null,
    actorIds: ids(f.actorIds, `${prefix}.actorIds`),
    actorMatch: f.actorMatch ?? 'ALL',
    treatyIds: ids(f.treatyIds, `${prefix}.treatyIds`),
    placeIds: ids(f.placeIds, `${prefix}.placeIds`),
    text: f.text && f.text.trim() !== '' ? f.text : null,
    modality: f.modality && f.modality.length > 0 ? f.modality : null,
    minConfidence: f.minConfidence ?? null,
    origin,
  };
}

export interface TimelineArgs {
  from: string;
  to: string;
  filter?: EventFilterArgs | null;
  lanes?: 'ACTOR' | 'TYPE' | null;
  /** The actor lanes, in this order (ACTOR lanes only); default the filter's actorIds, else the most active actors. */
  laneIds?: string[] | null;
  maxItems?: number | null;
  maxBuckets?: number | null;
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);

/** Validates Query.timeline's arguments (before any database work) into the window, the lanes and the event filter. */
export function timelineRequest(args: TimelineArgs): TimelineRequest {
  const window = { first: dayRange(args.from, 'from').first, last: dayRange(args.to, 'to').last };
  if (window.first > window.last)
    throw invalidArgument('to', args.to, `a date not before from ${JSON.stringify(args.from)}`);
  const maxItems = intInRange(args.maxItems, 'maxItems', 0, MAX_ITEMS_LIMIT, DEFAULT_MAX_ITEMS);
  const maxBuckets = intInRange(args.maxBuckets, 'maxBuckets', MIN_BUCKETS, MAX_BUCKETS, DEFAULT_MAX_BUCKETS);
  const given = toEventFilter(args.filter);
  const filter: EventFilter = {
    ...given,
    fromDay: maxDay(given.fromDay ?? MIN_DAY, window.first),
    toDay: minDay(given.toDay ?? MAX_DAY, window.last),
  };
  const laneBy = args.lanes ?? 'ACTOR';
  const laneIds = ids(args.laneIds, 'laneIds', MAX_LANES);
  if (laneIds && laneBy !== 'ACTOR') throw invalidArgument('laneIds', args.laneIds, 'actor ids with lanes: ACTOR only');
  const laneActors = laneIds ?? filter.actorIds ?? null;
  return { from: args.from, to: args.to, window, maxItems, maxBuckets, laneBy, laneActors, filter };
}

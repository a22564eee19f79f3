import { OTHER_LANE, type BucketUnit } from '../db/queries/timeline-queries';
import type { ActorNode, ParticipantNode, Precision, SpanRow, TimelineBinRow, TreatyNode } from '../db/read-model';
import type { Repository } from '../db/repository';
import { compareEventTypes, EVENT_TYPE_VALUES } from '../domain/event-types';
import { endOf, toPartialDate } from '../domain/calendar';
import type { EventFilter, EventOrigin } from '../domain/filters';
import { bucketEnd, bucketStartText, chooseBucket, type Bucket } from './buckets';
import type { TimelineCache } from './cache';
import type { TimelineIndexStore } from './index-store';
import * as ix from './timeline-index';
import type { TimelineIndex } from './timeline-index';

/**
 * The timeline engine: one window of events as items (few) or bins per lane and bucket (many),
 * with its lanes and treaty spans, from the timeline index when it can answer, else from Cypher.
 * Nothing here knows GraphQL: the API validates its arguments into a TimelineRequest
 * (server/graphql/arguments.ts) and calls resolveTimeline.
 */

export const DEFAULT_MAX_ITEMS = 2000;
export const MAX_ITEMS_LIMIT = 5000;
/**
 * Buckets per lane when the caller does not say (`maxBuckets`): ~10 px each over a 1,000 px
 * plot that asks for its view padded by half a span on each side, as the web timeline does.
 */
export const DEFAULT_MAX_BUCKETS = 200;
/** Actor lanes when the filter names no actors: the most active in the window. */
export const DEFAULT_ACTOR_LANES = 12;
/** At most this many laneIds. */
export const MAX_LANES = 50;
/**
 * Above this many events in the window, lanes are the busiest actors overall (by degree)
 * instead of counting every participation in the window: an approximation for wide windows.
 */
export const EXACT_LANES_LIMIT = 20_000;

/** A validated timeline request (see timelineRequest in server/graphql/arguments.ts). */
export interface TimelineRequest {
  /** The window as the caller wrote it, echoed in the result. */
  from: string;
  to: string;
  /** The first day of `from` and the last day of `to`. */
  window: { first: string; last: string };
  maxItems: number;
  /** At most this many buckets per lane in BINS mode (the finest unit that fits; DECADE is the coarsest). */
  maxBuckets: number;
  laneBy: 'ACTOR' | 'TYPE';
  /** Actor lanes the caller chose (laneIds, else the filter's actorIds); null = the most active actors. */
  laneActors: readonly string[] | null;
  /** The caller's filter with its dates narrowed to the window. */
  filter: EventFilter;
}

/** What the engine reads: the repository, and the cache and index when they are on. */
export interface TimelineDeps {
  repo: Repository;
  cache: TimelineCache | null;
  index: TimelineIndexStore | null;
  /** Called with each actor an ITEMS answer read, so that a request's loaders need not read it again. */
  onActor?: (actor: ActorNode) => void;
}

export interface Lane {
  id: string;
  label: string;
  kind: 'ACTOR' | 'TYPE';
}

export interface TimelineItem {
  id: string;
  type: string;
  date: string;
  datePrecision: Precision;
  endDate: string | null;
  lanes: string[];
  modality: string;
  summary: string | null;
  confidence: number | null;
  actorIds: string[];
  participants: ParticipantNode[];
  treatyId: string | null;
  origin: EventOrigin;
}

export interface TimelineBin {
  lane: string;
  start: string;
  end: string;
  count: number;
  byType: { type: string; count: number }[];
  /** byType as one count per binTypes entry, zeros included: a list of Ints is far cheaper to execute and send than objects. */
  typeCounts: number[];
}

export interface TreatySpan {
  treaty: TreatyNode;
  start: string | null;
  end: string | null;
  startKind: 'SIGNED' | 'IN_FORCE' | 'UNKNOWN';
  endKind: 'ENDED' | 'REPLACED' | 'OPEN';
  replacedBy: string[];
  /** The same replacements with their basis and the day they took effect. */
  replacements: { treatyId: string; basis: string; effectiveOn: string | null }[];
  /** Ids of the treaty's parties. */
  parties: string[];
  status: string;
}

export interface TimelineResult {
  mode: 'ITEMS' | 'BINS';
  from: string;
  to: string;
  bucket: Bucket | null;
  total: number;
  lanes: Lane[];
  items: TimelineItem[];
  bins: TimelineBin[];
  /** The types the bins count, in the order of each bin's typeCounts (empty in ITEMS mode). */
  binTypes: string[];
  spans: TreatySpan[];
  /** Undated events matching the rest of the filter (no window holds them); counted when asked for. */
  undated: () => Promise<number>;
}

/** A treaty's span: from signature (else entry into force) to its end or its earliest replacement. */
export function toSpan(row: SpanRow): TreatySpan {
  const t = row.treaty;
  const startKind = t.signedOn ? 'SIGNED' : t.inForceFrom ? 'IN_FORCE' : 'UNKNOWN';
  const replacement =
    row.replacedBy
      .map((r) => r.on)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;
  const ended = t.days.endedOn;
  let end: string | null = null;
  let endKind: TreatySpan['endKind'] = 'OPEN';
  if (ended !== null && (replacement === null || ended <= replacement)) {
    end = t.endedOn;
    endKind = 'ENDED';
  } else if (replacement !== null) {
    end = replacement;
    endKind = 'REPLACED';
  }
  return {
    treaty: t,
    start: t.signedOn ?? t.inForceFrom,
    end,
    startKind,
    endKind,
    replacedBy: row.replacedBy.map((r) => r.id),
    replacements: row.replacedBy.map((r) => ({ treatyId: r.id, basis: r.basis, effectiveOn: r.on })),
    parties: row.partyIds,
    status: t.status,
  };
}

/**
 * Where counts, lanes and bins come from: the timeline index when it is current for the data
 * version and can answer the filter (milliseconds in JS), else Cypher aggregations in Neo4j.
 * Both give the same answer.
 */
interface TimelineSource {
  kind: 'INDEX' | 'CYPHER';
  countEvents(filter: EventFilter): Promise<number>;
  countUndated(filter: EventFilter): Promise<number>;
  topActors(filter: EventFilter, lanes: number): Promise<{ id: string; label: string; n: number }[]>;
  busiestActors(lanes: number): Promise<{ id: string; label: string; n: number }[]>;
  actorLabels(ids: readonly string[]): Promise<Map<string, string>>;
  timelineBins(
    filter: EventFilter,
    unit: BucketUnit,
    laneBy: 'ACTOR' | 'TYPE',
    laneIds: readonly string[],
  ): Promise<TimelineBinRow[]>;
  treatySpans: Repository['treatySpans'];
}

function cypherSource(repo: Repository): TimelineSource {
  return {
    kind: 'CYPHER',
    countEvents: (f) => repo.countEvents(f),
    countUndated: (f) => repo.countUndatedEvents(f),
    topActors: (f, n) => repo.topActors(f, n),
    busiestActors: (n) => repo.busiestActors(n),
    actorLabels: (ids) => repo.actorLabels(ids),
    timelineBins: (f, unit, laneBy, laneIds) => repo.timelineBins(f, unit, laneBy, laneIds),
    treatySpans: (window, scope) => repo.treatySpans(window, scope),
  };
}

function indexSource(index: TimelineIndex): TimelineSource {
  return {
    kind: 'INDEX',
    countEvents: async (f) => ix.countEvents(index, f),
    countUndated: async (f) => ix.countUndated(index, f),
    topActors: async (f, n) => ix.topActors(index, f, n),
    busiestActors: async (n) => ix.busiestActors(index, n),
    actorLabels: async (ids) => ix.actorLabels(index, ids),
    timelineBins: async (f, unit, laneBy, laneIds) => ix.timelineBins(index, f, unit, laneBy, laneIds),
    treatySpans: async (window, scope) => ix.treatySpans(index, window, scope),
  };
}

/**
 * The timeline of a window: items when at most maxItems events match, else bins per lane and
 * bucket. One version read picks the source (index or Cypher) and the cache entry; then count
 * with lanes and the treaty spans go in parallel, then items (one query) or bins.
 */
export async function resolveTimeline(request: TimelineRequest, deps: TimelineDeps): Promise<TimelineResult> {
  const { cache, index: store, repo } = deps;
  if (!cache && !store) return computeTimeline(request, deps, cypherSource(repo));
  const version = await repo.dataVersion();
  // The answer depends on the request alone (and the data version).
  const key = JSON.stringify(request);
  const cached = cache?.get(key, version);
  if (cached) return cached;
  const index = store && ix.canAnswer(request.filter) ? store.at(version) : null;
  const result = await computeTimeline(request, deps, index ? indexSource(index) : cypherSource(repo));
  if (result.mode === 'BINS') cache?.set(key, version, result);
  return result;
}

async function computeTimeline(
  request: TimelineRequest,
  deps: TimelineDeps,
  source: TimelineSource,
): Promise<TimelineResult> {
  const { repo } = deps;
  const { window, maxItems, maxBuckets, laneBy, laneActors, filter } = request;

  const actorLanes = async (total: number): Promise<Lane[]> => {
    if (laneBy !== 'ACTOR') return [];
    // Lanes the caller chose are lanes even in a window without their events: the page names them
    // and lists their treaties in force.
    if (laneActors) {
      const labels = await source.actorLabels(laneActors);
      return laneActors
        .filter((id) => labels.has(id))
        .map((id) => ({ id, label: labels.get(id) ?? id, kind: 'ACTOR' as const }));
    }
    if (total === 0) return [];
    const top =
      total > EXACT_LANES_LIMIT
        ? await source.busiestActors(DEFAULT_ACTOR_LANES)
        : await source.topActors(filter, DEFAULT_ACTOR_LANES);
    return top.map((a) => ({ id: a.id, label: a.label, kind: 'ACTOR' as const }));
  };
  const empty = filter.fromDay! > filter.toDay!;
  const counted = empty ? Promise.resolve(0) : source.countEvents(filter);
  const [total, lanes, spanRows] = await Promise.all([
    counted,
    counted.then(actorLanes),
    source.treatySpans(
      { fromDay: window.first, toDay: window.last },
      { actorIds: filter.actorIds, treatyIds: filter.treatyIds },
    ),
  ]);
  const spans = spanRows.map(toSpan).filter((s) => s.end === null || endOf(toPartialDate(s.end)) >= window.first);
  let undated: Promise<number> | null = null;
  const base = {
    from: request.from,
    to: request.to,
    total,
    spans,
    undated: () => (undated ??= source.countUndated(filter)),
  };
  const laneIds = new Set(lanes.map((l) => l.id));
  const otherLane: Lane = { id: OTHER_LANE, label: 'Other actors', kind: 'ACTOR' };

  if (total <= maxItems) {
    const rows = total === 0 ? [] : await repo.timelineItems(filter, maxItems);
    for (const r of rows) {
      for (const p of r.participants) deps.onActor?.(p.actor);
    }
    let usesOther = false;
    const items = rows.map((r) => {
      let itemLanes: string[];
      if (laneBy === 'TYPE') itemLanes = [r.type];
      else {
        itemLanes = r.actorIds.filter((id) => laneIds.has(id));
        if (itemLanes.length === 0) {
          itemLanes = [OTHER_LANE];
          usesOther = true;
        }
      }
      return { ...r, lanes: itemLanes };
    });
    const allLanes =
      laneBy === 'TYPE' ? typeLanes(items.map((i) => i.type)) : usesOther ? [...lanes, otherLane] : lanes;
    return { ...base, mode: 'ITEMS', bucket: null, lanes: allLanes, items, bins: [], binTypes: [] };
  }

  const bucket = chooseBucket(filter.fromDay!, filter.toDay!, maxBuckets);
  const rows = await source.timelineBins(filter, bucket.toLowerCase() as BucketUnit, laneBy, [...laneIds]);
  const { binTypes, typeCounts } = compactTypeCounts(rows.map((b) => b.byType));
  // Every lane has the same buckets: their start and end texts are made once per bucket.
  const edges = new Map<string, { start: string; end: string }>();
  const bins = rows.map((b, i) => {
    let edge = edges.get(b.start);
    if (!edge)
      edges.set(b.start, (edge = { start: bucketStartText(b.start, bucket), end: bucketEnd(b.start, bucket) }));
    return { ...b, ...edge, typeCounts: typeCounts[i]! };
  });
  const allLanes = laneBy === 'TYPE' ? typeLanes(bins.map((b) => b.lane)) : lanes;
  return { ...base, mode: 'BINS', bucket, lanes: allLanes, items: [], bins, binTypes };
}

/**
 * The types present in any bin (in EventType order) and, per bin, its count of each of them
 * (zeros included): the compact form of byType.
 */
function compactTypeCounts(byTypes: readonly (readonly { type: string; count: number }[])[]): {
  binTypes: string[];
  typeCounts: number[][];
} {
  const present = new Set<string>();
  for (const byType of byTypes) for (const t of byType) present.add(t.type);
  const binTypes = [...present].sort(compareEventTypes);
  const position = new Map(binTypes.map((type, i) => [type, i]));
  const typeCounts = byTypes.map((byType) => {
    const counts = new Array<number>(binTypes.length).fill(0);
    for (const t of byType) counts[position.get(t.type)!]! += t.count;
    return counts;
  });
  return { binTypes, typeCounts };
}

function typeLanes(types: string[]): Lane[] {
  const present = new Set(types);
  return EVENT_TYPE_VALUES.filter((t) => present.has(t)).map((t) => ({
    id: t,
    label: t.charAt(0) + t.slice(1).toLowerCase().replace(/_/g, ' '),
    kind: 'TYPE' as const,
  }));
}

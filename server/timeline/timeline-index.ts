import { compareEventTypes, EVENT_TYPE_VALUES } from '../domain/event-types';
import { MAX_DAY, MIN_DAY, type EventFilter } from '../domain/filters';
import type { BucketUnit } from '../db/queries/timeline-queries';
import type { IndexActorRow, IndexEventRow, IndexTreatyRow, SpanRow, TimelineBinRow } from '../db/read-model';
import { dayToEpoch, epochToDay, fromEpochDay, isoWeekStart, toEpochDay } from '../domain/calendar';

/**
 * The timeline index: every event as a few typed-array columns (epoch day, type, modality,
 * confidence, origin, and the interned ids of its actors, treaties and places as offset lists), sorted
 * by day, undated events last. Counts, lanes and bins for any window and any filter without
 * `text` are computed from it in milliseconds, with the same meaning as the Cypher in
 * server/db/queries (eventSelection, topActorsQuery, busiestActorsQuery, timelineBinsQuery), so a
 * request gets the same answer from either. Pure: built from rows, never touches the database.
 */
export interface TimelineIndex {
  /** The data version it was built at (see Executor.dataVersion). */
  readonly version: string;
  /** Events, dated and undated. */
  readonly size: number;
  /** Dated events: rows [0, dated) are sorted by day, rows [dated, size) are undated. */
  readonly dated: number;
  /** Approximate memory held: typed arrays plus interned strings. */
  readonly bytes: number;
  readonly day: Int32Array;
  readonly type: Uint16Array;
  readonly modality: Uint16Array;
  /** NaN when the event has no confidence (it then fails every minConfidence). */
  readonly confidence: Float64Array;
  /** 1 for an event imported from GDELT, 0 for one from articles. */
  readonly gdelt: Uint8Array;
  readonly actors: OffsetLists;
  readonly treaties: OffsetLists;
  readonly places: OffsetLists;
  readonly types: Dictionary;
  readonly modalities: Dictionary;
  readonly treatyIds: Dictionary;
  readonly placeIds: Dictionary;
  readonly actorTable: { ids: string[]; names: string[]; degree: Uint32Array; byId: Map<string, number> };
  /** Treaties with a start, ordered by start then id (as treatySpansQuery). */
  readonly treatySpans: readonly IndexedSpan[];
}

interface IndexedSpan {
  row: SpanRow;
  /** First day of the signature, else of the entry into force. */
  start: string;
  endedOn: string | null;
  parties: ReadonlySet<string>;
}

/** Row i's entries are items[start[i] .. start[i + 1]). */
interface OffsetLists {
  start: Uint32Array;
  items: Uint32Array;
}

interface Dictionary {
  values: string[];
  byValue: Map<string, number>;
}

/** A value stored as missing (null modality): no filter value matches it. */
const MISSING = 0xffff;

function createDictionary(): Dictionary {
  return { values: [], byValue: new Map() };
}

function intern(dict: Dictionary, value: string): number {
  let i = dict.byValue.get(value);
  if (i === undefined) {
    i = dict.values.length;
    dict.values.push(value);
    dict.byValue.set(value, i);
  }
  return i;
}

function toOffsetLists(
  rows: readonly IndexEventRow[],
  order: Uint32Array,
  list: (row: IndexEventRow) => readonly string[],
  toIndex: (id: string) => number | undefined,
): OffsetLists {
  const start = new Uint32Array(order.length + 1);
  const items: number[] = [];
  for (let i = 0; i < order.length; i++) {
    for (const id of list(rows[order[i]!]!)) {
      const k = toIndex(id);
      if (k !== undefined) items.push(k);
    }
    start[i + 1] = items.length;
  }
  return { start, items: Uint32Array.from(items) };
}

const stringBytes = (xs: readonly string[]) => xs.reduce((n, s) => n + 40 + 2 * s.length, 0);

export function buildTimelineIndex(
  version: string,
  source: { actors: readonly IndexActorRow[]; events: readonly IndexEventRow[]; treaties: readonly IndexTreatyRow[] },
): TimelineIndex {
  const rows = source.events;
  const n = rows.length;
  const epoch = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = rows[i]!.date;
    epoch[i] = d === null ? Infinity : toEpochDay(d[0], d[1], d[2]);
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => epoch[a]! - epoch[b]! || a - b);
  let dated = 0;
  while (dated < n && epoch[order[dated]!] !== Infinity) dated++;

  const actorTable = {
    ids: source.actors.map((a) => a.id),
    names: source.actors.map((a) => a.name),
    degree: Uint32Array.from(source.actors, (a) => a.degree),
    byId: new Map(source.actors.map((a, i) => [a.id, i])),
  };
  const types = createDictionary();
  const modalities = createDictionary();
  const treatyIds = createDictionary();
  const placeIds = createDictionary();
  const day = new Int32Array(n);
  const type = new Uint16Array(n);
  const modality = new Uint16Array(n);
  const confidence = new Float64Array(n);
  const gdelt = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[order[i]!]!;
    day[i] = i < dated ? epoch[order[i]!]! : 0;
    type[i] = intern(types, r.type);
    modality[i] = r.modality === null ? MISSING : intern(modalities, r.modality);
    confidence[i] = r.confidence ?? NaN;
    gdelt[i] = r.gdelt ? 1 : 0;
  }
  const actors = toOffsetLists(
    rows,
    order,
    (r) => r.actorIds,
    (id) => actorTable.byId.get(id),
  );
  const treaties = toOffsetLists(
    rows,
    order,
    (r) => r.treatyIds,
    (id) => intern(treatyIds, id),
  );
  const places = toOffsetLists(
    rows,
    order,
    (r) => r.placeIds,
    (id) => intern(placeIds, id),
  );
  const arrays = [
    day,
    type,
    modality,
    confidence,
    gdelt,
    actors.start,
    actors.items,
    treaties.start,
    treaties.items,
    places.start,
    places.items,
    actorTable.degree,
  ];
  const bytes =
    arrays.reduce((s, a) => s + a.byteLength, 0) +
    stringBytes(actorTable.ids) * 2 +
    stringBytes(actorTable.names) +
    stringBytes(treatyIds.values) * 2 +
    stringBytes(placeIds.values) * 2;
  const treatySpans = source.treaties.map((row) => ({
    row,
    start: (row.treaty.days.signedOn ?? row.treaty.days.inForceFrom)!,
    endedOn: row.treaty.days.endedOn,
    parties: new Set(row.partyIds),
  }));
  const spanBytes = source.treaties.reduce((sum, t) => sum + 600 + JSON.stringify(t).length * 2, 0);
  return {
    version,
    size: n,
    dated,
    bytes: bytes + spanBytes,
    day,
    type,
    modality,
    confidence,
    gdelt,
    actors,
    treaties,
    places,
    types,
    modalities,
    treatyIds,
    placeIds,
    actorTable,
    treatySpans,
  };
}

/** Whether the index can answer the filter (full text needs Neo4j's index). */
export function canAnswer(filter: EventFilter): boolean {
  return !filter.text;
}

/** Rows [lo, hi) and a test for the rest of the filter; `none` when nothing can match. */
interface Selection {
  lo: number;
  hi: number;
  test: (i: number) => boolean;
  none: boolean;
}

function lowerBound(a: Int32Array, end: number, value: number): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function maskOf(dict: Dictionary, values: readonly string[]): Uint8Array {
  const mask = new Uint8Array(dict.values.length);
  for (const v of values) {
    const i = dict.byValue.get(v);
    if (i !== undefined) mask[i] = 1;
  }
  return mask;
}

function anyIn(lists: OffsetLists, mask: Uint8Array, i: number): boolean {
  for (let k = lists.start[i]!; k < lists.start[i + 1]!; k++) if (mask[lists.items[k]!] === 1) return true;
  return false;
}

function hasActor(index: TimelineIndex, i: number, actor: number): boolean {
  const { start, items } = index.actors;
  for (let k = start[i]!; k < start[i + 1]!; k++) if (items[k] === actor) return true;
  return false;
}

/** The rows of the filter: dated rows in its date range, or (undated) the undated rows, with the other conditions as a test. */
function select(index: TimelineIndex, filter: EventFilter, undated = false, onlyKnownTypes = false): Selection {
  const tests: ((i: number) => boolean)[] = [];
  let none = false;
  const types = filter.types && filter.types.length > 0 ? filter.types : onlyKnownTypes ? EVENT_TYPE_VALUES : null;
  if (types) {
    const mask = maskOf(index.types, types);
    tests.push((i) => mask[index.type[i]!] === 1);
  }
  if (filter.modality && filter.modality.length > 0) {
    const mask = maskOf(index.modalities, filter.modality);
    tests.push((i) => mask[index.modality[i]!] === 1);
  }
  if (filter.minConfidence !== null && filter.minConfidence !== undefined) {
    const min = filter.minConfidence;
    tests.push((i) => index.confidence[i]! >= min);
  }
  if (filter.origin) {
    const wanted = filter.origin === 'GDELT' ? 1 : 0;
    tests.push((i) => index.gdelt[i] === wanted);
  }
  if (filter.treatyIds && filter.treatyIds.length > 0) {
    const mask = maskOf(index.treatyIds, filter.treatyIds);
    tests.push((i) => anyIn(index.treaties, mask, i));
  }
  if (filter.placeIds && filter.placeIds.length > 0) {
    const mask = maskOf(index.placeIds, filter.placeIds);
    tests.push((i) => anyIn(index.places, mask, i));
  }
  if (filter.actorIds && filter.actorIds.length > 0) {
    const known = filter.actorIds
      .map((id) => index.actorTable.byId.get(id))
      .filter((k): k is number => k !== undefined);
    if ((filter.actorMatch ?? 'ALL') === 'ALL') {
      if (known.length < filter.actorIds.length) none = true;
      tests.push((i) => known.every((a) => hasActor(index, i, a)));
    } else {
      if (known.length === 0) none = true;
      const mask = new Uint8Array(index.actorTable.ids.length);
      for (const k of known) mask[k] = 1;
      tests.push((i) => anyIn(index.actors, mask, i));
    }
  }
  const test =
    tests.length === 0 ? () => true : tests.length === 1 ? tests[0]! : (i: number) => tests.every((t) => t(i));
  if (undated) return { lo: index.dated, hi: index.size, test, none };
  const from = dayToEpoch(filter.fromDay ?? MIN_DAY);
  const to = dayToEpoch(filter.toDay ?? MAX_DAY);
  const lo = lowerBound(index.day, index.dated, from);
  const hi = lowerBound(index.day, index.dated, to + 1);
  return { lo, hi, test, none: none || lo >= hi };
}

function countOf(s: Selection): number {
  if (s.none) return 0;
  let n = 0;
  for (let i = s.lo; i < s.hi; i++) if (s.test(i)) n++;
  return n;
}

/** How many events the filter selects (as eventCountQuery counts them). */
export function countEvents(index: TimelineIndex, filter: EventFilter): number {
  return countOf(select(index, filter));
}

/** Events without a date that match the rest of the filter (date filters always exclude them). */
export function countUndated(index: TimelineIndex, filter: EventFilter): number {
  return countOf(select(index, filter, true));
}

type RankedActor = { id: string; label: string; n: number };

function rank(index: TimelineIndex, counts: ArrayLike<number>, limit: number, keepZero: boolean): RankedActor[] {
  const { ids, names } = index.actorTable;
  const candidates: number[] = [];
  for (let k = 0; k < ids.length; k++) if (keepZero || counts[k]! > 0) candidates.push(k);
  candidates.sort((a, b) => counts[b]! - counts[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  return candidates.slice(0, limit).map((k) => ({ id: ids[k]!, label: names[k]!, n: counts[k]! }));
}

/** The most active actors among the selected events (as topActorsQuery). */
export function topActors(index: TimelineIndex, filter: EventFilter, limit: number): RankedActor[] {
  const s = select(index, filter);
  const counts = new Uint32Array(index.actorTable.ids.length);
  const { start, items } = index.actors;
  if (!s.none) {
    for (let i = s.lo; i < s.hi; i++) {
      if (!s.test(i)) continue;
      for (let k = start[i]!; k < start[i + 1]!; k++) counts[items[k]!]!++;
    }
  }
  return rank(index, counts, limit, false);
}

/** The actors with the most participations overall (as busiestActorsQuery). */
export function busiestActors(index: TimelineIndex, limit: number): RankedActor[] {
  return rank(index, index.actorTable.degree, limit, true);
}

export function actorLabels(index: TimelineIndex, ids: readonly string[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const id of ids) {
    const k = index.actorTable.byId.get(id);
    if (k !== undefined) labels.set(id, index.actorTable.names[k]!);
  }
  return labels;
}

/** A bucket key per unit that grows by one per bucket, and the first day of a bucket from its key. */
const BUCKET: Record<BucketUnit, { key: (day: number) => number; start: (key: number) => string }> = {
  decade: { key: (d) => Math.floor(fromEpochDay(d)[0] / 10), start: (k) => `${String(k * 10).padStart(4, '0')}-01-01` },
  year: { key: (d) => fromEpochDay(d)[0], start: (k) => `${String(k).padStart(4, '0')}-01-01` },
  quarter: {
    key: (d) => {
      const [y, m] = fromEpochDay(d);
      return y * 4 + Math.floor((m - 1) / 3);
    },
    start: (k) => `${String(Math.floor(k / 4)).padStart(4, '0')}-${String((k % 4) * 3 + 1).padStart(2, '0')}-01`,
  },
  month: {
    key: (d) => {
      const [y, m] = fromEpochDay(d);
      return y * 12 + m - 1;
    },
    start: (k) => `${String(Math.floor(k / 12)).padStart(4, '0')}-${String((k % 12) + 1).padStart(2, '0')}-01`,
  },
  // Mondays are epoch days 4 + 7k (1970-01-05 was one).
  week: { key: (d) => (isoWeekStart(d) - 4) / 7, start: (k) => epochToDay(k * 7 + 4) },
  day: { key: (d) => d, start: (k) => epochToDay(k) },
};

/**
 * Counts per lane and bucket by type (as timelineBinsQuery): ACTOR lanes count each lane
 * actor's events (an event with two lane actors counts in both), TYPE lanes each type's.
 * Rows ordered by lane, then start; byType in compareEventTypes order.
 */
export function timelineBins(
  index: TimelineIndex,
  filter: EventFilter,
  unit: BucketUnit,
  laneBy: 'ACTOR' | 'TYPE',
  laneIds: readonly string[],
): TimelineBinRow[] {
  const byActorLanes = laneBy === 'ACTOR';
  const s = select(index, filter, false, !byActorLanes && !(filter.actorIds && filter.actorIds.length > 0));
  const typeCount = index.types.values.length;
  const laneOfActor = new Int32Array(index.actorTable.ids.length).fill(-1);
  const lanes: string[] = byActorLanes ? [] : index.types.values;
  if (byActorLanes) {
    for (const id of laneIds) {
      const k = index.actorTable.byId.get(id);
      if (k !== undefined && laneOfActor[k] === -1) {
        laneOfActor[k] = lanes.length;
        lanes.push(id);
      }
    }
  }
  if (s.none || lanes.length === 0) return [];
  const { key, start: startOf } = BUCKET[unit];
  const firstKey = key(index.day[s.lo]!);
  const buckets = key(index.day[s.hi - 1]!) - firstKey + 1;
  // counts[(lane * buckets + bucket) * typeCount + type]
  const counts = new Uint32Array(lanes.length * buckets * typeCount);
  const { start, items } = index.actors;
  let lastDay = NaN;
  let bucket = 0;
  for (let i = s.lo; i < s.hi; i++) {
    if (!s.test(i)) continue;
    if (index.day[i] !== lastDay) {
      lastDay = index.day[i]!;
      bucket = key(lastDay) - firstKey;
    }
    const t = index.type[i]!;
    if (byActorLanes) {
      for (let k = start[i]!; k < start[i + 1]!; k++) {
        const lane = laneOfActor[items[k]!]!;
        if (lane >= 0) counts[(lane * buckets + bucket) * typeCount + t]!++;
      }
    } else {
      counts[(t * buckets + bucket) * typeCount + t]!++;
    }
  }
  const laneOrder = lanes.map((id, lane) => ({ id, lane })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const typeOrder = index.types.values
    .map((type, t) => ({ type: type.toUpperCase(), t }))
    .sort((a, b) => compareEventTypes(a.type, b.type));
  const rows: TimelineBinRow[] = [];
  for (const { id, lane } of laneOrder) {
    for (let b = 0; b < buckets; b++) {
      const base = (lane * buckets + b) * typeCount;
      let count = 0;
      const byType: { type: string; count: number }[] = [];
      for (const { type, t } of typeOrder) {
        const c = counts[base + t]!;
        if (c > 0) {
          count += c;
          byType.push({ type, count: c });
        }
      }
      if (count > 0) rows.push({ lane: id, start: startOf(firstKey + b), count, byType });
    }
  }
  return rows;
}

/** Treaties started by the end of the window and not ended before it, in scope (as treatySpansQuery). */
export function treatySpans(
  index: TimelineIndex,
  window: { fromDay: string; toDay: string },
  scope: { actorIds?: readonly string[] | null; treatyIds?: readonly string[] | null },
): SpanRow[] {
  const treatyIds = scope.treatyIds && scope.treatyIds.length > 0 ? new Set(scope.treatyIds) : null;
  const actorIds = scope.actorIds && scope.actorIds.length > 0 ? scope.actorIds : null;
  const rows: SpanRow[] = [];
  for (const span of index.treatySpans) {
    if (span.start > window.toDay) break;
    if (span.endedOn !== null && span.endedOn < window.fromDay) continue;
    if (treatyIds && !treatyIds.has(span.row.treaty.id)) continue;
    if (actorIds && !actorIds.some((id) => span.parties.has(id))) continue;
    rows.push(span.row);
  }
  return rows;
}

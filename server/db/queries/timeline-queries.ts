import type { Query } from '../executor';
import { int } from '../executor';
import { originIs, REL } from '../model';
import type { EventFilter } from '../../domain/filters';
import { eventSelection } from './event-queries';
import { actorProjection, originOf, treatyProjection } from './projections';

export type BucketUnit = 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day';

/** The lane for items that involve none of the lane actors (ITEMS mode). */
export const OTHER_LANE = '_other';

/** The most active actors among the events of the window (exact: aggregates every participation). */
export function topActorsQuery(filter: EventFilter, lanes: number): Query {
  const sel = eventSelection(filter);
  return {
    cypher: `${sel.cypher}
MATCH (a:Actor)-[:${REL.PARTICIPATED_IN}]->(e)
WITH a, count(*) AS n ORDER BY n DESC, a.id LIMIT $lanes
RETURN a.id AS id, a.name AS label, n`,
    params: { ...sel.params, lanes: int(lanes) },
  };
}

/**
 * The most active actors overall, by relationship degree (O(1) per actor): the lanes of wide
 * windows, where counting every participation in the window would cost more than the bins.
 */
export function busiestActorsQuery(lanes: number): Query {
  return {
    cypher: `MATCH (a:Actor)
WITH a, COUNT { (a)-[:${REL.PARTICIPATED_IN}]->() } AS n ORDER BY n DESC, a.id LIMIT $lanes
RETURN a.id AS id, a.name AS label, n`,
    params: { lanes: int(lanes) },
  };
}

export function actorLabelsQuery(ids: readonly string[]): Query {
  return { cypher: 'UNWIND $ids AS id\nMATCH (a:Actor {id: id})\nRETURN a.id AS id, a.name AS label', params: { ids } };
}

/** The events of the window as timeline items, oldest first. */
export function timelineItemsQuery(filter: EventFilter, limit: number): Query {
  const sel = eventSelection(filter);
  return {
    cypher: `${sel.cypher}
WITH e ORDER BY e.date, e.id LIMIT $limit
RETURN e.id AS id, e.type AS type, toString(e.date) AS date, e.datePrecision AS datePrecision, toString(e.endDate) AS endDate, e.modality AS modality, e.summary AS summary, e.confidence AS confidence,
  COLLECT { MATCH (pcA:Actor)-[:${REL.PARTICIPATED_IN}]->(e) RETURN DISTINCT pcA.id } AS actorIds,
  [(pcA:Actor)-[pcR:${REL.PARTICIPATED_IN}]->(e) | {role: pcR.role, actor: ${actorProjection('pcA')}}] AS participants,
  head([(e)-[:${REL.CONCERNS}]->(pcT:Treaty) | pcT.id]) AS treatyId, ${originOf('e')} AS origin`,
    params: { ...sel.params, limit: int(limit) },
  };
}

/**
 * Bucket keys computed from the date's components (cheaper than date.truncate per row) and the
 * first day of a bucket rebuilt from its key after aggregation. Units come from this closed set.
 */
const BUCKET_KEY: Record<BucketUnit, string> = {
  decade: 'e.date.year / 10',
  year: 'e.date.year',
  quarter: 'e.date.year * 10 + e.date.quarter',
  month: 'e.date.year * 100 + e.date.month',
  week: 'e.date.weekYear * 100 + e.date.week',
  day: 'e.date',
};
const BUCKET_START: Record<BucketUnit, string> = {
  decade: 'date({year: key * 10})',
  year: 'date({year: key})',
  quarter: 'date({year: key / 10, quarter: key % 10})',
  month: 'date({year: key / 100, month: key % 100})',
  week: 'date({year: key / 100, week: key % 100})',
  day: 'key',
};

/**
 * Counts per lane and time bucket, by type, aggregated in Neo4j: the rows returned are at most
 * lanes × buckets, never the events. ACTOR lanes start from each lane actor ($laneIds) and
 * count its events (an event with two lane actors counts in both; events with none are not
 * binned). TYPE lanes start from the (type, date) index.
 */
export function timelineBinsQuery(
  filter: EventFilter,
  unit: BucketUnit,
  laneBy: 'ACTOR' | 'TYPE',
  laneIds: readonly string[],
): Query {
  if (laneBy === 'TYPE') {
    const sel = eventSelection(filter, [], 'types');
    return {
      cypher: `${sel.cypher}
WITH e.type AS lane, ${BUCKET_KEY[unit]} AS key, count(*) AS n
RETURN lane, toString(${BUCKET_START[unit]}) AS start, n AS count, [{type: lane, count: n}] AS byType
ORDER BY lane, start`,
      params: sel.params,
    };
  }
  const sel = eventSelection(filter, [], 'lanes');
  return {
    cypher: `${sel.cypher}
WITH lane, ${BUCKET_KEY[unit]} AS key, e.type AS type, count(*) AS n
WITH lane, key, sum(n) AS count, collect({type: type, count: n}) AS byType
RETURN lane, toString(${BUCKET_START[unit]}) AS start, count, byType
ORDER BY lane, start`,
    params: { ...sel.params, laneIds },
  };
}

/**
 * Treaties that started (signed, else in force) by the end of the window, with what they need
 * to draw a span: the end date and every replacement with the date it took effect. Whether the
 * span reaches into the window is decided by the caller from these fields (at most one row per treaty).
 */
export function treatySpansQuery(
  window: { fromDay: string; toDay: string },
  scope: { actorIds?: readonly string[] | null; treatyIds?: readonly string[] | null },
): Query {
  const where = [
    'coalesce(t.signedOn, t.inForceFrom) <= date($toDay)',
    '(t.endedOn IS NULL OR t.endedOn >= date($fromDay))',
  ];
  const params: Record<string, unknown> = { fromDay: window.fromDay, toDay: window.toDay };
  if (scope.treatyIds && scope.treatyIds.length > 0) {
    params.treatyIds = scope.treatyIds;
    where.push('t.id IN $treatyIds');
  }
  if (scope.actorIds && scope.actorIds.length > 0) {
    params.actorIds = scope.actorIds;
    where.push(`EXISTS { (sa:Actor)-[:${REL.PARTY_TO}]->(t) WHERE sa.id IN $actorIds }`);
  }
  return {
    cypher: `MATCH (t:Treaty)
WHERE ${where.join('\n  AND ')}
RETURN ${SPAN_FIELDS}
ORDER BY coalesce(t.signedOn, t.inForceFrom), t.id`,
    params,
  };
}

const SPAN_FIELDS = `${treatyProjection('t')} AS treaty,
  COLLECT { MATCH (r:Treaty)-[x:${REL.REPLACES}]->(t) RETURN {id: r.id, on: toString(coalesce(x.effectiveOn, r.inForceFrom, r.signedOn)), basis: x.basis} } AS replacedBy,
  [(pcA:Actor)-[:${REL.PARTY_TO}]->(t) | pcA.id] AS partyIds`;

/** Every treaty that has a start (signed or in force), as treatySpansQuery returns it: the spans of the timeline index. */
export function indexTreatiesQuery(): Query {
  return {
    cypher: `MATCH (t:Treaty)
WHERE coalesce(t.signedOn, t.inForceFrom) IS NOT NULL
RETURN ${SPAN_FIELDS}
ORDER BY coalesce(t.signedOn, t.inForceFrom), t.id`,
    params: {},
  };
}

/** How many events there are (count store, O(1)): the timeline index is not built above its cap. */
export function eventTotalQuery(): Query {
  return { cypher: 'MATCH (e:Event) RETURN count(e) AS total', params: {} };
}

/** Every actor with its participation degree (as busiestActorsQuery counts it): the actor table of the timeline index. */
export function indexActorsQuery(): Query {
  return {
    cypher: `MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, COUNT { (a)-[:${REL.PARTICIPATED_IN}]->() } AS degree`,
    params: {},
  };
}

/**
 * Every event with what the timeline index filters and bins on: the stored first day as
 * numbers (null when undated), type, modality, confidence, whether it came from GDELT, and the ids of its participants,
 * treaties and places (the same relationships eventSelection follows).
 */
export function indexEventsQuery(): Query {
  return {
    cypher: `MATCH (e:Event)
RETURN e.date.year AS year, e.date.month AS month, e.date.day AS day, e.type AS type, e.modality AS modality, e.confidence AS confidence,
  ${originIs('e', 'GDELT')} AS gdelt,
  [(pcA:Actor)-[:${REL.PARTICIPATED_IN}]->(e) | pcA.id] AS actorIds,
  [(e)-[:${REL.CONCERNS}]->(pcT:Treaty) | pcT.id] AS treatyIds,
  [(e)-[:${REL.TOOK_PLACE_IN}]->(pcP:Place) | pcP.id] AS placeIds`,
    params: {},
  };
}

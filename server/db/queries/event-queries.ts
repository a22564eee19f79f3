import type { Query } from '../executor';
import { int } from '../executor';
import { FULLTEXT_INDEX } from '../migrations';
import { EVENT_TYPE_VALUES } from '../../domain/event-types';
import { MAX_DAY, MIN_DAY, type EventFilter, type EventOrder } from '../../domain/filters';
import { originIs, REL } from '../model';
import { toLuceneQuery } from './lucene';
import {
  articleProjection,
  eventWithGdeltProjection,
  eventWithParticipantsProjection,
  gdeltProjection,
  placeProjection,
} from './projections';

/** Where a selection starts: the most selective anchor, the lane actors ($laneIds), or the (type, date) index. */
export type SelectionAnchor = 'best' | 'lanes' | 'types';

/**
 * The MATCH and WHERE that select the events of a filter, shared by pages, counts, the
 * timeline and its bins so that totalCount always counts what the page lists. Every variant
 * keeps a range predicate on e.date (the event_date index) and starts from the most selective
 * anchor: the full-text hits, the first actor, or the date index.
 */
export function eventSelection(
  filter: EventFilter,
  extraWhere: string[] = [],
  anchor: SelectionAnchor = 'best',
  dates: 'dated' | 'undated' = 'dated',
): { cypher: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> =
    dates === 'dated' ? { fromDay: filter.fromDay ?? MIN_DAY, toDay: filter.toDay ?? MAX_DAY } : {};
  const where = dates === 'dated' ? ['e.date >= date($fromDay)', 'e.date <= date($toDay)'] : ['e.date IS NULL'];
  let head: string;
  const actorIds = filter.actorIds ?? [];
  const lucene = filter.text ? toLuceneQuery(filter.text) : null;
  if (filter.text && lucene === null) where.push('false');
  // One row per (lane actor, event), the lane bound as `lane`: the caller binds $laneIds.
  let laneJoin = '';
  if (anchor === 'lanes' && lucene !== null) {
    // Full text: the index is asked once and its hits joined to the lane actors (a predicate on
    // each lane's events would ask it again for every row: 32k events never answered). The
    // collect is a barrier: without it the planner seeks the lane actors first and calls the
    // procedure once per lane.
    params.index = FULLTEXT_INDEX;
    params.text = lucene;
    head = `CALL db.index.fulltext.queryNodes($index, $text) YIELD node\nWITH collect(node) AS hits\nUNWIND hits AS e\nWITH e\nWHERE e:Event AND `;
    if (actorIds.length > 0) where.push(actorPredicate(filter, params));
    laneJoin = `\nMATCH (laneActor:Actor)-[:${REL.PARTICIPATED_IN}]->(e)\nWHERE laneActor.id IN $laneIds\nWITH laneActor.id AS lane, e`;
  } else if (anchor === 'lanes') {
    head = `UNWIND $laneIds AS lane\nMATCH (:Actor {id: lane})-[:${REL.PARTICIPATED_IN}]->(e:Event)\nWHERE `;
    if (actorIds.length > 0) where.push(actorPredicate(filter, params));
  } else if (anchor === 'types' && actorIds.length === 0 && lucene === null) {
    // The (type, date) index yields both values without touching the store.
    params.anchorTypes = filter.types && filter.types.length > 0 ? filter.types : EVENT_TYPE_VALUES;
    head = 'UNWIND $anchorTypes AS anchorType\nMATCH (e:Event)\nWHERE e.type = anchorType AND ';
  } else if (lucene !== null) {
    params.index = FULLTEXT_INDEX;
    params.text = lucene;
    head = `CALL db.index.fulltext.queryNodes($index, $text) YIELD node AS e\nWITH e\nWHERE e:Event AND `;
    if (actorIds.length > 0) where.push(actorPredicate(filter, params));
  } else if (actorIds.length > 0 && (filter.actorMatch ?? 'ALL') === 'ALL') {
    params.actorIds = actorIds;
    head = `MATCH (:Actor {id: $actorIds[0]})-[:${REL.PARTICIPATED_IN}]->(e:Event)\nWHERE `;
    if (actorIds.length > 1)
      where.push(`all(aid IN $actorIds[1..] WHERE EXISTS { (:Actor {id: aid})-[:${REL.PARTICIPATED_IN}]->(e) })`);
  } else if (actorIds.length > 0) {
    params.actorIds = actorIds;
    head = `MATCH (anchor:Actor)-[:${REL.PARTICIPATED_IN}]->(e:Event)\nWHERE anchor.id IN $actorIds\nWITH DISTINCT e\nWHERE `;
  } else {
    head = 'MATCH (e:Event)\nWHERE ';
  }
  if (filter.types && filter.types.length > 0) {
    params.types = filter.types;
    where.push('e.type IN $types');
  }
  if (filter.modality && filter.modality.length > 0) {
    params.modality = filter.modality;
    where.push('e.modality IN $modality');
  }
  if (filter.minConfidence !== undefined && filter.minConfidence !== null) {
    params.minConfidence = filter.minConfidence;
    where.push('e.confidence >= $minConfidence');
  }
  if (filter.origin) where.push(originIs('e', filter.origin));
  if (filter.treatyIds && filter.treatyIds.length > 0) {
    params.treatyIds = filter.treatyIds;
    where.push(`EXISTS { (e)-[:${REL.CONCERNS}]->(ft:Treaty) WHERE ft.id IN $treatyIds }`);
  }
  if (filter.placeIds && filter.placeIds.length > 0) {
    params.placeIds = filter.placeIds;
    where.push(`EXISTS { (e)-[:${REL.TOOK_PLACE_IN}]->(fp:Place) WHERE fp.id IN $placeIds }`);
  }
  where.push(...extraWhere);
  return { cypher: head + where.join('\n  AND ') + laneJoin, params };
}

function actorPredicate(filter: EventFilter, params: Record<string, unknown>): string {
  params.actorIds = filter.actorIds;
  const quantifier = (filter.actorMatch ?? 'ALL') === 'ALL' ? 'all' : 'any';
  return `${quantifier}(aid IN $actorIds WHERE EXISTS { (:Actor {id: aid})-[:${REL.PARTICIPATED_IN}]->(e) })`;
}

export interface EventPageArgs {
  filter: EventFilter;
  order: EventOrder;
  /** Keyset: the (date, id) of the last event of the previous page. */
  after: { day: string; id: string } | null;
  /** Rows to fetch (the page size plus one, to learn whether there is a next page). */
  limit: number;
  /** Also fetch each event's GDELT columns (when the request selects Event.gdelt): no query per page for them. */
  withGdelt?: boolean;
}

/** One page of events, keyset-paginated on (date, id), with their participants. */
export function eventPageQuery(args: EventPageArgs): Query {
  const asc = args.order === 'DATE_ASC';
  const extra: string[] = [];
  const keyset: Record<string, unknown> = {};
  if (args.after) {
    keyset.afterDay = args.after.day;
    keyset.afterId = args.after.id;
    extra.push(
      asc
        ? '(e.date > date($afterDay) OR (e.date = date($afterDay) AND e.id > $afterId))'
        : '(e.date < date($afterDay) OR (e.date = date($afterDay) AND e.id < $afterId))',
    );
  }
  const filter = { ...args.filter };
  // Narrow the index range to start at the cursor.
  if (args.after && asc && args.after.day > (filter.fromDay ?? MIN_DAY)) filter.fromDay = args.after.day;
  if (args.after && !asc && args.after.day < (filter.toDay ?? MAX_DAY)) filter.toDay = args.after.day;
  const sel = eventSelection(filter, extra);
  const dir = asc ? 'ASC' : 'DESC';
  return {
    cypher: `${sel.cypher}\nWITH e ORDER BY e.date ${dir}, e.id ${dir} LIMIT $limit\nRETURN ${args.withGdelt ? eventWithGdeltProjection('e') : eventWithParticipantsProjection('e')} AS event`,
    params: { ...sel.params, ...keyset, limit: int(args.limit) },
  };
}

/** How many events the filter selects (counted, never materialised). */
export function eventCountQuery(filter: EventFilter): Query {
  const sel = eventSelection(filter);
  return { cypher: `${sel.cypher}\nRETURN count(e) AS total`, params: sel.params };
}

/** How many events without a date match the filter's other conditions (its dates are ignored: they never match an undated event). */
export function undatedCountQuery(filter: EventFilter): Query {
  const sel = eventSelection(filter, [], 'best', 'undated');
  return { cypher: `${sel.cypher}\nRETURN count(e) AS total`, params: sel.params };
}

/** Events by id (event(id) and nested references), with participants and GDELT columns: a few events, so always. */
export function eventsByIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id\nMATCH (e:Event {id: id})\nRETURN ${eventWithGdeltProjection('e')} AS event`,
    params: { ids },
  };
}

export function participantsByEventIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id\nMATCH (e:Event {id: id})\nRETURN id, [(pcA:Actor)-[pcR:${REL.PARTICIPATED_IN}]->(e) | {role: pcR.role, actor: pcA {.id, .name, .kind, .aliases, .iso2, .wikidata}}] AS participants`,
    params: { ids },
  };
}

/** Every REPORTS edge of the events, with the article (without its text), oldest article first. */
export function sourcesByEventIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Article)-[r:${REL.REPORTS}]->(e:Event {id: id})
WITH id, a, r ORDER BY a.publishedAt, a.id, r.start
RETURN id, collect({quote: r.quote, start: r.start, end: r.end, claimedDate: toString(r.claimedDate), claimedPrecision: r.claimedPrecision, confidence: r.confidence, article: ${articleProjection('a')}}) AS sources`,
    params: { ids },
  };
}

/** What GDELT recorded for the events imported from it (those with a gdeltId); other ids return no row. */
export function gdeltRecordsByEventIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE ${originIs('e', 'GDELT')}
RETURN id, ${gdeltProjection('e')} AS gdelt`,
    params: { ids },
  };
}

export function placesByIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id\nMATCH (p:Place {id: id})\nRETURN ${placeProjection('p')} AS place`,
    params: { ids },
  };
}

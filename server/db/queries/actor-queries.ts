import type { ActorFilter } from '../../domain/filters';
import type { Query } from '../executor';
import { int } from '../executor';
import { FULLTEXT_INDEX } from '../migrations';
import { REL } from '../model';
import { inForcePredicate } from './in-force';
import { toLuceneQuery } from './lucene';
import { actorProjection, treatyProjection } from './projections';

function actorSelection(
  filter: ActorFilter,
  extraWhere: string[] = [],
): { cypher: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const where: string[] = ['a.name IS NOT NULL'];
  let head = 'MATCH (a:Actor)\nWHERE ';
  if (filter.search) {
    const lucene = toLuceneQuery(filter.search);
    if (lucene === null) where.push('false');
    else {
      params.index = FULLTEXT_INDEX;
      params.search = lucene;
      head = 'CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS a\nWITH a\nWHERE a:Actor AND ';
    }
  }
  if (filter.kinds && filter.kinds.length > 0) {
    params.kinds = filter.kinds;
    where.push('a.kind IN $kinds');
  }
  where.push(...extraWhere);
  return { cypher: head + where.join('\n  AND '), params };
}

/** A page of actors by name (keyset on name, id). */
export function actorPageQuery(filter: ActorFilter, after: { name: string; id: string } | null, limit: number): Query {
  const extra = after ? ['(a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))'] : [];
  const sel = actorSelection(filter, extra);
  return {
    cypher: `${sel.cypher}\nWITH a ORDER BY a.name, a.id LIMIT $limit\nRETURN ${actorProjection('a')} AS actor`,
    params: { ...sel.params, ...(after ? { afterName: after.name, afterId: after.id } : {}), limit: int(limit) },
  };
}

/**
 * A page of actors matching `filter.search`, the most relevant first: an exact name or alias
 * (case-insensitive) before the rest, then the full-text score, then name and id. Pages by offset:
 * relevance has no stable key to resume from.
 */
export function actorSearchPageQuery(filter: ActorFilter & { search: string }, skip: number, limit: number): Query {
  const lucene = toLuceneQuery(filter.search);
  const where = ['a:Actor', 'a.name IS NOT NULL'];
  const params: Record<string, unknown> = {
    index: FULLTEXT_INDEX,
    search: lucene ?? '',
    exact: filter.search.trim().toLowerCase(),
    skip: int(skip),
    limit: int(limit),
  };
  if (lucene === null) where.push('false');
  if (filter.kinds && filter.kinds.length > 0) {
    params.kinds = filter.kinds;
    where.push('a.kind IN $kinds');
  }
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS a, score
WITH a, score
WHERE ${where.join('\n  AND ')}
WITH a, score, CASE WHEN toLower(a.name) = $exact OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = $exact) THEN 0 ELSE 1 END AS exact
ORDER BY exact, score DESC, a.name, a.id
SKIP $skip LIMIT $limit
RETURN ${actorProjection('a')} AS actor`,
    params,
  };
}

export function actorCountQuery(filter: ActorFilter): Query {
  const sel = actorSelection(filter);
  return { cypher: `${sel.cypher}\nRETURN count(a) AS total`, params: sel.params };
}

export function actorsByIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id\nMATCH (a:Actor {id: id})\nRETURN ${actorProjection('a')} AS actor`,
    params: { ids },
  };
}

/** The treaties an actor is party to, optionally only those in force on a date. */
export function actorTreatiesQuery(actorId: string, on: { first: string; last: string } | null): Query {
  return {
    cypher: `MATCH (:Actor {id: $actorId})-[:${REL.PARTY_TO}]->(t:Treaty)${on ? `\nWHERE ${inForcePredicate('t')}` : ''}
WITH DISTINCT t ORDER BY coalesce(t.inForceFrom, t.signedOn), t.id
RETURN ${treatyProjection('t')} AS treaty`,
    params: { actorId, ...(on ? { onFirst: on.first, onLast: on.last } : {}) },
  };
}

export function officesByActorIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (:Actor {id: id})-[o:${REL.HOLDS_OFFICE}]->(org:Actor)
WITH id, o, org ORDER BY o.since, o.title
RETURN id, collect({title: o.title, since: toString(o.since), sincePrecision: o.sincePrecision, until: toString(o.until), untilPrecision: o.untilPrecision, organization: ${actorProjection('org')}}) AS offices`,
    params: { ids },
  };
}

/** Actors sharing events with this one, most shared events first. */
export function counterpartsQuery(actorId: string, limit: number): Query {
  return {
    cypher: `MATCH (:Actor {id: $actorId})-[:${REL.PARTICIPATED_IN}]->(e:Event)<-[:${REL.PARTICIPATED_IN}]-(c:Actor)
WHERE c.id <> $actorId
WITH c, count(DISTINCT e) AS count ORDER BY count DESC, c.id LIMIT $limit
RETURN ${actorProjection('c')} AS actor, count`,
    params: { actorId, limit: int(limit) },
  };
}

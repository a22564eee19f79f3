import type { TreatyFilter } from '../../domain/filters';
import type { Query } from '../executor';
import { int } from '../executor';
import { REL } from '../model';
import { inForcePredicate } from './in-force';
import { articleProjection, eventWithParticipantsProjection, treatyProjection } from './projections';

/** Articles named by a relationship's `sources` (article ids). */
function sourcesOf(r: string): string {
  return `COLLECT { MATCH (sa:Article) WHERE sa.id IN coalesce(${r}.sources, []) RETURN ${articleProjection('sa')} ORDER BY sa.publishedAt, sa.id }`;
}

/** Reference works (the gazetteer) named by a relationship's `sources`. */
function referencesOf(r: string): string {
  return `COLLECT { MATCH (ref:Reference) WHERE ref.id IN coalesce(${r}.sources, []) RETURN ref {.id, .title, .path} ORDER BY ref.id }`;
}

function treatySelection(
  filter: TreatyFilter,
  extraWhere: string[] = [],
): { cypher: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const where: string[] = ['t.name IS NOT NULL'];
  let head = 'MATCH (t:Treaty)\nWHERE ';
  if (filter.party) {
    params.party = filter.party;
    head = `MATCH (:Actor {id: $party})-[:${REL.PARTY_TO}]->(t:Treaty)\nWITH DISTINCT t\nWHERE `;
  }
  if (filter.inForceOn) {
    params.onFirst = filter.inForceOn.first;
    params.onLast = filter.inForceOn.last;
    where.push(inForcePredicate('t'));
  }
  if (filter.kind) {
    params.kind = filter.kind;
    where.push('t.kind = $kind');
  }
  if (filter.status) {
    params.status = filter.status;
    where.push('t.status = $status');
  }
  where.push(...extraWhere);
  return { cypher: head + where.join('\n  AND '), params };
}

/** A page of treaties by name (keyset on name, id). */
export function treatyPageQuery(
  filter: TreatyFilter,
  after: { name: string; id: string } | null,
  limit: number,
): Query {
  const extra = after ? ['(t.name > $afterName OR (t.name = $afterName AND t.id > $afterId))'] : [];
  const sel = treatySelection(filter, extra);
  return {
    cypher: `${sel.cypher}\nWITH t ORDER BY t.name, t.id LIMIT $limit\nRETURN ${treatyProjection('t')} AS treaty`,
    params: { ...sel.params, ...(after ? { afterName: after.name, afterId: after.id } : {}), limit: int(limit) },
  };
}

export function treatyCountQuery(filter: TreatyFilter): Query {
  const sel = treatySelection(filter);
  return { cypher: `${sel.cypher}\nRETURN count(t) AS total`, params: sel.params };
}

export function treatiesByIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id\nMATCH (t:Treaty {id: id})\nRETURN ${treatyProjection('t')} AS treaty`,
    params: { ids },
  };
}

export function partiesByTreatyIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Actor)-[r:${REL.PARTY_TO}]->(:Treaty {id: id})
WITH id, a, r ORDER BY a.name, a.id
RETURN id, collect({since: toString(r.since), sincePrecision: r.sincePrecision, until: toString(r.until), untilPrecision: r.untilPrecision, actor: a {.id, .name, .kind, .aliases, .iso2, .wikidata}, sources: ${sourcesOf('r')}, references: ${referencesOf('r')}}) AS parties`,
    params: { ids },
  };
}

/** Events concerning the treaties (its lifecycle: signing, ratifications, entry into force, withdrawal), oldest first. */
export function treatyEventsByTreatyIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Event)-[:${REL.CONCERNS}]->(:Treaty {id: id})
WITH id, e ORDER BY e.date, e.id
RETURN id, collect(${eventWithParticipantsProjection('e')}) AS events`,
    params: { ids },
  };
}

/**
 * Supersessions of the treaties in one direction: `replaces` (what each treaty replaces) or
 * `replacedBy` (what replaces it), with basis, effective date and supporting articles.
 */
export function supersessionsQuery(ids: readonly string[], direction: 'replaces' | 'replacedBy'): Query {
  const pattern =
    direction === 'replaces'
      ? `(:Treaty {id: id})-[r:${REL.REPLACES}]->(o:Treaty)`
      : `(o:Treaty)-[r:${REL.REPLACES}]->(:Treaty {id: id})`;
  return {
    cypher: `UNWIND $ids AS id
MATCH ${pattern}
WITH id, o, r ORDER BY coalesce(r.effectiveOn, o.inForceFrom, o.signedOn), o.id
RETURN id, collect({basis: r.basis, effectiveOn: toString(r.effectiveOn), effectivePrecision: r.effectivePrecision, treaty: ${treatyProjection('o')}, sources: ${sourcesOf('r')}, references: ${referencesOf('r')}}) AS supersessions`,
    params: { ids },
  };
}

/** Every treaty connected to this one by REPLACES, both ways, transitively (bounded), with itself; oldest first. */
export function lineageQuery(id: string): Query {
  return {
    cypher: `MATCH (t:Treaty {id: $id})
CALL (t) {
  MATCH (t)-[:${REL.REPLACES}*1..32]-(o:Treaty)
  RETURN collect(DISTINCT o) AS others
}
UNWIND [t] + others AS l
WITH DISTINCT l ORDER BY coalesce(l.signedOn, l.inForceFrom), l.id
RETURN ${treatyProjection('l')} AS treaty`,
    params: { id },
  };
}

/** Which of the treaties are in force on a date (see inForcePredicate). */
export function inForceQuery(ids: readonly string[], on: { first: string; last: string }): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (t:Treaty {id: id})
WHERE ${inForcePredicate('t')}
RETURN t.id AS id`,
    params: { ids, onFirst: on.first, onLast: on.last },
  };
}

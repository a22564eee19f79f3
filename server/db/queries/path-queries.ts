import type { Query } from '../executor';
import { REL } from '../model';

export const MAX_HOPS_LIMIT = 6;
export const MAX_PATHS_LIMIT = 25;

/**
 * Shortest paths between two actors over participation, treaty membership, treaty events and
 * offices. With `at`, intermediate events must be dated on or before the date, treaties in force
 * on it (see in-force.ts; the replacement check is precomputed once) and memberships and
 * offices current. The hop bound and path count are Cypher literals (SHORTEST k and {1,n}
 * cannot take parameters), so they are validated integers in [1, MAX_*], never input text.
 */
export function pathsQuery(from: string, to: string, maxHops: number, count: number, at: { first: string; last: string } | null): Query {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS_LIMIT) throw new Error(`invalid maxHops: ${maxHops}`);
  if (!Number.isInteger(count) || count < 1 || count > MAX_PATHS_LIMIT) throw new Error(`invalid count: ${count}`);
  const rels = [REL.PARTICIPATED_IN, REL.PARTY_TO, REL.CONCERNS, REL.HOLDS_OFFICE].join('|');
  const params: Record<string, unknown> = { from, to };
  let pre = '';
  let inner = '';
  if (at) {
    params.atFirst = at.first;
    params.atLast = at.last;
    pre = `CALL () {
  MATCH (nr:Treaty)-[nx:${REL.REPLACES}]->(old:Treaty)
  WHERE coalesce(nx.effectiveOn, nr.inForceFrom, nr.signedOn) <= date($atFirst) AND coalesce(nr.inForceFrom, nr.signedOn) <= date($atLast)
  RETURN collect(DISTINCT old.id) AS replaced
}
`;
    inner = ` WHERE (coalesce(r.since, date($atLast)) <= date($atLast) AND (r.until IS NULL OR r.until > date($atFirst)))
      AND (n:Actor
        OR (n:Event AND n.date <= date($atLast))
        OR (n:Treaty AND coalesce(n.inForceFrom, n.signedOn) <= date($atLast) AND (n.endedOn IS NULL OR n.endedOn > date($atFirst)) AND NOT n.id IN replaced))`;
  }
  return {
    cypher: `${pre}MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST ${count} (a) (()-[r:${rels}]-(n)${inner}){1,${maxHops}} (b)
RETURN [x IN nodes(p) | {id: x.id, kind: CASE WHEN x:Actor THEN 'ACTOR' WHEN x:Event THEN 'EVENT' WHEN x:Treaty THEN 'TREATY' ELSE 'PLACE' END, name: x.name, type: x.type, date: toString(x.date), summary: x.summary}] AS nodes,
  [y IN relationships(p) | {type: type(y), from: startNode(y).id, to: endNode(y).id}] AS relationships,
  length(p) AS length
ORDER BY length`,
    params,
  };
}

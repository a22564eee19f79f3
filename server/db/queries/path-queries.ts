import type { Query } from '../executor';
import { int } from '../executor';
import { REL } from '../model';

export const MAX_HOPS_LIMIT = 6;
export const MAX_PATHS_LIMIT = 25;

/**
 * Shortest paths between two actors over participation, treaty membership, treaty events and
 * offices: allShortestPaths (bidirectional BFS, which on busy actors beats SHORTEST k, whose
 * path enumeration took seconds in bench:api), at most `count` of them. With `at`, every inner
 * node must be an event dated on or before the date or a treaty in force on it (see
 * in-force.ts; the replacement check is precomputed once), and memberships and offices must be
 * current; these universal predicates are checked during the search. The hop bound is a
 * Cypher literal (a variable-length bound cannot be a parameter), so it is a validated integer
 * in [1, MAX_HOPS_LIMIT], never input text.
 */
export function pathsQuery(
  from: string,
  to: string,
  maxHops: number,
  count: number,
  at: { first: string; last: string } | null,
): Query {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS_LIMIT)
    throw new Error(`invalid maxHops: ${maxHops}`);
  if (!Number.isInteger(count) || count < 1 || count > MAX_PATHS_LIMIT) throw new Error(`invalid count: ${count}`);
  const rels = [REL.PARTICIPATED_IN, REL.PARTY_TO, REL.CONCERNS, REL.HOLDS_OFFICE].join('|');
  const params: Record<string, unknown> = { from, to, count: int(count) };
  let pre = '';
  let where = '';
  if (at) {
    params.atFirst = at.first;
    params.atLast = at.last;
    pre = `CALL () {
  MATCH (nr:Treaty)-[nx:${REL.REPLACES}]->(old:Treaty)
  WHERE coalesce(nx.effectiveOn, nr.inForceFrom, nr.signedOn) <= date($atFirst) AND coalesce(nr.inForceFrom, nr.signedOn) <= date($atLast)
  RETURN collect(DISTINCT old.id) AS replaced
}
`;
    where = `
WHERE all(r IN relationships(p) WHERE coalesce(r.since, date($atLast)) <= date($atLast) AND (r.until IS NULL OR r.until > date($atFirst)))
  AND all(n IN nodes(p) WHERE n:Actor
    OR (n:Event AND n.date <= date($atLast))
    OR (n:Treaty AND coalesce(n.inForceFrom, n.signedOn) <= date($atLast) AND (n.endedOn IS NULL OR n.endedOn > date($atFirst)) AND NOT n.id IN replaced))`;
  }
  return {
    cypher: `${pre}MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:${rels}*..${maxHops}]-(b))${where}
WITH p LIMIT $count
RETURN [x IN nodes(p) | {id: x.id, kind: CASE WHEN x:Actor THEN 'ACTOR' WHEN x:Event THEN 'EVENT' WHEN x:Treaty THEN 'TREATY' ELSE 'PLACE' END, name: x.name, type: x.type, date: toString(x.date), summary: x.summary}] AS nodes,
  [y IN relationships(p) | {type: type(y), from: startNode(y).id, to: endNode(y).id}] AS relationships,
  length(p) AS length`,
    params,
  };
}

CALL () {
  MATCH (nr:Treaty)-[nx:REPLACES]->(old:Treaty)
  WHERE coalesce(nx.effectiveOn, nr.inForceFrom, nr.signedOn) <= date($atFirst) AND coalesce(nr.inForceFrom, nr.signedOn) <= date($atLast)
  RETURN collect(DISTINCT old.id) AS replaced
}
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|PARTY_TO|CONCERNS|HOLDS_OFFICE*..6]-(b))
WHERE all(r IN relationships(p) WHERE coalesce(r.since, date($atLast)) <= date($atLast) AND (r.until IS NULL OR r.until > date($atFirst)))
  AND all(n IN nodes(p) WHERE n:Actor
    OR (n:Event AND n.date <= date($atLast))
    OR (n:Treaty AND coalesce(n.inForceFrom, n.signedOn) <= date($atLast) AND (n.endedOn IS NULL OR n.endedOn > date($atFirst)) AND NOT n.id IN replaced))
WITH p LIMIT $count
RETURN [x IN nodes(p) | {id: x.id, kind: CASE WHEN x:Actor THEN 'ACTOR' WHEN x:Event THEN 'EVENT' WHEN x:Treaty THEN 'TREATY' ELSE 'PLACE' END, name: x.name, type: x.type, date: toString(x.date), summary: x.summary}] AS nodes,
  [y IN relationships(p) | {type: type(y), from: startNode(y).id, to: endNode(y).id}] AS relationships,
  length(p) AS length

// params
{
  "from": "country:ID",
  "to": "country:RU",
  "count": "int(3)",
  "atFirst": "2000-01-01",
  "atLast": "2000-12-31"
}

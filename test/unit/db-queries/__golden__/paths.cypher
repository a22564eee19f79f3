MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|PARTY_TO|CONCERNS|HOLDS_OFFICE*..4]-(b))
WITH p LIMIT $count
RETURN [x IN nodes(p) | {id: x.id, kind: CASE WHEN x:Actor THEN 'ACTOR' WHEN x:Event THEN 'EVENT' WHEN x:Treaty THEN 'TREATY' ELSE 'PLACE' END, name: x.name, type: x.type, date: toString(x.date), summary: x.summary}] AS nodes,
  [y IN relationships(p) | {type: type(y), from: startNode(y).id, to: endNode(y).id}] AS relationships,
  length(p) AS length

// params
{
  "from": "country:ID",
  "to": "country:RU",
  "count": "int(5)"
}

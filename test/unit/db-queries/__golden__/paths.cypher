MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = SHORTEST 5 (a) (()-[r:PARTICIPATED_IN|PARTY_TO|CONCERNS|HOLDS_OFFICE]-(n)){1,4} (b)
RETURN [x IN nodes(p) | {id: x.id, kind: CASE WHEN x:Actor THEN 'ACTOR' WHEN x:Event THEN 'EVENT' WHEN x:Treaty THEN 'TREATY' ELSE 'PLACE' END, name: x.name, type: x.type, date: toString(x.date), summary: x.summary}] AS nodes,
  [y IN relationships(p) | {type: type(y), from: startNode(y).id, to: endNode(y).id}] AS relationships,
  length(p) AS length
ORDER BY length

// params
{
  "from": "country:ID",
  "to": "country:RU"
}

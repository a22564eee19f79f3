UNWIND $ids AS id
MATCH (:Article {id: id})-[r:MENTIONS]->(n)
WHERE n:Actor OR n:Treaty
WITH id, r, n ORDER BY r.start, n.id
RETURN id, collect({quote: r.quote, start: r.start, end: r.end, kind: CASE WHEN n:Actor THEN 'ACTOR' ELSE 'TREATY' END, id: n.id}) AS mentions

// params
{
  "ids": [
    "a1"
  ]
}

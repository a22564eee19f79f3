CALL db.index.fulltext.queryNodes($index, $text) YIELD node
WITH collect(node) AS hits
UNWIND hits AS e
WITH e
WHERE e:Event AND e.date >= date($fromDay)
  AND e.date <= date($toDay)
  AND e.type IN $types
MATCH (laneActor:Actor)-[:PARTICIPATED_IN]->(e)
WHERE laneActor.id IN $laneIds
WITH laneActor.id AS lane, e
WITH lane, e.date.year * 100 + e.date.month AS key, e.type AS type, count(*) AS n
WITH lane, key, sum(n) AS count, collect({type: type, count: n}) AS byType
RETURN lane, toString(date({year: key / 100, month: key % 100})) AS start, count, byType
ORDER BY lane, start

// params
{
  "fromDay": "1950-01-01",
  "toDay": "2025-12-31",
  "index": "pactline_search",
  "text": "grain deal",
  "types": [
    "TREATY_SIGNING"
  ],
  "laneIds": [
    "country:RU",
    "country:UA"
  ]
}

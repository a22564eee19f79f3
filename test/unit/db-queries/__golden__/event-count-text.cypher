CALL db.index.fulltext.queryNodes($index, $text) YIELD node AS e
WITH e
WHERE e:Event AND e.date >= date($fromDay)
  AND e.date <= date($toDay)
  AND any(aid IN $actorIds WHERE EXISTS { (:Actor {id: aid})-[:PARTICIPATED_IN]->(e) })
RETURN count(e) AS total

// params
{
  "fromDay": "0001-01-01",
  "toDay": "9999-12-31",
  "index": "pactline_search",
  "text": "putin",
  "actorIds": [
    "a",
    "b"
  ]
}

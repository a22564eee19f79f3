MATCH (anchor:Actor)-[:PARTICIPATED_IN]->(e:Event)
WHERE anchor.id IN $actorIds
WITH DISTINCT e
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
RETURN count(e) AS total

// params
{
  "fromDay": "0001-01-01",
  "toDay": "9999-12-31",
  "actorIds": [
    "a",
    "b"
  ]
}

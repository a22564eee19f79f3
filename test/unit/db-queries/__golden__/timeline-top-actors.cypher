MATCH (e:Event)
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
WITH a, count(*) AS n ORDER BY n DESC, a.id LIMIT $lanes
RETURN a.id AS id, a.name AS label, n

// params
{
  "fromDay": "1950-01-01",
  "toDay": "2025-12-31",
  "lanes": "int(12)"
}

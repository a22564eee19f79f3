UNWIND $laneIds AS lane
MATCH (:Actor {id: lane})-[:PARTICIPATED_IN]->(e:Event)
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
WITH lane, e.date.year * 10 + e.date.quarter AS key, e.type AS type, count(*) AS n
WITH lane, key, sum(n) AS count, collect({type: type, count: n}) AS byType
RETURN lane, toString(date({year: key / 10, quarter: key % 10})) AS start, count, byType
ORDER BY lane, start

// params
{
  "fromDay": "1950-01-01",
  "toDay": "2025-12-31",
  "laneIds": [
    "country:RU"
  ]
}

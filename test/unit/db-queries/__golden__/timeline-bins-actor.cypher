MATCH (e:Event)
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
WITH date.truncate($unit, e.date) AS bucket, e.type AS type, COLLECT { MATCH (pcA:Actor)-[:PARTICIPATED_IN]->(e) WHERE pcA.id IN $laneIds RETURN DISTINCT pcA.id } AS lanes
UNWIND CASE WHEN size(lanes) = 0 THEN [$otherLane] ELSE lanes END AS lane
WITH lane, bucket, type, count(*) AS n
WITH lane, bucket, sum(n) AS count, collect({type: type, count: n}) AS byType
RETURN lane, toString(bucket) AS start, count, byType
ORDER BY lane, start

// params
{
  "fromDay": "1950-01-01",
  "toDay": "2025-12-31",
  "unit": "year",
  "laneIds": [
    "country:RU",
    "country:KP"
  ],
  "otherLane": "_other"
}

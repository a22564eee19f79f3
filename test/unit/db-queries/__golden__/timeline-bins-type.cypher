MATCH (e:Event)
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
WITH date.truncate($unit, e.date) AS bucket, e.type AS lane
WITH lane, bucket, count(*) AS n
RETURN lane, toString(bucket) AS start, n AS count, [{type: lane, count: n}] AS byType
ORDER BY lane, start

// params
{
  "fromDay": "1950-01-01",
  "toDay": "2025-12-31",
  "unit": "month"
}

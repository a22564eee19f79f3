MATCH (e:Event)
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
  AND e.gdeltId IS NULL
RETURN count(e) AS total

// params
{
  "fromDay": "0001-01-01",
  "toDay": "9999-12-31"
}

UNWIND $anchorTypes AS anchorType
MATCH (e:Event)
WHERE e.type = anchorType AND e.date >= date($fromDay)
  AND e.date <= date($toDay)
WITH e.type AS lane, e.date.year / 10 AS key, count(*) AS n
RETURN lane, toString(date({year: key * 10})) AS start, n AS count, [{type: lane, count: n}] AS byType
ORDER BY lane, start

// params
{
  "fromDay": "1950-01-01",
  "toDay": "2025-12-31",
  "anchorTypes": [
    "TREATY_SIGNING",
    "RATIFICATION",
    "ENTRY_INTO_FORCE",
    "WITHDRAWAL",
    "ACCESSION",
    "MEETING",
    "STATEMENT",
    "MILITARY_ACTION",
    "SANCTION",
    "AID",
    "PROTEST",
    "ELECTION",
    "OTHER"
  ]
}

MATCH (e:Event)
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
WITH e ORDER BY e.date, e.id LIMIT $limit
RETURN e.id AS id, e.type AS type, toString(e.date) AS date, e.datePrecision AS datePrecision, toString(e.endDate) AS endDate, e.modality AS modality, e.summary AS summary, e.confidence AS confidence,
  COLLECT { MATCH (pcA:Actor)-[:PARTICIPATED_IN]->(e) RETURN DISTINCT pcA.id } AS actorIds,
  [(pcA:Actor)-[pcR:PARTICIPATED_IN]->(e) | {role: pcR.role, actor: pcA {.id, .name, .kind, .aliases, .iso2, .wikidata}}] AS participants,
  head([(e)-[:CONCERNS]->(pcT:Treaty) | pcT.id]) AS treatyId, CASE WHEN e.gdeltId IS NULL THEN 'ARTICLE' ELSE 'GDELT' END AS origin

// params
{
  "fromDay": "1950-01-01",
  "toDay": "2025-12-31",
  "limit": "int(2000)"
}

MATCH (e:Event)
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
WITH e ORDER BY e.date ASC, e.id ASC LIMIT $limit
RETURN e {.id, .type, .plover, .cameo, .modality, .summary, .confidence, .datePrecision, date: toString(e.date), endDate: toString(e.endDate), treatyId: head([(e)-[:CONCERNS]->(pcT:Treaty) | pcT.id]), placeId: head([(e)-[:TOOK_PLACE_IN]->(pcP:Place) | pcP.id]), origin: CASE WHEN e.gdeltId IS NULL THEN 'ARTICLE' ELSE 'GDELT' END, participants: [(pcA:Actor)-[pcR:PARTICIPATED_IN]->(e) | {role: pcR.role, actor: pcA {.id, .name, .kind, .aliases, .iso2, .wikidata}}]} AS event

// params
{
  "fromDay": "0001-01-01",
  "toDay": "9999-12-31",
  "limit": "int(101)"
}

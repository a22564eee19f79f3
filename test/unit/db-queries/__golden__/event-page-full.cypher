MATCH (:Actor {id: $actorIds[0]})-[:PARTICIPATED_IN]->(e:Event)
WHERE e.date >= date($fromDay)
  AND e.date <= date($toDay)
  AND all(aid IN $actorIds[1..] WHERE EXISTS { (:Actor {id: aid})-[:PARTICIPATED_IN]->(e) })
  AND e.type IN $types
  AND e.modality IN $modality
  AND e.confidence >= $minConfidence
  AND EXISTS { (e)-[:CONCERNS]->(ft:Treaty) WHERE ft.id IN $treatyIds }
  AND EXISTS { (e)-[:TOOK_PLACE_IN]->(fp:Place) WHERE fp.id IN $placeIds }
  AND (e.date < date($afterDay) OR (e.date = date($afterDay) AND e.id < $afterId))
WITH e ORDER BY e.date DESC, e.id DESC LIMIT $limit
RETURN e {.id, .type, .plover, .cameo, .modality, .summary, .confidence, .datePrecision, date: toString(e.date), endDate: toString(e.endDate), treatyId: head([(e)-[:CONCERNS]->(pcT:Treaty) | pcT.id]), placeId: head([(e)-[:TOOK_PLACE_IN]->(pcP:Place) | pcP.id]), origin: CASE WHEN e.gdeltId IS NULL THEN 'ARTICLE' ELSE 'GDELT' END, participants: [(pcA:Actor)-[pcR:PARTICIPATED_IN]->(e) | {role: pcR.role, actor: pcA {.id, .name, .kind, .aliases, .iso2, .wikidata}}]} AS event

// params
{
  "fromDay": "1961-01-01",
  "toDay": "2000-02-09",
  "actorIds": [
    "country:RU",
    "country:KP"
  ],
  "types": [
    "MEETING"
  ],
  "modality": [
    "ASSERTED"
  ],
  "minConfidence": 0.5,
  "treatyIds": [
    "t1"
  ],
  "placeIds": [
    "p1"
  ],
  "afterDay": "2000-02-09",
  "afterId": "e9",
  "limit": "int(11)"
}

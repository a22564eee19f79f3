UNWIND $ids AS id
MATCH (:Article {id: id})-[r:REPORTS]->(e:Event)
WITH id, r, e ORDER BY r.start, e.id
RETURN id, collect({quote: r.quote, start: r.start, end: r.end, claimedDate: toString(r.claimedDate), claimedPrecision: r.claimedPrecision, confidence: r.confidence, event: e {.id, .type, .plover, .cameo, .modality, .summary, .confidence, .datePrecision, date: toString(e.date), endDate: toString(e.endDate), treatyId: head([(e)-[:CONCERNS]->(pcT:Treaty) | pcT.id]), placeId: head([(e)-[:TOOK_PLACE_IN]->(pcP:Place) | pcP.id]), origin: CASE WHEN e.gdeltId IS NULL THEN 'ARTICLE' ELSE 'GDELT' END, participants: [(pcA:Actor)-[pcR:PARTICIPATED_IN]->(e) | {role: pcR.role, actor: pcA {.id, .name, .kind, .aliases, .iso2, .wikidata}}]}}) AS reports

// params
{
  "ids": [
    "a1"
  ]
}

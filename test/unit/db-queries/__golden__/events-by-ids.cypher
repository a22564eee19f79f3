UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.id, .type, .plover, .cameo, .modality, .summary, .confidence, .datePrecision, date: toString(e.date), endDate: toString(e.endDate), treatyId: head([(e)-[:CONCERNS]->(pcT:Treaty) | pcT.id]), placeId: head([(e)-[:TOOK_PLACE_IN]->(pcP:Place) | pcP.id]), origin: CASE WHEN e.gdeltId IS NULL THEN 'ARTICLE' ELSE 'GDELT' END, participants: [(pcA:Actor)-[pcR:PARTICIPATED_IN]->(e) | {role: pcR.role, actor: pcA {.id, .name, .kind, .aliases, .iso2, .wikidata}}], gdelt: CASE WHEN e.gdeltId IS NULL THEN null ELSE e {.gdeltId, .sourceUrl, .quadClass, .goldstein, .numMentions, .avgTone} END} AS event

// params
{
  "ids": [
    "e1",
    "e2"
  ]
}

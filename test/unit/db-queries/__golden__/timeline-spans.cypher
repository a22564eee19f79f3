MATCH (t:Treaty)
WHERE coalesce(t.signedOn, t.inForceFrom) <= date($toDay)
  AND (t.endedOn IS NULL OR t.endedOn >= date($fromDay))
  AND EXISTS { (sa:Actor)-[:PARTY_TO]->(t) WHERE sa.id IN $actorIds }
RETURN t {.id, .name, .unnamed, .aliases, .kind, .status, .signedPrecision, .inForcePrecision, .endedPrecision, signedOn: toString(t.signedOn), inForceFrom: toString(t.inForceFrom), endedOn: toString(t.endedOn)} AS treaty,
  COLLECT { MATCH (r:Treaty)-[x:REPLACES]->(t) RETURN {id: r.id, on: toString(coalesce(x.effectiveOn, r.inForceFrom, r.signedOn)), basis: x.basis} } AS replacedBy,
  [(pcA:Actor)-[:PARTY_TO]->(t) | pcA.id] AS partyIds
ORDER BY coalesce(t.signedOn, t.inForceFrom), t.id

// params
{
  "fromDay": "1950-01-01",
  "toDay": "2025-12-31",
  "actorIds": [
    "country:RU"
  ]
}

MATCH (:Actor {id: $party})-[:PARTY_TO]->(t:Treaty)
WITH DISTINCT t
WHERE t.name IS NOT NULL
  AND (coalesce(t.inForceFrom, t.signedOn) <= date($onLast)
    AND (t.endedOn IS NULL OR t.endedOn > date($onFirst))
    AND NOT EXISTS { MATCH (ifR:Treaty)-[ifX:REPLACES]->(t) WHERE coalesce(ifX.effectiveOn, ifR.inForceFrom, ifR.signedOn) <= date($onFirst) AND coalesce(ifR.inForceFrom, ifR.signedOn) <= date($onLast) })
  AND t.kind = $kind
  AND t.status = $status
WITH t ORDER BY t.name, t.id LIMIT $limit
RETURN t {.id, .name, .unnamed, .aliases, .kind, .status, .signedPrecision, .inForcePrecision, .endedPrecision, signedOn: toString(t.signedOn), inForceFrom: toString(t.inForceFrom), endedOn: toString(t.endedOn)} AS treaty

// params
{
  "party": "country:KP",
  "onFirst": "2000-01-01",
  "onLast": "2000-12-31",
  "kind": "BILATERAL",
  "status": "IN_FORCE",
  "limit": "int(51)"
}

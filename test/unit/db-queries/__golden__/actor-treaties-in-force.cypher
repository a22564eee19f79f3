MATCH (:Actor {id: $actorId})-[:PARTY_TO]->(t:Treaty)
WHERE (coalesce(t.inForceFrom, t.signedOn) <= date($onLast)
    AND (t.endedOn IS NULL OR t.endedOn > date($onFirst))
    AND NOT EXISTS { MATCH (ifR:Treaty)-[ifX:REPLACES]->(t) WHERE coalesce(ifX.effectiveOn, ifR.inForceFrom, ifR.signedOn) <= date($onFirst) AND coalesce(ifR.inForceFrom, ifR.signedOn) <= date($onLast) })
WITH DISTINCT t ORDER BY coalesce(t.inForceFrom, t.signedOn), t.id
RETURN t {.id, .name, .unnamed, .aliases, .kind, .status, .signedPrecision, .inForcePrecision, .endedPrecision, signedOn: toString(t.signedOn), inForceFrom: toString(t.inForceFrom), endedOn: toString(t.endedOn)} AS treaty

// params
{
  "actorId": "country:KP",
  "onFirst": "2000-01-01",
  "onLast": "2000-01-01"
}

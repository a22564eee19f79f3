UNWIND $ids AS id
MATCH (t:Treaty {id: id})
WHERE (coalesce(t.inForceFrom, t.signedOn) <= date($onLast)
    AND (t.endedOn IS NULL OR t.endedOn > date($onFirst))
    AND NOT EXISTS { MATCH (ifR:Treaty)-[ifX:REPLACES]->(t) WHERE coalesce(ifX.effectiveOn, ifR.inForceFrom, ifR.signedOn) <= date($onFirst) AND coalesce(ifR.inForceFrom, ifR.signedOn) <= date($onLast) })
RETURN t.id AS id

// params
{
  "ids": [
    "t1",
    "t2"
  ],
  "onFirst": "1996-01-01",
  "onLast": "1996-12-31"
}

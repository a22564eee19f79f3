MATCH (t:Treaty {id: $id})
CALL (t) {
  MATCH (t)-[:REPLACES*1..32]-(o:Treaty)
  RETURN collect(DISTINCT o) AS others
}
UNWIND [t] + others AS l
WITH DISTINCT l ORDER BY coalesce(l.signedOn, l.inForceFrom), l.id
RETURN l {.id, .name, .unnamed, .aliases, .kind, .status, .signedPrecision, .inForcePrecision, .endedPrecision, signedOn: toString(l.signedOn), inForceFrom: toString(l.inForceFrom), endedOn: toString(l.endedOn)} AS treaty

// params
{
  "id": "t1"
}

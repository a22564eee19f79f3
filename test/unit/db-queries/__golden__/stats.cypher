CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (t:Treaty) RETURN count(t) AS treaties }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (p:Place) RETURN count(p) AS places }
CALL () { MATCH ()-[r:REPORTS]->() RETURN count(r) AS reports }
CALL () {
  CALL () { MATCH (e:Event) WHERE e.date >= date('0001-01-01') WITH e ORDER BY e.date ASC LIMIT 1 RETURN e.date AS d, e.datePrecision AS p
    UNION MATCH (t:Treaty) WHERE coalesce(t.signedOn, t.inForceFrom) IS NOT NULL WITH t ORDER BY coalesce(t.signedOn, t.inForceFrom) ASC LIMIT 1
    RETURN coalesce(t.signedOn, t.inForceFrom) AS d, CASE WHEN t.signedOn IS NOT NULL THEN t.signedPrecision ELSE t.inForcePrecision END AS p }
  WITH d, p ORDER BY d ASC LIMIT 1 RETURN collect({date: toString(d), precision: p})[0] AS earliest }
CALL () {
  CALL () { MATCH (e:Event) WHERE e.date >= date('0001-01-01') WITH e ORDER BY e.date DESC LIMIT 1 RETURN e.date AS d, e.datePrecision AS p
    UNION MATCH (t:Treaty) WHERE coalesce(t.endedOn, t.inForceFrom, t.signedOn) IS NOT NULL WITH t ORDER BY coalesce(t.endedOn, t.inForceFrom, t.signedOn) DESC LIMIT 1
    RETURN coalesce(t.endedOn, t.inForceFrom, t.signedOn) AS d, CASE WHEN t.endedOn IS NOT NULL THEN t.endedPrecision WHEN t.inForceFrom IS NOT NULL THEN t.inForcePrecision ELSE t.signedPrecision END AS p }
  WITH d, p ORDER BY d DESC LIMIT 1 RETURN collect({date: toString(d), precision: p})[0] AS latest }
CALL () { UNWIND $types AS type CALL (type) { MATCH (e:Event) WHERE e.type = type RETURN count(e) AS n } WITH type, n WHERE n > 0 RETURN collect({type: type, count: n}) AS eventsByType }
RETURN events, actors, treaties, articles, places, reports, earliest, latest, eventsByType

// params
{
  "types": [
    "MEETING",
    "OTHER"
  ]
}

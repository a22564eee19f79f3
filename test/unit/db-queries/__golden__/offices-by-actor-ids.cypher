UNWIND $ids AS id
MATCH (:Actor {id: id})-[o:HOLDS_OFFICE]->(org:Actor)
WITH id, o, org ORDER BY o.since, o.title
RETURN id, collect({title: o.title, since: toString(o.since), sincePrecision: o.sincePrecision, until: toString(o.until), untilPrecision: o.untilPrecision, organization: org {.id, .name, .kind, .aliases, .iso2, .wikidata}}) AS offices

// params
{
  "ids": [
    "person:putin"
  ]
}

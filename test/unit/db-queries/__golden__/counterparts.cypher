MATCH (:Actor {id: $actorId})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(c:Actor)
WHERE c.id <> $actorId
WITH c, count(DISTINCT e) AS count ORDER BY count DESC, c.id LIMIT $limit
RETURN c {.id, .name, .kind, .aliases, .iso2, .wikidata} AS actor, count

// params
{
  "actorId": "country:RU",
  "limit": "int(20)"
}

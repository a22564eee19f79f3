CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS a
WITH a
WHERE a:Actor AND a.name IS NOT NULL
  AND a.kind IN $kinds
  AND (a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
WITH a ORDER BY a.name, a.id LIMIT $limit
RETURN a {.id, .name, .kind, .aliases, .iso2, .wikidata} AS actor

// params
{
  "index": "pactline_search",
  "search": "kndr",
  "kinds": [
    "COUNTRY"
  ],
  "afterName": "North Korea",
  "afterId": "country:KP",
  "limit": "int(51)"
}

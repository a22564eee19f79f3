CALL db.index.fulltext.queryNodes($index, $search) YIELD node AS a, score
WITH a, score
WHERE a:Actor
  AND a.name IS NOT NULL
  AND a.kind IN $kinds
WITH a, score, CASE WHEN toLower(a.name) = $exact OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = $exact) THEN 0 ELSE 1 END AS exact
ORDER BY exact, score DESC, a.name, a.id
SKIP $skip LIMIT $limit
RETURN a {.id, .name, .kind, .aliases, .iso2, .wikidata} AS actor

// params
{
  "index": "pactline_search",
  "search": "north korea",
  "exact": "north korea",
  "skip": "int(20)",
  "limit": "int(21)",
  "kinds": [
    "COUNTRY"
  ]
}

UNWIND $ids AS id
MATCH (a:Actor)-[r:PARTY_TO]->(:Treaty {id: id})
WITH id, a, r ORDER BY a.name, a.id
RETURN id, collect({since: toString(r.since), sincePrecision: r.sincePrecision, until: toString(r.until), untilPrecision: r.untilPrecision, actor: a {.id, .name, .kind, .aliases, .iso2, .wikidata}, sources: COLLECT { MATCH (sa:Article) WHERE sa.id IN coalesce(r.sources, []) RETURN sa {.id, .url, .title, .source, .language, publishedAt: toString(sa.publishedAt), ingestedAt: toString(sa.ingestedAt)} ORDER BY sa.publishedAt, sa.id }, references: COLLECT { MATCH (ref:Reference) WHERE ref.id IN coalesce(r.sources, []) RETURN ref {.id, .title, .path} ORDER BY ref.id }}) AS parties

// params
{
  "ids": [
    "t1"
  ]
}

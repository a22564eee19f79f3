UNWIND $ids AS id
MATCH (a:Article)-[r:REPORTS]->(e:Event {id: id})
WITH id, a, r ORDER BY a.publishedAt, a.id, r.start
RETURN id, collect({quote: r.quote, start: r.start, end: r.end, claimedDate: toString(r.claimedDate), claimedPrecision: r.claimedPrecision, confidence: r.confidence, article: a {.id, .url, .title, .source, .language, publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)}}) AS sources

// params
{
  "ids": [
    "e1"
  ]
}

UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE e.gdeltId IS NOT NULL
RETURN id, e {.gdeltId, .sourceUrl, .quadClass, .goldstein, .numMentions, .avgTone} AS gdelt

// params
{
  "ids": [
    "gdelt:1",
    "e2"
  ]
}

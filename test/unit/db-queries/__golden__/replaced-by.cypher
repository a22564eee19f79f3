UNWIND $ids AS id
MATCH (o:Treaty)-[r:REPLACES]->(:Treaty {id: id})
WITH id, o, r ORDER BY coalesce(r.effectiveOn, o.inForceFrom, o.signedOn), o.id
RETURN id, collect({basis: r.basis, effectiveOn: toString(r.effectiveOn), effectivePrecision: r.effectivePrecision, treaty: o {.id, .name, .unnamed, .aliases, .kind, .status, .signedPrecision, .inForcePrecision, .endedPrecision, signedOn: toString(o.signedOn), inForceFrom: toString(o.inForceFrom), endedOn: toString(o.endedOn)}, sources: COLLECT { MATCH (sa:Article) WHERE sa.id IN coalesce(r.sources, []) RETURN sa {.id, .url, .title, .source, .language, publishedAt: toString(sa.publishedAt), ingestedAt: toString(sa.ingestedAt)} ORDER BY sa.publishedAt, sa.id }, references: COLLECT { MATCH (ref:Reference) WHERE ref.id IN coalesce(r.sources, []) RETURN ref {.id, .title, .path} ORDER BY ref.id }}) AS supersessions

// params
{
  "ids": [
    "t1"
  ]
}

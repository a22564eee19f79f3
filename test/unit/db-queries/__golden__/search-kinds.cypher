CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WITH node, score, CASE WHEN node:Actor THEN 'ACTOR' WHEN node:Event THEN 'EVENT' WHEN node:Treaty THEN 'TREATY' ELSE 'ARTICLE' END AS kind
WHERE kind IN $kinds
WITH node, score, kind LIMIT $limit
RETURN kind, node.id AS id, score, node.name AS name, node.aliasText AS aliasText, node.summary AS summary, node.title AS title, left(node.text, 20000) AS text, node.type AS type

// params
{
  "index": "pactline_search",
  "query": "putin",
  "fetch": "int(50)",
  "limit": "int(10)",
  "kinds": [
    "ACTOR",
    "TREATY"
  ]
}

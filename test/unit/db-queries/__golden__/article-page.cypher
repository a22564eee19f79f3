MATCH (a:Article)
WHERE a.title IS NOT NULL
  AND a.language = $language
  AND a.publishedAt >= date($fromDay)
  AND (coalesce(a.publishedAt, date('0001-01-01')) < date($afterDay) OR (coalesce(a.publishedAt, date('0001-01-01')) = date($afterDay) AND a.id < $afterId))
WITH a, coalesce(a.publishedAt, date('0001-01-01')) AS sortDay ORDER BY sortDay DESC, a.id DESC LIMIT $limit
RETURN a {.id, .url, .title, .source, .language, publishedAt: toString(a.publishedAt), ingestedAt: toString(a.ingestedAt)} AS article, toString(sortDay) AS sortDay

// params
{
  "language": "id",
  "fromDay": "2024-01-01",
  "afterDay": "2024-06-19",
  "afterId": "a9",
  "limit": "int(51)"
}

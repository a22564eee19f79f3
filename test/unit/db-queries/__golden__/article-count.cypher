MATCH (a:Article)
WHERE a.title IS NOT NULL
  AND a.source = $source
RETURN count(a) AS total

// params
{
  "source": "Example Wire"
}

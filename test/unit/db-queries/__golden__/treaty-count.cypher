MATCH (t:Treaty)
WHERE t.name IS NOT NULL
  AND t.status = $status
RETURN count(t) AS total

// params
{
  "status": "ENDED"
}

MATCH (a:Actor)
WHERE a.name IS NOT NULL
  AND a.kind IN $kinds
RETURN count(a) AS total

// params
{
  "kinds": [
    "PERSON"
  ]
}

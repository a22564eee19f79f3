import type { Query } from '../executor';
import { int } from '../executor';
import { FULLTEXT_INDEX } from '../migrations';

export type SearchKind = 'ACTOR' | 'EVENT' | 'TREATY' | 'ARTICLE';

/** How much of an article's text comes back for the highlighter to cut a fragment from. */
const HIGHLIGHT_TEXT_CHARS = 20_000;

/**
 * Full-text search over the one index on Actor|Treaty|Reported|Article (FULLTEXT_LABELS: of the
 * events, only those from articles). `lucene` must come from toLuceneQuery (escaped user input).
 * When kinds narrow the search, more hits are asked of the index so that `limit` remain after
 * filtering.
 */
export function searchQuery(lucene: string, limit: number, kinds: readonly string[] | null): Query {
  const narrowed = kinds !== null && kinds.length > 0 && kinds.length < 4;
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WITH node, score, CASE WHEN node:Actor THEN 'ACTOR' WHEN node:Event THEN 'EVENT' WHEN node:Treaty THEN 'TREATY' ELSE 'ARTICLE' END AS kind${narrowed ? '\nWHERE kind IN $kinds' : ''}
WITH node, score, kind LIMIT $limit
RETURN kind, node.id AS id, score, node.name AS name, node.aliasText AS aliasText, node.summary AS summary, node.title AS title, left(node.text, ${HIGHLIGHT_TEXT_CHARS}) AS text, node.type AS type`,
    params: {
      index: FULLTEXT_INDEX,
      query: lucene,
      fetch: int(narrowed ? limit * 5 : limit),
      limit: int(limit),
      ...(narrowed ? { kinds } : {}),
    },
  };
}

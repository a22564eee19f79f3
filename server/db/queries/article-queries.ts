import type { ArticleFilter } from '../../domain/filters';
import type { Query } from '../executor';
import { int } from '../executor';
import { REL } from '../model';
import { articleProjection, articleWithTextProjection, eventWithParticipantsProjection } from './projections';

const UNDATED = '0001-01-01';

function articleSelection(
  filter: ArticleFilter,
  extraWhere: string[] = [],
): { cypher: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const where: string[] = ['a.title IS NOT NULL'];
  if (filter.language) {
    params.language = filter.language;
    where.push('a.language = $language');
  }
  if (filter.source) {
    params.source = filter.source;
    where.push('a.source = $source');
  }
  if (filter.fromDay) {
    params.fromDay = filter.fromDay;
    where.push('a.publishedAt >= date($fromDay)');
  }
  if (filter.toDay) {
    params.toDay = filter.toDay;
    where.push('a.publishedAt <= date($toDay)');
  }
  where.push(...extraWhere);
  return { cypher: `MATCH (a:Article)\nWHERE ${where.join('\n  AND ')}`, params };
}

/** A page of articles, newest first (keyset on publishedAt, id; undated articles last). */
export function articlePageQuery(
  filter: ArticleFilter,
  after: { day: string; id: string } | null,
  limit: number,
): Query {
  const key = `coalesce(a.publishedAt, date('${UNDATED}'))`;
  const extra = after ? [`(${key} < date($afterDay) OR (${key} = date($afterDay) AND a.id < $afterId))`] : [];
  const sel = articleSelection(filter, extra);
  return {
    cypher: `${sel.cypher}\nWITH a, ${key} AS sortDay ORDER BY sortDay DESC, a.id DESC LIMIT $limit\nRETURN ${articleProjection('a')} AS article, toString(sortDay) AS sortDay`,
    params: { ...sel.params, ...(after ? { afterDay: after.day, afterId: after.id } : {}), limit: int(limit) },
  };
}

export function articleCountQuery(filter: ArticleFilter): Query {
  const sel = articleSelection(filter);
  return { cypher: `${sel.cypher}\nRETURN count(a) AS total`, params: sel.params };
}

export function articlesByIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id\nMATCH (a:Article {id: id})\nRETURN ${articleWithTextProjection('a')} AS article`,
    params: { ids },
  };
}

/** The events each article reports, in text order, with the sentence and claimed date. */
export function reportsByArticleIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (:Article {id: id})-[r:${REL.REPORTS}]->(e:Event)
WITH id, r, e ORDER BY r.start, e.id
RETURN id, collect({quote: r.quote, start: r.start, end: r.end, claimedDate: toString(r.claimedDate), claimedPrecision: r.claimedPrecision, confidence: r.confidence, event: ${eventWithParticipantsProjection('e')}}) AS reports`,
    params: { ids },
  };
}

/** The actors and treaties each article mentions, in text order. */
export function mentionsByArticleIdsQuery(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (:Article {id: id})-[r:${REL.MENTIONS}]->(n)
WHERE n:Actor OR n:Treaty
WITH id, r, n ORDER BY r.start, n.id
RETURN id, collect({quote: r.quote, start: r.start, end: r.end, kind: CASE WHEN n:Actor THEN 'ACTOR' ELSE 'TREATY' END, id: n.id}) AS mentions`,
    params: { ids },
  };
}

import type { Query } from '../executor';
import { LABELS, originIs, REL } from '../model';
import { modalityRank, precisionRank, refreshAliasText, settleEventDate } from './fragments';

/**
 * Pure builders for deleting an article and the facts only it supported. Sourced relationships
 * (PARTICIPATED_IN, CONCERNS, TOOK_PLACE_IN, PARTY_TO, REPLACES, HOLDS_OFFICE) lose the article
 * from `sources` and go when none is left; events go when no article REPORTS them; actors,
 * treaties and places go when nothing links to them any more. Reached only through the nodes
 * the article reports or mentions, never by scanning the graph.
 */
const { Article, Actor, Event, Treaty, Place, Reference } = LABELS;

/** Who can claim something about an actor or a treaty: articles, and reference works such as the gazetteer. */
const CLAIMANT = `${Article}|${Reference}`;

/** The events the article reports and the actors and treaties it mentions. */
export function findArticleFacts(articleId: string): Query {
  return {
    cypher: `MATCH (art:${Article} {id: $articleId})
CALL (art) { OPTIONAL MATCH (art)-[:${REL.REPORTS}]->(e:${Event}) RETURN collect(e.id) AS events }
CALL (art) { OPTIONAL MATCH (art)-[:${REL.MENTIONS}]->(a:${Actor}) RETURN collect(a.id) AS actors }
CALL (art) { OPTIONAL MATCH (art)-[:${REL.MENTIONS}]->(t:${Treaty}) RETURN collect(t.id) AS treaties }
RETURN events, actors, treaties`,
    params: { articleId },
  };
}

// One row per relationship: an undirected match meets a REPLACES between two of the article's
// treaties from both ends, and the second row must not touch it after the first deleted it.
const dropSource = `WITH r, collect(other.id) AS ends
SET r.sources = [s IN r.sources WHERE s <> $articleId]
WITH r, ends
CALL (r) { WITH r WHERE size(r.sources) = 0 DELETE r }
WITH ends
UNWIND ends AS end
RETURN collect(DISTINCT end) AS touched`;

/** Removes the article from the sources of the relationships around its events, actors and treaties; returns the nodes at their other ends. */
export function dropArticleSources(
  articleId: string,
  facts: { events: readonly string[]; actors: readonly string[]; treaties: readonly string[] },
): Query {
  return {
    cypher: `CALL () {
  UNWIND $events AS id
  MATCH (:${Event} {id: id})-[r:${REL.PARTICIPATED_IN}|${REL.CONCERNS}|${REL.TOOK_PLACE_IN}]-(other)
  WHERE $articleId IN r.sources
  ${dropSource}
}
WITH touched AS fromEvents
CALL () {
  UNWIND $actors AS id
  MATCH (:${Actor} {id: id})-[r:${REL.HOLDS_OFFICE}|${REL.PARTY_TO}]->(other)
  WHERE $articleId IN r.sources
  ${dropSource}
}
WITH fromEvents, touched AS fromActors
CALL () {
  UNWIND $treaties AS id
  MATCH (:${Treaty} {id: id})-[r:${REL.PARTY_TO}|${REL.REPLACES}]-(other)
  WHERE $articleId IN r.sources
  ${dropSource}
}
RETURN fromEvents + fromActors + touched AS touched`,
    params: { articleId, events: facts.events, actors: facts.actors, treaties: facts.treaties },
  };
}

/** The best remaining claim of one treaty date among the other articles' and the references' MENTIONS (most precise, then earliest), or null. */
function resettleTreatyDate(dateProp: string, precisionProp: string): string {
  return `CALL (n) {
    OPTIONAL MATCH (other:${CLAIMANT})-[c:${REL.MENTIONS}]->(n) WHERE other.id <> $articleId AND c.${dateProp} IS NOT NULL
    WITH c ORDER BY ${precisionRank(`c.${precisionProp}`)} DESC, c.${dateProp} ASC
    WITH head(collect(c)) AS best
    SET n.${dateProp} = best.${dateProp}, n.${precisionProp} = best.${precisionProp}
  }`;
}

/**
 * A treaty's name and kind settled again from the remaining claims: the reference's when a
 * reference (the gazetteer) knows the treaty; otherwise the current ones while a remaining article
 * still claims them; otherwise the earliest loaded remaining article's. With no remaining claim,
 * or one recorded before names were, they stay as they are.
 */
const resettleTreatyNameAndKind = `CALL (n) {
  WITH n WHERE n:${Treaty}
  OPTIONAL MATCH (src:${CLAIMANT})-[c:${REL.MENTIONS}]->(n) WHERE src.id <> $articleId
  WITH n, src, c ORDER BY CASE WHEN src:${Reference} THEN 0 ELSE 1 END, src.ingestedAt, src.id
  WITH n, collect(c) AS claims, count(CASE WHEN src:${Reference} THEN 1 END) > 0 AS known
  WHERE size(claims) > 0 AND all(c IN claims WHERE c.name IS NOT NULL)
  WITH n, claims, known, [c IN claims WHERE c.kind IS NOT NULL | c.kind] AS kinds
  SET n.name = CASE WHEN NOT known AND n.name IN [c IN claims | c.name] THEN n.name ELSE head(claims).name END,
      n.kind = CASE WHEN NOT known AND n.kind IN kinds THEN n.kind ELSE head(kinds) END
}`;

/**
 * An actor's name, when this article gave it (`nameBy`), settled again from the remaining
 * articles' MENTIONS: the same name while one of them still says it, otherwise the earliest loaded
 * one's. The new name records its article. Names the gazetteer or a GDELT import gave (no
 * `nameBy`) stay: articles do not overrule them.
 */
const resettleActorName = `CALL (n) {
  WITH n WHERE n:${Actor} AND n.nameBy = $articleId
  OPTIONAL MATCH (src:${Article})-[c:${REL.MENTIONS}]->(n) WHERE src.id <> $articleId AND c.name IS NOT NULL
  WITH n, src, c ORDER BY CASE WHEN c.name = n.name THEN 0 ELSE 1 END, src.ingestedAt, src.id
  WITH n, head(collect(CASE WHEN c IS NULL THEN null ELSE {name: c.name, by: src.id} END)) AS best
  WHERE best IS NOT NULL
  SET n.name = best.name, n.nameBy = best.by
}`;

/**
 * Takes back what the article claimed about the actors and treaties it mentions: an actor's name
 * and a treaty's name and kind when it gave them, aliases that no other article or reference
 * brought (the settled name always stays one), and treaty dates, settled again from the remaining
 * claims. Run before the article node goes. Nodes that an article loaded before claims were
 * recorded also mentions are left as they are: their claims are unknown.
 */
export function takeBackMentionClaims(articleId: string): Query {
  return {
    cypher: `MATCH (:${Article} {id: $articleId})-[m:${REL.MENTIONS}]->(n)
WHERE m.aliases IS NOT NULL
CALL (n) {
  OPTIONAL MATCH (other:${CLAIMANT})-[om:${REL.MENTIONS}]->(n) WHERE other.id <> $articleId
  RETURN reduce(acc = [], l IN collect(om.aliases) | acc + l) AS kept, count(CASE WHEN om IS NOT NULL AND om.aliases IS NULL THEN 1 END) AS unrecorded
}
WITH n, m, kept WHERE unrecorded = 0
${resettleActorName}
${resettleTreatyNameAndKind}
SET n.aliases = [x IN n.aliases WHERE x = n.name OR x IN kept OR NOT x IN m.aliases]
${refreshAliasText('n')}
WITH n WHERE n:${Treaty}
${resettleTreatyDate('signedOn', 'signedPrecision')}
${resettleTreatyDate('inForceFrom', 'inForcePrecision')}
${resettleTreatyDate('endedOn', 'endedPrecision')}`,
    params: { articleId },
  };
}

export function deleteArticleNode(articleId: string): Query {
  return { cypher: `MATCH (art:${Article} {id: $articleId}) DETACH DELETE art`, params: { articleId } };
}

/**
 * Events still reported by other articles settle their date again from the claims that remain
 * (no dated claim left: no date), their modality and confidence from the remaining reports, and
 * their summary: the current one while a remaining report still says it, otherwise the earliest
 * loaded remaining report's (left as it is when a remaining report predates recorded summaries).
 */
export function resettleEvents(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:${Event} {id: id})
WHERE EXISTS { (:${Article})-[:${REL.REPORTS}]->(e) }
${settleEventDate('e', 'clear')}
WITH e
CALL (e) {
  MATCH (:${Article})-[rep:${REL.REPORTS}]->(e)
  WITH rep ORDER BY ${modalityRank('rep.modality')} DESC
  WITH collect(rep) AS reps
  SET e.confidence = reduce(best = 0.0, r IN reps | CASE WHEN r.confidence > best THEN r.confidence ELSE best END),
      e.modality = coalesce(head(reps).modality, e.modality)
}
CALL (e) {
  MATCH (art:${Article})-[rep:${REL.REPORTS}]->(e)
  WITH e, rep ORDER BY art.ingestedAt, art.id
  WITH e, collect(rep.summary) AS summaries, count(rep) AS reports
  WHERE size(summaries) = reports
  SET e.summary = CASE WHEN e.summary IN summaries THEN e.summary ELSE head(summaries) END
}`,
    params: { ids },
  };
}

/** Events no article reports any more are deleted (GDELT events are never touched); returns how many and their neighbours. */
export function pruneEvents(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:${Event} {id: id})
WHERE ${originIs('e', 'ARTICLE')} AND NOT EXISTS { (:${Article})-[:${REL.REPORTS}]->(e) }
OPTIONAL MATCH (e)--(neighbour)
WITH e, collect(DISTINCT neighbour.id) AS neighbours
DETACH DELETE e
RETURN count(e) AS removed, reduce(all = [], n IN collect(neighbours) | all + n) AS neighbours`,
    params: { ids },
  };
}

/** Actors, treaties and places among the given ids that nothing links to any more. */
export function pruneOrphans(ids: readonly string[]): Query {
  const prune = (label: string, name: string) => `CALL () {
  UNWIND $ids AS id
  MATCH (n:${label} {id: id})
  WHERE NOT EXISTS { (n)--() }
  DELETE n
  RETURN count(*) AS ${name}
}`;
  return {
    cypher: `${prune(Actor, 'actors')}
${prune(Treaty, 'treaties')}
${prune(Place, 'places')}
RETURN actors, treaties, places`,
    params: { ids: [...new Set(ids)] },
  };
}

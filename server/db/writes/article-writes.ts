import type { Query } from '../executor';
import { LABELS, REL, type ActorKindValue, type Role } from '../model';
import type { KnownTreatiesPlan } from './reference-writes';
import {
  addSource,
  mergeAliases,
  mergePartialDate,
  modalityRank,
  setActorKindLabel,
  settleEventDate,
  treatyStatus,
} from './fragments';

/**
 * Pure Cypher builders for writing one article and its facts. Each returns {cypher, params};
 * values are parameters, labels and relationship types come from model.ts. Every statement
 * MERGEs on constrained ids, so a retried transaction (or a reload) writes the same graph.
 */
const { Article, Actor, Event, Reported, Treaty, Place, Person } = LABELS;

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  source: string | null;
  language: string | null;
  /** "YYYY-MM-DD" */
  publishedAt: string | null;
  text: string;
  contentHash: string;
  /** ISO date-time */
  ingestedAt: string;
}

export interface SpanRow {
  quote: string;
  start: number;
  end: number;
}

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKindValue;
  aliases: string[];
  iso2: string | null;
  wikidata: string | null;
  /** The first mention in the article; null when the actor is only referenced (an office's country). */
  mention: SpanRow | null;
  mentioned: boolean;
}

export interface OfficeRow {
  person: string;
  of: string;
  title: string;
}

/** A treaty's three lifecycle dates as stored: the first day and the precision of each claim. */
export interface TreatyDateColumns {
  signedOn: string | null;
  signedPrecision: string | null;
  inForceFrom: string | null;
  inForcePrecision: string | null;
  endedOn: string | null;
  endedPrecision: string | null;
}

export interface TreatyRow extends TreatyDateColumns {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  /** The extractor made the name up (`ExtractedTreaty.unnamed`); set on the node that the row creates. */
  unnamed: boolean;
  mention: SpanRow | null;
  mentioned: boolean;
}

export interface PartyRow {
  actor: string;
  treaty: string;
}

export interface ReplacesRow {
  /** The newer treaty. */
  from: string;
  /** The treaty it replaces. */
  to: string;
  basis: string;
}

interface ParticipantRow {
  actor: string;
  role: Role;
}

export interface EventRow {
  id: string;
  type: string;
  plover: string | null;
  cameo: string | null;
  /** First day the date covers, "YYYY-MM-DD", with its precision. */
  date: string | null;
  datePrecision: string | null;
  endDate: string | null;
  modality: string;
  summary: string;
  confidence: number;
  treaty: string | null;
  place: { id: string; name: string } | null;
  participants: ParticipantRow[];
  /** This article's REPORTS: its sentence and the date it claims. */
  report: SpanRow & { confidence: number };
}

/** Everything one article writes. */
export interface ArticlePlan {
  article: ArticleRow;
  /** What the gazetteer states about the known treaties the article names: the reference's facts, written as seeding writes them. */
  known?: KnownTreatiesPlan | null;
  actors: ActorRow[];
  offices: OfficeRow[];
  treaties: TreatyRow[];
  parties: PartyRow[];
  replaces: ReplacesRow[];
  events: EventRow[];
}

/** Finds an article already loaded with the same content hash or the same URL. */
export function findDuplicateArticle(p: { contentHash: string; url: string | null }): Query {
  return {
    cypher: `OPTIONAL MATCH (byHash:${Article} {contentHash: $contentHash})
OPTIONAL MATCH (byUrl:${Article} {url: $url})
RETURN byHash.id AS hashId, collect(byUrl.id)[0] AS urlId`,
    params: { contentHash: p.contentHash, url: p.url },
  };
}

/** For each article (by id), an article already loaded with the same content hash or URL: one round trip for a batch. */
export function findDuplicateArticles(rows: readonly { id: string; contentHash: string; url: string | null }[]): Query {
  return {
    cypher: `UNWIND $articles AS a
OPTIONAL MATCH (byHash:${Article} {contentHash: a.contentHash})
OPTIONAL MATCH (byUrl:${Article} {url: a.url})
RETURN a.id AS id, head(collect(byHash.id)) AS hashId, head(collect(byUrl.id)) AS urlId`,
    params: { articles: rows.map((r) => ({ id: r.id, contentHash: r.contentHash, url: r.url })) },
  };
}

/** How many articles the database holds (start-up seeding loads only into an empty one). */
export function countArticles(): Query {
  return { cypher: `MATCH (a:${Article}) RETURN count(a) AS n`, params: {} };
}

/** Which of these event ids exist already (dry runs report the new ones). */
export function findExistingEvents(ids: readonly string[]): Query {
  return { cypher: `UNWIND $ids AS id MATCH (e:${Event} {id: id}) RETURN e.id AS id`, params: { ids } };
}

/**
 * The article node, with `articleIsNew`: false when it was there already, which a concurrent load
 * of the same article makes happen after the duplicate check (the MERGE waits on the other
 * transaction's lock on the id, then finds its article). A stored article always has its
 * contentHash, so a node without one was created by this MERGE.
 */
function mergeArticle(a: ArticleRow): Query {
  return {
    cypher: `MERGE (a:${Article} {id: $a.id})
ON CREATE SET a.ingestedAt = datetime($a.ingestedAt)
WITH a, a.contentHash IS NULL AS articleIsNew
SET a.url = $a.url, a.title = $a.title, a.source = $a.source, a.language = $a.language,
    a.publishedAt = CASE WHEN $a.publishedAt IS NULL THEN null ELSE date($a.publishedAt) END,
    a.text = $a.text, a.contentHash = $a.contentHash`,
    params: { a },
  };
}

/**
 * This article's MENTIONS of the node, carrying what the article claims about it (`claims`, SET
 * items over `m` and `row`), so that deleting the article can take back exactly its claims.
 */
function mentionFrom(node: string, claims: string): string {
  return `WITH ${node}, row
CALL (${node}, row) {
  WITH ${node}, row WHERE row.mentioned
  MATCH (art:${Article} {id: $articleId})
  MERGE (art)-[m:${REL.MENTIONS}]->(${node})
  ON CREATE SET m.quote = row.mention.quote, m.start = toInteger(row.mention.start), m.end = toInteger(row.mention.end)
  SET ${claims}
}`;
}

/**
 * Actors by id (one node per actor whatever the language), their kind label, aliases unioned,
 * and this article's MENTIONS with the name and aliases it brought. An actor the article only
 * refers to (an office's country) brings no alias but its name. `nameBy` is the article whose name
 * the actor took (null when the gazetteer or a GDELT import named it): deleting that article
 * settles the name again (takeBackMentionClaims).
 */
function mergeActors(articleId: string, rows: readonly ActorRow[]): Query {
  return {
    cypher: `UNWIND $actors AS row
MERGE (n:${Actor} {id: row.id})
ON CREATE SET n.name = row.name, n.kind = row.kind, n.nameBy = CASE WHEN row.mentioned THEN $articleId END
SET n.iso2 = coalesce(n.iso2, row.iso2), n.wikidata = coalesce(n.wikidata, row.wikidata)
${setActorKindLabel('n', 'row.kind')}
${mergeAliases('n', 'CASE WHEN row.mentioned THEN row.aliases ELSE [n.name] END')}
${mentionFrom('n', 'm.aliases = row.aliases, m.name = row.name')}`,
    params: { articleId, actors: rows },
  };
}

/** (Person)-[:HOLDS_OFFICE {title, sources}]->(Country|Organization). */
function mergeOffices(articleId: string, rows: readonly OfficeRow[]): Query {
  return {
    cypher: `UNWIND $offices AS row
MATCH (p:${Actor} {id: row.person}) WHERE p:${Person}
MATCH (o:${Actor} {id: row.of})
MERGE (p)-[h:${REL.HOLDS_OFFICE} {title: row.title}]->(o)
SET ${addSource('h')}`,
    params: { articleId, offices: rows },
  };
}

/** What a MENTIONS records of a treaty row (`row`) on `m`: name, kind, aliases and dates, the claims a delete takes back. */
export const TREATY_CLAIMS = ['signedOn', 'inForceFrom', 'endedOn']
  .map((d) => `m.${d} = CASE WHEN row.${d} IS NULL THEN null ELSE date(row.${d}) END`)
  .concat([
    'm.aliases = row.aliases',
    'm.name = row.name',
    'm.kind = row.kind',
    'm.signedPrecision = row.signedPrecision',
    'm.inForcePrecision = row.inForcePrecision',
    'm.endedPrecision = row.endedPrecision',
  ])
  .join(', ');

/**
 * Treaties by id: name and kind from the article that creates the node (a gazetteer treaty keeps
 * the gazetteer's), aliases unioned, dates kept at their best (most precise, then earliest). The
 * MENTIONS keeps this article's name, kind, aliases and dates, so a delete can settle them again.
 */
function mergeTreaties(articleId: string, rows: readonly TreatyRow[]): Query {
  return {
    cypher: `UNWIND $treaties AS row
MERGE (n:${Treaty} {id: row.id})
ON CREATE SET n.name = row.name, n.kind = row.kind, n.unnamed = row.unnamed, n.status = 'UNKNOWN'
SET n.kind = coalesce(n.kind, row.kind)
${mergeAliases('n', 'row.aliases')}
${mergePartialDate('n', 'row', 'signedOn', 'signedPrecision', 'n, row')}
${mergePartialDate('n', 'row', 'inForceFrom', 'inForcePrecision', 'n, row')}
${mergePartialDate('n', 'row', 'endedOn', 'endedPrecision', 'n, row')}
${mentionFrom('n', TREATY_CLAIMS)}`,
    params: { articleId, treaties: rows },
  };
}

/** PARTY_TO and REPLACES claims, each carrying the articles that support it. */
function mergeTreatyLinks(articleId: string, parties: readonly PartyRow[], replaces: readonly ReplacesRow[]): Query {
  return {
    cypher: `CALL () {
  UNWIND $parties AS row
  MATCH (a:${Actor} {id: row.actor})
  MATCH (t:${Treaty} {id: row.treaty})
  MERGE (a)-[r:${REL.PARTY_TO}]->(t)
  SET ${addSource('r')}
}
CALL () {
  UNWIND $replaces AS row
  MATCH (newer:${Treaty} {id: row.from})
  MATCH (older:${Treaty} {id: row.to})
  MERGE (newer)-[r:${REL.REPLACES}]->(older)
  ON CREATE SET r.basis = row.basis
  SET ${addSource('r')}
}`,
    params: { articleId, parties, replaces },
  };
}

/**
 * Events by identity id with this article's REPORTS (its sentence, claimed date, summary and
 * modality), then the event's date settled from all claims; the summary is the creating
 * article's; participants, place and treaty carry `sources`.
 * Returns each event id and whether this statement created it: told after the MERGE (every stored
 * event has a type), so that when two loads write the same event at once, the one that waited on
 * the other's lock does not count it as new too.
 */
function mergeEvents(articleId: string, rows: readonly EventRow[]): Query {
  return {
    cypher: `UNWIND $events AS row
MERGE (e:${Event} {id: row.id})
WITH e, row, e.type IS NULL AS isNew
FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END |
  SET e:${Reported}, e.type = row.type, e.plover = row.plover, e.cameo = row.cameo, e.summary = row.summary,
    e.modality = row.modality, e.confidence = row.confidence)
SET e.confidence = CASE WHEN row.confidence > coalesce(e.confidence, 0.0) THEN row.confidence ELSE e.confidence END,
    e.modality = CASE WHEN ${modalityRank('row.modality')} > ${modalityRank('e.modality')} THEN row.modality ELSE e.modality END
WITH e, row, isNew
MATCH (art:${Article} {id: $articleId})
MERGE (art)-[rep:${REL.REPORTS}]->(e)
SET rep.quote = row.report.quote, rep.start = toInteger(row.report.start), rep.end = toInteger(row.report.end),
    rep.confidence = row.report.confidence, rep.modality = row.modality, rep.summary = row.summary,
    rep.claimedDate = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    rep.claimedPrecision = row.datePrecision,
    rep.claimedEndDate = CASE WHEN row.endDate IS NULL THEN null ELSE date(row.endDate) END
WITH e, row, isNew
${settleEventDate('e')}
WITH e, row, isNew
CALL (e, row) {
  WITH e, row WHERE row.treaty IS NOT NULL
  MATCH (t:${Treaty} {id: row.treaty})
  MERGE (e)-[c:${REL.CONCERNS}]->(t)
  SET ${addSource('c')}
}
CALL (e, row) {
  WITH e, row WHERE row.place IS NOT NULL
  MERGE (p:${Place} {id: row.place.id})
  ON CREATE SET p.name = row.place.name
  MERGE (e)-[tp:${REL.TOOK_PLACE_IN}]->(p)
  SET ${addSource('tp')}
}
CALL (e, row) {
  UNWIND row.participants AS pt
  MATCH (a:${Actor} {id: pt.actor})
  MERGE (a)-[r:${REL.PARTICIPATED_IN}]->(e)
  ON CREATE SET r.role = pt.role
  SET r.role = CASE WHEN r.role = 'PARTICIPANT' THEN pt.role ELSE r.role END, ${addSource('r')}
}
RETURN e.id AS id, isNew`,
    params: { articleId, events: rows },
  };
}

/** Recomputes the status of the given treaties (and of the ones they replace). */
export function refreshTreatyStatus(ids: readonly string[]): Query {
  return {
    cypher: `UNWIND $treatyIds AS id
MATCH (t0:${Treaty} {id: id})
OPTIONAL MATCH (t0)-[:${REL.REPLACES}]->(older:${Treaty})
WITH collect(DISTINCT t0) + collect(DISTINCT older) AS all
UNWIND all AS t
WITH DISTINCT t
SET t.status = ${treatyStatus('t')}`,
    params: { treatyIds: ids },
  };
}

/**
 * The whole article as one statement (one round trip): the article, then each kind of fact in
 * its own unit subquery, the treaty statuses, and the events last, returning the new event ids
 * and whether the article node is new (false: a concurrent load stored it first; the statement
 * then rewrote the same facts, and the article is that load's, a duplicate here).
 * Run it after findDuplicateArticle(s) in the same transaction.
 */
export function writeArticlePlan(plan: ArticlePlan): Query {
  const id = plan.article.id;
  const treatyIds = [...new Set([...plan.treaties.map((t) => t.id), ...plan.replaces.map((r) => r.to)])];
  const parts: Query[] = [
    mergeActors(id, plan.actors),
    mergeOffices(id, plan.offices),
    mergeTreaties(id, plan.treaties),
    mergeTreatyLinks(id, plan.parties, plan.replaces),
    refreshTreatyStatus(treatyIds),
  ];
  const article = mergeArticle(plan.article);
  const events = mergeEvents(id, plan.events);
  const text = [
    // Every lookup here is a unique-index seek whatever the statistics say; replanning this large
    // statement each time the growing graph's statistics drift costs seconds and changes nothing.
    'CYPHER replan=skip',
    article.cypher,
    ...parts.map((q) => `WITH *\nCALL () {\n${q.cypher}\n}`),
    // Aggregated inside, so that an article without events still returns its one row.
    `WITH *\nCALL () {\nCALL () {\n${events.cypher}\n}\nRETURN collect(CASE WHEN isNew THEN id END) AS newEvents\n}`,
    'RETURN newEvents, articleIsNew',
  ].join('\n');
  const params: Record<string, unknown> = Object.assign(
    {},
    article.params,
    ...parts.map((q) => q.params),
    events.params,
  );
  // One map parameter: Neo4j keys its plan cache on parameter types, and lists that are empty in
  // one article and full in the next would otherwise make it plan this large statement again.
  const names = Object.keys(params).sort((x, y) => y.length - x.length);
  const cypher = text.replace(new RegExp(`\\$(${names.join('|')})\\b`, 'g'), (_, name: string) => `$p.${name}`);
  return { cypher, params: { p: params } };
}

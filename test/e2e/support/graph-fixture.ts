import type { Executor } from '../../../server/db/executor';

/**
 * Writes graphs straight into Neo4j, following server/db/model.ts conventions, so browser tests
 * and the bench do not depend on extraction: a small known graph (Russia–North Korea treaties
 * with lineage, a date conflict, planned and negated events) and a seeded random one of any size.
 */
export interface ActorRow {
  id: string;
  name: string;
  kind: 'COUNTRY' | 'PERSON' | 'ORGANIZATION';
  iso2?: string | null;
  aliases: string[];
}
export interface TreatyRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  status: string;
  signedOn: string | null;
  signedPrecision: string | null;
  inForceFrom: string | null;
  endedOn: string | null;
}
export interface EventRow {
  id: string;
  type: string;
  date: string;
  datePrecision: 'year' | 'month' | 'day';
  modality: string;
  summary: string;
  confidence: number;
  participants: { id: string; role: string }[];
  treatyId?: string | null;
  placeId?: string | null;
  reports?: { articleId: string; quote: string; claimedDate: string; claimedPrecision: string }[];
}
export interface ArticleRow {
  id: string;
  url: string;
  title: string;
  source: string;
  language: string;
  publishedAt: string;
  text: string;
}

const LABEL = { COUNTRY: 'Country', PERSON: 'Person', ORGANIZATION: 'Organization' } as const;

/** First day of a partial date ("1961" → "1961-01-01"). */
function firstDay(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export async function writeActors(x: Executor, rows: ActorRow[]): Promise<void> {
  for (const kind of Object.keys(LABEL) as (keyof typeof LABEL)[]) {
    const batch = rows
      .filter((r) => r.kind === kind)
      .map((r) => ({ ...r, iso2: r.iso2 ?? null, aliasText: [r.name, ...r.aliases].join(' | ') }));
    if (!batch.length) continue;
    await x.write({
      cypher: `UNWIND $rows AS r MERGE (a:Actor {id: r.id}) SET a:${LABEL[kind]}, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases, a.aliasText = r.aliasText, a.iso2 = r.iso2`,
      params: { rows: batch },
    });
  }
}

export async function writeTreaties(
  x: Executor,
  rows: TreatyRow[],
  parties: { actorId: string; treatyId: string }[],
  replaces: { newId: string; oldId: string; basis: string; effectiveOn: string | null; sources?: string[] }[],
): Promise<void> {
  await x.write({
    cypher: `UNWIND $rows AS r MERGE (t:Treaty {id: r.id}) SET t.name = r.name, t.aliases = r.aliases, t.aliasText = r.aliasText, t.kind = r.kind, t.status = r.status,
      t.signedOn = CASE WHEN r.signedOn IS NULL THEN null ELSE date(r.signedOn) END, t.signedPrecision = r.signedPrecision,
      t.inForceFrom = CASE WHEN r.inForceFrom IS NULL THEN null ELSE date(r.inForceFrom) END, t.inForcePrecision = CASE WHEN r.inForceFrom IS NULL THEN null ELSE 'day' END,
      t.endedOn = CASE WHEN r.endedOn IS NULL THEN null ELSE date(r.endedOn) END, t.endedPrecision = CASE WHEN r.endedOn IS NULL THEN null ELSE 'day' END`,
    params: { rows: rows.map((r) => ({ ...r, aliasText: [r.name, ...r.aliases].join(' | ') })) },
  });
  await x.write({
    cypher:
      'UNWIND $rows AS r MATCH (a:Actor {id: r.actorId}), (t:Treaty {id: r.treatyId}) MERGE (a)-[p:PARTY_TO]->(t) SET p.sources = []',
    params: { rows: parties },
  });
  await x.write({
    cypher: `UNWIND $rows AS r MATCH (n:Treaty {id: r.newId}), (o:Treaty {id: r.oldId}) MERGE (n)-[x:REPLACES]->(o)
      SET x.basis = r.basis, x.effectiveOn = CASE WHEN r.effectiveOn IS NULL THEN null ELSE date(r.effectiveOn) END, x.sources = coalesce(r.sources, [])`,
    params: { rows: replaces.map((r) => ({ ...r, sources: r.sources ?? null })) },
  });
}

export async function writeArticles(x: Executor, rows: ArticleRow[]): Promise<void> {
  await x.write({
    cypher: `UNWIND $rows AS r MERGE (a:Article {id: r.id}) SET a.url = r.url, a.title = r.title, a.source = r.source, a.language = r.language,
      a.publishedAt = date(r.publishedAt), a.text = r.text, a.contentHash = r.id, a.ingestedAt = datetime('2025-01-01T00:00:00Z')`,
    params: { rows },
  });
}

export async function writeEvents(x: Executor, rows: EventRow[], batchSize = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize).map((r) => ({
      ...r,
      day: firstDay(r.date),
      treatyId: r.treatyId ?? null,
      placeId: r.placeId ?? null,
      reports: r.reports ?? [],
    }));
    await x.write({
      cypher: `UNWIND $rows AS r
        CREATE (e:Event:Reported {id: r.id}) SET e.type = r.type, e.date = date(r.day), e.datePrecision = r.datePrecision, e.modality = r.modality,
          e.summary = r.summary, e.confidence = r.confidence, e.plover = null, e.cameo = null
        WITH e, r
        CALL (e, r) { UNWIND r.participants AS p MATCH (a:Actor {id: p.id}) CREATE (a)-[:PARTICIPATED_IN {role: p.role}]->(e) }
        CALL (e, r) { WITH r WHERE r.treatyId IS NOT NULL MATCH (t:Treaty {id: r.treatyId}) CREATE (e)-[:CONCERNS]->(t) }
        CALL (e, r) { WITH r WHERE r.placeId IS NOT NULL MATCH (pl:Place {id: r.placeId}) CREATE (e)-[:TOOK_PLACE_IN]->(pl) }
        CALL (e, r) {
          UNWIND r.reports AS rep MATCH (art:Article {id: rep.articleId})
          WITH art, rep, CASE WHEN art.text CONTAINS rep.quote THEN size(split(art.text, rep.quote)[0]) ELSE 0 END AS s
          CREATE (art)-[:REPORTS {quote: rep.quote, start: s, end: s + size(rep.quote), claimedDate: date(rep.claimedDate), claimedPrecision: rep.claimedPrecision, confidence: 0.9}]->(e)
        }`,
      params: { rows: batch },
    });
  }
}

export async function writePlaces(
  x: Executor,
  rows: { id: string; name: string; iso2: string | null }[],
): Promise<void> {
  await x.write({
    cypher: 'UNWIND $rows AS r MERGE (p:Place {id: r.id}) SET p.name = r.name, p.iso2 = r.iso2',
    params: { rows },
  });
}

/**
 * A known treaty named in an article: the gazetteer's facts about it (dates, parties, lineage)
 * are written as the gazetteer's reference states them, never as the article's claims, whether
 * or not the gazetteer was seeded; the article claims only what its text says.
 */
import { describe, expect, it } from 'vitest';
import { deleteArticle, ingestArticles } from '../../server/ingest';
import { loadKnownTreaties } from '../../server/ingest/load-known-treaties';
import { loadExtractor } from '../../server/ingest/load-extractor';
import { useTestDatabase } from '../support/database';

const clock = () => new Date('2026-01-01T00:00:00Z');
const extract = loadExtractor();
const T1961 = 'treaty:ussr-dprk-friendship-1961';
const T2000 = 'treaty:russia-dprk-friendship-2000';

// The text names the 2000 treaty and states none of its dates, parties or lineage.
const TEXT =
  'Russian and North Korean officials said on Tuesday that the Treaty on Friendship, Good-Neighbourliness and Cooperation still guides their relations.';

const db = useTestDatabase({ reset: 'beforeEach' });

async function claims(treaty: string) {
  return db.read<{ by: string; signedOn: string | null; inForceFrom: string | null }>({
    cypher: `MATCH (src)-[m:MENTIONS]->(:Treaty {id: $treaty})
             RETURN src.id AS by, toString(m.signedOn) AS signedOn, toString(m.inForceFrom) AS inForceFrom ORDER BY by`,
    params: { treaty },
  });
}

async function treatyFacts(treaty: string) {
  const [row] = await db.read<{
    signedOn: string | null;
    status: string;
    parties: { actor: string; sources: string[] }[];
    replaces: { to: string; sources: string[] }[];
  }>({
    cypher: `MATCH (t:Treaty {id: $treaty})
             RETURN toString(t.signedOn) AS signedOn, t.status AS status,
                    [(a:Actor)-[r:PARTY_TO]->(t) | {actor: a.id, sources: r.sources}] AS parties,
                    [(t)-[r:REPLACES]->(o:Treaty) | {to: o.id, sources: r.sources}] AS replaces`,
    params: { treaty },
  });
  return row;
}

describe('ingesting an article that names a known treaty', () => {
  it("writes the gazetteer's dates, parties and lineage as the reference's, and the article claims none of them", async () => {
    const { reports } = await ingestArticles(
      db,
      [{ title: 'T', text: TEXT, url: null, source: null, language: 'en', publishedAt: '2023-01-10' }],
      { clock, extract },
    );
    const article = reports[0]!.id as string;
    expect(reports[0]!.treaties).toContain(T2000);
    expect(await claims(T2000)).toEqual([
      { by: article, signedOn: null, inForceFrom: null },
      { by: 'gazetteer:treaties', signedOn: '2000-02-09', inForceFrom: '2000-10-30' },
    ]);
    const facts = await treatyFacts(T2000);
    expect(facts?.signedOn).toBe('2000-02-09');
    expect(facts?.parties.map((p) => p.sources)).toEqual([['gazetteer:treaties'], ['gazetteer:treaties']]);
    // the known chain: the 2000 treaty succeeded the 1961 one, on the gazetteer's word
    expect(facts?.replaces).toEqual([{ to: T1961, sources: ['gazetteer:treaties'] }]);
    expect((await treatyFacts(T1961))?.status).toBe('SUPERSEDED');

    // the article goes; what the gazetteer states stays, as it does after seeding
    expect((await deleteArticle(db, article)).deleted).toBe(true);
    expect(await claims(T2000)).toEqual([
      { by: 'gazetteer:treaties', signedOn: '2000-02-09', inForceFrom: '2000-10-30' },
    ]);
    expect((await treatyFacts(T2000))?.replaces).toEqual([{ to: T1961, sources: ['gazetteer:treaties'] }]);
  }, 180_000);

  it("after seeding, the article leaves the reference's claim (all the treaty's names) as it was", async () => {
    await loadKnownTreaties(db);
    const read = () =>
      db.read<{ aliases: string[] }>({
        cypher: `MATCH (:Reference {id: 'gazetteer:treaties'})-[m:MENTIONS]->(:Treaty {id: $id}) RETURN m.aliases AS aliases`,
        params: { id: T2000 },
      });
    const before = await read();
    expect(before[0]!.aliases.length).toBeGreaterThan(1);
    await ingestArticles(
      db,
      [{ title: 'T', text: TEXT, url: null, source: null, language: 'en', publishedAt: '2023-01-10' }],
      { clock, extract },
    );
    expect(await read()).toEqual(before);
  }, 180_000);
});

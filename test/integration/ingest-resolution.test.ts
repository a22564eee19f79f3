import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FULLTEXT_INDEX } from '../../server/db/migrations';
import { deleteArticle, importGdelt, ingestArticles, type ArticleInput } from '../../server/ingest';
import { listSources, readGdeltFile } from '../../server/ingest/read-sources';
import { countGraph, resetDatabase, useTestDatabase } from '../support/database';
import { country, createStandInExtractor, event, person, treaty } from '../fixtures/ingest/stand-in-extractor';

const clock = () => new Date('2026-01-01T00:00:00Z');
const TREATY = 'treaty:ru-kp-comprehensive-strategic-partnership-2024';

const ID_TEXT =
  'Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani Perjanjian Kemitraan Strategis Komprehensif di Pyongyang kemarin.';
const RU_TEXT =
  'Президент России Владимир Путин и председатель КНДР Ким Чен Ын подписали в Пхеньяне Договор о всеобъемлющем стратегическом партнёрстве.';
const ES_TEXT =
  'Putin y Kim firmaron el martes en Pyongyang el Tratado de Asociación Estratégica Integral entre Rusia y Corea del Norte.';

function signing(
  text: string,
  quote: string,
  date: string,
  language: 'id' | 'ru' | 'es',
  names: { ru: string; kp: string; putin: string; kim: string; treaty: string },
) {
  return {
    language,
    actors: [
      country('country:RU', 'Russia', names.ru, text),
      country('country:KP', 'North Korea', names.kp, text),
      person('person:vladimir-putin', 'Vladimir Putin', names.putin, text, {
        title: 'President of Russia',
        of: 'country:RU',
      }),
      person('person:kim-jong-un', 'Kim Jong Un', names.kim, text),
    ],
    treaties: [
      treaty(TREATY, 'Treaty on Comprehensive Strategic Partnership', names.treaty, text, {
        parties: ['Russia', 'North Korea'],
        signed: date || null,
      }),
    ],
    events: [
      event(text, quote, {
        type: 'treaty_signing',
        actors: ['Vladimir Putin', 'Kim Jong Un', 'Russia', 'North Korea'],
        roles: { 'Vladimir Putin': 'SIGNATORY', 'Kim Jong Un': 'SIGNATORY' },
        treaty: TREATY,
        date: date || null,
        datePrecision: date ? 'day' : null,
        place: 'Pyongyang',
      }),
    ],
  };
}

const UNDATED_TEXT =
  'Vladimir Putin and Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership between Russia and North Korea.';

const extract = createStandInExtractor({
  [UNDATED_TEXT]: signing(UNDATED_TEXT, 'signed', '', 'en' as never, {
    ru: 'Russia',
    kp: 'North Korea',
    putin: 'Vladimir Putin',
    kim: 'Kim Jong Un',
    treaty: 'Treaty on Comprehensive Strategic Partnership',
  }),
  [ID_TEXT]: signing(ID_TEXT, 'menandatangani', '2024-06-19', 'id', {
    ru: 'Rusia',
    kp: 'Korea Utara',
    putin: 'Vladimir Putin',
    kim: 'Kim Jong Un',
    treaty: 'Perjanjian Kemitraan Strategis Komprehensif',
  }),
  [RU_TEXT]: signing(RU_TEXT, 'подписали', '2024-06-19', 'ru', {
    ru: 'России',
    kp: 'КНДР',
    putin: 'Владимир Путин',
    kim: 'Ким Чен Ын',
    treaty: 'Договор о всеобъемлющем стратегическом партнёрстве',
  }),
  [ES_TEXT]: signing(ES_TEXT, 'firmaron', '2024-06-18', 'es', {
    ru: 'Rusia',
    kp: 'Corea del Norte',
    putin: 'Putin',
    kim: 'Kim',
    treaty: 'Tratado de Asociación Estratégica Integral',
  }),
});

const undated: ArticleInput = {
  url: 'https://example.test/en',
  title: 'Putin and Kim sign a pact',
  text: UNDATED_TEXT,
  publishedAt: null,
  source: 'Pactline test',
  language: 'en',
};

const articles: Record<'id' | 'ru' | 'es', ArticleInput> = {
  id: {
    url: 'https://example.test/id',
    title: 'Putin dan Kim teken pakta',
    text: ID_TEXT,
    publishedAt: '2024-06-20',
    source: 'ANTARA',
    language: 'id',
  },
  ru: {
    url: 'https://example.test/ru',
    title: 'Путин и Ким подписали договор',
    text: RU_TEXT,
    publishedAt: '2024-06-19T12:00:00+03:00',
    source: 'ТАСС',
    language: 'ru',
  },
  es: {
    url: 'https://example.test/es',
    title: 'Putin y Kim firman un tratado',
    text: ES_TEXT,
    publishedAt: '2024-06-19',
    source: 'EFE',
    language: 'es',
  },
};

describe('ingestArticles: entity resolution and event identity', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });

  it('an Indonesian and a Russian article about one signing give one Event, two REPORTS and one Actor per country', async () => {
    const { reports, summary } = await ingestArticles(db, [articles.id, articles.ru], { clock, extract });
    expect(reports.map((r) => r.outcome)).toEqual(['created', 'created']);
    expect(summary).toMatchObject({ articles: 2, created: 2, events: 1, actors: 4, treaties: 1 });
    // The two are written concurrently: whichever commits first creates the event.
    expect([...(reports[0]?.newEvents ?? []), ...(reports[1]?.newEvents ?? [])]).toEqual(reports[0]?.events);
    expect(reports[1]?.events).toEqual(reports[0]?.events);

    const events = await db.read<{
      id: string;
      type: string;
      date: string;
      precision: string;
      reports: number;
      modality: string;
    }>({
      cypher: `MATCH (e:Event) RETURN e.id AS id, e.type AS type, toString(e.date) AS date, e.datePrecision AS precision, e.modality AS modality,
               COUNT { (:Article)-[:REPORTS]->(e) } AS reports`,
      params: {},
    });
    expect(events).toEqual([
      {
        id: expect.stringMatching(/^event:[0-9a-f]{20}$/),
        type: 'TREATY_SIGNING',
        date: '2024-06-19',
        precision: 'day',
        modality: 'ASSERTED',
        reports: 2,
      },
    ]);

    const actors = await db.read<{ id: string; labels: string[]; aliases: string[]; aliasText: string }>({
      cypher:
        'MATCH (a:Actor) RETURN a.id AS id, labels(a) AS labels, a.aliases AS aliases, a.aliasText AS aliasText ORDER BY id',
      params: {},
    });
    expect(actors.map((a) => a.id)).toEqual([
      'country:KP',
      'country:RU',
      'person:kim-jong-un',
      'person:vladimir-putin',
    ]);
    const russia = actors.find((a) => a.id === 'country:RU');
    expect(russia?.labels.sort()).toEqual(['Actor', 'Country']);
    expect(russia?.aliases).toEqual(expect.arrayContaining(['Russia', 'Rusia', 'России']));
    expect(russia?.aliasText).toContain('России');
    expect(actors.find((a) => a.id === 'person:kim-jong-un')?.aliases).toEqual(
      expect.arrayContaining(['Kim Jong Un', 'Ким Чен Ын']),
    );

    const [links] = await db.read<{
      offices: string[];
      parties: number;
      concerns: number;
      place: string;
      signatories: number;
    }>({
      cypher: `MATCH (e:Event)
               RETURN [(p:Person)-[h:HOLDS_OFFICE]->(c:Country) | p.id + ' ' + h.title + ' ' + c.id] AS offices,
                      COUNT { (:Actor)-[:PARTY_TO]->(:Treaty) } AS parties,
                      COUNT { (e)-[:CONCERNS]->(:Treaty) } AS concerns,
                      [(e)-[:TOOK_PLACE_IN]->(p:Place) | p.name][0] AS place,
                      COUNT { (:Person)-[:PARTICIPATED_IN {role: 'SIGNATORY'}]->(e) } AS signatories`,
      params: {},
    });
    expect(links).toEqual({
      offices: ['person:vladimir-putin President of Russia country:RU'],
      parties: 2,
      concerns: 1,
      place: 'Pyongyang',
      signatories: 2,
    });

    const [treatyRow] = await db.read<{ signedOn: string; status: string; sources: string[][] }>({
      cypher: `MATCH (t:Treaty) RETURN toString(t.signedOn) AS signedOn, t.status AS status, [(:Actor)-[r:PARTY_TO]->(t) | r.sources] AS sources`,
      params: {},
    });
    expect(treatyRow?.signedOn).toBe('2024-06-19');
    expect(treatyRow?.status).toBe('SIGNED');
    expect(treatyRow?.sources.every((s) => s.length === 2)).toBe(true);

    const [article] = await db.read<{ publishedAt: string; language: string; ingestedAt: string; mentions: number }>({
      cypher: `MATCH (a:Article {url: $url}) RETURN toString(a.publishedAt) AS publishedAt, a.language AS language, toString(a.ingestedAt) AS ingestedAt,
               COUNT { (a)-[:MENTIONS]->() } AS mentions`,
      params: { url: articles.ru.url },
    });
    expect(article).toEqual({
      publishedAt: '2024-06-19',
      language: 'ru',
      ingestedAt: '2026-01-01T00:00:00Z',
      mentions: 5,
    });
  });

  it('keeps every claimed date on its REPORTS when articles disagree, and the event settles on the date most claim', async () => {
    await ingestArticles(db, [articles.es, articles.id, articles.ru], { clock, extract });
    const claims = await db.read<{ source: string; claimed: string; precision: string; quote: string; start: number }>({
      cypher: `MATCH (a:Article)-[r:REPORTS]->(e:Event) RETURN a.source AS source, toString(r.claimedDate) AS claimed, r.claimedPrecision AS precision,
               r.quote AS quote, r.start AS start ORDER BY source`,
      params: {},
    });
    expect(claims).toEqual([
      {
        source: 'ANTARA',
        claimed: '2024-06-19',
        precision: 'day',
        quote: 'menandatangani',
        start: ID_TEXT.indexOf('menandatangani'),
      },
      { source: 'EFE', claimed: '2024-06-18', precision: 'day', quote: 'firmaron', start: ES_TEXT.indexOf('firmaron') },
      {
        source: 'ТАСС',
        claimed: '2024-06-19',
        precision: 'day',
        quote: 'подписали',
        start: RU_TEXT.indexOf('подписали'),
      },
    ]);
    const [e] = await db.read<{ date: string; n: number }>({
      cypher: 'MATCH (e:Event) RETURN toString(e.date) AS date, count(*) AS n',
      params: {},
    });
    expect(e).toEqual({ date: '2024-06-19', n: 1 });
  });

  it('settles on the same date whatever the load order', async () => {
    const dates: string[] = [];
    for (const order of [
      ['es', 'id', 'ru'],
      ['ru', 'es', 'id'],
      ['id', 'ru', 'es'],
    ] as const) {
      await resetDatabase(db);
      await ingestArticles(
        db,
        order.map((k) => articles[k]),
        { clock, extract, concurrency: 1 },
      );
      const [row] = await db.read<{ date: string }>({
        cypher: 'MATCH (e:Event) RETURN toString(e.date) AS date',
        params: {},
      });
      dates.push(row?.date ?? '');
    }
    expect(dates).toEqual(['2024-06-19', '2024-06-19', '2024-06-19']);
  });

  it('loading the same articles twice leaves identical node and relationship counts', async () => {
    const inputs = [articles.id, articles.ru, articles.es];
    await ingestArticles(db, inputs, { clock, extract });
    const first = await countGraph(db);
    const again = await ingestArticles(db, inputs, { clock, extract });
    expect(again.summary).toMatchObject({ created: 0, duplicates: 3 });
    expect(await countGraph(db)).toEqual(first);
  });

  it('deleteArticle removes what only that article supported and keeps the rest', async () => {
    const { reports } = await ingestArticles(db, [articles.id, articles.ru, articles.es], { clock, extract });
    const [id, ru, es] = reports.map((r) => r.id as string);
    const before = await countGraph(db);

    // The Spanish claim (the 18th) goes; the event stays, reported by two.
    expect(await deleteArticle(db, es as string)).toEqual({
      deleted: true,
      removedEvents: 0,
      removedActors: 0,
      removedTreaties: 0,
    });
    const after = await countGraph(db);
    expect(after.nodes).toBe(before.nodes - 1);
    const [row] = await db.read<{ reports: number; date: string; parties: number[] }>({
      cypher: `MATCH (e:Event) RETURN COUNT { (:Article)-[:REPORTS]->(e) } AS reports, toString(e.date) AS date,
               [(:Actor)-[r:PARTY_TO]->(:Treaty) | size(r.sources)] AS parties`,
      params: {},
    });
    expect(row).toEqual({ reports: 2, date: '2024-06-19', parties: [2, 2] });

    expect((await deleteArticle(db, ru as string)).removedEvents).toBe(0);
    // The last article goes, and everything with it.
    expect(await deleteArticle(db, id as string)).toEqual({
      deleted: true,
      removedEvents: 1,
      removedActors: 4,
      removedTreaties: 1,
    });
    expect(await countGraph(db)).toEqual({ nodes: 0, relationships: 0 });
    expect(await deleteArticle(db, id as string)).toEqual({
      deleted: false,
      removedEvents: 0,
      removedActors: 0,
      removedTreaties: 0,
    });
  });

  it('deleteArticle takes back the aliases and dates only that article claimed; the ones other articles share stay', async () => {
    const { reports } = await ingestArticles(db, [articles.id, articles.ru, articles.es], { clock, extract });
    const state = async () => {
      const [row] = await db.read<{
        kp: string[];
        ru: string[];
        kpText: string;
        treaty: string[];
        signedOn: string;
        eventDate: string;
      }>({
        cypher: `MATCH (kp:Actor {id: 'country:KP'}), (ru:Actor {id: 'country:RU'}), (t:Treaty {id: $treaty}), (e:Event)
                 RETURN kp.aliases AS kp, ru.aliases AS ru, kp.aliasText AS kpText, t.aliases AS treaty, toString(t.signedOn) AS signedOn, toString(e.date) AS eventDate`,
        params: { treaty: TREATY },
      });
      return row;
    };
    const before = await state();
    // The earliest of the equally precise signing dates wins on the treaty: the Spanish article's 18th.
    expect(before).toMatchObject({ signedOn: '2024-06-18', eventDate: '2024-06-19' });
    expect(before?.kp).toContain('Corea del Norte');

    await deleteArticle(db, reports[2]?.id as string);
    const after = await state();
    expect(after?.kp).toEqual(before?.kp.filter((a) => a !== 'Corea del Norte'));
    expect(after?.kpText).not.toContain('Corea del Norte');
    expect(after?.ru).toEqual(before?.ru); // 'Rusia' is the Indonesian article's word too
    expect(after?.treaty).not.toContain('Tratado de Asociación Estratégica Integral');
    expect(after?.treaty).toContain('Treaty on Comprehensive Strategic Partnership');
    expect(after).toMatchObject({ signedOn: '2024-06-19', eventDate: '2024-06-19' });

    // Reloading the Spanish article brings every claim back.
    await ingestArticles(db, [articles.es], { clock, extract });
    const reloaded = await state();
    expect({ ...reloaded, kp: [...(reloaded?.kp ?? [])].sort(), kpText: null }).toEqual({
      ...before,
      kp: [...(before?.kp ?? [])].sort(),
      kpText: null,
    });
  });

  it('deleteArticle leaves an event and a treaty without a date when no remaining article claims one', async () => {
    const { reports } = await ingestArticles(db, [articles.id, undated], { clock, extract });
    await deleteArticle(db, reports[0]?.id as string);
    const [row] = await db.read<{
      date: string | null;
      precision: string | null;
      signedOn: string | null;
      status: string;
      reports: number;
    }>({
      cypher: `MATCH (e:Event), (t:Treaty) RETURN toString(e.date) AS date, e.datePrecision AS precision, toString(t.signedOn) AS signedOn, t.status AS status,
               COUNT { (:Article)-[:REPORTS]->(e) } AS reports`,
      params: {},
    });
    expect(row).toEqual({ date: null, precision: null, signedOn: null, status: 'UNKNOWN', reports: 1 });
  });

  it('deleting one article and loading it again gives the counts of the full load', async () => {
    const { reports } = await ingestArticles(db, [articles.id, articles.ru, articles.es], { clock, extract });
    const full = await countGraph(db);
    await deleteArticle(db, reports[1]?.id as string);
    await ingestArticles(db, [articles.ru], { clock, extract });
    expect(await countGraph(db)).toEqual(full);
  });

  it('deleting an article keeps actors that GDELT events still use and never touches GDELT events', async () => {
    const [file] = await listSources([join(import.meta.dirname, '../fixtures/ingest/gdelt-sample.export.CSV')]);
    await importGdelt(db, readGdeltFile(file!, {}));
    const gdeltOnly = await countGraph(db);
    const aliasesOfRussia = async () =>
      (
        await db.read<{ aliases: string[] }>({
          cypher: "MATCH (a:Actor {id: 'country:RU'}) RETURN a.aliases AS aliases",
          params: {},
        })
      )[0]?.aliases;
    const gdeltAliases = await aliasesOfRussia();
    const { reports } = await ingestArticles(db, [articles.id], { clock, extract });
    expect(await aliasesOfRussia()).toContain('Rusia');
    // Only the article's event is in the full-text index (labelled Reported); GDELT's are not.
    const inIndex = await db.read<{ id: string; gdeltId: string | null }>({
      cypher:
        "CALL db.index.fulltext.queryNodes($index, 'menandatangani OR Russia OR agreement') YIELD node WHERE node:Event RETURN node.id AS id, node.gdeltId AS gdeltId",
      params: { index: FULLTEXT_INDEX },
    });
    expect(inIndex.length).toBe(1);
    expect(inIndex[0]?.gdeltId).toBeNull();
    expect(
      await db.read({ cypher: 'MATCH (e:Event) WHERE (e:Reported) = (e.gdeltId IS NOT NULL) RETURN e.id', params: {} }),
    ).toEqual([]);
    const report = await deleteArticle(db, reports[0]?.id as string);
    // The event, the treaty and the two persons go; Russia and North Korea stay for GDELT.
    expect(report).toEqual({ deleted: true, removedEvents: 1, removedActors: 2, removedTreaties: 1 });
    const [ru] = await db.read<{ aliases: string[]; gdelt: number }>({
      cypher:
        "MATCH (a:Actor {id: 'country:RU'}) RETURN a.aliases AS aliases, COUNT { (a)-[:PARTICIPATED_IN]->(e:Event) WHERE e.gdeltId IS NOT NULL } AS gdelt",
      params: {},
    });
    expect(ru?.gdelt).toBe(6);
    // Place "Pyongyang" from the article goes; the GDELT graph is as before, aliases included.
    expect(await countGraph(db)).toEqual(gdeltOnly);
    expect(await aliasesOfRussia()).toEqual(gdeltAliases);
  });
});

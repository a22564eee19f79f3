import { describe, expect, it } from 'vitest';
import { deleteArticle, ingestArticles, type ArticleInput } from '../../server/ingest';
import { loadKnownTreaties } from '../../server/ingest/load-known-treaties';
import { useTestDatabase } from '../support/database';
import { country, createStandInExtractor, event, person, treaty } from '../fixtures/ingest/stand-in-extractor';

/**
 * Deleting an article takes back the words it gave the nodes it created: an event's summary and
 * a treaty's name and kind are settled again from the articles that still support them.
 */
const TREATY = 'treaty:ru-kp-test-pact';
const KNOWN = 'treaty:russia-dprk-friendship-2000';

type Lang = 'id' | 'en' | 'es';
const TEXT: Record<Lang, string> = {
  id: 'Rusia dan Korea Utara menandatangani Pakta Persahabatan Abadi di Pyongyang.',
  en: 'Russia and North Korea signed the Eternal Friendship Pact in Pyongyang.',
  es: 'Rusia y Corea del Norte firmaron el Pacto de Amistad Eterna en Pyongyang.',
};
const WORDS: Record<Lang, { ru: string; kp: string; name: string; kind: string; verb: string }> = {
  id: { ru: 'Rusia', kp: 'Korea Utara', name: 'Pakta Persahabatan Abadi', kind: 'pakta', verb: 'menandatangani' },
  en: { ru: 'Russia', kp: 'North Korea', name: 'Eternal Friendship Pact', kind: 'pact', verb: 'signed' },
  es: { ru: 'Rusia', kp: 'Corea del Norte', name: 'Pacto de Amistad Eterna', kind: 'pacto', verb: 'firmaron' },
};

/** Each article names the treaty in its own words (name = its alias) and gives the event its own summary. */
function signing(lang: Lang, treatyId: string) {
  const text = TEXT[lang];
  const w = WORDS[lang];
  return {
    language: lang,
    actors: [country('country:RU', 'Russia', w.ru, text), country('country:KP', 'North Korea', w.kp, text)],
    treaties: [treaty(treatyId, w.name, w.name, text, { kind: w.kind, parties: ['Russia', 'North Korea'] })],
    events: [
      event(text, w.verb, {
        type: 'treaty_signing',
        actors: ['Russia', 'North Korea'],
        treaty: treatyId,
        summary: `signing (${lang}): ${w.name}`,
      }),
    ],
  };
}

const input = (lang: Lang): ArticleInput => ({
  url: `https://example.test/${lang}`,
  title: `pact ${lang}`,
  text: TEXT[lang],
  publishedAt: '2024-06-20',
  source: 'Pactline test',
  language: lang,
});

describe('deleteArticle settles summaries, treaty names and kinds again', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });
  let tick = 0;
  // Each article gets a later ingestedAt, so "the earliest loaded remaining article" is well defined.
  const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));

  const state = async (treatyId: string) => {
    const [row] = await db.read<{
      summary: string;
      name: string;
      kind: string | null;
      aliases: string[];
      signedOn: string | null;
      replacedBy: string[];
    }>({
      cypher: `MATCH (e:Event)-[:CONCERNS]->(t:Treaty {id: $treatyId})
               RETURN e.summary AS summary, t.name AS name, t.kind AS kind, t.aliases AS aliases, toString(t.signedOn) AS signedOn,
                      [(t)<-[:REPLACES]-(n:Treaty) | n.id] AS replacedBy`,
      params: { treatyId },
    });
    return row;
  };

  it("deleting the article that created them gives the next loaded article's summary, name and kind", async () => {
    const extract = createStandInExtractor({
      [TEXT.id]: signing('id', TREATY),
      [TEXT.en]: signing('en', TREATY),
      [TEXT.es]: signing('es', TREATY),
    });
    const { reports } = await ingestArticles(db, [input('id'), input('en'), input('es')], {
      clock,
      extract,
      writeBatch: 1,
    });
    expect(await state(TREATY)).toMatchObject({
      summary: 'signing (id): Pakta Persahabatan Abadi',
      name: 'Pakta Persahabatan Abadi',
      kind: 'pakta',
    });

    await deleteArticle(db, reports[0]?.id as string);
    const after = await state(TREATY);
    expect(after).toMatchObject({
      summary: 'signing (en): Eternal Friendship Pact',
      name: 'Eternal Friendship Pact',
      kind: 'pact',
    });
    expect(after?.aliases).not.toContain('Pakta Persahabatan Abadi');

    // Full-text search reads the settled words.
    const hits = await db.read<{ id: string }>({
      cypher: "CALL db.index.fulltext.queryNodes('pactline_search', 'Persahabatan') YIELD node RETURN node.id AS id",
      params: {},
    });
    expect(hits).toEqual([]);
  });

  it('deleting an article that did not create them leaves them as they are', async () => {
    const extract = createStandInExtractor({
      [TEXT.id]: signing('id', TREATY),
      [TEXT.en]: signing('en', TREATY),
      [TEXT.es]: signing('es', TREATY),
    });
    const { reports } = await ingestArticles(db, [input('id'), input('en'), input('es')], {
      clock,
      extract,
      writeBatch: 1,
    });
    const before = await state(TREATY);
    await deleteArticle(db, reports[1]?.id as string);
    const after = await state(TREATY);
    expect(after).toMatchObject({ summary: before?.summary, name: before?.name, kind: before?.kind });
    expect(after?.aliases).not.toContain('Eternal Friendship Pact');
  });

  it("a treaty the gazetteer knows keeps the gazetteer's name, kind, dates and lineage when the articles naming it go", async () => {
    await loadKnownTreaties(db);
    const extract = createStandInExtractor({ [TEXT.id]: signing('id', KNOWN), [TEXT.en]: signing('en', KNOWN) });
    const { reports } = await ingestArticles(db, [input('id'), input('en')], { clock, extract, writeBatch: 1 });
    const gazetteer = {
      name: 'Treaty of Friendship, Good-Neighbourliness and Cooperation (2000)',
      kind: 'treaty',
      signedOn: '2000-02-09',
    };
    expect(await state(KNOWN)).toMatchObject({ ...gazetteer, summary: 'signing (id): Pakta Persahabatan Abadi' });

    await deleteArticle(db, reports[0]?.id as string);
    expect(await state(KNOWN)).toMatchObject({ ...gazetteer, summary: 'signing (en): Eternal Friendship Pact' });
    await deleteArticle(db, reports[1]?.id as string);
    const [left] = await db.read<{
      name: string;
      kind: string;
      signedOn: string;
      aliases: string[];
      replaces: string[];
      replacedBy: string[];
    }>({
      cypher: `MATCH (t:Treaty {id: $id}) RETURN t.name AS name, t.kind AS kind, toString(t.signedOn) AS signedOn, t.aliases AS aliases,
               [(t)-[:REPLACES]->(o) | o.id] AS replaces, [(t)<-[:REPLACES]-(n) | n.id] AS replacedBy`,
      params: { id: KNOWN },
    });
    expect(left).toMatchObject({
      ...gazetteer,
      replaces: ['treaty:ussr-dprk-friendship-1961'],
      replacedBy: ['treaty:russia-dprk-comprehensive-strategic-partnership-2024'],
    });
    expect(left?.aliases).not.toContain('Eternal Friendship Pact');
    expect(left?.aliases).toContain('Договор о дружбе, добрососедстве и сотрудничестве');
  });

  /** Three articles naming Kim Jong Un their own way; the first loaded names the actor. */
  const KIM = 'person:kim-jong-un';
  const NAMED: [string, string][] = [
    ['Kim Jong-un met Vladimir Putin.', 'Kim Jong-un'],
    ['Kim Jong Un menerima Vladimir Putin.', 'Kim Jong Un'],
    ['Kim Jong Un meets Vladimir Putin.', 'Kim Jong Un'],
  ];
  const kimArticles = () =>
    NAMED.map(([text], i): ArticleInput => ({
      url: `https://example.test/kim-${i}`,
      title: `kim ${i}`,
      text,
      publishedAt: '2024-06-19',
      source: 'Pactline test',
      language: 'en',
    }));
  const kimExtractor = (id = KIM, kind: 'person' | 'country' = 'person') =>
    createStandInExtractor(
      Object.fromEntries(
        NAMED.map(([text, name]) => [
          text,
          {
            language: 'en',
            treaties: [],
            events: [],
            actors: [kind === 'person' ? person(id, name, name, text) : country(id, name, name, text)],
          },
        ]),
      ),
    );
  const actor = async (id: string) =>
    (
      await db.read<{ name: string; aliases: string[] }>({
        cypher: 'MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases',
        params: { id },
      })
    )[0];

  it('deleting the article that named an actor gives it the name of the next loaded article; deleting another leaves it', async () => {
    const { reports } = await ingestArticles(db, kimArticles(), { clock, extract: kimExtractor(), writeBatch: 1 });
    expect(await actor(KIM)).toMatchObject({ name: 'Kim Jong-un' });
    await deleteArticle(db, reports[2]?.id as string);
    expect(await actor(KIM)).toMatchObject({ name: 'Kim Jong-un' });
    await deleteArticle(db, reports[0]?.id as string);
    const after = await actor(KIM);
    expect(after?.name).toBe('Kim Jong Un');
    expect(after?.aliases).toEqual(['Kim Jong Un']);
  });

  it('an actor the gazetteer named keeps its name when the articles that call it otherwise go', async () => {
    await loadKnownTreaties(db);
    const ru = await actor('country:RU');
    expect(ru?.name).toBe('Russia');
    const { reports } = await ingestArticles(db, kimArticles(), {
      clock,
      extract: kimExtractor('country:RU', 'country'),
      writeBatch: 1,
    });
    await deleteArticle(db, reports[0]?.id as string);
    expect((await actor('country:RU'))?.name).toBe('Russia');
  });
});

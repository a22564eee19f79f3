import { describe, expect, it } from 'vitest';
import { ingestArticles, type ArticleInput } from '../../server/ingest';
import { countNodes, useTestDatabase } from '../support/database';
import { generateArticles } from '../fixtures/ingest/generate-articles';

const clock = () => new Date('2026-01-01T00:00:00Z');

describe('ingestArticles: two loads of the same articles at once', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });

  it('report each article created once and each event new once, as the graph holds them', async () => {
    const articles = generateArticles(60, 23);
    // Small write batches: more transactions of the two loads overlap.
    const [a, b] = await Promise.all([
      ingestArticles(db, articles, { clock, writeBatch: 4 }),
      ingestArticles(db, articles, { clock, writeBatch: 4 }),
    ]);
    const stored = await countNodes(db, 'Article');
    expect(stored).toBe(60);
    expect(a.summary.created + b.summary.created).toBe(stored);
    expect(a.summary.duplicates + b.summary.duplicates).toBe(60);
    for (let i = 0; i < 60; i++) {
      const outcomes = [a.reports[i]?.outcome, b.reports[i]?.outcome].sort();
      expect(outcomes, `article ${i}`).toEqual(['created', 'duplicate']);
    }
    const newA = a.reports.flatMap((r) => r.newEvents);
    const newB = b.reports.flatMap((r) => r.newEvents);
    expect(newA.filter((id) => newB.includes(id))).toEqual([]);
    expect(new Set([...newA, ...newB]).size).toBe(await countNodes(db, 'Event'));
  }, 300_000);
});

describe('ingestArticles: unnamed agreements', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });
  const article = (title: string, text: string): ArticleInput => ({
    url: null,
    title,
    text,
    publishedAt: '2019-06-01',
    source: null,
    language: 'en',
  });
  const treaties = () =>
    db.read<{ id: string; name: string; parties: string[] }>({
      cypher: `MATCH (t:Treaty) OPTIONAL MATCH (a:Actor)-[:PARTY_TO]->(t)
WITH t, a ORDER BY a.id RETURN t.id AS id, t.name AS name, collect(a.id) AS parties ORDER BY parties`,
      params: {},
    });

  it('two unrelated articles that each "signed an agreement" in 2019 give two treaties, each with its own parties', async () => {
    const { summary } = await ingestArticles(
      db,
      [
        article('Chile and Peru sign deal', 'Chile and Peru signed an agreement on fishing in Lima on 12 March 2019.'),
        article('Kenya and Uganda sign deal', 'Kenya and Uganda signed an agreement on rail transport on 3 May 2019.'),
      ],
      { clock },
    );
    expect(summary.created).toBe(2);
    const found = await treaties();
    expect(found.map((t) => [t.name, t.parties])).toEqual([
      ['Chile–Peru Agreement (2019)', ['country:CL', 'country:PE']],
      ['Kenya–Uganda Agreement (2019)', ['country:KE', 'country:UG']],
    ]);
  }, 120_000);

  it('two articles that each "signed an agreement" in 2019, in the same words, give two treaties named by their parties', async () => {
    await ingestArticles(
      db,
      [
        article('Chile and Peru sign deal', 'Chile and Peru signed an agreement in Lima on 12 March 2019.'),
        article('Kenya and Uganda sign deal', 'Kenya and Uganda signed an agreement in Kampala on 3 May 2019.'),
      ],
      { clock },
    );
    const found = await treaties();
    expect(found.map((t) => [t.name, t.parties])).toEqual([
      ['Chile–Peru Agreement (2019)', ['country:CL', 'country:PE']],
      ['Kenya–Uganda Agreement (2019)', ['country:KE', 'country:UG']],
    ]);
  }, 120_000);

  it('two articles that each sign "a new air transport agreement" replacing one of 1995 give four treaties, not two', async () => {
    await ingestArticles(
      db,
      [
        article(
          'Chile and Peru',
          'Chile and Peru signed a new air transport agreement that replaces the agreement signed in 1995.',
        ),
        article(
          'Kenya and Uganda',
          'Kenya and Uganda signed a new air transport agreement that replaces the agreement signed in 1995.',
        ),
      ],
      { clock },
    );
    const found = await treaties();
    expect(found.map((t) => [t.name, t.parties])).toEqual([
      ['Chile–Peru Agreement (1995)', []],
      ['Kenya–Uganda Agreement (1995)', []],
      ['New air transport agreement', ['country:CL', 'country:PE']],
      ['New air transport agreement', ['country:KE', 'country:UG']],
    ]);
    const edges = await db.read<{ n: number }>({
      cypher: `MATCH (:Treaty)-[r:REPLACES]->(:Treaty) RETURN count(r) AS n`,
      params: {},
    });
    expect(edges).toEqual([{ n: 2 }]);
  }, 120_000);

  it('two articles about the same parties signing on the same date give one treaty with one signing', async () => {
    await ingestArticles(
      db,
      [
        article('Chile and Peru sign deal', 'Chile and Peru signed an agreement on fishing in Lima on 12 March 2019.'),
        article(
          'Lima deal',
          'Peru and Chile signed an agreement on fishing in Lima on 12 March 2019, the ministry said.',
        ),
      ],
      { clock },
    );
    const found = await treaties();
    expect(found.map((t) => [t.name, t.parties])).toEqual([
      ['Chile–Peru Agreement (2019)', ['country:CL', 'country:PE']],
    ]);
    const [row] = await db.read<{ n: number; reports: number }>({
      cypher: `MATCH (e:Event {type: 'TREATY_SIGNING'})-[:CONCERNS]->(:Treaty)
RETURN count(DISTINCT e) AS n, COUNT { (:Article)-[:REPORTS]->(e) } AS reports`,
      params: {},
    });
    expect(row).toEqual({ n: 1, reports: 2 });
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor';
import type { ExtractionResult } from '../../server/domain/extraction';
import { ingestArticles, type ArticleInput } from '../../server/ingest';
import { articleIdOf, contentHashOf } from '../../server/ingest/identity';
import { writeArticles } from '../../server/ingest/ingest-articles';
import { planArticle } from '../../server/ingest/plan-article';
import { countGraph, resetDatabase, useTestDatabase } from '../support/database';
import { country, createStandInExtractor, event, treaty } from '../fixtures/ingest/stand-in-extractor';

const clock = () => new Date('2026-01-01T00:00:00Z');

/** Three articles about three different meetings; the second names a treaty whose kind is not a string, which Neo4j refuses to store. */
const TEXTS = [
  'Russia and China met in Beijing on Monday.',
  'Russia and Iran signed the Caspian accord on Tuesday.',
  'Russia and India met in Delhi on Wednesday.',
] as const;

function extraction(text: string, other: [string, string], bad: boolean): Omit<ExtractionResult, 'warnings'> {
  const partner = text.includes('China') ? 'China' : text.includes('Iran') ? 'Iran' : 'India';
  return {
    language: 'en',
    actors: [country('country:RU', 'Russia', 'Russia', text), country(other[0], other[1], partner, text)],
    treaties: bad
      ? [
          {
            ...treaty('treaty:caspian-accord', 'Caspian accord', 'Caspian accord', text),
            kind: { not: 'a string' } as unknown as string,
          },
        ]
      : [],
    events: [
      event(text, bad ? 'signed' : 'met', {
        type: bad ? 'treaty_signing' : 'meeting',
        actors: ['Russia', partner],
        date: '2024-06-1' + TEXTS.indexOf(text as never),
        datePrecision: 'day',
      }),
    ],
  };
}

const byText = {
  [TEXTS[0]]: extraction(TEXTS[0], ['country:CN', 'China'], false),
  [TEXTS[1]]: extraction(TEXTS[1], ['country:IR', 'Iran'], true),
  [TEXTS[2]]: extraction(TEXTS[2], ['country:IN', 'India'], false),
};
const extract = createStandInExtractor(byText);
const inputs: ArticleInput[] = TEXTS.map((text, i) => ({
  url: `https://example.test/batch/${i}`,
  title: `Batch ${i}`,
  text,
  publishedAt: '2024-06-20',
  source: null,
  language: 'en',
}));

function planOf(input: ArticleInput) {
  const contentHash = contentHashOf(input.title, input.text);
  const article = {
    id: articleIdOf(contentHash),
    url: input.url,
    title: input.title,
    source: input.source,
    language: 'en',
    publishedAt: '2024-06-20',
    text: input.text,
    contentHash,
    ingestedAt: clock().toISOString(),
  };
  return planArticle(article, { warnings: [], ...byText[input.text as keyof typeof byText] }).plan;
}

async function articleUrls(db: Executor): Promise<string[]> {
  const rows = await db.read<{ url: string }>({
    cypher: 'MATCH (a:Article) RETURN a.url AS url ORDER BY url',
    params: {},
  });
  return rows.map((r) => r.url);
}

describe('ingestion: several articles per write transaction', () => {
  const db = useTestDatabase({ reset: 'beforeEach' });

  it('writeArticles: a batch with one article Neo4j refuses commits the others, and the bad one leaves nothing behind', async () => {
    const outcomes = await writeArticles(db, inputs.map(planOf));
    expect(outcomes.map((o) => o.failed === undefined)).toEqual([true, false, true]);
    expect(outcomes[1]?.failed).toMatch(/Neo4j query failed/);
    expect(outcomes[0]?.newEvents).toHaveLength(1);
    expect(await articleUrls(db)).toEqual(['https://example.test/batch/0', 'https://example.test/batch/2']);
    const [left] = await db.read<{ iran: number; treaties: number; events: number }>({
      cypher:
        "RETURN COUNT { (:Actor {id: 'country:IR'}) } AS iran, COUNT { (:Treaty) } AS treaties, COUNT { (:Event) } AS events",
      params: {},
    });
    expect(left).toEqual({ iran: 0, treaties: 0, events: 2 });
  });

  it('writeArticles: a batch of articles already loaded reports each as a duplicate and writes nothing', async () => {
    const plans = [inputs[0], inputs[2]].map((i) => planOf(i as ArticleInput));
    await writeArticles(db, plans);
    const before = await countGraph(db);
    const again = await writeArticles(db, plans);
    expect(again.map((o) => o.duplicateOf)).toEqual([
      expect.stringMatching(/^duplicate: same content as article:/),
      expect.stringMatching(/^duplicate: same content as article:/),
    ]);
    expect(await countGraph(db)).toEqual(before);
  });

  it('ingestArticles: the refused article is rejected with the reason, the load goes on, and batches of 16 give the graph of batches of 1', async () => {
    const batched = await ingestArticles(db, inputs, { clock, extract, writeBatch: 16 });
    expect(batched.summary).toMatchObject({ articles: 3, created: 2, rejected: 1, duplicates: 0 });
    expect(batched.reports[1]).toMatchObject({
      outcome: 'rejected',
      reason: expect.stringMatching(/^write failed: Neo4j query failed/),
    });
    const batchedCounts = await countGraph(db);

    await resetDatabase(db);
    const single = await ingestArticles(db, inputs, { clock, extract, writeBatch: 1 });
    expect(single.summary).toEqual(batched.summary);
    expect(await countGraph(db)).toEqual(batchedCounts);
  });
});

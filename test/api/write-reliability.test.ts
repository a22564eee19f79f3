/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../../server/config';
import { createPactlineYoga } from '../../server/graphql/create-yoga';
import { createExtractPool } from '../../server/ingest/extract-pool';
import { NOT_WRITTEN } from '../../server/ingest/ingest-articles';
import { API_TOKEN, gql } from '../support/api-fixtures';
import { countNodes, resetDatabase, useTestDatabase } from '../support/database';
import { generateArticles } from '../fixtures/ingest/generate-articles';

const executor = useTestDatabase({ reset: 'beforeEach' });
const baseConfig: Config = readConfig({ LOG_LEVEL: 'silent', INGEST_TOKEN: API_TOKEN });
const pool = createExtractPool({ workers: 1 });
afterAll(() => pool.close());
const yogaWith = (config: Partial<Config> = {}) =>
  createPactlineYoga({ executor, config: { ...baseConfig, ...config }, timelineIndex: false, extractPool: pool });
const auth = { authorization: `Bearer ${API_TOKEN}` };

const INGEST_MANY = `mutation($inputs: [ArticleInput!]!) {
  ingestArticles(inputs: $inputs) { results { id outcome reason } summary { articles created rejected } }
}`;
const INGEST_ONE = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { id outcome reason } }`;

const inputsOf = (n: number, seed: number) =>
  generateArticles(n, seed).map((a) => ({
    url: a.url,
    title: a.title,
    text: a.text,
    publishedAt: a.publishedAt,
    language: a.language,
  }));

/** Each article's id, and whether the database holds it. */
async function stored(ids: string[]): Promise<Set<string>> {
  const rows = await executor.read<{ id: string }>({
    cypher: 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id',
    params: { ids },
  });
  return new Set(rows.map((r) => r.id));
}

describe('writes answer what they did', () => {
  it('a write that outlasts the read deadline is not cut by it: it answers each article as stored', async () => {
    // REQUEST_TIMEOUT_MS at its minimum: 30 articles take longer than 100 ms to extract and write.
    const yoga = yogaWith({ requestTimeoutMs: 100 });
    const r = await gql<any>(yoga, INGEST_MANY, { inputs: inputsOf(30, 5) }, auth);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const results = r.data.ingestArticles.results as { id: string; outcome: string }[];
    expect(results.filter((x) => x.outcome === 'CREATED')).toHaveLength(30);
    const have = await stored(results.map((x) => x.id));
    expect(have.size).toBe(30);
  }, 180_000);

  it('articles whose turn comes after WRITE_TIMEOUT_MS are reported not written, and are not stored', async () => {
    const yoga = yogaWith({ requestTimeoutMs: 100, writeTimeoutMs: 100 });
    const r = await gql<any>(yoga, INGEST_MANY, { inputs: inputsOf(40, 6) }, auth);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const results = r.data.ingestArticles.results as { id: string; outcome: string; reason: string | null }[];
    const have = await stored(results.map((x) => x.id));
    for (const x of results) {
      if (x.outcome === 'CREATED') expect(have.has(x.id), x.id).toBe(true);
      else {
        expect(x).toMatchObject({ outcome: 'REJECTED', reason: NOT_WRITTEN });
        expect(have.has(x.id), x.id).toBe(false);
      }
    }
    expect(await countNodes(executor, 'Article')).toBe(r.data.ingestArticles.summary.created);
  }, 180_000);

  it('the articles of API writes are extracted in worker threads, not on the event loop', async () => {
    const before = pool.stats().tasks;
    const r = await gql<any>(yogaWith(), INGEST_MANY, { inputs: inputsOf(5, 7) }, auth);
    expect(r.data.ingestArticles.summary.created).toBe(5);
    expect(pool.stats().tasks - before).toBe(5);
    // The main thread's id is 0.
    expect(pool.stats().threadIds.length).toBeGreaterThan(0);
    expect(pool.stats().threadIds).not.toContain(0);
  }, 180_000);
});

describe('ingestion limits the server applies', () => {
  it('a batch over INGEST_MAX_BATCH_BYTES is refused as a whole with what is allowed, and nothing is stored', async () => {
    const config = readConfig({ LOG_LEVEL: 'silent', INGEST_TOKEN: API_TOKEN, INGEST_MAX_BATCH_BYTES: '2000' });
    const inputs = [
      { title: 'One', text: 'a'.repeat(1200) },
      { title: 'Two', text: 'b'.repeat(1200) },
    ];
    const r = await gql<any>(yogaWith(config), INGEST_MANY, { inputs }, auth);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe(
      'invalid inputs: "2406 bytes of titles and texts" (allowed: at most 2000 bytes in one call (INGEST_MAX_BATCH_BYTES); split the batch)',
    );
    expect(await countNodes(executor, 'Article')).toBe(0);
  });

  it('INGEST_MAX_BYTES is applied by the server: a longer text is rejected with the limit', async () => {
    const config = readConfig({ LOG_LEVEL: 'silent', INGEST_TOKEN: API_TOKEN, INGEST_MAX_BYTES: '100' });
    const input = { title: 'Long', text: `Russia and China met in Beijing on 3 May 2024. ${'x'.repeat(200)}` };
    const r = await gql<any>(yogaWith(config), INGEST_ONE, { input }, auth);
    expect(r.data.ingestArticle).toMatchObject({
      outcome: 'REJECTED',
      reason: 'text too large: 247 bytes (allowed: at most 100 bytes; see --max-bytes or INGEST_MAX_BYTES)',
    });
    expect(await countNodes(executor, 'Article')).toBe(0);
    await resetDatabase(executor);
  });

  it('INGEST_MAX_BYTES, INGEST_MAX_BATCH_BYTES and WRITE_TIMEOUT_MS are validated at start', () => {
    expect(() => readConfig({ INGEST_MAX_BYTES: 'lots' })).toThrow(
      'invalid INGEST_MAX_BYTES: "lots" (allowed: an integer from 1 to 1000000000)',
    );
    expect(() => readConfig({ INGEST_MAX_BATCH_BYTES: '0' })).toThrow(/invalid INGEST_MAX_BATCH_BYTES: "0"/);
    expect(() => readConfig({ WRITE_TIMEOUT_MS: '-5' })).toThrow(/invalid WRITE_TIMEOUT_MS: "-5"/);
  });
});

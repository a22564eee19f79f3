/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { beforeAll, describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../../server/config';
import type { Executor } from '../../server/db/executor';
import { request as httpRequest } from 'node:http';
import { createPactlineYoga, type PactlineYoga } from '../../server/graphql/create-yoga';
import { createHttpServer, listen } from '../../server/http-server';
import { countGraph, useTestDatabase } from '../support/database';
import { API_TOKEN, ARTICLES, gql } from '../support/api-fixtures';

const executor = useTestDatabase({ reset: 'beforeAll' });
let yoga: PactlineYoga;
// A generous deadline: the first ingest loads the extractor, and CI machines are slow.
const config: Config = { ...readConfig({ LOG_LEVEL: 'silent', INGEST_TOKEN: API_TOKEN }), requestTimeoutMs: 120_000 };
const auth = { authorization: `Bearer ${API_TOKEN}` };
const clock = () => new Date('2026-11-26T12:00:00Z');

beforeAll(async () => {
  yoga = createPactlineYoga({ executor, config, clock });
});

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { id url title outcome reason events newEvents actors treaties warnings } }`;
const INGEST_MANY = `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { results { id outcome newEvents } summary { articles created duplicates rejected events actors treaties warnings } } }`;
const DELETE = 'mutation($id: ID!) { deleteArticle(id: $id) { deleted removedEvents removedActors removedTreaties } }';

const input = (a: (typeof ARTICLES)[keyof typeof ARTICLES]) => ({
  url: a.url,
  title: a.title,
  text: a.text,
  publishedAt: a.publishedAt,
  source: a.source,
  language: a.language,
});

describe('write access', () => {
  it('mutations need the bearer token: missing is UNAUTHENTICATED, wrong is FORBIDDEN, no token configured is WRITES_DISABLED', async () => {
    const missing = await gql(yoga, INGEST, { input: input(ARTICLES.signingEn) });
    expect(missing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(missing.status).toBe(401);
    const wrong = await gql(
      yoga,
      INGEST,
      { input: input(ARTICLES.signingEn) },
      { authorization: 'Bearer wrong-token-0123456789' },
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const off = createPactlineYoga({ executor, config: { ...config, ingestToken: null } });
    const disabled = await gql(off, DELETE, { id: 'x' }, auth);
    expect(disabled.errors?.[0]).toMatchObject({
      message: 'writes are disabled: the server has no INGEST_TOKEN configured',
      extensions: { code: 'WRITES_DISABLED' },
    });
    expect(await countGraph(executor)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('ingestArticle validates its input and quotes the bad value', async () => {
    const bad = await gql(yoga, INGEST, { input: { ...input(ARTICLES.signingEn), publishedAt: '19/06/2024' } }, auth);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0]?.message).toContain('invalid input.publishedAt: "19/06/2024"');
    const lang = await gql(yoga, INGEST, { input: { ...input(ARTICLES.signingEn), language: 'de' } }, auth);
    expect(lang.errors?.[0]?.message).toBe('invalid input.language: "de" (allowed: en, id, ru, es, fr)');
  });
});

describe('mutations through the real ingestion, and the eventsAdded subscription', () => {
  it('eventsAdded streams the new events (SSE) after ingestArticle; a second ingest is a duplicate', async () => {
    const controller = new AbortController();
    const sse = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { eventsAdded { articleIds events { id type date } } }' }),
      signal: controller.signal,
    });
    expect(sse.headers.get('content-type')).toContain('text/event-stream');
    const reader = sse.body!.getReader();
    const firstEvent = (async () => {
      const decoder = new TextDecoder();
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return null;
        text += decoder.decode(value, { stream: true });
        const m = /data: (\{.*"eventsAdded".*\})\n/.exec(text);
        if (m?.[1]) return JSON.parse(m[1]);
      }
    })();
    await new Promise((r) => setTimeout(r, 50));

    const r = await gql(yoga, INGEST, { input: input(ARTICLES.signingEn) }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.reason).toBeNull();
    expect(r.data.ingestArticle.outcome).toBe('CREATED');
    expect(r.data.ingestArticle.newEvents.length).toBeGreaterThan(0);
    const pushed = await firstEvent;
    controller.abort();
    expect(pushed.data.eventsAdded.articleIds).toEqual([r.data.ingestArticle.id]);
    expect(pushed.data.eventsAdded.events.map((e: any) => e.id).sort()).toEqual(
      [...r.data.ingestArticle.newEvents].sort(),
    );

    const again = await gql(yoga, INGEST, { input: input(ARTICLES.signingEn) }, auth);
    expect(again.data.ingestArticle.outcome).toBe('DUPLICATE');
  });

  it('ingestArticles reports each article and a summary; the ingested facts are readable through the API', async () => {
    const r = await gql(
      yoga,
      INGEST_MANY,
      { inputs: [input(ARTICLES.signingId), input(ARTICLES.signingRu), input(ARTICLES.signingEn)] },
      auth,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticles.summary).toMatchObject({ articles: 3, created: 2, duplicates: 1, rejected: 0 });
    const events = await gql(
      yoga,
      '{ events(filter: {types: [TREATY_SIGNING], from: "2024"}) { totalCount edges { node { id sources { article { language } quote start end claimedDate } } } } }',
    );
    expect(events.errors).toBeUndefined();
    expect(events.data.events.totalCount).toBeGreaterThan(0);
    const languages = events.data.events.edges.flatMap((e: any) => e.node.sources.map((s: any) => s.article.language));
    expect(new Set(languages).size).toBeGreaterThan(1);
    const tooMany = await gql(yoga, INGEST_MANY, { inputs: [] }, auth);
    expect(tooMany.errors?.[0]?.message).toBe('invalid inputs: "0 articles" (allowed: 1 to 100 articles per call)');
  });

  it('a treaty that no text names is `unnamed`, with the name the extractor made up; a named treaty is not', async () => {
    const article = (url: string, text: string) => ({
      url,
      title: text.slice(0, 40),
      text,
      publishedAt: '2019-06-01',
      source: null,
      language: 'en',
    });
    const r = await gql(
      yoga,
      INGEST_MANY,
      {
        inputs: [
          article(
            'https://example.org/chile-peru',
            'Chile and Peru signed an agreement on fishing in Lima on 12 March 2019.',
          ),
          article(
            'https://example.org/kenya-uganda',
            'Kenya and Uganda signed an agreement on rail transport on 3 May 2019.',
          ),
        ],
      },
      auth,
    );
    expect(r.errors).toBeUndefined();
    const treaties = await gql(yoga, '{ treaties(first: 100) { edges { node { name unnamed } } } }');
    expect(treaties.errors).toBeUndefined();
    const nodes: { name: string; unnamed: boolean }[] = treaties.data.treaties.edges.map((e: any) => e.node);
    expect(
      nodes
        .filter((t) => t.unnamed)
        .map((t) => t.name)
        .sort(),
    ).toEqual(['Chile–Peru Agreement (2019)', 'Kenya–Uganda Agreement (2019)']);
    // The treaties that the signing articles ingested above name (the 2024 pact among them) stay named.
    expect(nodes.filter((t) => !t.unnamed).map((t) => t.name)).toEqual(
      expect.arrayContaining([expect.stringContaining('Strategic Partnership')]),
    );
  });

  it('deleteArticle removes an article and what only it supported', async () => {
    const list = await gql(yoga, '{ articles { totalCount edges { node { id } } } }');
    const id = list.data.articles.edges[0].node.id;
    const r = await gql(yoga, DELETE, { id }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data.deleteArticle.deleted).toBe(true);
    expect((await gql(yoga, `{ article(id: "${id}") { id } }`)).data.article).toBeNull();
    const again = await gql(yoga, DELETE, { id }, auth);
    expect(again.data.deleteArticle.deleted).toBe(false);
  });
});

/** POSTs `chunks` over real HTTP: with Content-Length when `declare`, else chunked (no length). */
function post(port: number, chunks: string[], declare: boolean): Promise<{ status: number; body: any }> {
  const length = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(declare ? { 'content-length': String(length) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('limits, errors and switches', () => {
  it('request bodies over MAX_REQUEST_BYTES get 413 over HTTP, declared or chunked; bodies within it are answered', async () => {
    const small = createPactlineYoga({ executor, config: { ...config, maxRequestBytes: 2_000 }, clock });
    const server = createHttpServer({ graphql: small, staticDir: null });
    const port = await listen(server, 0, '127.0.0.1');
    try {
      const ok = JSON.stringify({ query: '{ stats { events } }' });
      const big = JSON.stringify({ query: `{ stats { events } } # ${'x'.repeat(3_000)}` });
      const declaredOk = await post(port, [ok], true);
      expect(declaredOk.status).toBe(200);
      expect(declaredOk.body.data.stats.events).toBeTypeOf('number');
      const chunkedOk = await post(port, [ok.slice(0, 10), ok.slice(10)], false);
      expect(chunkedOk.body).toEqual(declaredOk.body);
      const declaredBig = await post(port, [big], true);
      expect(declaredBig.status).toBe(413);
      expect(declaredBig.body.errors[0]).toMatchObject({
        message: `request body too large: ${Buffer.byteLength(big)} bytes (allowed: at most 2000 bytes; see MAX_REQUEST_BYTES)`,
        extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
      });
      const chunkedBig = await post(port, [big.slice(0, 1_500), big.slice(1_500)], false);
      expect(chunkedBig.status).toBe(413);
      expect(chunkedBig.body.errors[0]).toMatchObject({
        message: 'request body too large (allowed: at most 2000 bytes; see MAX_REQUEST_BYTES)',
        extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
      });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('rejects queries that are too deep, have too many aliases or too many tokens, with a code', async () => {
    const deep = await gql(
      yoga,
      '{ events { edges { node { treaty { events { treaty { events { treaty { events { treaty { events { treaty { events { id } } } } } } } } } } } } } }',
    );
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const aliases = await gql(yoga, `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { events }`).join(' ')} }`);
    expect(aliases.errors?.[0]?.message).toMatch(/alias/i);
    const tokens = await gql(yoga, `{ stats { ${Array.from({ length: 2100 }, () => 'events').join(' ')} } }`);
    expect(tokens.errors?.[0]?.message).toMatch(/token/i);
  });

  it('unexpected errors are masked; the per-request deadline answers TIMEOUT', async () => {
    const broken = {
      ...executor,
      read: async () => {
        throw new Error('secret driver detail');
      },
    } as unknown as Executor;
    const masked = await gql(createPactlineYoga({ executor: broken, config }), '{ stats { events } }');
    expect(masked.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(masked.errors)).not.toContain('secret');
    const slow = {
      ...executor,
      read: async (q: any) => {
        await new Promise((r) => setTimeout(r, 400));
        return executor.read(q);
      },
    } as unknown as Executor;
    const late = await gql(
      createPactlineYoga({ executor: slow, config: { ...config, requestTimeoutMs: 100 } }),
      '{ stats { events } }',
    );
    expect(late.errors?.[0]).toMatchObject({
      message: 'request timed out after 100 ms (allowed: REQUEST_TIMEOUT_MS)',
      extensions: { code: 'TIMEOUT' },
    });
  });

  it('introspection and GraphiQL follow the config', async () => {
    const on = await gql(yoga, '{ __schema { queryType { name } } }');
    expect(on.data.__schema.queryType.name).toBe('Query');
    const closed = createPactlineYoga({ executor, config: { ...config, introspection: false, graphiql: false } });
    const off = await gql(closed, '{ __schema { queryType { name } } }');
    expect(off.errors?.[0]?.message).toContain('introspection is disabled');
    const page = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL');
    const noPage = await closed.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await noPage.text()).not.toContain('GraphiQL');
  });

  it('validation errors carry GRAPHQL_VALIDATION_FAILED, bad variables BAD_USER_INPUT', async () => {
    const r = await gql(yoga, '{ events(first: "ten") { totalCount } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unknown = await gql(yoga, '{ nothing }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variable = await gql(yoga, 'query($n: Int) { events(first: $n) { totalCount } }', { n: 'ten' });
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

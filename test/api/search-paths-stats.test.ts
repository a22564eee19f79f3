/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { describe, expect, it } from 'vitest';
import { ARTICLES, EVENTS, IDS, gql, useFixtureApi } from '../support/api-fixtures';

const api = useFixtureApi();

const SEARCH =
  'query($q: String!, $first: Int, $kinds: [NodeKind!]) { search(query: $q, first: $first, kinds: $kinds) { kind id label score highlight } }';

describe('search', () => {
  it('search finds actors, treaties, events and articles with «marked» plain-text highlights', async () => {
    const r = await gql(api.yoga, SEARCH, { q: 'Korut' });
    expect(r.errors).toBeUndefined();
    const kinds = r.data.search.map((h: any) => `${h.kind}:${h.id}`);
    expect(kinds).toContain(`ACTOR:${IDS.northKorea}`);
    expect(kinds).toContain(`ARTICLE:${ARTICLES.signingId.id}`);
    const article = r.data.search.find((h: any) => h.kind === 'ARTICLE');
    expect(article.highlight).toContain('«Korut»');
    expect(article.highlight).not.toMatch(/<[a-z]/i);
    const treaty = await gql(api.yoga, SEARCH, { q: 'kemitraan strategis', kinds: ['TREATY'] });
    expect(treaty.data.search.map((h: any) => h.id)).toEqual([IDS.treaty2024]);
    expect(treaty.data.search[0].label).toBe('Treaty on Comprehensive Strategic Partnership');
    const events = await gql(api.yoga, SEARCH, { q: 'vostochny cosmodrome', kinds: ['EVENT'] });
    expect(events.data.search[0].highlight).toBe('Putin meets Kim at «Vostochny» «cosmodrome»');
  });

  it('search escapes Lucene syntax: "(*, AND, quotes and colons never crash', async () => {
    for (const q of ['"(*', 'AND', 'title:foo', '))) OR ((', '\\', 'co-operation', '~!^[]{}', '   ']) {
      const r = await gql(api.yoga, SEARCH, { q });
      expect(r.errors, q).toBeUndefined();
      expect(Array.isArray(r.data.search)).toBe(true);
    }
    const and = await gql(api.yoga, SEARCH, { q: 'AND', kinds: ['ARTICLE'] });
    expect(and.data.search.map((h: any) => h.id)).toContain(ARTICLES.explainer1961.id);
    const hyphen = await gql(api.yoga, SEARCH, { q: 'Co-operation' });
    expect(hyphen.data.search.map((h: any) => h.id)).toContain(IDS.treaty1961);
  });

  it('search rejects first above 100', async () => {
    const r = await gql(api.yoga, SEARCH, { q: 'Putin', first: 101 });
    expect(r.errors?.[0]).toMatchObject({
      message: 'invalid first: 101 (allowed: 1 to 100)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

const PATHS =
  'query($from: ID!, $to: ID!, $maxHops: Int, $at: PartialDate) { paths(from: $from, to: $to, maxHops: $maxHops, at: $at) { length nodes { id kind label } relationships { type from to } } }';

describe('paths', () => {
  it('paths finds the shortest connection between two actors through events and treaties', async () => {
    const r = await gql(api.yoga, PATHS, { from: IDS.indonesia, to: IDS.russia });
    expect(r.errors).toBeUndefined();
    const p = r.data.paths[0];
    expect(p.length).toBe(2);
    expect(p.nodes.map((n: any) => n.kind)).toEqual(['ACTOR', 'EVENT', 'ACTOR']);
    expect(p.nodes[1].label).toBe('Indonesia and Russia discuss trade');
    expect(p.relationships).toEqual([
      { type: 'PARTICIPATED_IN', from: IDS.indonesia, to: 'event:statement:2023-05:country:ID|country:RU' },
      { type: 'PARTICIPATED_IN', from: IDS.russia, to: 'event:statement:2023-05:country:ID|country:RU' },
    ]);
    const far = await gql(api.yoga, PATHS, { from: IDS.indonesia, to: IDS.sovietUnion, maxHops: 6 });
    expect(far.data.paths[0].length).toBe(6);
    expect(far.data.paths.every((x: any) => x.length >= 6)).toBe(true);
    expect((await gql(api.yoga, PATHS, { from: IDS.indonesia, to: IDS.sovietUnion })).data.paths).toEqual([]);
  });

  it('paths(at) goes only through events up to the date and treaties in force on it', async () => {
    const before = await gql(api.yoga, PATHS, { from: IDS.indonesia, to: IDS.russia, at: '2020' });
    expect(before.errors).toBeUndefined();
    expect(before.data.paths).toEqual([]);
    const treatyOnly = await gql(
      api.yoga,
      `query($from: ID!, $to: ID!, $at: PartialDate) { paths(from: $from, to: $to, at: $at, first: 25) { nodes { id kind } } }`,
      { from: IDS.sovietUnion, to: IDS.northKorea, at: '1990-01-01' },
    );
    const via = treatyOnly.data.paths.map((p: any) => p.nodes[1].id);
    expect(via).toContain(IDS.treaty1961);
    const after = await gql(
      api.yoga,
      `query($from: ID!, $to: ID!, $at: PartialDate) { paths(from: $from, to: $to, at: $at, first: 25) { nodes { id kind } } }`,
      { from: IDS.sovietUnion, to: IDS.northKorea, at: '1999-01-01' },
    );
    expect(after.data.paths.map((p: any) => p.nodes[1].id)).not.toContain(IDS.treaty1961);
    expect(after.data.paths.map((p: any) => p.nodes[1].id)).toContain(IDS.signing1961);
  });

  it('paths caps maxHops at 6, rejects from = to, and returns [] when nothing connects', async () => {
    const big = await gql(api.yoga, PATHS, { from: IDS.indonesia, to: IDS.russia, maxHops: 7 });
    expect(big.errors?.[0]?.message).toBe('invalid maxHops: 7 (allowed: 1 to 6)');
    const same = await gql(api.yoga, PATHS, { from: IDS.russia, to: IDS.russia });
    expect(same.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const none = await gql(api.yoga, PATHS, { from: IDS.lonely, to: IDS.russia });
    expect(none.data.paths).toEqual([]);
    const unknown = await gql(api.yoga, PATHS, { from: 'nobody', to: IDS.russia });
    expect(unknown.data.paths).toEqual([]);
  });
});

describe('stats', () => {
  it('stats counts the graph, by type, with the earliest and latest dates of its events and treaties', async () => {
    const r = await gql(
      api.yoga,
      '{ stats { events actors treaties articles places reports earliest latest eventsByType { type count } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.stats).toMatchObject({
      events: EVENTS.length,
      actors: 9,
      treaties: 4,
      articles: 4,
      places: 2,
      reports: 4,
      earliest: '1961-07-06',
      latest: '2025',
    });
    expect(r.data.stats.eventsByType).toContainEqual({ type: 'TREATY_SIGNING', count: 3 });
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { describe, expect, it } from 'vitest';
import { ARTICLES, IDS, gql, useFixtureApi } from '../support/api-fixtures';

const api = useFixtureApi();

const treatyIds = async (filter: Record<string, unknown>) => {
  const r = await gql(
    api.yoga,
    'query($f: TreatyFilter) { treaties(filter: $f) { totalCount edges { node { id } } } }',
    { f: filter },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data.treaties.totalCount).toBe(r.data.treaties.edges.length);
  return r.data.treaties.edges.map((e: any) => e.node.id).sort();
};

describe('treaties', () => {
  it('treaty(id) has dates at their precision, parties with sources, lifecycle events, replaces and replacedBy with basis', async () => {
    const r = await gql(
      api.yoga,
      `query($id: ID!) { treaty(id: $id) {
      id name aliases kind signedOn inForceFrom endedOn status
      parties { actor { id } sources { id } }
      events { id type date }
      replaces { treaty { id } basis effectiveOn sources { id url } }
      replacedBy { treaty { id } basis effectiveOn sources { id } }
    } }`,
      { id: IDS.treaty2000 },
    );
    expect(r.errors).toBeUndefined();
    const t = r.data.treaty;
    expect(t).toMatchObject({ signedOn: '2000-02-09', inForceFrom: '2000-10', endedOn: null, status: 'SUPERSEDED' });
    expect(t.parties.map((p: any) => p.actor.id).sort()).toEqual([IDS.russia, IDS.northKorea].sort());
    expect(t.events.map((e: any) => e.type)).toEqual(['TREATY_SIGNING']);
    expect(t.replaces).toEqual([
      {
        treaty: { id: IDS.treaty1961 },
        basis: 'SUCCESSOR',
        effectiveOn: null,
        sources: [{ id: ARTICLES.explainer1961.id, url: ARTICLES.explainer1961.url }],
      },
    ]);
    expect(t.replacedBy[0]).toMatchObject({
      treaty: { id: IDS.treaty2024 },
      basis: 'LEGAL',
      effectiveOn: '2024-12-04',
    });
    expect(t.replacedBy[0].sources.map((s: any) => s.id).sort()).toEqual(
      [ARTICLES.explainer1961.id, ARTICLES.signingEn.id].sort(),
    );
  });

  it('treaty.lineage is transitive both ways, oldest first, from any member', async () => {
    for (const id of [IDS.treaty1961, IDS.treaty2000, IDS.treaty2024]) {
      const r = await gql(api.yoga, 'query($id: ID!) { treaty(id: $id) { lineage { id } } }', { id });
      expect(r.data.treaty.lineage.map((t: any) => t.id)).toEqual([IDS.treaty1961, IDS.treaty2000, IDS.treaty2024]);
    }
  });

  it('treaty.inForceOn follows entry into force, end and replacement, with partial dates compared by interval', async () => {
    const q = `query($id: ID!) { treaty(id: $id) {
      d1961a: inForceOn(date: "1961-09-09") d1961b: inForceOn(date: "1961-09-10") y1996: inForceOn(date: "1996") d1997: inForceOn(date: "1997-01-01")
    } }`;
    expect((await gql(api.yoga, q, { id: IDS.treaty1961 })).data.treaty).toEqual({
      d1961a: false,
      d1961b: true,
      y1996: true,
      d1997: false,
    });
    const q2 = `query($id: ID!) { treaty(id: $id) { a: inForceOn(date: "2000-09-30") b: inForceOn(date: "2000-10") c: inForceOn(date: "2000") d: inForceOn(date: "2024-12-03") e: inForceOn(date: "2024-12-04") } }`;
    expect((await gql(api.yoga, q2, { id: IDS.treaty2000 })).data.treaty).toEqual({
      a: false,
      b: true,
      c: true,
      d: true,
      e: false,
    });
  });

  it('treaties(filter) by inForceOn, party, kind and status, with totalCount', async () => {
    expect(await treatyIds({ inForceOn: '2000-01-01' })).toEqual([IDS.treatyChina1961]);
    expect(await treatyIds({ inForceOn: '1990-05-05' })).toEqual([IDS.treatyChina1961, IDS.treaty1961].sort());
    expect(await treatyIds({ inForceOn: '2025-01-01' })).toEqual([IDS.treatyChina1961, IDS.treaty2024].sort());
    expect(await treatyIds({ party: IDS.russia })).toEqual([IDS.treaty2000, IDS.treaty2024].sort());
    expect(await treatyIds({ party: IDS.northKorea, inForceOn: '2010' })).toEqual(
      [IDS.treatyChina1961, IDS.treaty2000].sort(),
    );
    expect(await treatyIds({ status: 'ENDED', kind: 'BILATERAL' })).toEqual([IDS.treaty1961]);
  });

  it('treaties(first, after) pages by name with cursors', async () => {
    const a = await gql(
      api.yoga,
      '{ treaties(first: 2) { pageInfo { hasNextPage endCursor } edges { node { name } } } }',
    );
    const b = await gql(
      api.yoga,
      'query($after: String) { treaties(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }',
      { after: a.data.treaties.pageInfo.endCursor },
    );
    expect(a.data.treaties.pageInfo.hasNextPage).toBe(true);
    expect(b.data.treaties.pageInfo.hasNextPage).toBe(false);
    const names = [...a.data.treaties.edges, ...b.data.treaties.edges].map((e: any) => e.node.name);
    expect(names).toHaveLength(4);
    expect([...names].sort()).toEqual(names);
  });

  it('treaty(id) of an unknown id is null; inForceOn with a bad date is BAD_USER_INPUT', async () => {
    expect((await gql(api.yoga, '{ treaty(id: "nope") { id } }')).data.treaty).toBeNull();
    const bad = await gql(api.yoga, `{ treaty(id: "${IDS.treaty2000}") { inForceOn(date: "2000-1") } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('actors', () => {
  it('actors(search, kinds) finds actors by alias in any language, paged by name with totalCount', async () => {
    const r = await gql(
      api.yoga,
      '{ actors(search: "КНДР") { totalCount edges { node { id name kind aliases iso2 } } } }',
    );
    expect(r.data.actors.edges.map((e: any) => e.node.id)).toEqual([IDS.northKorea]);
    const people = await gql(api.yoga, '{ actors(kinds: [PERSON]) { totalCount edges { node { id } } } }');
    expect(people.data.actors.totalCount).toBe(2);
    const page = await gql(
      api.yoga,
      '{ actors(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }',
    );
    expect(page.data.actors.totalCount).toBe(9);
    const next = await gql(api.yoga, 'query($a: String) { actors(first: 10, after: $a) { edges { node { name } } } }', {
      a: page.data.actors.pageInfo.endCursor,
    });
    expect(next.data.actors.edges).toHaveLength(6);
  });

  it('actor(id) has events in a range, treaties (in force on a date), offices and counterparts', async () => {
    const r = await gql(
      api.yoga,
      `query($id: ID!) { actor(id: $id) {
      name
      events(from: "2023", to: "2024") { totalCount edges { node { id date } } }
      treaties { id }
      inForce: treaties(inForceOn: "2010-01-01") { id }
      counterparts(first: 3) { actor { id } count }
    } }`,
      { id: IDS.russia },
    );
    expect(r.errors).toBeUndefined();
    const a = r.data.actor;
    expect(a.events.totalCount).toBe(5);
    expect(a.treaties.map((t: any) => t.id)).toEqual([IDS.treaty2000, IDS.treaty2024]);
    expect(a.inForce.map((t: any) => t.id)).toEqual([IDS.treaty2000]);
    expect(a.counterparts[0]).toEqual({ actor: { id: IDS.northKorea }, count: 6 });
    const putin = await gql(
      api.yoga,
      `{ actor(id: "${IDS.putin}") { kind offices { title organization { id } since until } } }`,
    );
    expect(putin.data.actor).toEqual({
      kind: 'PERSON',
      offices: [{ title: 'President of Russia', organization: { id: IDS.russia }, since: '2000-05-07', until: null }],
    });
  });
});

describe('articles', () => {
  it('articles lists newest first with filters and totalCount; article(id) has its text and facts', async () => {
    const r = await gql(
      api.yoga,
      '{ articles(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id publishedAt } } } }',
    );
    expect(r.data.articles.totalCount).toBe(4);
    expect(r.data.articles.edges[0].node).toEqual({ id: ARTICLES.signingRu.id, publishedAt: '2024-06-20' });
    const next = await gql(api.yoga, 'query($a: String) { articles(first: 5, after: $a) { edges { node { id } } } }', {
      a: r.data.articles.pageInfo.endCursor,
    });
    expect(next.data.articles.edges).toHaveLength(2);
    const ru = await gql(api.yoga, '{ articles(filter: {language: "id"}) { totalCount edges { node { id } } } }');
    expect(ru.data.articles.edges.map((e: any) => e.node.id)).toEqual([ARTICLES.signingId.id]);
    const a = await gql(
      api.yoga,
      `query($id: ID!) { article(id: $id) {
      title url source language publishedAt ingestedAt text
      reports { event { id } quote start end claimedDate confidence }
      mentions { kind actor { id } treaty { id } quote start end }
    } }`,
      { id: ARTICLES.signingEn.id },
    );
    expect(a.errors).toBeUndefined();
    const art = a.data.article;
    expect(art.ingestedAt).toBe('2026-11-26T12:00:00.000Z');
    expect(art.reports[0].event.id).toBe(IDS.signing2024);
    expect(art.text.slice(art.reports[0].start, art.reports[0].end)).toBe(art.reports[0].quote);
    expect(art.mentions.map((m: any) => m.kind)).toEqual(['ACTOR', 'ACTOR', 'TREATY']);
    for (const m of art.mentions) expect(art.text.slice(m.start, m.end)).toBe(m.quote);
  });
});

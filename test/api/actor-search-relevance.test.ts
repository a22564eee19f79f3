/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor';
import { gql, IDS, openFixtureApi } from '../support/api-fixtures';
import type { PactlineYoga } from '../../server/graphql/create-yoga';

/**
 * The "Add actor lane…" box asks actors(search:): the actor a person typed comes first (its exact
 * name or alias), then the others by full-text score, not by name.
 */
let opened: { executor: Executor; yoga: PactlineYoga };

beforeAll(async () => {
  opened = await openFixtureApi();
  // Names that sort before "North Korea" and contain its words.
  await opened.executor.write({
    cypher: `UNWIND $rows AS a MERGE (n:Actor {id: a.id}) SET n.name = a.name, n.kind = 'ORGANIZATION', n.aliases = [a.name], n.aliasText = a.name`,
    params: {
      rows: [
        { id: 'org:korea-north-south-liaison', name: 'Korea North–South Liaison Office' },
        { id: 'org:korea-north-watch', name: 'Korea North Watch' },
      ],
    },
  });
}, 120_000);

afterAll(async () => {
  await opened?.executor.close();
});

const search = async (q: string, extra = '') => {
  const r = await gql(
    opened.yoga,
    `query($q: String, $a: String) { actors(search: $q, first: 2, after: $a${extra}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`,
    { q, a: null },
  );
  expect(r.errors).toBeUndefined();
  return r.data.actors;
};

describe('actors(search:) by relevance', () => {
  it('actors(search: "North Korea") returns North Korea first, before names that sort earlier', async () => {
    const page = await search('North Korea');
    expect(page.edges[0].node.id).toBe(IDS.northKorea);
    expect(page.totalCount).toBe(3);
  });
  it('actors(search: "dprk") returns the actor with that alias first, whatever its case', async () => {
    expect((await search('dprk')).edges[0].node.id).toBe(IDS.northKorea);
  });
  it('actors(search:) pages by position: the next page continues the ranking without repeats', async () => {
    const first = await search('North Korea');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const r = await gql(
      opened.yoga,
      'query($a: String) { actors(search: "North Korea", first: 2, after: $a) { pageInfo { hasNextPage } edges { node { id } } } }',
      { a: first.pageInfo.endCursor },
    );
    const ids = [...first.edges, ...r.data.actors.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(3);
    expect(r.data.actors.pageInfo.hasNextPage).toBe(false);
  });
});

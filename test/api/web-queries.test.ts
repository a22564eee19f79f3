/**
 * The documents the web app sends (web/src/api/queries.ts), run as they are against the API:
 * they must validate against schema.graphql and pass the depth, cost, alias and token limits.
 */
import { describe, expect, it } from 'vitest';
import * as web from '../../web/src/api/queries';
import { IDS, gql, useFixtureApi } from '../support/api-fixtures';

const api = useFixtureApi();

describe('the web app queries', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    [
      'TIMELINE_QUERY',
      web.TIMELINE_QUERY,
      { from: '1950', to: '2030', lanes: 'ACTOR', filter: { types: ['TREATY_SIGNING', 'MEETING'] } },
    ],
    ['TIMELINE_QUERY (bins)', web.TIMELINE_QUERY, { from: '1950', to: '2030', maxItems: 2 }],
    [
      'TIMELINE_QUERY (bins, maxBuckets)',
      web.TIMELINE_QUERY,
      { from: '1950', to: '2030', maxItems: 2, maxBuckets: 223 },
    ],
    ['STATS_QUERY', web.STATS_QUERY, {}],
    ['OVERVIEW_QUERY', web.OVERVIEW_QUERY, { from: '1900', to: '2030' }],
    ['EVENT_QUERY', web.EVENT_QUERY, { id: IDS.signing2024 }],
    ['TREATY_QUERY', web.TREATY_QUERY, { id: IDS.treaty2000 }],
    ['SEARCH_QUERY', web.SEARCH_QUERY, { query: 'Putin "(*' }],
    ['ACTORS_QUERY', web.ACTORS_QUERY, { search: 'Korea' }],
    ['ACTOR_EXTENT_QUERY', web.ACTOR_EXTENT_QUERY, { filter: { actorIds: [IDS.russia] } }],
    ['EVENT_DATE_QUERY', web.EVENT_DATE_QUERY, { id: IDS.signing2024 }],
  ];
  for (const [name, query, variables] of cases) {
    it(`${name} runs without errors`, async () => {
      const r = await gql(api.yoga, query, variables);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data).toBeTruthy();
    });
  }
  it('ACTOR_EXTENT_QUERY finds the first and last event of an actor', async () => {
    const r = await gql(api.yoga, web.ACTOR_EXTENT_QUERY, { filter: { actorIds: [IDS.russia] } });
    expect(r.data.first.edges[0].node.date).toBe('2000-02-09');
    expect(r.data.last.edges[0].node.date).toBe('2025');
  });
});

/**
 * The documents the web app sends (web/src/api/queries.graphql, typed in generated.ts), run as
 * they are against the API: they must validate against schema.graphql and pass the depth, cost,
 * alias and token limits.
 */
import { describe, expect, it } from 'vitest';
import * as web from '../../web/src/api/generated';
import { IDS, gql, useFixtureApi } from '../support/api-fixtures';

const api = useFixtureApi();

/** The subscription goes over server-sent events, not a POST: the e2e test "draws events from the eventsAdded subscription" runs it. */
const NOT_POSTED = ['EventsAddedDocument'];

/** A case: the document, and variables typed by it (a variable the document does not take fails tsc). */
const c = <R, V>(name: string, document: web.TypedDocumentString<R, V>, variables: NoInfer<V>) =>
  [name, document, variables] as const;

describe('the web app queries', () => {
  const cases = [
    c('TimelineDocument', web.TimelineDocument, {
      from: '1950',
      to: '2030',
      lanes: 'ACTOR',
      filter: { types: ['TREATY_SIGNING', 'MEETING'] },
    }),
    c('TimelineDocument (bins)', web.TimelineDocument, { from: '1950', to: '2030', maxItems: 2 }),
    c('TimelineDocument (bins, maxBuckets)', web.TimelineDocument, {
      from: '1950',
      to: '2030',
      maxItems: 2,
      maxBuckets: 223,
    }),
    c('StatsDocument', web.StatsDocument, {}),
    c('OverviewDocument', web.OverviewDocument, { from: '1900', to: '2030' }),
    c('EventDocument', web.EventDocument, { id: IDS.signing2024 }),
    c('TreatyDocument', web.TreatyDocument, { id: IDS.treaty2000 }),
    c('SearchDocument', web.SearchDocument, { query: 'Putin "(*' }),
    c('ActorsDocument', web.ActorsDocument, { search: 'Korea' }),
    c('ActorExtentDocument', web.ActorExtentDocument, { filter: { actorIds: [IDS.russia] } }),
    c('EventDateDocument', web.EventDateDocument, { id: IDS.signing2024 }),
    c('InForceDocument', web.InForceDocument, { on: '2001-06-01', party: IDS.russia, first: 50 }),
    c('InForceDocument (all parties)', web.InForceDocument, { on: '2001-06-01', party: null, first: 100 }),
  ];
  it('every document the web posts has a case here', () => {
    const documents = Object.keys(web).filter((k) => k.endsWith('Document') && !NOT_POSTED.includes(k));
    expect(documents.sort()).toEqual([...new Set(cases.map(([name]) => name.split(' ')[0]))].sort());
  });
  for (const [name, query, variables] of cases) {
    it(`${name} runs without errors`, async () => {
      const r = await gql(api.yoga, query.toString(), variables as Record<string, unknown>);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      // every root field the document asks for is answered (an id that resolves to nothing would be null)
      const fields = Object.entries(r.data as Record<string, unknown>);
      expect(fields.length).toBeGreaterThan(0);
      for (const [field, value] of fields) expect(value, field).not.toBeNull();
    });
  }
  it('ActorExtentDocument finds the first and last event of an actor', async () => {
    const r = await gql(api.yoga, web.ActorExtentDocument.toString(), { filter: { actorIds: [IDS.russia] } });
    expect(r.data.first.edges[0].node.date).toBe('2000-02-09');
    expect(r.data.last.edges[0].node.date).toBe('2025');
  });
});

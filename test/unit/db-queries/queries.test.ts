import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Query } from '../../../server/db/executor';
import {
  actorCountQuery,
  actorPageQuery,
  actorSearchPageQuery,
  actorTreatiesQuery,
  counterpartsQuery,
  officesByActorIdsQuery,
} from '../../../server/db/queries/actor-queries';
import {
  articleCountQuery,
  articlePageQuery,
  mentionsByArticleIdsQuery,
  reportsByArticleIdsQuery,
} from '../../../server/db/queries/article-queries';
import {
  eventCountQuery,
  eventPageQuery,
  eventsByIdsQuery,
  gdeltRecordsByEventIdsQuery,
  sourcesByEventIdsQuery,
} from '../../../server/db/queries/event-queries';
import { pathsQuery } from '../../../server/db/queries/path-queries';
import { searchQuery } from '../../../server/db/queries/search-queries';
import { statsQuery } from '../../../server/db/queries/stats-queries';
import {
  timelineBinsQuery,
  timelineItemsQuery,
  topActorsQuery,
  treatySpansQuery,
} from '../../../server/db/queries/timeline-queries';
import {
  inForceQuery,
  lineageQuery,
  partiesByTreatyIdsQuery,
  supersessionsQuery,
  treatyCountQuery,
  treatyPageQuery,
} from '../../../server/db/queries/treaty-queries';

/**
 * Golden tests pinning the Cypher and params of every read builder (the TCK idea of
 * @neo4j/graphql). Files are written when missing locally and fail when missing under CI=true
 * (vitest does not write snapshots in CI). Integers sent as neo4j Integer show as int(n).
 */
function render(q: Query): string {
  const params = JSON.stringify(
    q.params,
    (_key, value: unknown) => (neo4j.isInt(value) ? `int(${value.toString()})` : value),
    2,
  );
  return `${q.cypher}\n\n// params\n${params}\n`;
}

const golden = (name: string, q: Query) => expect(render(q)).toMatchFileSnapshot(`./__golden__/${name}.cypher`);

describe('event queries', () => {
  it('eventPageQuery with no filter uses the date index range and keyset order', async () => {
    await golden('event-page-plain', eventPageQuery({ filter: {}, order: 'DATE_ASC', after: null, limit: 101 }));
  });
  it('eventPageQuery withGdelt returns each event with its GDELT columns (null for article events)', async () => {
    await golden(
      'event-page-gdelt',
      eventPageQuery({ filter: {}, order: 'DATE_ASC', after: null, limit: 101, withGdelt: true }),
    );
  });
  it('eventPageQuery with every filter, a cursor and DESC order starts from the first actor', async () => {
    await golden(
      'event-page-full',
      eventPageQuery({
        filter: {
          fromDay: '1961-01-01',
          toDay: '2024-12-31',
          types: ['MEETING'],
          actorIds: ['country:RU', 'country:KP'],
          actorMatch: 'ALL',
          treatyIds: ['t1'],
          placeIds: ['p1'],
          modality: ['ASSERTED'],
          minConfidence: 0.5,
        },
        order: 'DATE_DESC',
        after: { day: '2000-02-09', id: 'e9' },
        limit: 11,
      }),
    );
  });
  it('eventCountQuery with text starts from the full-text index, escaped', async () => {
    await golden('event-count-text', eventCountQuery({ text: 'Putin "(*', actorIds: ['a', 'b'], actorMatch: 'ANY' }));
  });
  it('eventCountQuery with an origin keeps GDELT events (a gdeltId) or article events (none)', async () => {
    await golden('event-count-origin-gdelt', eventCountQuery({ origin: 'GDELT', types: ['PROTEST'] }));
    await golden('event-count-origin-article', eventCountQuery({ origin: 'ARTICLE' }));
  });
  it('eventCountQuery with ANY actors', async () => {
    await golden('event-count-any', eventCountQuery({ actorIds: ['a', 'b'], actorMatch: 'ANY' }));
  });
  it('eventsByIdsQuery, sourcesByEventIdsQuery and gdeltRecordsByEventIdsQuery batch by ids', async () => {
    await golden('events-by-ids', eventsByIdsQuery(['e1', 'e2']));
    await golden('sources-by-event-ids', sourcesByEventIdsQuery(['e1']));
    await golden('gdelt-records-by-event-ids', gdeltRecordsByEventIdsQuery(['gdelt:1', 'e2']));
  });
});

describe('actor, treaty and article queries', () => {
  it('actorPageQuery, actorCountQuery, actorTreatiesQuery, officesByActorIdsQuery, counterpartsQuery', async () => {
    await golden(
      'actor-page',
      actorPageQuery({ search: 'KNDR', kinds: ['COUNTRY'] }, { name: 'North Korea', id: 'country:KP' }, 51),
    );
    await golden('actor-count', actorCountQuery({ kinds: ['PERSON'] }));
    await golden('actor-search-page', actorSearchPageQuery({ search: 'North Korea', kinds: ['COUNTRY'] }, 20, 21));
    await golden(
      'actor-treaties-in-force',
      actorTreatiesQuery('country:KP', { first: '2000-01-01', last: '2000-01-01' }),
    );
    await golden('offices-by-actor-ids', officesByActorIdsQuery(['person:putin']));
    await golden('counterparts', counterpartsQuery('country:RU', 20));
  });
  it('treatyPageQuery, treatyCountQuery, partiesByTreatyIdsQuery, supersessionsQuery, lineageQuery, inForceQuery', async () => {
    await golden(
      'treaty-page',
      treatyPageQuery(
        {
          inForceOn: { first: '2000-01-01', last: '2000-12-31' },
          party: 'country:KP',
          kind: 'BILATERAL',
          status: 'IN_FORCE',
        },
        null,
        51,
      ),
    );
    await golden('treaty-count', treatyCountQuery({ status: 'ENDED' }));
    await golden('parties-by-treaty-ids', partiesByTreatyIdsQuery(['t1']));
    await golden('replaced-by', supersessionsQuery(['t1'], 'replacedBy'));
    await golden('lineage', lineageQuery('t1'));
    await golden('in-force', inForceQuery(['t1', 't2'], { first: '1996-01-01', last: '1996-12-31' }));
  });
  it('articlePageQuery, articleCountQuery, reportsByArticleIdsQuery, mentionsByArticleIdsQuery', async () => {
    await golden(
      'article-page',
      articlePageQuery({ language: 'id', fromDay: '2024-01-01' }, { day: '2024-06-19', id: 'a9' }, 51),
    );
    await golden('article-count', articleCountQuery({ source: 'Example Wire' }));
    await golden('reports-by-article-ids', reportsByArticleIdsQuery(['a1']));
    await golden('mentions-by-article-ids', mentionsByArticleIdsQuery(['a1']));
  });
});

describe('timeline, search, paths and stats queries', () => {
  it('timeline builders: top actors, items, bins by actor and by type (year, quarter, month, decade), spans', async () => {
    const f = { fromDay: '1950-01-01', toDay: '2025-12-31' };
    await golden('timeline-top-actors', topActorsQuery(f, 12));
    await golden('timeline-items', timelineItemsQuery(f, 2000));
    await golden('timeline-bins-actor', timelineBinsQuery(f, 'year', 'ACTOR', ['country:RU', 'country:KP']));
    await golden('timeline-bins-type', timelineBinsQuery(f, 'month', 'TYPE', []));
    await golden('timeline-bins-quarter', timelineBinsQuery(f, 'quarter', 'ACTOR', ['country:RU']));
    await golden('timeline-bins-decade', timelineBinsQuery(f, 'decade', 'TYPE', []));
    await golden('timeline-spans', treatySpansQuery(f, { actorIds: ['country:RU'] }));
  });
  it('timelineBinsQuery by ACTOR with text asks the full-text index once and joins its hits to the lanes', async () => {
    const f = { fromDay: '1950-01-01', toDay: '2025-12-31', text: 'grain deal', types: ['TREATY_SIGNING'] };
    const q = timelineBinsQuery(f, 'month', 'ACTOR', ['country:RU', 'country:UA']);
    expect(q.cypher.match(/db\.index\.fulltext\.queryNodes/g)).toHaveLength(1);
    expect(q.cypher.startsWith('CALL db.index.fulltext.queryNodes')).toBe(true);
    await golden('timeline-bins-actor-text', q);
  });
  it('searchQuery narrows kinds after asking the index for more', async () => {
    await golden('search', searchQuery('putin kim', 20, null));
    await golden('search-kinds', searchQuery('putin', 10, ['ACTOR', 'TREATY']));
  });
  it('pathsQuery without and with `at`', async () => {
    await golden('paths', pathsQuery('country:ID', 'country:RU', 4, 5, null));
    await golden('paths-at', pathsQuery('country:ID', 'country:RU', 6, 3, { first: '2000-01-01', last: '2000-12-31' }));
  });
  it('pathsQuery refuses hop and path counts outside their literal ranges', () => {
    expect(() => pathsQuery('a', 'b', 7, 5, null)).toThrow('invalid maxHops: 7');
    expect(() => pathsQuery('a', 'b', 2, 0, null)).toThrow('invalid count: 0');
  });
  it('statsQuery', async () => {
    await golden('stats', statsQuery(['MEETING', 'OTHER']));
  });
});

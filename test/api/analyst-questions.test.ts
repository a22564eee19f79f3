/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
/**
 * One query per analyst question in docs/api.md "The analyst questions", run against the fixture
 * graph. The queries live in test/support/api-fixtures.ts; docs/api.md shows them.
 */
import { describe, expect, it } from 'vitest';
import {
  ARTICLES,
  EVENTS_BETWEEN,
  HOW_CONNECTED,
  TREATIES_IN_FORCE,
  WHAT_REPLACED,
  WHO_SAYS_WHEN,
  gql,
  useFixtureApi,
} from '../support/api-fixtures';

const api = useFixtureApi();

describe('the analyst questions of docs/api.md', () => {
  it('every event between Russia and North Korea since 1961', async () => {
    const r = await gql(api.yoga, EVENTS_BETWEEN);
    expect(r.errors).toBeUndefined();
    expect(r.data.events.totalCount).toBe(6);
    expect(r.data.events.edges.map((e: any) => e.node.date)).toEqual([
      '2000-02-09',
      '2000-07-19',
      '2023-09-13',
      '2024-06-19',
      '2024-12-04',
      '2025',
    ]);
  });

  it('which treaties bound North Korea on 1 January 2000?', async () => {
    const r = await gql(api.yoga, TREATIES_IN_FORCE);
    expect(r.errors).toBeUndefined();
    // The 1961 Soviet treaty lapsed in 1996; the 2000 Russian one was signed in February.
    expect(r.data.treaties.edges.map((e: any) => e.node.name)).toEqual([
      'Sino-North Korean Mutual Aid and Cooperation Friendship Treaty',
    ]);
  });

  it('what replaced the 1961 treaty, and on what basis?', async () => {
    const r = await gql(api.yoga, WHAT_REPLACED);
    expect(r.errors).toBeUndefined();
    expect(r.data.treaty.replacedBy).toEqual([
      {
        basis: 'SUCCESSOR',
        effectiveOn: null,
        treaty: { name: 'Treaty on Friendship, Good-Neighbourliness and Cooperation (2000)', signedOn: '2000-02-09' },
        sources: [{ title: ARTICLES.explainer1961.title, url: ARTICLES.explainer1961.url }],
      },
    ]);
    expect(r.data.treaty.lineage.map((t: any) => t.status)).toEqual(['ENDED', 'SUPERSEDED', 'IN_FORCE']);
  });

  it('how is Indonesia connected to Russia?', async () => {
    const r = await gql(api.yoga, HOW_CONNECTED);
    expect(r.errors).toBeUndefined();
    expect(r.data.paths[0].nodes.map((n: any) => n.label)).toEqual([
      'Indonesia',
      'Indonesia and Russia discuss trade',
      'Russia',
    ]);
  });

  it('which articles say the pact was signed on the 18th, and which on the 19th?', async () => {
    const r = await gql(api.yoga, WHO_SAYS_WHEN);
    expect(r.errors).toBeUndefined();
    expect(r.data.events.edges).toHaveLength(1);
    const [event] = r.data.events.edges.map((e: any) => e.node);
    const byDate = Object.fromEntries(
      event.conflicts.map((c: any) => [c.date, c.sources.map((s: any) => s.article.language).sort()]),
    );
    expect(byDate).toEqual({ '2024-06-18': ['id'], '2024-06-19': ['en', 'ru'] });
  });
});

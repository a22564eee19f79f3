/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor';
import type { PactlineYoga } from '../../server/graphql/create-yoga';
import { EVENTS, IDS, gql, openFixtureApi } from '../support/api-fixtures';

let executor: Executor;
let yoga: PactlineYoga;

beforeAll(async () => {
  ({ executor, yoga } = await openFixtureApi({ clock: () => new Date('2026-11-26T00:00:00Z') }));
});

afterAll(async () => {
  await executor.close();
});

const PAGE = `query Page($filter: EventFilter, $first: Int, $after: String, $orderBy: EventOrder) {
  events(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id type date datePrecision modality participants { role actor { id name kind } } } }
  }
}`;

describe('events', () => {
  it('events() lists every dated event oldest first with totalCount', async () => {
    const r = await gql(yoga, PAGE, {});
    expect(r.errors).toBeUndefined();
    const ids = r.data.events.edges.map((e: any) => e.node.id);
    const sorted = [...EVENTS]
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((e) => e.id);
    expect(ids).toEqual(sorted);
    expect(r.data.events.totalCount).toBe(EVENTS.length);
    expect(r.data.events.pageInfo.hasNextPage).toBe(false);
  });

  it('events(first, after) pages with opaque keyset cursors and no overlap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r: any = await gql(yoga, PAGE, { first: 3, after });
      expect(r.errors).toBeUndefined();
      seen.push(...r.data.events.edges.map((e: any) => e.node.id));
      expect(r.data.events.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!r.data.events.pageInfo.hasNextPage) break;
      after = r.data.events.pageInfo.endCursor;
      expect(after).not.toContain('2024');
    }
    expect(seen).toHaveLength(EVENTS.length);
    expect(new Set(seen).size).toBe(EVENTS.length);
  });

  it('events(orderBy: DATE_DESC) pages newest first', async () => {
    const a = await gql(yoga, PAGE, { first: 4, orderBy: 'DATE_DESC' });
    const b = await gql(yoga, PAGE, { first: 4, orderBy: 'DATE_DESC', after: a.data.events.pageInfo.endCursor });
    const dates = [...a.data.events.edges, ...b.data.events.edges].map((e: any) => e.node.date);
    expect(dates[0]).toBe('2025');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('filters by actors (ALL by default, ANY on request), dates, types, modality, treaty, place, text and confidence', async () => {
    const count = async (filter: Record<string, unknown>) => {
      const r = await gql(yoga, PAGE, { filter, first: 100 });
      expect(r.errors).toBeUndefined();
      expect(r.data.events.totalCount).toBe(r.data.events.edges.length);
      return r.data.events.edges.map((e: any) => e.node.id) as string[];
    };
    expect(await count({ actorIds: [IDS.russia, IDS.northKorea] })).toHaveLength(6);
    expect(await count({ actorIds: [IDS.indonesia, IDS.usa], actorMatch: 'ANY' })).toHaveLength(2);
    expect(await count({ from: '2024', to: '2024' })).toHaveLength(3);
    expect(await count({ from: '2024-06', to: '2024-06-19' })).toEqual([IDS.signing2024]);
    expect(await count({ types: ['MEETING'], modality: ['ASSERTED'] })).toHaveLength(2);
    expect(await count({ treatyIds: [IDS.treaty2024] })).toHaveLength(3);
    expect(await count({ placeIds: ['place:pyongyang'] })).toHaveLength(3);
    expect(await count({ text: 'Vostochny' })).toHaveLength(1);
    expect(await count({ text: 'Vostochny', actorIds: [IDS.indonesia] })).toHaveLength(0);
    expect(await count({ minConfidence: 0.8 })).toHaveLength(EVENTS.length - 1);
  });

  it('rejects first above 500, a negative first, a bad cursor and a bad date, with codes and quoted values', async () => {
    const big = await gql(yoga, PAGE, { first: 501 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toBe('invalid first: 501 (allowed: 0 to 500)');
    const cursor = await gql(yoga, PAGE, { after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.message).toContain('invalid after: "not-a-cursor"');
    const date = await gql(yoga, PAGE, { filter: { from: '2024-13' } });
    expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(date.errors?.[0]?.message).toContain('"2024-13"');
    expect(date.errors?.[0]?.message).toContain('YYYY, YYYY-MM, YYYY-MM-DD');
    const literal = await gql(yoga, '{ events(filter: {from: "1961-02-30"}) { totalCount } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0]?.message).toContain('"1961-02-30"');
    const order = await gql(yoga, PAGE, { filter: { from: '2024', to: '2023' } });
    expect(order.errors?.[0]?.message).toBe(
      'invalid filter.to: "2023" (allowed: a date not before filter.from "2024")',
    );
  });

  it('a page of 100 events with participants, gdelt and totalCount costs at most 3 round trips', async () => {
    const query = `{ events(first: 100) { totalCount edges { node { id participants { role actor { id name } } gdelt { globalEventId } } } } }`;
    await gql(yoga, query);
    const before = executor.roundTrips;
    const r = await gql(yoga, query);
    expect(r.errors).toBeUndefined();
    expect(r.data.events.edges[0].node.participants.length).toBeGreaterThan(0);
    expect(executor.roundTrips - before).toBeLessThanOrEqual(3);
  });

  it('event(id) has participants, place, treaty, every source with offsets, and the conflicting claimed dates', async () => {
    const r = await gql(
      yoga,
      `query($id: ID!) { event(id: $id) {
      id type date datePrecision plover cameo summary confidence
      participants { role actor { id } }
      place { id name } treaty { id name }
      sources { article { id title url language source publishedAt } quote start end claimedDate confidence }
      conflicts { date sources { article { id } } }
    } }`,
      { id: IDS.signing2024 },
    );
    expect(r.errors).toBeUndefined();
    const e = r.data.event;
    expect(e.place).toEqual({ id: 'place:pyongyang', name: 'Pyongyang' });
    expect(e.treaty.id).toBe(IDS.treaty2024);
    expect(e.participants).toHaveLength(4);
    expect(e.sources).toHaveLength(3);
    for (const s of e.sources) expect(s.end - s.start).toBe(s.quote.length);
    expect(e.conflicts.map((c: any) => c.date)).toEqual(['2024-06-18', '2024-06-19']);
    expect(e.conflicts[0].sources.map((s: any) => s.article.id)).toEqual(['article:id-signing']);
  });

  it('event(id) of an unknown id is null', async () => {
    const r = await gql(yoga, '{ event(id: "nope") { id } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.event).toBeNull();
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import type { Executor, Query } from '../../server/db/executor';
import { createPactlineYoga, createTimelineIndexFor, type PactlineYoga } from '../../server/graphql/create-yoga';
import type { TimelineIndexStore } from '../../server/timeline/index-store';
import { createLogger } from '../../server/logger';
import { IDS, gql, openFixtureApi } from '../support/api-fixtures';

/**
 * The timeline index answers as the Cypher path does: the same requests through a yoga whose
 * index is current and through one without an index give the same JSON, and the indexed one
 * sends no count, lane or bin query to Neo4j. A write (even one that keeps every count) is
 * visible to the next request.
 */
let executor: Executor;
let store: TimelineIndexStore;
let indexed: PactlineYoga;
let cypher: PactlineYoga;
const sent: string[] = [];

beforeAll(async () => {
  ({ executor } = await openFixtureApi());
  // One undated event: date filters exclude it, Timeline.undated counts it.
  await executor.write({
    cypher: `MATCH (ru:Actor {id: $ru}), (kp:Actor {id: $kp})
CREATE (e:Event:Reported {id: 'event:statement:undated:country:KP|country:RU', type: 'STATEMENT', modality: 'ASSERTED', summary: 'An undated statement', confidence: 0.8})
CREATE (ru)-[:PARTICIPATED_IN {role: 'SPEAKER'}]->(e), (kp)-[:PARTICIPATED_IN {role: 'PARTICIPANT'}]->(e)`,
    params: { ru: IDS.russia, kp: IDS.northKorea },
  });
  const logger = createLogger('silent');
  const config = readConfig({ LOG_LEVEL: 'silent' });
  const watched: Executor = {
    ...executor,
    read: <T>(q: Query) => {
      sent.push(q.cypher);
      return executor.read<T>(q);
    },
  };
  store = createTimelineIndexFor(executor, logger, { cooldownMs: 0 });
  await store.refresh();
  indexed = createPactlineYoga({ executor: watched, config, logger, timelineCache: false, timelineIndex: store });
  cypher = createPactlineYoga({ executor, config, logger, timelineCache: false, timelineIndex: false });
});

afterAll(async () => {
  await executor.close();
});

const TIMELINE = `query T($from: PartialDate!, $to: PartialDate!, $filter: EventFilter, $lanes: LaneBy, $maxItems: Int, $maxBuckets: Int) {
  timeline(from: $from, to: $to, filter: $filter, lanes: $lanes, maxItems: $maxItems, maxBuckets: $maxBuckets) {
    mode from to bucket total
    lanes { id label kind }
    items { id type date lanes actorIds treatyId }
    bins { lane start end count byType { type count } typeCounts }
    binTypes
    spans { treaty { id } start end startKind endKind replacedBy status }
  }
}`;

const CASES: Record<string, unknown>[] = [
  { from: '1900', to: '2030', maxItems: 0 },
  { from: '1900', to: '2030', maxItems: 3 },
  { from: '1961', to: '1961', maxItems: 0 },
  { from: '2005', to: '2024', maxItems: 0 },
  { from: '2005', to: '2024', maxItems: 0, maxBuckets: 400 },
  { from: '1950', to: '2030', maxItems: 0, maxBuckets: 400 },
  { from: '1900', to: '2030', maxItems: 0, maxBuckets: 10 },
  { from: '1950', to: '2030', lanes: 'TYPE', maxItems: 0, maxBuckets: 300 },
  { from: '2020', to: '2024', maxItems: 0 },
  { from: '2024', to: '2024', maxItems: 0 },
  { from: '2024-06', to: '2024-12', maxItems: 0 },
  { from: '1950', to: '2030' },
  { from: '2024', to: '2024', lanes: 'TYPE', maxItems: 0 },
  { from: '1900', to: '2030', lanes: 'TYPE', maxItems: 1 },
  { from: '1900', to: '2030', maxItems: 0, filter: { actorIds: [IDS.russia, IDS.northKorea] } },
  { from: '1900', to: '2030', maxItems: 0, filter: { actorIds: [IDS.indonesia, IDS.usa], actorMatch: 'ANY' } },
  { from: '1900', to: '2030', maxItems: 0, filter: { actorIds: ['country:XX'] } },
  { from: '1900', to: '2030', maxItems: 0, filter: { types: ['MEETING', 'STATEMENT'], modality: ['ASSERTED'] } },
  { from: '1900', to: '2030', maxItems: 0, filter: { minConfidence: 0.7 } },
  { from: '1900', to: '2030', maxItems: 0, filter: { treatyIds: [IDS.treaty2024, IDS.treaty1961] } },
  { from: '1900', to: '2030', maxItems: 0, filter: { placeIds: ['place:pyongyang'], from: '2000-07', to: '2024' } },
  { from: '1900', to: '2030', maxItems: 0, filter: { from: '2030' } },
  { from: '2025', to: '2026', maxItems: 0 },
];

describe('timeline index', () => {
  it('timeline gives the same answer from the index as from Cypher, for windows, lanes and filters', async () => {
    for (const variables of CASES) {
      const [a, b] = await Promise.all([gql(indexed, TIMELINE, variables), gql(cypher, TIMELINE, variables)]);
      expect(a.errors, JSON.stringify(variables)).toBeUndefined();
      expect(a.data, JSON.stringify(variables)).toEqual(b.data);
    }
    const bins = await gql(indexed, TIMELINE, CASES[0]!);
    expect(bins.data.timeline.bins.length).toBeGreaterThan(5);
  });

  it('timeline counts undated events apart (undated), from the index and from Cypher, and no window or events page lists them', async () => {
    const q = `query($f: EventFilter) { timeline(from: "1900", to: "2030", filter: $f) { total undated items { id } } events(filter: $f, first: 100) { totalCount edges { node { id } } } }`;
    for (const yoga of [indexed, cypher]) {
      const all = await gql(yoga, q, {});
      expect(all.data.timeline).toMatchObject({ total: 11, undated: 1 });
      expect(all.data.events.totalCount).toBe(11);
      expect(all.data.events.edges.map((e: any) => e.node.id)).not.toContain(
        'event:statement:undated:country:KP|country:RU',
      );
      expect(
        (await gql(yoga, q, { f: { types: ['STATEMENT'], actorIds: [IDS.northKorea] } })).data.timeline.undated,
      ).toBe(1);
      expect((await gql(yoga, q, { f: { types: ['MEETING'] } })).data.timeline.undated).toBe(0);
      expect((await gql(yoga, q, { f: { text: 'undated statement' } })).data.timeline).toMatchObject({
        total: 0,
        undated: 1,
      });
    }
  });

  it('timeline and events totalCount from a current index send no count, lane, bin or span query to Neo4j', async () => {
    sent.length = 0;
    const t = await gql(indexed, TIMELINE, { from: '1900', to: '2030', maxItems: 0 });
    expect(t.data.timeline.mode).toBe('BINS');
    const e = await gql(indexed, '{ events(first: 2, filter: { from: "2000" }) { totalCount } }');
    expect(e.data.events.totalCount).toBe(9);
    expect(sent.filter((c) => /count\(|LIMIT \$lanes|AS byType|REPLACES/.test(c))).toEqual([]);
  });

  it('events totalCount from the index equals the Cypher count for every filter', async () => {
    const q = 'query($f: EventFilter) { events(first: 1, filter: $f) { totalCount } }';
    const filters = [
      {},
      { from: '2000', to: '2023' },
      { actorIds: [IDS.putin, IDS.kim] },
      { types: ['MEETING'], modality: ['PLANNED'] },
      { text: 'treaty' },
      { treatyIds: [IDS.treaty2000] },
    ];
    for (const f of filters) {
      const [a, b] = await Promise.all([gql(indexed, q, { f }), gql(cypher, q, { f })]);
      expect(a.data.events.totalCount, JSON.stringify(f)).toBe(b.data.events.totalCount);
    }
  });

  it('a write that changes a date but no count is visible to the next timeline, through the cache and the index', async () => {
    const cached = createPactlineYoga({ executor, config: readConfig({ LOG_LEVEL: 'silent' }), timelineIndex: store });
    const year = async (yoga: PactlineYoga) => {
      const r = await gql(yoga, TIMELINE, { from: '1900', to: '2030', maxItems: 0, lanes: 'TYPE' });
      return r.data.timeline.bins.filter((b: any) => b.lane === 'SANCTION').map((b: any) => b.start);
    };
    expect(await year(cached)).toEqual(['2019']);
    expect(await year(cached)).toEqual(['2019']);
    await executor.write({
      cypher: "MATCH (e:Event {id: 'event:sanction:2019:country:KP|country:US'}) SET e.date = date('2018-01-01')",
      params: {},
    });
    try {
      expect(await year(cached)).toEqual(['2018']);
      expect(await year(indexed)).toEqual(['2018']);
      await store.refresh();
      expect(store.state.version).toBe(await executor.dataVersion());
      expect(await year(indexed)).toEqual(['2018']);
    } finally {
      await executor.write({
        cypher: "MATCH (e:Event {id: 'event:sanction:2019:country:KP|country:US'}) SET e.date = date('2019-01-01')",
        params: {},
      });
      await store.refresh();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { IndexEventRow, IndexSource } from '../../../server/db/read-model';
import { epochToDay } from '../../../server/domain/calendar';
import {
  buildTimelineIndex,
  busiestActors,
  countEvents,
  countUndated,
  timelineBins,
  topActors,
} from '../../../server/timeline/timeline-index';
import { createTimelineIndexStore } from '../../../server/timeline/index-store';
import { createLogger } from '../../../server/logger';

const event = (
  date: string | null,
  type: string,
  actorIds: string[],
  extra: Partial<IndexEventRow> = {},
): IndexEventRow => ({
  date: date === null ? null : [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))],
  type,
  modality: 'ASSERTED',
  confidence: 0.9,
  gdelt: false,
  actorIds,
  treatyIds: [],
  placeIds: [],
  ...extra,
});

const SOURCE = {
  actors: [
    { id: 'a', name: 'Alpha', degree: 3 },
    { id: 'b', name: 'Beta', degree: 4 },
    { id: 'c', name: 'Gamma', degree: 1 },
    { id: 'z', name: 'Zero', degree: 0 },
  ],
  events: [
    event('2001-03-04', 'MEETING', ['a', 'b']),
    event('2000-01-01', 'SANCTION', ['b'], { confidence: null }),
    event('2001-12-31', 'MEETING', ['b', 'c'], { modality: 'PLANNED', treatyIds: ['t1'] }),
    event(null, 'STATEMENT', ['a', 'b']),
    event('2003-06-19', 'STATEMENT', ['a'], { placeIds: ['p1'] }),
  ],
  treaties: [],
};

describe('timeline-index', () => {
  const index = buildTimelineIndex('v1', SOURCE);

  it('buildTimelineIndex sorts dated events by day and keeps undated ones last', () => {
    expect(index.size).toBe(5);
    expect(index.dated).toBe(4);
    expect([...index.day.slice(0, 4)].map(epochToDay)).toEqual([
      '2000-01-01',
      '2001-03-04',
      '2001-12-31',
      '2003-06-19',
    ]);
    expect(index.bytes).toBeGreaterThan(0);
  });

  it('countEvents applies the date range and every other condition; undated events only count in countUndated', () => {
    expect(countEvents(index, {})).toBe(4);
    expect(countEvents(index, { fromDay: '2001-01-01', toDay: '2001-12-31' })).toBe(2);
    expect(countEvents(index, { actorIds: ['a', 'b'] })).toBe(1);
    expect(countEvents(index, { actorIds: ['a', 'nobody'] })).toBe(0);
    expect(countEvents(index, { actorIds: ['c', 'nobody'], actorMatch: 'ANY' })).toBe(1);
    expect(countEvents(index, { modality: ['PLANNED'] })).toBe(1);
    expect(countEvents(index, { minConfidence: 0.5 })).toBe(3);
    expect(countEvents(index, { treatyIds: ['t1'] })).toBe(1);
    expect(countEvents(index, { placeIds: ['p1', 'p2'] })).toBe(1);
    expect(countEvents(index, { types: ['MEETING'], fromDay: '2001-06-01' })).toBe(1);
    expect(countUndated(index, {})).toBe(1);
    expect(countUndated(index, { types: ['MEETING'] })).toBe(0);
  });

  it('countEvents and countUndated with origin keep only GDELT events or only those from articles', () => {
    const gdelt = [
      event('2002-02-02', 'PROTEST', ['c'], { gdelt: true }),
      event(null, 'PROTEST', ['c'], { gdelt: true }),
    ];
    const mixed = buildTimelineIndex('v2', { ...SOURCE, events: [...SOURCE.events, ...gdelt] });
    expect(countEvents(mixed, {})).toBe(5);
    expect(countEvents(mixed, { origin: 'GDELT' })).toBe(1);
    expect(countEvents(mixed, { origin: 'ARTICLE' })).toBe(4);
    expect(countEvents(mixed, { origin: 'GDELT', actorIds: ['a'] })).toBe(0);
    expect(countUndated(mixed, { origin: 'GDELT' })).toBe(1);
    expect(countUndated(mixed, { origin: 'ARTICLE' })).toBe(1);
  });

  it('topActors ranks by events in the filter, ties by id; busiestActors by degree, keeping actors without events', () => {
    expect(topActors(index, {}, 2)).toEqual([
      { id: 'b', label: 'Beta', n: 3 },
      { id: 'a', label: 'Alpha', n: 2 },
    ]);
    expect(topActors(index, { fromDay: '2001-01-01' }, 5).map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(busiestActors(index, 10).map((a) => a.id)).toEqual(['b', 'a', 'c', 'z']);
  });

  it('timelineBins counts per lane and bucket by type, a two-lane event in both lanes', () => {
    expect(timelineBins(index, {}, 'year', 'ACTOR', ['b', 'a'])).toEqual([
      { lane: 'a', start: '2001-01-01', count: 1, byType: [{ type: 'MEETING', count: 1 }] },
      { lane: 'a', start: '2003-01-01', count: 1, byType: [{ type: 'STATEMENT', count: 1 }] },
      { lane: 'b', start: '2000-01-01', count: 1, byType: [{ type: 'SANCTION', count: 1 }] },
      { lane: 'b', start: '2001-01-01', count: 2, byType: [{ type: 'MEETING', count: 2 }] },
    ]);
    expect(timelineBins(index, { fromDay: '2001-01-01', toDay: '2001-12-31' }, 'month', 'TYPE', [])).toEqual([
      { lane: 'MEETING', start: '2001-03-01', count: 1, byType: [{ type: 'MEETING', count: 1 }] },
      { lane: 'MEETING', start: '2001-12-01', count: 1, byType: [{ type: 'MEETING', count: 1 }] },
    ]);
    expect(timelineBins(index, { fromDay: '2003-06-01', toDay: '2003-06-30' }, 'week', 'ACTOR', ['a'])).toEqual([
      { lane: 'a', start: '2003-06-16', count: 1, byType: [{ type: 'STATEMENT', count: 1 }] },
    ]);
    expect(timelineBins(index, { fromDay: '2010-01-01' }, 'day', 'ACTOR', ['a'])).toEqual([]);
  });
});

describe('timeline-index-store', () => {
  const source = (): IndexSource => SOURCE;
  it('at(version) is null until a build at that version, which it starts in the background', async () => {
    let version = 'v1';
    let loads = 0;
    const store = createTimelineIndexStore({
      version: async () => version,
      load: async () => (loads++, source()),
      logger: createLogger('silent'),
      cooldownMs: 0,
    });
    expect(store.at('v1')).toBeNull();
    await store.refresh();
    expect(store.at('v1')?.size).toBe(5);
    expect(loads).toBe(1);
    version = 'v2';
    expect(store.at('v2')).toBeNull();
    await store.refresh();
    expect(loads).toBe(2);
    expect(store.at('v1')).toBeNull();
    expect(store.at('v2')?.version).toBe('v2');
  });

  it('labels an index with the version read before loading, so a write during the load leaves it stale', async () => {
    let version = 'v1';
    const store = createTimelineIndexStore({
      version: async () => version,
      load: async () => {
        version = 'v2';
        return source();
      },
      logger: createLogger('silent'),
      cooldownMs: 0,
    });
    await store.refresh();
    expect(store.state.version).toBe('v1');
    expect(store.at('v2')).toBeNull();
  });

  it('over the cap it keeps no index and does not reload until the version changes; cooldown spaces rebuilds', async () => {
    let loads = 0;
    let clock = 0;
    const store = createTimelineIndexStore({
      version: async () => 'v1',
      load: async () => (loads++, { over: 7 }),
      logger: createLogger('silent'),
      maxEvents: 5,
      cooldownMs: 1000,
      now: () => clock,
    });
    await store.refresh();
    expect(store.state.overCap).toBe(7);
    expect(store.at('v1')).toBeNull();
    expect(loads).toBe(1);
    expect(store.at('v2')).toBeNull();
    expect(loads).toBe(1);
    clock = 1000;
    expect(store.at('v2')).toBeNull();
    expect(store.state.building).toBe(true);
  });

  it('waits twice as long as the last build took before starting another', async () => {
    let clock = 0;
    let version = 'v1';
    let loads = 0;
    const store = createTimelineIndexStore({
      version: async () => version,
      load: async () => {
        loads++;
        clock += 5000;
        return source();
      },
      logger: createLogger('silent'),
      cooldownMs: 1000,
      now: () => clock,
    });
    await store.refresh();
    version = 'v2';
    clock += 9999;
    expect(store.at('v2')).toBeNull();
    expect(store.state.building).toBe(false);
    clock += 1;
    expect(store.at('v2')).toBeNull();
    expect(store.state.building).toBe(true);
    await store.refresh();
    expect(loads).toBe(2);
    expect(store.at('v2')?.version).toBe('v2');
  });
});

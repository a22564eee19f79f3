import { describe, expect, it } from 'vitest';
import { mapTimeline, overviewSeries } from '../../../web/src/api/map-timeline';
import type { TimelineResponse } from '../../../web/src/api/types';
import { eventFilter } from '../../../web/src/app/view-fetcher';
import { defaultView } from '../../../web/src/state/url-state';

const response: TimelineResponse['timeline'] = {
  mode: 'ITEMS',
  from: '2024-01-01',
  to: '2024-12-31',
  bucket: null,
  total: 2,
  lanes: [
    { id: 'ru', label: 'Russia', kind: 'ACTOR' },
    { id: '_other', label: 'Other', kind: 'ACTOR' },
  ],
  items: [
    {
      id: 'e1',
      type: 'MEETING',
      date: '2024-06',
      datePrecision: 'MONTH',
      endDate: null,
      lanes: ['ru'],
      modality: 'PLANNED',
      summary: null,
      confidence: null,
      actorIds: ['ru', 'kp'],
      treatyId: null,
      origin: 'GDELT',
      gdelt: {
        quadClass: 3,
        goldsteinScale: -4,
        numMentions: 2,
        avgTone: -3.5,
        sourceUrl: 'https://example.test/story',
      },
    },
    {
      id: 'e2',
      type: 'AID',
      date: '2024-07-02',
      datePrecision: 'DAY',
      endDate: null,
      lanes: ['_other'],
      modality: 'ASSERTED',
      summary: 'aid',
      confidence: 0.5,
      actorIds: ['cn'],
      treatyId: 't',
      origin: 'ARTICLE',
      gdelt: null,
    },
  ],
  binTypes: ['MEETING', 'AID'],
  bins: [
    { lane: 'ru', start: '2024', end: '2024-12-31', count: 3, typeCounts: [0, 3] },
    { lane: 'TYPE_X', start: '2024', end: '2024-12-31', count: 1, typeCounts: [1, 0] },
  ],
  spanCount: 2,
  spans: [
    {
      treaty: { id: 't', name: 'T', unnamed: false, signedOn: '2000-02-09', inForceFrom: '2000-10-30' },
      start: '2000-02-09',
      end: '2024-12-04',
      startKind: 'SIGNED',
      endKind: 'REPLACED',
      replacedBy: ['u'],
      replacements: [{ treatyId: 'u', basis: 'LEGAL', effectiveOn: '2024-12-04' }],
      parties: ['ru', 'kp'],
      status: 'SUPERSEDED',
    },
    {
      treaty: { id: 'u', name: 'U', unnamed: false, signedOn: null, inForceFrom: null },
      start: null,
      end: null,
      startKind: 'UNKNOWN',
      endKind: 'OPEN',
      replacedBy: [],
      replacements: [],
      parties: [],
      status: 'UNKNOWN',
    },
  ],
};

describe('mapTimeline', () => {
  it('mapTimeline with server lanes returns items in the lanes the server gave', () => {
    const d = mapTimeline(response, { laneBy: 'ACTOR', lanes: [], names: new Map([['kp', 'North Korea']]) });
    expect(d.lanes.map((l) => l.label)).toEqual(['Russia', 'Other actors']);
    expect(d.items[0]).toMatchObject({
      laneIds: ['ru'],
      precision: 'month',
      summary: '',
      confidence: 0,
      actors: ['Russia', 'North Korea'],
      origin: 'GDELT',
    });
    expect(d.items[0]!.gdelt).toEqual({
      quadClass: 3,
      goldsteinScale: -4,
      numMentions: 2,
      avgTone: -3.5,
      sourceUrl: 'https://example.test/story',
    });
    expect(d.items[1]!.origin).toBe('ARTICLE');
    expect(d.items[1]!.gdelt).toBeNull();
    expect(d.window).toEqual({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) });
  });
  it('mapTimeline with chosen lanes returns items re-assigned from their actorIds', () => {
    const d = mapTimeline(response, { laneBy: 'ACTOR', lanes: ['kp', 'cn'], names: new Map([['kp', 'North Korea']]) });
    expect(d.lanes).toEqual([
      { id: 'kp', label: 'North Korea' },
      { id: 'cn', label: 'cn' },
    ]);
    expect(d.items.map((i) => i.laneIds)).toEqual([['kp'], ['cn']]);
  });
  it('mapTimeline returns bins as [first day, day after last), byType from typeCounts without zeros, and drops bins of unknown lanes', () => {
    const d = mapTimeline(response, { laneBy: 'ACTOR', lanes: [], names: new Map() });
    expect(d.bins).toEqual([
      {
        laneId: 'ru',
        start: Date.UTC(2024, 0, 1),
        end: Date.UTC(2025, 0, 1),
        count: 3,
        byType: [{ type: 'AID', count: 3 }],
      },
    ]);
  });
  it('mapTimeline returns spans with a start, entry into force, replacements with basis and parties', () => {
    const d = mapTimeline(response, { laneBy: 'ACTOR', lanes: [], names: new Map() });
    expect(d.spans).toEqual([
      {
        id: 't',
        name: 'T',
        unnamed: false,
        start: Date.UTC(2000, 1, 9),
        inForce: Date.UTC(2000, 9, 30),
        end: Date.UTC(2024, 11, 4),
        status: 'SUPERSEDED',
        replacedBy: ['u'],
        replacements: [{ id: 'u', basis: 'LEGAL', on: Date.UTC(2024, 11, 4) }],
        parties: ['ru', 'kp'],
      },
    ]);
    expect(d.spanCount).toBe(2);
  });
  it('mapTimeline marks a span whose treaty no text names as unnamed', () => {
    const first = response.spans[0]!;
    const unnamed = {
      ...first,
      treaty: { ...first.treaty, name: 'Russia–North Korea Agreement (2000)', unnamed: true },
    };
    const d = mapTimeline({ ...response, spans: [unnamed] }, { laneBy: 'ACTOR', lanes: [], names: new Map() });
    expect(d.spans.map((s) => [s.name, s.unnamed])).toEqual([['Russia–North Korea Agreement (2000)', true]]);
  });
  it('overviewSeries sums bins across lanes per bucket', () => {
    expect(
      overviewSeries([
        { lane: 'A', start: '2024', end: '2024-12-31', count: 2 },
        { lane: 'B', start: '2024', end: '2024-12-31', count: 3 },
        { lane: 'B', start: '2023', end: '2023-12-31', count: 1 },
      ]).map((b) => b.count),
    ).toEqual([1, 5]);
  });
});

describe('eventFilter', () => {
  const base = defaultView({ start: 0, end: 1 });
  it('eventFilter(default view) returns {}', () => {
    expect(eventFilter(base)).toEqual({});
  });
  it('eventFilter narrows to chosen actor lanes with ANY, unless participants are filtered', () => {
    expect(eventFilter({ ...base, lanes: ['ru'] })).toEqual({ actorIds: ['ru'], actorMatch: 'ANY' });
    expect(eventFilter({ ...base, lanes: ['ru'], filter: { ...base.filter, actorIds: ['kp'] } })).toEqual({
      actorIds: ['kp'],
      actorMatch: 'ANY',
    });
  });
  it('eventFilter returns every filter part the API takes', () => {
    const f = {
      types: ['AID' as const],
      actorIds: [],
      from: '2000-01-01',
      to: '2001-01-01',
      minConfidence: 0.5,
      modality: ['PLANNED' as const],
      origin: ['GDELT' as const],
    };
    expect(eventFilter({ ...base, filter: f })).toEqual({
      types: ['AID'],
      from: '2000-01-01',
      to: '2001-01-01',
      minConfidence: 0.5,
      modality: ['PLANNED'],
      origin: ['GDELT'],
    });
  });
});

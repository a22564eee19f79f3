/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are checked field by field */
import { describe, expect, it } from 'vitest';
import { IDS, gql, useFixtureApi } from '../support/api-fixtures';

const api = useFixtureApi();

const TIMELINE = `query T($from: PartialDate!, $to: PartialDate!, $filter: EventFilter, $lanes: LaneBy, $maxItems: Int, $maxBuckets: Int) {
  timeline(from: $from, to: $to, filter: $filter, lanes: $lanes, maxItems: $maxItems, maxBuckets: $maxBuckets) {
    mode from to bucket total
    lanes { id label kind }
    items { id type date datePrecision endDate lanes modality summary confidence actorIds treatyId }
    bins { lane start end count byType { type count } typeCounts }
    binTypes
    spans { treaty { id name } start end startKind endKind replacedBy status }
  }
}`;

describe('timeline', () => {
  it('timeline returns ITEMS when the window holds at most maxItems events, with actor lanes', async () => {
    const r = await gql(api.yoga, TIMELINE, { from: '1950', to: '2030' });
    expect(r.errors).toBeUndefined();
    const t = r.data.timeline;
    expect(t.mode).toBe('ITEMS');
    expect(t.bucket).toBeNull();
    expect(t.total).toBe(11);
    expect(t.items).toHaveLength(11);
    expect(t.bins).toEqual([]);
    expect(t.binTypes).toEqual([]);
    expect(t.lanes[0]).toEqual({ id: IDS.northKorea, label: 'North Korea', kind: 'ACTOR' });
    const signing = t.items.find((i: any) => i.id === IDS.signing2024);
    expect(signing).toMatchObject({
      type: 'TREATY_SIGNING',
      date: '2024-06-19',
      datePrecision: 'DAY',
      treatyId: IDS.treaty2024,
    });
    expect(signing.lanes).toEqual(expect.arrayContaining([IDS.russia, IDS.northKorea]));
    const ratification = t.items.find((i: any) => i.type === 'RATIFICATION');
    expect(ratification).toMatchObject({ date: '2024-11', datePrecision: 'MONTH' });
  });

  it('timeline returns BINS per lane and bucket, counted by type (byType, and typeCounts in binTypes order), when the window holds more than maxItems', async () => {
    const r = await gql(api.yoga, TIMELINE, { from: '1900', to: '2030', maxItems: 3 });
    expect(r.errors).toBeUndefined();
    const t = r.data.timeline;
    expect(t.mode).toBe('BINS');
    expect(t.bucket).toBe('YEAR');
    expect(t.items).toEqual([]);
    const kp2024 = t.bins.find((b: any) => b.lane === IDS.northKorea && b.start === '2024');
    expect(kp2024).toMatchObject({ end: '2024-12-31', count: 2 });
    expect(kp2024.byType).toEqual(
      expect.arrayContaining([
        { type: 'TREATY_SIGNING', count: 1 },
        { type: 'ENTRY_INTO_FORCE', count: 1 },
      ]),
    );
    for (const b of t.bins) expect(b.byType.reduce((s: number, x: any) => s + x.count, 0)).toBe(b.count);
    expect(t.binTypes).toEqual(
      [
        'TREATY_SIGNING',
        'RATIFICATION',
        'ENTRY_INTO_FORCE',
        'WITHDRAWAL',
        'ACCESSION',
        'MEETING',
        'STATEMENT',
        'MILITARY_ACTION',
        'SANCTION',
        'AID',
        'PROTEST',
        'ELECTION',
        'OTHER',
      ].filter((type) => t.bins.some((b: any) => b.byType.some((x: any) => x.type === type))),
    );
    expect(t.binTypes.length).toBeGreaterThan(2);
    for (const b of t.bins) {
      expect(b.typeCounts).toHaveLength(t.binTypes.length);
      expect(
        t.binTypes.map((type: string, i: number) => ({ type, count: b.typeCounts[i] })).filter((x: any) => x.count > 0),
      ).toEqual(b.byType);
    }
  });

  it('timeline picks the finest unit within maxBuckets (default 200): quarters for 20 years, months with 400, weeks for 2, days for 6 months', async () => {
    const bucket = async (from: string, to: string, maxBuckets?: number) =>
      (await gql(api.yoga, TIMELINE, { from, to, maxItems: 0, maxBuckets })).data.timeline.bucket;
    expect(await bucket('2005', '2024')).toBe('QUARTER');
    expect(await bucket('2005', '2024', 400)).toBe('MONTH');
    expect(await bucket('2023', '2024')).toBe('WEEK');
    expect(await bucket('2024-01', '2024-06')).toBe('DAY');
    expect(await bucket('1950', '2030', 20)).toBe('DECADE');
    const week = await gql(api.yoga, TIMELINE, { from: '2020', to: '2024', maxItems: 0, maxBuckets: 400 });
    const b = week.data.timeline.bins.find(
      (x: any) => x.lane === IDS.russia && x.start <= '2024-06-19' && x.end >= '2024-06-19',
    );
    expect(b).toMatchObject({ start: '2024-06-17', end: '2024-06-23' });
  });

  it('timeline bins in QUARTER and DECADE start at their first month or year and end on the last day', async () => {
    const quarters = await gql(api.yoga, TIMELINE, { from: '2005', to: '2024', maxItems: 0 });
    expect(
      quarters.data.timeline.bins.find((b: any) => b.lane === IDS.northKorea && b.start === '2024-04'),
    ).toMatchObject({ end: '2024-06-30', count: 1 });
    const decades = await gql(api.yoga, TIMELINE, { from: '1950', to: '2030', maxItems: 0, maxBuckets: 20 });
    const kp = decades.data.timeline.bins.filter((b: any) => b.lane === IDS.northKorea);
    expect(kp.map((b: any) => [b.start, b.end])).toContainEqual(['2020', '2029-12-31']);
    const quartered = await gql(api.yoga, TIMELINE, { from: '1950', to: '2030', maxItems: 0, maxBuckets: 400 });
    expect(quartered.data.timeline.bucket).toBe('QUARTER');
    const total = (bins: any[]) =>
      bins.filter((b) => b.lane === IDS.northKorea).reduce((n: number, b: any) => n + b.count, 0);
    expect(total(kp)).toBe(total(quartered.data.timeline.bins));
    expect(total(kp)).toBeGreaterThan(2);
  });

  it('timeline(lanes: TYPE) draws one lane per event type', async () => {
    const r = await gql(api.yoga, TIMELINE, { from: '2024', to: '2024', lanes: 'TYPE' });
    expect(r.data.timeline.lanes.map((l: any) => l.id)).toEqual(['TREATY_SIGNING', 'RATIFICATION', 'ENTRY_INTO_FORCE']);
    expect(r.data.timeline.items.every((i: any) => i.lanes[0] === i.type)).toBe(true);
    const bins = await gql(api.yoga, TIMELINE, { from: '2024', to: '2024', lanes: 'TYPE', maxItems: 0 });
    expect(bins.data.timeline.bins.map((b: any) => b.lane).sort()).toEqual([
      'ENTRY_INTO_FORCE',
      'RATIFICATION',
      'TREATY_SIGNING',
    ]);
  });

  it('timeline with actorIds in the filter uses those actors as lanes; others go to the _other lane', async () => {
    const r = await gql(api.yoga, TIMELINE, {
      from: '1950',
      to: '2030',
      filter: { actorIds: [IDS.indonesia, IDS.usa], actorMatch: 'ANY' },
    });
    expect(r.data.timeline.lanes.map((l: any) => l.id)).toEqual([IDS.indonesia, IDS.usa]);
    expect(r.data.timeline.total).toBe(2);
    const all = await gql(api.yoga, TIMELINE, { from: '1950', to: '2030', maxItems: 0 });
    expect(all.data.timeline.lanes.map((l: any) => l.id)).not.toContain('_other');
  });

  it('timeline keeps the chosen actor lanes, with their names, in a window without their events', async () => {
    const q = `query($laneIds: [ID!], $filter: EventFilter) { timeline(from: "1999-12-01", to: "2000-02-01", laneIds: $laneIds, filter: $filter) { total lanes { id label } } }`;
    const byFilter = await gql(api.yoga, q, { filter: { actorIds: [IDS.northKorea], actorMatch: 'ANY' } });
    expect(byFilter.data.timeline).toEqual({ total: 0, lanes: [{ id: IDS.northKorea, label: 'North Korea' }] });
    const byIds = await gql(api.yoga, q, { laneIds: [IDS.russia, IDS.northKorea, 'country:XX'] });
    expect(byIds.data.timeline.lanes).toEqual([
      { id: IDS.russia, label: 'Russia' },
      { id: IDS.northKorea, label: 'North Korea' },
    ]);
    // Without chosen lanes an empty window has none.
    expect((await gql(api.yoga, q, {})).data.timeline.lanes).toEqual([]);
  });

  it('timeline draws treaty spans in view with lineage: ended, replaced and open', async () => {
    const r = await gql(api.yoga, TIMELINE, { from: '1950', to: '2030' });
    const spans = Object.fromEntries(r.data.timeline.spans.map((s: any) => [s.treaty.id, s]));
    expect(spans[IDS.treaty1961]).toMatchObject({
      start: '1961-07-06',
      end: '1996-09-10',
      startKind: 'SIGNED',
      endKind: 'ENDED',
      replacedBy: [IDS.treaty2000],
    });
    expect(spans[IDS.treaty2000]).toMatchObject({
      start: '2000-02-09',
      end: '2024-12-04',
      endKind: 'REPLACED',
      replacedBy: [IDS.treaty2024],
    });
    expect(spans[IDS.treaty2024]).toMatchObject({ end: null, endKind: 'OPEN', status: 'IN_FORCE' });
    const later = await gql(api.yoga, TIMELINE, { from: '2025', to: '2026' });
    expect(later.data.timeline.spans.map((s: any) => s.treaty.id)).toEqual([IDS.treatyChina1961, IDS.treaty2024]);
  });

  it('timeline items carry their participants with roles and actor names', async () => {
    const r = await gql(
      api.yoga,
      `{ timeline(from: "2024-06", to: "2024-06") { items { id participants { role actor { id name kind } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const signing = r.data.timeline.items.find((i: any) => i.id === IDS.signing2024);
    expect(signing.participants).toHaveLength(4);
    expect(signing.participants).toEqual(
      expect.arrayContaining([
        { role: 'SIGNATORY', actor: { id: IDS.northKorea, name: 'North Korea', kind: 'COUNTRY' } },
        { role: 'SIGNATORY', actor: { id: IDS.putin, name: 'Vladimir Putin', kind: 'PERSON' } },
      ]),
    );
  });

  it('timeline(laneIds) draws exactly those actor lanes, in that order, in ITEMS and BINS mode', async () => {
    const q = `query($maxItems: Int, $laneIds: [ID!], $filter: EventFilter) { timeline(from: "1950", to: "2030", laneIds: $laneIds, maxItems: $maxItems, filter: $filter) { mode lanes { id label } items { id lanes } bins { lane count } } }`;
    const items = await gql(api.yoga, q, { laneIds: [IDS.usa, IDS.kim, 'country:XX'] });
    expect(items.data.timeline.lanes).toEqual([
      { id: IDS.usa, label: 'United States' },
      { id: IDS.kim, label: 'Kim Jong Un' },
      { id: '_other', label: 'Other actors' },
    ]);
    expect(items.data.timeline.items.find((i: any) => i.id === IDS.signing2024).lanes).toEqual([IDS.kim]);
    const bins = await gql(api.yoga, q, { laneIds: [IDS.kim, IDS.usa], maxItems: 0 });
    expect(bins.data.timeline.mode).toBe('BINS');
    expect(new Set(bins.data.timeline.bins.map((b: any) => b.lane))).toEqual(new Set([IDS.kim, IDS.usa]));
    expect(
      bins.data.timeline.bins.filter((b: any) => b.lane === IDS.kim).reduce((n: number, b: any) => n + b.count, 0),
    ).toBe(2);
    const overFilter = await gql(api.yoga, q, { laneIds: [IDS.putin], filter: { actorIds: [IDS.russia] } });
    expect(overFilter.data.timeline.lanes.map((l: any) => l.id)).toEqual([IDS.putin, '_other']);
    const typed = await gql(
      api.yoga,
      `{ timeline(from: "2024", to: "2024", lanes: TYPE, laneIds: ["country:RU"]) { mode } }`,
    );
    expect(typed.errors?.[0]).toMatchObject({
      message: 'invalid laneIds: ["country:RU"] (allowed: actor ids with lanes: ACTOR only)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('timeline rejects a reversed window, maxItems above 5000 and maxBuckets below 10', async () => {
    const reversed = await gql(api.yoga, TIMELINE, { from: '2024', to: '2023' });
    expect(reversed.errors?.[0]).toMatchObject({
      message: 'invalid to: "2023" (allowed: a date not before from "2024")',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const many = await gql(api.yoga, TIMELINE, { from: '2024', to: '2024', maxItems: 5001 });
    expect(many.errors?.[0]?.message).toBe('invalid maxItems: 5001 (allowed: 0 to 5000)');
    const buckets = await gql(api.yoga, TIMELINE, { from: '2024', to: '2024', maxBuckets: 5 });
    expect(buckets.errors?.[0]).toMatchObject({
      message: 'invalid maxBuckets: 5 (allowed: 10 to 400)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const bad = await gql(api.yoga, TIMELINE, { from: '2024-13', to: '2024' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

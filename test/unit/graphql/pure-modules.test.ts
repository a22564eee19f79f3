import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../../../server/graphql/highlight';

const highlight = (text: string, terms: readonly string[]) => createHighlighter(terms)(text);
import {
  bucketCount,
  bucketEnd,
  bucketStartText,
  chooseBucket,
  daysBetween,
} from '../../../server/graphql/timeline-plan';
import { toSpan } from '../../../server/graphql/timeline';
import { rankSpans } from '../../../server/graphql/timeline-spans';
import { writeAccessFor } from '../../../server/graphql/write-access';
import { toPartialDateText, toDateTimeText } from '../../../server/graphql/scalars';
import { parse, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selectsNodeField, toConnection } from '../../../server/graphql/connection';
import { onlyOrigin, pageSize, toEventFilter } from '../../../server/graphql/arguments';
import { toPartialText } from '../../../server/db/repository';

describe('timeline-plan', () => {
  it('chooseBucket(first, last, 400) keeps windows within 400 buckets with the finest unit', () => {
    expect(chooseBucket('2024-01-01', '2024-12-31', 400)).toBe('DAY');
    expect(chooseBucket('2020-01-01', '2024-12-31', 400)).toBe('WEEK');
    expect(chooseBucket('2000-01-01', '2024-12-31', 400)).toBe('MONTH');
    expect(chooseBucket('1926-01-01', '2025-12-31', 400)).toBe('QUARTER');
    expect(chooseBucket('1900-01-01', '2025-12-31', 400)).toBe('YEAR');
  });
  it('chooseBucket(first, last, maxBuckets) moves to a coarser unit as the budget shrinks, DECADE last', () => {
    expect(chooseBucket('2009-01-01', '2024-12-31', 200)).toBe('MONTH');
    expect(chooseBucket('2008-01-01', '2024-12-31', 200)).toBe('QUARTER');
    expect(chooseBucket('1975-01-01', '2024-12-31', 200)).toBe('QUARTER');
    expect(chooseBucket('1974-01-01', '2024-12-31', 200)).toBe('YEAR');
    expect(chooseBucket('1900-01-01', '2025-12-31', 100)).toBe('DECADE');
    expect(chooseBucket('0001-01-01', '9999-12-31', 10)).toBe('DECADE');
  });
  it('bucketCount counts the calendar buckets a window touches, partial ones included', () => {
    expect(bucketCount('2024-06-19', '2024-06-19', 'DAY')).toBe(1);
    expect(bucketCount('2024-06-16', '2024-06-17', 'WEEK')).toBe(2); // Sunday, then Monday
    expect(bucketCount('2024-01-31', '2024-02-01', 'MONTH')).toBe(2);
    expect(bucketCount('2024-03-31', '2024-04-01', 'QUARTER')).toBe(2);
    expect(bucketCount('1961-01-01', '2024-12-31', 'YEAR')).toBe(64);
    expect(bucketCount('1969-12-31', '1970-01-01', 'DECADE')).toBe(2);
  });
  it('bucketEnd returns the last day of the bucket', () => {
    expect(bucketEnd('2024-06-17', 'WEEK')).toBe('2024-06-23');
    expect(bucketEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(bucketEnd('2024-10-01', 'QUARTER')).toBe('2024-12-31');
    expect(bucketEnd('1961-01-01', 'YEAR')).toBe('1961-12-31');
    expect(bucketEnd('1960-01-01', 'DECADE')).toBe('1969-12-31');
    expect(bucketEnd('2024-06-19', 'DAY')).toBe('2024-06-19');
    expect(bucketEnd('2023-12-01', 'MONTH')).toBe('2023-12-31');
    expect(bucketEnd('2023-02-01', 'MONTH')).toBe('2023-02-28');
  });
  it('bucketEnd keeps years 1-99 (Date.UTC would read them as 1901-1999)', () => {
    expect(bucketEnd('0050-02-01', 'MONTH')).toBe('0050-02-28');
    expect(bucketEnd('0048-02-01', 'MONTH')).toBe('0048-02-29');
    expect(bucketEnd('0099-10-01', 'QUARTER')).toBe('0099-12-31');
    expect(bucketEnd('0001-01-01', 'WEEK')).toBe('0001-01-07');
    expect(bucketEnd('0040-01-01', 'DECADE')).toBe('0049-12-31');
  });
  it('bucketStartText cuts to the unit precision; daysBetween counts both ends', () => {
    expect(bucketStartText('1961-01-01', 'YEAR')).toBe('1961');
    expect(bucketStartText('1960-01-01', 'DECADE')).toBe('1960');
    expect(bucketStartText('1961-07-01', 'MONTH')).toBe('1961-07');
    expect(bucketStartText('1961-07-01', 'QUARTER')).toBe('1961-07');
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(366);
  });
});

describe('highlight', () => {
  it('highlight marks every matched term «like this», case-insensitively, whole words only', () => {
    expect(highlight('Putin meets Kim; Putinism aside', ['putin', 'kim'])).toBe('«Putin» meets «Kim»; Putinism aside');
  });
  it('highlight cuts a fragment around the first match with ellipses', () => {
    const text = `${'lorem '.repeat(50)}Korut ${'ipsum '.repeat(50)}`;
    const h = highlight(text, ['korut'])!;
    expect(h.startsWith('…')).toBe(true);
    expect(h.endsWith('…')).toBe(true);
    expect(h).toContain('«Korut»');
    expect(h.length).toBeLessThan(200);
  });
  it('highlight returns null when no term occurs, and never emits HTML', () => {
    expect(highlight('nothing here', ['korut'])).toBeNull();
    expect(highlight('<b>Korut</b>', ['korut'])).toBe('<b>«Korut»</b>');
  });
  it('one highlighter serves many texts of a search: each text gets what a fresh one gives', () => {
    const texts = [
      'Putin meets Kim',
      'nothing',
      `${'lorem '.repeat(40)}Kim ${'ipsum '.repeat(40)}`,
      'Kim, then Putin, then Kim again',
      '',
    ];
    const shared = createHighlighter(['putin', 'kim']);
    expect(texts.map((t) => shared(t))).toEqual(texts.map((t) => highlight(t, ['putin', 'kim'])));
    expect(shared('Kim, then Putin, then Kim again')).toBe('«Kim», then «Putin», then «Kim» again');
    expect(createHighlighter([])('Putin')).toBeNull();
  });
});

describe('toSpan', () => {
  const treaty = (over: Partial<Parameters<typeof toSpan>[0]['treaty']> = {}) => ({
    id: 't',
    name: 'T',
    aliases: [],
    kind: null,
    signedOn: '2000-02-09',
    inForceFrom: '2000-10',
    endedOn: null,
    status: 'IN_FORCE',
    days: { signedOn: '2000-02-09', inForceFrom: '2000-10-01', endedOn: null },
    ...over,
  });
  it('toSpan ends a span at its earliest replacement, or its end, or leaves it open', () => {
    expect(
      toSpan({
        treaty: treaty(),
        replacedBy: [
          { id: 'b', on: '2024-12-04', basis: 'LEGAL' },
          { id: 'c', on: '2020-01-01', basis: 'SUCCESSOR' },
        ],
        partyIds: ['country:RU'],
      }),
    ).toMatchObject({
      start: '2000-02-09',
      startKind: 'SIGNED',
      end: '2020-01-01',
      endKind: 'REPLACED',
      replacedBy: ['b', 'c'],
      replacements: [
        { treatyId: 'b', basis: 'LEGAL', effectiveOn: '2024-12-04' },
        { treatyId: 'c', basis: 'SUCCESSOR', effectiveOn: '2020-01-01' },
      ],
      parties: ['country:RU'],
    });
    expect(
      toSpan({
        treaty: treaty({
          endedOn: '1996',
          days: { signedOn: null, inForceFrom: '1961-09-10', endedOn: '1996-01-01' },
          signedOn: null,
          inForceFrom: '1961-09-10',
        }),
        replacedBy: [],
        partyIds: [],
      }),
    ).toMatchObject({ start: '1961-09-10', startKind: 'IN_FORCE', end: '1996', endKind: 'ENDED' });
    expect(toSpan({ treaty: treaty(), replacedBy: [], partyIds: [] })).toMatchObject({ end: null, endKind: 'OPEN' });
  });
});

describe('rankSpans', () => {
  const span = (id: string, start: string, end: string | null, parties: string[], replacedBy: string[] = []) =>
    toSpan({
      treaty: {
        id,
        name: id,
        aliases: [],
        kind: null,
        signedOn: start,
        inForceFrom: null,
        endedOn: end,
        status: end ? 'ENDED' : 'IN_FORCE',
        days: { signedOn: start, inForceFrom: null, endedOn: end },
      },
      replacedBy: replacedBy.map((r) => ({ id: r, on: null, basis: 'LEGAL' })),
      partyIds: parties,
    });
  const spans = [
    span('long-other', '1950-01-01', null, ['country:US']),
    span('short-lane', '2000-01-01', '2001-01-01', ['country:KP']),
    span('chain-old', '1961-07-06', '1996-09-10', ['country:RU'], ['chain-new']),
    span('chain-new', '2000-02-09', null, ['country:RU']),
    span('short-other', '2010-01-01', '2011-01-01', ['country:FR']),
  ];
  const window = { from: '1950', to: '2025' };
  it('rankSpans without first or preferParties returns every span in start order', () => {
    expect(rankSpans(spans, window, {}).map((s) => s.treaty.id)).toEqual(spans.map((s) => s.treaty.id));
  });
  it('rankSpans puts lane parties first, lineage before the rest, then the most covered, and cuts to first', () => {
    const ranked = rankSpans(spans, window, { preferParties: ['country:RU', 'country:KP'], first: 4 });
    expect(ranked.map((s) => s.treaty.id)).toEqual(['chain-old', 'chain-new', 'short-lane', 'long-other']);
  });
  it('rankSpans with first: 0 sends none', () => {
    expect(rankSpans(spans, window, { first: 0 })).toEqual([]);
  });
});

describe('boundary checks', () => {
  it('writeAccessFor distinguishes disabled, missing, denied and granted', () => {
    expect(writeAccessFor('Bearer x', null)).toBe('disabled');
    expect(writeAccessFor(null, 'secret-token-123456')).toBe('missing');
    expect(writeAccessFor('Basic abc', 'secret-token-123456')).toBe('missing');
    expect(writeAccessFor('Bearer secret-token-12345', 'secret-token-123456')).toBe('denied');
    expect(writeAccessFor('bearer secret-token-123456', 'secret-token-123456')).toBe('granted');
  });
  it('PartialDate and DateTime scalars validate and quote the value', () => {
    expect(toPartialDateText('1961')).toBe('1961');
    expect(() => toPartialDateText('2024-13')).toThrow(
      'invalid PartialDate: "2024-13" (allowed: YYYY, YYYY-MM, YYYY-MM-DD, a real date)',
    );
    expect(() => toPartialDateText(1961)).toThrow('invalid PartialDate: 1961');
    expect(toDateTimeText('2024-06-19T10:00:00Z')).toBe('2024-06-19T10:00:00Z');
    expect(() => toDateTimeText('2024-06-19')).toThrow('invalid DateTime: "2024-06-19"');
  });
  it('pageSize caps first at 500 and names the argument', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(500)).toBe(500);
    expect(() => pageSize(501)).toThrow('invalid first: 501 (allowed: 0 to 500)');
    expect(() => pageSize(-1)).toThrow('invalid first: -1');
  });
  it('toEventFilter turns partial dates into a day range and checks their order', () => {
    expect(toEventFilter({ from: '1961', to: '2024-02' })).toMatchObject({
      fromDay: '1961-01-01',
      toDay: '2024-02-29',
    });
    expect(() => toEventFilter({ from: '2024', to: '2023' })).toThrow(
      'invalid filter.to: "2023" (allowed: a date not before filter.from "2024")',
    );
    expect(() => toEventFilter({ minConfidence: 2 })).toThrow('invalid filter.minConfidence: 2 (allowed: 0 to 1)');
  });
  it('toConnection fetches one more row than the page to learn hasNextPage', async () => {
    const c = toConnection(
      [1, 2, 3],
      2,
      (n) => `c${n}`,
      async () => 3,
      false,
    );
    expect(c.edges).toEqual([
      { cursor: 'c1', node: 1 },
      { cursor: 'c2', node: 2 },
    ]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
    expect(await c.totalCount()).toBe(3);
  });
  it('selectsNodeField(info, field) finds edges { node { field } }, under aliases, and takes a fragment on the way as yes', () => {
    const infoOf = (query: string) => {
      const op = parse(query).definitions[0] as OperationDefinitionNode;
      return { fieldNodes: [op.selectionSet.selections[0] as FieldNode] } as unknown as GraphQLResolveInfo;
    };
    expect(selectsNodeField(infoOf('{ events { edges { node { id gdelt { globalEventId } } } } }'), 'gdelt')).toBe(
      true,
    );
    expect(selectsNodeField(infoOf('{ events { edges { node { id g: gdelt { avgTone } } } } }'), 'gdelt')).toBe(true);
    expect(selectsNodeField(infoOf('{ events { totalCount edges { node { id sources { quote } } } } }'), 'gdelt')).toBe(
      false,
    );
    expect(selectsNodeField(infoOf('{ events { gdelt: totalCount } }'), 'gdelt')).toBe(false);
    expect(selectsNodeField(infoOf('{ events { edges { node { ...F } } } }'), 'gdelt')).toBe(true);
    expect(selectsNodeField(undefined, 'gdelt')).toBe(true);
  });
  it('onlyOrigin keeps one origin, and none when the list is empty or names both', () => {
    expect(onlyOrigin(['GDELT'])).toBe('GDELT');
    expect(onlyOrigin(['ARTICLE', 'ARTICLE'])).toBe('ARTICLE');
    expect(onlyOrigin(['ARTICLE', 'GDELT'])).toBeNull();
    expect(onlyOrigin([])).toBeNull();
    expect(onlyOrigin(null)).toBeNull();
  });
  it('toPartialText cuts a stored day to its precision', () => {
    expect(toPartialText('2024-06-19', 'month')).toBe('2024-06');
    expect(toPartialText('2024-06-19', 'YEAR')).toBe('2024');
    expect(toPartialText('2024-06-19', null)).toBe('2024-06-19');
    expect(toPartialText(null, 'day')).toBeNull();
  });
});

describe('timeline cache', () => {
  it('createTimelineCache returns an entry only for the same data version and within the TTL, dropping the oldest beyond maxEntries', async () => {
    const { createTimelineCache } = await import('../../../server/graphql/timeline-cache');
    let t = 0;
    const cache = createTimelineCache({ maxEntries: 2, ttlMs: 100, now: () => t });
    const value = { mode: 'BINS' } as never;
    cache.set('a', 'v1', value);
    expect(cache.get('a', 'v1')).toBe(value);
    expect(cache.get('a', 'v2')).toBeNull();
    cache.set('a', 'v1', value);
    t = 101;
    expect(cache.get('a', 'v1')).toBeNull();
    cache.set('a', 'v1', value);
    cache.set('b', 'v1', value);
    cache.set('c', 'v1', value);
    expect(cache.size).toBe(2);
    expect(cache.get('a', 'v1')).toBeNull();
    cache.clear();
    expect(cache.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  describePartial,
  formatPartial,
  parsePartialInterval,
  precisionOf,
  toInterval,
  toPartialText,
  toQueryRange,
  utcDay,
} from '../../../web/src/timeline/partial-time';

describe('partial-time', () => {
  it('parsePartialInterval("1961") returns the whole year', () => {
    expect(parsePartialInterval('1961')).toEqual({
      start: Date.UTC(1961, 0, 1),
      end: Date.UTC(1962, 0, 1),
      precision: 'year',
    });
  });
  it('parsePartialInterval("2015-07") returns the whole month', () => {
    expect(parsePartialInterval('2015-07')).toEqual({
      start: Date.UTC(2015, 6, 1),
      end: Date.UTC(2015, 7, 1),
      precision: 'month',
    });
  });
  it('parsePartialInterval("2024-12") ends on 1 January of the next year', () => {
    expect(parsePartialInterval('2024-12')?.end).toBe(Date.UTC(2025, 0, 1));
  });
  it('parsePartialInterval("2024-06-19") returns one day', () => {
    expect(parsePartialInterval('2024-06-19')).toEqual({
      start: Date.UTC(2024, 5, 19),
      end: Date.UTC(2024, 5, 20),
      precision: 'day',
    });
  });
  it('parsePartialInterval returns null for impossible or malformed dates', () => {
    for (const s of ['2023-02-29', '2024-13', '24-06-19', '', '2024-6-1', 'x'])
      expect(parsePartialInterval(s)).toBeNull();
  });
  it('utcDay(50) is the year 50, not 1950', () => {
    expect(new Date(utcDay(50)).getUTCFullYear()).toBe(50);
  });
  it('toInterval throws "invalid partial date" on bad input', () => {
    expect(() => toInterval('nope')).toThrow('invalid partial date: "nope"');
  });
  it('precisionOf returns the written precision', () => {
    expect([precisionOf('1961'), precisionOf('1961-09'), precisionOf('1961-09-01'), precisionOf('?')]).toEqual([
      'year',
      'month',
      'day',
      null,
    ]);
  });
  it('toPartialText cuts a stored day to its precision', () => {
    expect(toPartialText('2015-07-01', 'month')).toBe('2015-07');
  });
  it('describePartial returns the date at its own precision', () => {
    expect([describePartial('1961'), describePartial('2015-07'), describePartial('2024-06-19')]).toEqual([
      '1961',
      'Jul 2015',
      '19 Jun 2024',
    ]);
  });
  it('toQueryRange returns inclusive day bounds of a window', () => {
    expect(toQueryRange({ start: Date.UTC(1961, 0, 1), end: Date.UTC(1962, 0, 1) })).toEqual({
      from: '1961-01-01',
      to: '1961-12-31',
    });
  });
  it('formatPartial(parse(s).start, precision) returns s for every valid partial date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('year', 'month', 'day'),
        (y, m, d, p) => {
          const text = toPartialText(
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            p as 'year',
          );
          const i = toInterval(text);
          return formatPartial(i.start, i.precision) === text && i.end > i.start;
        },
      ),
    );
  });
});

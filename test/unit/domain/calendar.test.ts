import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPartialDate,
  dayToEpoch,
  endOf,
  epochToDay,
  fromEpochDay,
  isoWeekStart,
  toEpochDay,
  formatPartialDate,
  fromStored,
  parsePartialDate,
  startOf,
  toPartialDate,
} from '../../../server/domain/calendar';

describe('parsePartialDate', () => {
  it('parsePartialDate("1961") is a year-precision date', () => {
    expect(parsePartialDate('1961')).toEqual({ year: 1961, month: null, day: null, precision: 'year' });
  });
  it('parsePartialDate("2015-07") is a month-precision date', () => {
    expect(parsePartialDate('2015-07')).toMatchObject({ year: 2015, month: 7, precision: 'month' });
  });
  it('parsePartialDate("2024-06-19") is a day-precision date, frozen', () => {
    const d = parsePartialDate('2024-06-19');
    expect(d).toMatchObject({ year: 2024, month: 6, day: 19, precision: 'day' });
    expect(Object.isFrozen(d)).toBe(true);
  });
  it.each(['2024-13', '2024-02-30', '2023-02-29', '24-06-19', '2024/06/19', '', '2024-6-19', '0000'])(
    'parsePartialDate(%j) is null',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );
  it('parsePartialDate("2024-02-29") accepts a leap day', () => {
    expect(parsePartialDate('2024-02-29')?.day).toBe(29);
  });
  it('toPartialDate throws "invalid partial date" with what is allowed', () => {
    expect(() => toPartialDate('2024-13')).toThrow(
      'invalid partial date: "2024-13" (allowed: YYYY, YYYY-MM, YYYY-MM-DD)',
    );
  });
});

describe('startOf and endOf', () => {
  it('a year covers 1 January to 31 December', () => {
    const d = toPartialDate('1961');
    expect([startOf(d), endOf(d)]).toEqual(['1961-01-01', '1961-12-31']);
  });
  it('February of a leap year ends on the 29th', () => {
    expect(endOf(toPartialDate('2024-02'))).toBe('2024-02-29');
  });
  it('a day starts and ends on itself', () => {
    const d = toPartialDate('2024-06-19');
    expect([startOf(d), endOf(d)]).toEqual(['2024-06-19', '2024-06-19']);
  });
});

describe('round trips (property)', () => {
  const arbitraryDate = fc
    .record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.option(fc.integer({ min: 1, max: 12 })),
      day: fc.integer({ min: 1, max: 31 }),
      withDay: fc.boolean(),
    })
    .map(({ year, month, day, withDay }) => createPartialDate(year, month, month !== null && withDay ? day : null))
    .filter((d) => d !== null);

  it('formatPartialDate(parsePartialDate(s)) returns s', () => {
    fc.assert(
      fc.property(arbitraryDate, (d) => {
        expect(parsePartialDate(formatPartialDate(d!))).toEqual(d);
      }),
    );
  });
  it('fromStored(startOf(d), d.precision) returns d (the Neo4j Date + precision round trip)', () => {
    fc.assert(
      fc.property(arbitraryDate, (d) => {
        expect(fromStored(startOf(d!), d!.precision)).toEqual(d);
      }),
    );
  });
  it('startOf(d) <= endOf(d)', () => {
    fc.assert(fc.property(arbitraryDate, (d) => startOf(d!) <= endOf(d!)));
  });
});

describe('epoch-day', () => {
  it('toEpochDay agrees with Date.UTC for years 100–9999 and fromEpochDay inverts it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          const epoch = toEpochDay(y, m, day);
          expect(epoch).toBe(Math.floor(d.getTime() / 86_400_000));
          expect(fromEpochDay(epoch)).toEqual([y, m, day]);
        },
      ),
    );
  });
  it('handles years below 100, which Date.UTC reads as 19xx', () => {
    expect(epochToDay(dayToEpoch('0001-01-01'))).toBe('0001-01-01');
    expect(dayToEpoch('0050-03-01') - dayToEpoch('0050-02-28')).toBe(1);
  });
  it('isoWeekStart returns the Monday of the ISO week', () => {
    expect(epochToDay(isoWeekStart(dayToEpoch('2024-06-19')))).toBe('2024-06-17');
    expect(epochToDay(isoWeekStart(dayToEpoch('2024-06-17')))).toBe('2024-06-17');
    expect(epochToDay(isoWeekStart(dayToEpoch('2024-06-23')))).toBe('2024-06-17');
    expect(epochToDay(isoWeekStart(dayToEpoch('1969-12-31')))).toBe('1969-12-29');
  });
});

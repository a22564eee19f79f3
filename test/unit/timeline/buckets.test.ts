import { describe, expect, it } from 'vitest';
import { bucketCount, bucketEnd, bucketStartText, chooseBucket, daysBetween } from '../../../server/timeline/buckets';

describe('buckets', () => {
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

/**
 * Pure timeline arithmetic: the bucket unit for a window (the finest that keeps it within the
 * caller's bucket budget), how many calendar buckets a window touches, and the first and last
 * day of a bucket. Days are ISO "YYYY-MM-DD" strings in UTC; the arithmetic is on epoch days
 * (domain/calendar.ts), exact for years 1-99 too, which Date.UTC reads as 1901-1999.
 */
import { dayToEpoch, epochToDay, toEpochDay } from '../domain/calendar';

export type Bucket = 'DECADE' | 'YEAR' | 'QUARTER' | 'MONTH' | 'WEEK' | 'DAY';

/** The most buckets a client may ask for (`maxBuckets`): ~3 px each on a wide screen. */
export const MAX_BUCKETS = 400;
/** The fewest: below this a zoomed-out view says nothing. */
export const MIN_BUCKETS = 10;

/** Finest first: chooseBucket takes the first that fits. */
const UNITS: readonly Bucket[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR', 'DECADE'];

/** Days in [first, last], both included. */
export function daysBetween(first: string, last: string): number {
  return dayToEpoch(last) - dayToEpoch(first) + 1;
}

/** A number per bucket of the unit that grows by one from a bucket to the next. */
function bucketKey(day: string, unit: Bucket): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1;
  switch (unit) {
    case 'DAY':
      return dayToEpoch(day);
    case 'WEEK':
      // ISO weeks start on Monday; 1970-01-05 was one (epoch day 4).
      return Math.floor((dayToEpoch(day) - 4) / 7);
    case 'MONTH':
      return year * 12 + month;
    case 'QUARTER':
      return year * 4 + Math.floor(month / 3);
    case 'YEAR':
      return year;
    case 'DECADE':
      return Math.floor(year / 10);
  }
}

/** How many buckets of the unit [first, last] touches, partial ones at either end included. */
export function bucketCount(first: string, last: string, unit: Bucket): number {
  return bucketKey(last, unit) - bucketKey(first, unit) + 1;
}

/**
 * The finest unit whose buckets over [first, last] number at most maxBuckets; DECADE when none
 * does (a window of more than maxBuckets decades).
 */
export function chooseBucket(first: string, last: string, maxBuckets: number): Bucket {
  return UNITS.find((unit) => bucketCount(first, last, unit) <= maxBuckets) ?? 'DECADE';
}

/** The day before the 1st of the month `months` after the month of `start`. */
function dayBeforeMonthsLater(start: string, months: number): string {
  const month0 = Number(start.slice(5, 7)) - 1 + months;
  return epochToDay(toEpochDay(Number(start.slice(0, 4)) + Math.floor(month0 / 12), (month0 % 12) + 1, 1) - 1);
}

/** The last day of the bucket starting on `start`. */
export function bucketEnd(start: string, bucket: Bucket): string {
  switch (bucket) {
    case 'DAY':
      return start;
    case 'WEEK':
      return epochToDay(dayToEpoch(start) + 6);
    case 'MONTH':
      return dayBeforeMonthsLater(start, 1);
    case 'QUARTER':
      return dayBeforeMonthsLater(start, 3);
    case 'YEAR':
      return `${start.slice(0, 4)}-12-31`;
    case 'DECADE':
      return `${String(Number(start.slice(0, 4)) + 9).padStart(4, '0')}-12-31`;
  }
}

/**
 * The bucket's start at the precision the unit implies: "1960" for a decade or a year,
 * "1961-07" for a quarter or a month, the day for a week or a day.
 */
export function bucketStartText(start: string, bucket: Bucket): string {
  if (bucket === 'YEAR' || bucket === 'DECADE') return start.slice(0, 4);
  if (bucket === 'MONTH' || bucket === 'QUARTER') return start.slice(0, 7);
  return start;
}

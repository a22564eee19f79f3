/**
 * Pure timeline arithmetic: the bucket unit for a window (aiming at ~100–400 buckets) and the
 * last day of a bucket. Days are ISO "YYYY-MM-DD" strings in UTC.
 */
export type Bucket = 'YEAR' | 'MONTH' | 'WEEK' | 'DAY';

export const MAX_BUCKETS = 400;

const DAY_MS = 86_400_000;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Days in [first, last], both included. */
export function daysBetween(first: string, last: string): number {
  return Math.round((toTime(last) - toTime(first)) / DAY_MS) + 1;
}

/** The finest unit that keeps the window within MAX_BUCKETS buckets (years for anything longer than ~33 years). */
export function chooseBucket(first: string, last: string): Bucket {
  const days = daysBetween(first, last);
  if (days <= MAX_BUCKETS) return 'DAY';
  if (Math.ceil(days / 7) <= MAX_BUCKETS) return 'WEEK';
  if (Math.ceil(days / 30.44) <= MAX_BUCKETS) return 'MONTH';
  return 'YEAR';
}

/** The last day of the bucket starting on `start`. */
export function bucketEnd(start: string, bucket: Bucket): string {
  const t = new Date(toTime(start));
  if (bucket === 'DAY') return start;
  if (bucket === 'WEEK') return toDay(t.getTime() + 6 * DAY_MS);
  if (bucket === 'MONTH') return toDay(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0));
  return toDay(Date.UTC(t.getUTCFullYear(), 11, 31));
}

/** The bucket's start at the precision the unit implies ("1961" for a year, "1961-07" for a month). */
export function bucketStartText(start: string, bucket: Bucket): string {
  return bucket === 'YEAR' ? start.slice(0, 4) : bucket === 'MONTH' ? start.slice(0, 7) : start;
}
